"""Reading pauses the cyclic collector and gives back the state it found."""

from __future__ import annotations

import gc

from speechparse import parse, parse_outline
from speechparse.checks import check
from speechparse.gcpause import paused_gc

TEXT = "讲话\n同志们：\n一、统一思想\n要统一。\n附件\n1.甲\n"


def test_a_pause_nests_and_reading_leaves_the_collector_on() -> None:
    assert gc.isenabled()
    with paused_gc():
        assert not gc.isenabled()
        with paused_gc():  # a nested pause does not turn it on at its end
            pass
        assert not gc.isenabled()
    assert gc.isenabled()
    parse(TEXT)
    parse_outline(TEXT)
    check(TEXT)
    assert gc.isenabled()


def test_a_caller_who_disabled_the_collector_keeps_it_disabled() -> None:
    gc.disable()
    try:
        parse(TEXT)
        check(TEXT)
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_the_state_comes_back_when_reading_raises() -> None:
    try:
        with paused_gc():
            raise ValueError
    except ValueError:
        pass
    assert gc.isenabled()
