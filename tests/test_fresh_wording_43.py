"""Fresh wording from stop 43's first-sight sets and probe files, read on arrival (AS, read
last stop, then AT, AU and probe bx). Each rule has examples on both sides: the examples of
what a rule changes failed before it (checked with a `git stash` of bot/ and
data/program.toml); the others guard what must stay.

- "does it close (before lunch)?" asks when a session ends: the signing ceremony's "close a
  deal" names it no longer, so "close" neither finds the signing nor contradicts an
  opening ("what time does it open?" after the signing ceremony described).
- "My brother, …" opening a message is a greeting, no relative of the teller's.
- A relative "where" ("the meeting where companies sign big contracts, what time does it
  open?") asks nothing: the question asks when; and a last clause whose subject is "it"
  ("…, what time does it open?") points back at the thing named before it.
- 俺 and 俺们 (northern and southwestern "I", "we") are the teller; "at this moment" is now.
- 去年那个洽谈会在哪开的 asks where another edition was held; Glasgow and nine more British
  cities are outside the program.
- "Black tie", a kilt, shorts, national dress: the dress code.
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from tests.helpers_core import DEFAULT_NOW, entry_given, session_ids

SHANGHAI = ZoneInfo("Asia/Shanghai")


def test_a_session_closing_asks_when_it_ends(index):
    text = "My brother, the tourism conference, does it close before lunch time?"
    answer = index.answer(text, DEFAULT_NOW)
    assert answer.kind == "session" and answer.confident
    assert session_ids(answer) == ["tourism-promotion"]


def test_a_deal_closed_is_still_the_signing(index):
    answer = index.answer("where do we close a deal with Hunan companies?", DEFAULT_NOW)
    assert session_ids(answer) == ["sh-industrial-chain"]


@pytest.mark.parametrize(
    "text",
    [
        "Please, the meeting where companies sign big project contracts with Hunan, what time"
        " does it open?",
        "the signing ceremony, what time does it open?",
    ],
)
def test_a_session_named_before_what_time_does_it_open_is_that_session(index, text):
    answer = index.answer(text, DEFAULT_NOW)
    assert answer.kind == "session" and answer.confident
    assert session_ids(answer) == ["sh-industrial-chain"]
    assert answer.intent == "when"


def test_the_registration_desk_opening_is_still_its_entry(index):
    answer = index.answer("what time does registration open in nanjing", DEFAULT_NOW)
    assert entry_given(answer) == "registration-desk"
    answer = index.answer("wot time do banks close 2moro", DEFAULT_NOW)
    assert not answer.confident


def test_a_question_whose_subject_is_a_thing_of_its_own_stays_unanswered(index):
    text = (
        "SONCAP certificate for importing LED TVs into Nigeria, how long does it take to process?"
    )
    assert not index.answer(text, DEFAULT_NOW).confident


def test_what_is_going_on_at_this_moment_lists_what_is_on(index):
    now = datetime(2018, 7, 25, 10, 30, tzinfo=SHANGHAI)
    answer = index.answer("Please what is going on at this moment?", now)
    assert answer.kind == "list"
    assert session_ids(answer) == ["hz-industry-promotion", "tourism-promotion"]


@pytest.mark.parametrize(
    "text", ["去年那个洽谈会在哪开的，俺想看看", "Is the Glasgow leg o this on this year?"]
)
def test_another_edition_or_a_british_city_is_not_in_the_program(index, text):
    assert index.answer(text, DEFAULT_NOW).kind == "outside"


def test_this_years_venue_is_still_asked_where(index):
    answer = index.answer("那个洽谈会在哪开的", DEFAULT_NOW)
    assert answer.kind != "outside"


@pytest.mark.parametrize(
    "text",
    ["Is it black tie or can a fella turn up in his kilt?", "can I wear shorts to the forum"],
)
def test_black_tie_and_a_kilt_ask_the_dress_code(index, text):
    assert entry_given(index.answer(text, DEFAULT_NOW)) == "dress-code"
