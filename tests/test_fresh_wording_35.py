"""Rules of stop 35 on the bundled program (examples of each rule, not the accuracy
figure):
- what the teller heard of a session coming to a city (听说这次在杭州有湖南企业来招商)
  is the question, not hearsay to discuss;
- a doubt after the question (…是周四但是不太确定) asks nothing of its own;
- the whole program asked to be shown (给我整个全部的看看, 所有的活动都发给我) lists it;
- 招商 (investment promotion) is the Hangzhou promotion's as much as the Nanjing parks',
  so the city asked chooses; a 招商会 is such a promotion, not the chamber of commerce
  (商会) theme;
- how long a journey from a city outside the program takes (衡阳到坤山开车要多久) is the
  road's, not the parking entry's; a ride to the venue keeps the local transport entry."""

from __future__ import annotations

import pytest

from tests.helpers_core import answered, session_ids


def test_a_session_heard_of_is_asked_about(index):
    answer = answered(index, "听说这次在杭州有湖南企业来招商，是哪天？")
    assert answer.confident and session_ids(answer) == ["hz-industry-promotion"]


def test_a_doubt_after_the_question_asks_nothing(index):
    answer = answered(index, "签约仪式在哪天？我记得是周四但是不太确定")
    assert answer.confident and session_ids(answer) == ["sh-industrial-chain"]


@pytest.mark.parametrize("text", ["给我整个全部的看看", "所有的活动都发给我", "全部活动列一下"])
def test_the_whole_program_asked_to_be_shown_lists_it(index, program, text):
    answer = answered(index, text)
    assert answer.confident and len(answer.sessions) == len(program.sessions)


@pytest.mark.parametrize(
    ("text", "session"),
    [
        ("杭州有招商活动吗", "hz-industry-promotion"),
        ("杭州的招商会是哪天", "hz-industry-promotion"),
        ("南京招商会几点", "nj-parks-promotion"),
    ],
)
def test_an_investment_promotion_is_chosen_by_the_city_asked(index, text, session):
    answer = answered(index, text)
    assert answer.confident and session_ids(answer) == [session]
    assert answer.kind != "theme"


@pytest.mark.parametrize(
    "text", ["衡阳到坤山开车要多久", "how long is the drive from changsha to kunshan"]
)
def test_a_journey_from_outside_the_program_is_not_the_parking_entry(index, text):
    assert not answered(index, text).confident


def test_a_ride_to_the_venue_keeps_the_local_transport_entry(index):
    answer = answered(index, "从虹桥火车站打车到会场要多久哦")
    assert answer.confident and answer.faq is not None and answer.faq.id == "local-transport"
