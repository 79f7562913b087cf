"""Actions (bot/actions.py): a word that does something to a thing names no need, and an
FAQ entry that never speaks of the action does not answer it; the other side of an
action (sold, 出售) is the same action."""

from __future__ import annotations

import pytest

from bot.actions import action_of, actions_in
from bot.doubt import OffTopicModel
from bot.search import SearchIndex
from bot.textnorm import stem
from tests.helpers_core import DEFAULT_NOW, bundled_program


@pytest.mark.parametrize("word", ["buy", "bought", "sold", "selling"])
def test_buying_and_selling_are_one_action(word):
    assert action_of(stem(word)) == "buy"


def test_chinese_selling_is_buying_and_losing_has_one_name():
    assert action_of("出售") == "购买"
    assert actions_in([], "门票在哪里购买") == {"购买"}
    assert action_of("丢失") == action_of("证丢") == "丢"
    assert action_of("ticket") is None


def test_an_entry_that_says_nothing_is_sold_speaks_of_buying():
    """The tickets entry says "no tickets are sold": buying one is its question."""
    trusting = SearchIndex(bundled_program(), doubt=OffTopicModel(prior=-1000.0, weights={}))
    answer = trusting.answer("do I have to buy a ticket to get in?", DEFAULT_NOW)
    assert answer.kind == "faq" and answer.faq is not None and answer.faq.id == "tickets"


def test_sold_out_is_a_state_not_an_action(index):
    answer = index.answer(
        "the bullet train to hangzhou is sold out, other ways to go?", DEFAULT_NOW
    )
    assert answer.kind == "faq" and answer.faq is not None and answer.faq.id == "intercity-travel"


def test_an_action_no_entry_speaks_of_is_still_no_answer(index):
    assert not index.answer("extend my visa", DEFAULT_NOW).confident
    # nothing to offer either: no entry speaks of umbrellas
    assert index.answer("I lost my umbrella", DEFAULT_NOW).kind == "none"


@pytest.mark.parametrize(
    ("text", "entry"),
    [
        ("can the visa letter be expedited", "visa"),
        ("盒饭能外带吗", "meals"),
        ("午饭有不辣的吗", "meals"),  # a diet the entry does not name
        ("will the lunch buffet have kosher options", "meals"),
        ("what time is the last metro in nanjing", "local-transport"),  # hours it omits
        ("机场到酒店打车多少钱", "local-transport"),  # a fare it does not name
    ],
)
def test_an_entry_set_aside_for_a_need_it_does_not_speak_of_is_offered(index, text, entry):
    """Not its answer, but where a delegate would look (and it says whom to ask)."""
    answer = index.answer(text, DEFAULT_NOW)
    assert answer.kind == "suggest" and not answer.confident
    assert answer.faq is not None and answer.faq.id == entry
