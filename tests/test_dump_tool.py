"""tests.dump: the tuning tool writes read data only and sorts a change into gains and losses."""

from __future__ import annotations

from bot.search import SearchIndex
from tests.dump import compare, lines
from tests.helpers_core import UNREAD_FIRST_SIGHT
from tests.offtopic_training import UNREAD_PROBES


def test_the_dump_never_holds_an_unread_set(index: SearchIndex) -> None:
    unread = {name.removesuffix(".toml") for name in UNREAD_FIRST_SIGHT}
    unread |= {name.removesuffix(".txt") for name in UNREAD_PROBES}
    sources = {line.split("\t")[0] for line in lines(index)}
    assert "tuning" in sources and "heldout" not in sources
    assert not sources & unread


def test_compare_puts_gains_and_losses_first() -> None:
    old = [
        "s\tW\tnone\tfaq|C|hotel||n0\tq1",
        "s\tR\tfaq x\tfaq|C|x||n0\tq2",
        "p\t-\tnone\tnone|u|||n0\tq3",
    ]
    new = [
        "s\tR\tnone\tnone|u|||n0\tq1",
        "s\tW\tfaq x\tsuggest|u|||n0\tq2",
        "p\t-\tnone\tnone|u|||n0\tq3",
    ]
    assert compare(old, new) == [
        "+ s\tnone\tnone|u|||n0\tq1",
        "- s\tfaq x\tsuggest|u|||n0\tq2",
        "1 gained, 1 lost, 0 changed otherwise",
    ]
