"""Words that ask nothing, other times and places, and details the program does not
give: rules of stop 28 on the bundled program (examples, not the accuracy figure)."""

from __future__ import annotations

import pytest

from tests.helpers_core import answered, answered_with_card, session_ids


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("what cities does the week cover", "venues"),  # cover, host: no subject
        ("which cities host the week", "venues"),
        ("哪几个城市有活动", "venues"),
        ("what goes on at the convention centre", "venue"),  # goes: no subject
        ("list every venue building with addresses", "venues"),  # building asks where
    ],
)
def test_words_that_ask_nothing_leave_the_question_they_ask(index, text, kind):
    assert answered(index, text).kind == kind


@pytest.mark.parametrize(
    ("text", "session"),
    [
        ("what does the e-commerce session cover", "cross-border-ecommerce"),
        ("who hosts the tourism promotion", "tourism-promotion"),
        # when a session ends is still its card, beside the meal hours rule
        ("what time does the tourism promotion end", "tourism-promotion"),
        ("招聘会几点结束", "talent-recruiting"),
    ],
)
def test_cover_host_and_end_ask_about_the_session_they_follow(index, text, session):
    assert answered_with_card(index, text) == [session]


def test_a_host_is_no_typo_of_lost(index):
    """'host' was read as 'lost' beside the badges entry's 'four cities'."""
    assert not answered(index, "list the host cities").confident


@pytest.mark.parametrize(
    "text",
    ["Is the Changsha half marathon this week?", "长沙马拉松这周吗", "any music festival in Wuxi?"],
)
def test_an_event_no_trade_week_holds_in_another_city_is_not_in_the_program(index, text):
    """Not "the week is in Shanghai, Hangzhou, …": nobody took it for one of its sessions."""
    assert answered(index, text).kind == "none"


@pytest.mark.parametrize("text", ["宁波有什么论坛", "who speaks at the Hefei forum tomorrow"])
def test_a_trade_event_in_another_city_is_answered_with_where_the_week_is(index, text):
    assert answered(index, text).kind == "outside"


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("could you provide the addresses of every venue", "venues"),
        ("do they provide lunch", "faq"),  # the thing provided is the topic
    ],
)
def test_provide_asks_for_the_thing_provided(index, text, kind):
    """ "Provide" alone was the meals entry's word ("Are meals provided?")."""
    answer = answered(index, text)
    assert answer.kind == kind and answer.confident
    assert kind != "faq" or (answer.faq is not None and answer.faq.id == "meals")


@pytest.mark.parametrize(
    "text",
    [
        "28号还有活动吗",  # 还 after 号: still a day, not a word 号还
        "下周还有场不",  # 有场: a session; a closing 不 asks
        "下个月还有这种会吗",  # 这种会: this event
        "会议是每年都有吗",
        "is it held every year?",
    ],
)
def test_another_day_or_edition_asked_is_answered_with_the_weeks_dates(index, text):
    assert answered(index, text).kind == "outside"


def test_a_day_of_the_week_with_still_lists_that_day(index):
    answer = answered(index, "27号还有什么会")
    assert answer.kind == "list" and session_ids(answer) == ["industry-finance-matchmaking"]


def test_another_events_edition_is_not_the_weeks(index):
    assert not answered(index, "is the Shangri-La Dialogue held every year?").confident


@pytest.mark.parametrize(
    "text",
    [
        "who speaks at the job fair",
        "what companies will be at the ecommerce session",
        "who is presenting at the tourism promotion",
        "省长会来吗",
        "市长会不会出席开幕式",
    ],
)
def test_who_speaks_or_attends_is_the_honest_no_list_yet(index, text):
    answer = answered(index, text)
    assert answer.kind == "faq" and answer.faq is not None and answer.faq.id == "speakers"


def test_which_banks_come_to_the_session_about_banks_is_its_card(index):
    """Its description names its participants (banks, funds); no list is needed."""
    answer = answered(index, "which banks will come to the finance matchmaking")
    assert answer.kind == "session" and session_ids(answer) == ["industry-finance-matchmaking"]


@pytest.mark.parametrize(
    "text",
    [
        # a session's detail its card does not give
        "who is sponsoring the tourism promotion",
        "is there a seating chart for the job fair",
        "扶贫对接会有路演吗",
        "can we set up a booth at the e-commerce session",
        # a practical detail no FAQ entry gives
        "what's the height limit at the SICC car park",
        "地下车库限高几米",
        "how many devices per delegate on the wifi",
        "where is an ATM near the venue",
        "can I store my suitcase at the venue",
        "when does lunch end",  # the meals entry gives no hours: offered at most
        "三一重工的营收是多少",  # a company's figures, not the session presenting it
    ],
)
def test_details_the_program_does_not_give_are_never_answered(index, text):
    assert not answered(index, text).confident


@pytest.mark.parametrize("text", ["what was Sany's revenue last year", "三一重工去年利润多少"])
def test_a_companys_figures_at_another_time_are_not_the_weeks_dates(index, text):
    assert answered(index, text).kind == "none"
