"""Layers that only look down: no import circle in speechparse, no import from a higher layer.

Every import statement counts, wherever it stands (in a function, under ``TYPE_CHECKING``).
The layers are docs/ARCHITECTURE.md's; a new module needs a place in ``LAYERS``.
"""

from __future__ import annotations

import ast
from pathlib import Path

from .conftest import ROOT

PACKAGE = ROOT / "speechparse"
# Module names relative to the package ("__init__" is the package itself) → layer.  A name
# falls under the longest prefix that is the name or one of its parent packages.
LAYERS: dict[str, int] = {
    "lazyre": 0, "errors": 0, "gcpause": 0, "numerals": 0, "page.vocab": 0,  # helpers anyone may import
    "textfile": 1, "reading": 1, "titlemark": 1, "docx_input": 1, "word": 1, "pdf": 1, "html_input": 1, "hant": 1,
    "pagenumbers": 1, "glosses": 1, "_hant_table": 1,  # 1: files to text
    "lines": 2, "runon": 2, "markers": 2, "inline": 2, "page.packed": 2, "page.salutation": 2,
    "page.marks": 2, "page.menu": 2, "page.visitor": 2, "page.glued": 2, "page.captions": 2,  # 2: a line by itself
    "page.strewn": 2,
    "page": 3, "layout": 3, "classify": 3,  # 3: each line's kind, read from the page around it
    "grammar": 4, "_tables": 4, "tree": 5, "nodes": 5, "models": 5, "plain": 5, "contract": 5,
    "parser": 6, "reglossed": 6,
    "outline": 7, "checks": 7,
    "__init__": 8, "__main__": 8, "cli": 8, "batch": 8, "pool": 8, "writing": 8, "walk_filter": 8,
    "html_page": 8,  # 8: the public API, the command line, what writes files
    "word.review": 8, "word.fixes": 8, "word.comments": 8, "word.runs": 8,  # 8: a Word draft reviewed in Word form
}

Graph = dict[str, dict[str, int]]  # module → module it imports → line of the first such import


def module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" and len(parts) > 1 else parts)


def imports(source: str, name: str, is_package: bool, known: set[str]) -> dict[str, int]:
    """The modules of ``known`` that ``source`` (module ``name``) imports, and the line of each."""
    here = [] if name == "__init__" else name.split(".")
    package = here if is_package else here[:-1]
    found: dict[str, int] = {}

    def add(dotted: list[str], line: int) -> None:
        target = ".".join(dotted) or "__init__"
        if target in known and target != name:
            found[target] = min(line, found.get(target, line))

    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name.split(".")[0] == "speechparse":
                    add(alias.name.split(".")[1:], node.lineno)
        elif isinstance(node, ast.ImportFrom):
            dotted = [p for p in (node.module or "").split(".") if p]
            if node.level:
                base = package[:len(package) - node.level + 1] + dotted
            elif dotted[:1] == ["speechparse"]:
                base = dotted[1:]
            else:
                continue
            for alias in node.names:  # ``from . import tree`` imports a module, ``from .tree import x`` a name
                add([*base, alias.name] if ".".join([*base, alias.name]) in known else base, node.lineno)
    return found


def package_graph() -> Graph:
    files = {module_name(p): p for p in PACKAGE.rglob("*.py")}
    return {name: imports(p.read_text(encoding="utf-8"), name, p.name == "__init__.py", set(files))
            for name, p in sorted(files.items())}


def layer(name: str) -> int | None:
    prefixes = [p for p in LAYERS if name == p or name.startswith(p + ".")]
    return LAYERS[max(prefixes, key=len)] if prefixes else None


def circle(graph: Graph) -> list[str] | None:
    """One import circle (its first module again at the end), or None."""
    done: set[str] = set()

    def visit(name: str, path: list[str]) -> list[str] | None:
        if name in path:
            return [*path[path.index(name):], name]
        if name in done:
            return None
        for target in graph.get(name, {}):
            if found := visit(target, [*path, name]):
                return found
        done.add(name)
        return None

    return next((c for c in (visit(n, []) for n in sorted(graph)) if c), None)


def upward(graph: Graph) -> list[str]:
    """Every import of a module in a higher layer than the importer's."""
    return [f"{a} (layer {layer(a)}) imports {b} (layer {layer(b)}) at line {line}"
            for a, targets in graph.items() for b, line in targets.items()
            if (layer(a) or 0) < (layer(b) or 0)]


def test_every_module_has_a_layer() -> None:
    assert [name for name in package_graph() if layer(name) is None] == []


def test_no_import_circle() -> None:
    found = circle(package_graph())
    assert found is None, "import circle: " + " → ".join(found or [])


def test_no_module_imports_from_a_higher_layer() -> None:
    assert upward(package_graph()) == []


def test_the_checker_finds_a_circle_and_an_upward_import() -> None:
    source = "from __future__ import annotations\ndef f():\n    from ..tree import Tree\nfrom . import head\n"
    found = imports(source, "page.noise", False, {"tree", "page.head", "page.noise", "lines"})
    assert found == {"tree": 3, "page.head": 4}
    fake: Graph = {"lines": {"page.head": 7}, "page.head": {"lines": 3, "lazyre": 1}, "lazyre": {}}
    assert circle(fake) in (["lines", "page.head", "lines"], ["page.head", "lines", "page.head"])
    assert upward(fake) == ["lines (layer 2) imports page.head (layer 3) at line 7"]
    assert circle({"lines": {"lazyre": 1}, "lazyre": {}}) is None


MAX_LINES = 400  # a module a newcomer reads in one sitting
GENERATED = {"_tables.py"}  # (grammars/generate.py writes it: its size is the grammar's)


def test_no_hand_written_module_passes_400_lines() -> None:
    long = {str(p.relative_to(PACKAGE)): n for p in sorted(PACKAGE.rglob("*.py")) if p.name not in GENERATED
            and (n := len(p.read_text(encoding="utf-8").splitlines())) > MAX_LINES}
    assert long == {}, f"split these by purpose: {long}"
