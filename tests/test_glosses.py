"""Pinyin glosses a converter left in a text (「鄉(xiāng)」): check reads past them, points at the text."""

from __future__ import annotations

import json
import random
import re
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from speechparse import parse, parse_outline
from speechparse.glosses import ColumnMap, gloss_spans, without_glosses

from .conftest import ROOT
from .test_cli_check import draft, run
from .test_properties import check_inline_spans, check_lossless

GLOSSED = ("在鄉(xiāng)賢大會上的講(jiǎng)話\n老鄉(xiāng)們、同志(zhì)們:\n今天我們在這里相聚。\n"
           "一、回顧過去\n家鄉(xiāng)變化很大。\n二、展望未來\n要共同努力。\n同志們，讓我們攜手前行！\n")


def test_glosses_are_found_only_as_a_habit_and_only_with_a_tone_mark() -> None:
    assert without_glosses(GLOSSED).splitlines()[:2] == ["在鄉賢大會上的講話", "老鄉們、同志們:"]
    # near misses: two glosses are no converter's habit; an abbreviation has no tone mark
    two = "在鄉(xiāng)賢大會上的講(jiǎng)話\n同志们：\n"
    assert gloss_spans(two) == [] and without_glosses(two) == two
    abbreviations = "全县生产总值(gdp)增长，物价指数(cpi)平稳，收入(pay)提高。\n"
    assert without_glosses(abbreviations) == abbreviations


def test_columns_of_the_text_read_are_those_as_written() -> None:
    spans = gloss_spans(GLOSSED)
    col = ColumnMap(GLOSSED, spans)
    read = without_glosses(GLOSSED, spans).splitlines()[1]
    written = GLOSSED.splitlines()[1]
    assert read[read.index(":")] == written[col(2, read.index(":") + 1) - 1] == ":"
    assert col(3, 1) == 1  # (a line with no gloss)


def test_check_reads_an_address_the_glosses_cut_and_offers_no_fix(tmp_path: Path) -> None:
    p = draft(tmp_path, GLOSSED)
    r = run(str(p), "--output-format", "json")
    found = json.loads(r.stdout)
    codes = [d["code"] for d in found]
    assert "S101" not in codes  # (the address is there: 「老鄉(xiāng)們、同志(zhì)們」)
    s102 = next(d for d in found if d["code"] == "S102")
    assert (s102["line"], s102["column"]) == (2, GLOSSED.splitlines()[1].index(":") + 1)
    assert s102["fix"] is None
    # near case: the same draft without glosses gets its fix
    plain = draft(tmp_path, without_glosses(GLOSSED), name="plain.txt")
    fixed = next(d for d in json.loads(run(str(plain), "--output-format", "json").stdout) if d["code"] == "S102")
    assert fixed["fix"] is not None


def test_a_glossed_page_is_read_without_its_glosses_and_its_fields_are_as_written() -> None:
    # The glosses cut 「老鄉們、同志們」 and the title's first line: read without them, the address
    # and the title stand, and each field, span and line comes back as the text writes it.
    page = ("在全鄉(xiāng)秋收工作會(huì)議\n上的講話\n老鄉(xiāng)們、同志(zhì)們：\n"
            "今天召開會(huì)議，部署秋收工作。\n"
            "一、認清形勢，抓緊搶收\n各村要搶抓晴好天氣，做到顆粒歸倉。\n二、加強協(xié)調\n要做好農機調度工作。\n"
            "老鄉(xiāng)們，讓我們齊心協(xié)力，奪取秋收全面勝利！\n")
    o = parse_outline(page)
    assert o["title"] == "在全鄉(xiāng)秋收工作會(huì)議上的講話"
    assert o["salutation"] == "老鄉(xiāng)們、同志(zhì)們"
    assert [(h["title"], h["line"]) for h in o["sections"]] == [("認清形勢，抓緊搶收", 5), ("加強協(xié)調", 7)]
    assert o["closing"]["text"] == "老鄉(xiāng)們，讓我們齊心協(xié)力，奪取秋收全面勝利！"
    s = parse(page)
    assert s.salutation is not None
    sal = s.salutation.span
    assert page[sal.start:sal.end] == "老鄉(xiāng)們、同志(zhì)們：" and (sal.line, sal.column) == (3, 1)
    second = s.sections[1]
    assert page[second.span.start:second.span.start + len("二、加強協(xié)調")] == "二、加強協(xié)調"
    assert second.title_span is not None and page[second.title_span.start:second.title_span.end] == "加強協(xié)調"
    assert parse(page).outline() == o
    # a heading over sub-headings: its span joins its own line's and its last child's, each as written
    nested = page.replace("二、加強協(xié)調\n要做好農機調度工作。\n",
                          "二、加強協(xié)調\n（一）搞好農機調(tiáo)度\n要統一調(tiáo)配。\n")
    parent = parse(nested).sections[1]
    child = parent.children[0]
    assert nested[child.title_span.start:child.title_span.end] == "搞好農機調(tiáo)度"
    assert nested[parent.span.start:parent.span.end] == \
        "二、加強協(xié)調\n（一）搞好農機調(tiáo)度\n要統一調(tiáo)配。\n"
    # near case: the same page without its glosses reads the same, its fields bare
    bare = parse_outline(without_glosses(page))
    assert bare["salutation"] == "老鄉們、同志們" and len(bare["sections"]) == 2
    # a character glossed at some of its places only keeps none in a field (「鄉」 bare on line 3)
    mixed = page.replace("老鄉(xiāng)們、", "老鄉們、")
    assert parse_outline(mixed)["salutation"] == "老鄉們、同志(zhì)們"


_SEEDS = sorted((ROOT / "seeds").glob("*.txt"))
_GLOSSES = ("(xiāng)", "(zhì)", "(huì)", "(bào)", "(lián)")


def _stripped(value: object) -> object:
    """An outline with every gloss taken out of its words."""
    if isinstance(value, str):
        return without_glosses(value, [m.span() for m in _ANY_GLOSS_RE.finditer(value)])
    if isinstance(value, dict):
        return {k: _stripped(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_stripped(v) for v in value]
    return value


_ANY_GLOSS_RE = re.compile(r"\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ]{1,7}\)")


@settings(max_examples=25, deadline=None)
@given(st.sampled_from(_SEEDS), st.integers(min_value=0, max_value=10**6), st.integers(min_value=3, max_value=5))
def test_glossing_a_page_changes_only_its_words(path: Path, seed: int, how_many: int) -> None:
    # A converter glosses a few characters wherever they stand: the reading is the page's
    # own (its fields glossed), and every span stays inside the page as written.
    text = path.read_text(encoding="utf-8")
    chars = sorted({ch for ch in text if "\u4e00" <= ch <= "\u9fff"})
    rng = random.Random(seed)
    picked = dict(zip(rng.sample(chars, how_many), _GLOSSES, strict=False))
    glossed = "".join(ch + picked.get(ch, "") for ch in text)
    assert _stripped(parse_outline(glossed)) == parse_outline(text)
    speech = parse(glossed)
    check_lossless(glossed, speech)
    check_inline_spans(glossed, speech)


def test_a_gloss_a_line_end_cut_is_two_spans_one_on_each_line() -> None:
    text = "全鄉(xiāng)老鄉(xiāng)們\n家鄉(xi\nāng)變化\n同鄉\n(xiāng)好\n"
    spans = gloss_spans(text)
    assert [text[a:b] for a, b in spans] == ["(xiāng)", "(xiāng)", "(xi", "āng)", "(xiāng)"]
    assert without_glosses(text, spans) == "全鄉老鄉們\n家鄉\n變化\n同鄉\n好\n"  # (the lines stay where they are)
    # near cases: no tone mark, or more than one syllable's letters, is no gloss cut in two
    for cut in ("家鄉(xi\nang)", "家鄉(xiangxi\nangxi)"):
        plain = "全鄉(xiāng)老鄉(xiāng)們同鄉(xiāng)\n" + cut + "\n"
        assert without_glosses(plain) == plain.replace("(xiāng)", ""), cut


def test_a_gloss_a_page_break_cut_past_reading_keeps_the_characters_glosses() -> None:
    # ten places of 鄉 glossed, one cut by a page break (「鄉(」 / 「— 1 —」 / 「xiāng)」): the fields keep 鄉's gloss
    body = "".join(f"第{k}個鄉(xiāng)村。\n" for k in range(10))
    page = "在全鄉(xiāng)大會上的講話\n同志們：\n" + body + "又一個鄉(\n— 1 —\nxiāng)村。\n"
    assert parse_outline(page)["title"] == "在全鄉(xiāng)大會上的講話"
