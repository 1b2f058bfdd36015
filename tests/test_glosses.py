"""Pinyin glosses a converter left in a text (「鄉(xiāng)」): check reads past them, points at the text."""

from __future__ import annotations

import json
from pathlib import Path

from speechparse.glosses import ColumnMap, gloss_spans, without_glosses

from .test_cli_check import draft, run

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
