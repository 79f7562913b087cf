"""SearchIndex.answer: targeted behaviour (accuracy is in test_accuracy.py)."""

from __future__ import annotations

from datetime import date

import pytest

from bot.delegate import Delegate
from bot.search import SearchIndex, question_language
from bot.terms import TermIndex
from tests.helpers_core import DEFAULT_NOW, at, bundled_program, session_ids
from tests.support import front_desk

# ---------------------------------------------------------------- intent and language


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("when is the tourism promotion", "when"),
        ("what time does the job fair start", "when"),
        ("旅游推介会几点开始", "when"),
        ("招聘会什么时候", "when"),
        ("where is the tourism promotion", "where"),
        ("job fair location", "where"),
        ("旅游推介会在哪里", "where"),
        ("招聘会地址", "where"),
        ("tourism promotion", "info"),
    ],
)
def test_when_and_where_questions_have_their_intent(index, text, intent):
    answer = index.answer(text, DEFAULT_NOW)
    assert answer.kind == "session"
    assert answer.intent == intent


@pytest.mark.parametrize(
    ("text", "user_language", "lang"),
    [
        ("旅游推介会在哪里", None, "zh"),
        ("旅游推介会在哪里", "en", "zh"),
        ("where is the tourism promotion", None, "en"),
        ("where is the tourism promotion", "zh-hans", "en"),
        ("25", "zh-hans", "zh"),
        ("25", "ZH-hant", "zh"),
        ("25", "en", "en"),
        ("25", None, "en"),
        ("🎉🎉", "zh", "zh"),
    ],
)
def test_reply_language(index, text, user_language, lang):
    assert question_language(text, user_language) == lang
    assert index.answer(text, DEFAULT_NOW, user_language).lang == lang


# ---------------------------------------------------------------- off topic and odd input


@pytest.mark.parametrize(
    "text",
    [
        "bitcoin price",
        "asdf",
        "what's the weather in Shanghai",
        "推荐一家餐厅",
        "who won the world cup",
        "qwertyuiop",
    ],
)
def test_off_topic_is_not_confident(index, text):
    assert not index.answer(text, DEFAULT_NOW).confident


@pytest.mark.parametrize(
    "text",
    [
        "",
        " ",
        "🎉🎉",
        "\x00\x1b[31m",
        "\u200b\u200d\ufeff",
        "x" * 10_000,
        "tourism " * 2_000,
        "什么" * 5_000,
        "<b>&amp;</b>",
        "\ud800",  # a lone surrogate, as a broken client could send
    ],
    ids=[
        "empty",
        "space",
        "emoji",
        "control",
        "zero-width",
        "long-x",
        "long-words",
        "long-zh",
        "html",
        "surrogate",
    ],
)
def test_odd_input_does_not_raise(index, text):
    answer = index.answer(text, DEFAULT_NOW)
    assert answer.lang in ("en", "zh")
    assert answer.kind in ("session", "list", "faq", "suggest", "greeting", "none")


@pytest.mark.parametrize("text", ["", "🎉🎉", "\x00\x1b[31m", "?"])
def test_content_free_input_is_not_confident(index, text):
    assert not index.answer(text, DEFAULT_NOW).confident


def test_greeting(index):
    assert index.answer("hello", DEFAULT_NOW).kind == "greeting"
    assert index.answer("你好", DEFAULT_NOW).kind == "greeting"


def test_index_is_built_once_and_not_per_question(monkeypatch):
    index = SearchIndex(bundled_program())

    def no_rebuild(*args, **kwargs):
        raise AssertionError("the index was rebuilt while answering")

    monkeypatch.setattr(TermIndex, "_add", no_rebuild)
    monkeypatch.setattr(TermIndex, "__init__", no_rebuild)
    monkeypatch.setattr(SearchIndex, "__init__", no_rebuild)
    for text in ("where is the job fair", "明天有什么活动", "what's next", "asdf", ""):
        index.answer(text, DEFAULT_NOW)
        index.browse(text, DEFAULT_NOW)
    index.find_venue("expo center")


async def test_assistant_answers_without_rebuilding_the_index(monkeypatch, tmp_path):
    async with front_desk(tmp_path, bundled_program(), DEFAULT_NOW) as front:

        def no_rebuild(*args, **kwargs):
            raise AssertionError("the index was rebuilt while answering")

        monkeypatch.setattr(TermIndex, "_add", no_rebuild)
        monkeypatch.setattr(TermIndex, "__init__", no_rebuild)
        monkeypatch.setattr(SearchIndex, "__init__", no_rebuild)
        delegate = Delegate(1, None)
        await front.respond(delegate, "where is the job fair")
        for command in ("/schedule 25", "/today", "/next", "/venue expo"):
            await front.respond(delegate, command)
        await front.press(delegate, "s:tourism-promotion")


# ---------------------------------------------------------------- now and next


def test_whats_next_after_the_last_session_is_an_empty_list(index):
    answer = index.answer("what's next", at("2018-07-27T12:00:00"))
    assert answer.kind == "list"
    assert answer.time.moment == "next"
    assert answer.sessions == ()


def test_whats_on_now_lists_running_sessions_in_start_order(index):
    answer = index.answer("现在有什么活动", at("2018-07-24T15:00:00"))
    assert answer.kind == "list"
    assert answer.lang == "zh"
    assert session_ids(answer) == ["talent-recruiting", "poverty-alleviation-matchmaking"]


def test_nothing_on_now_offers_what_comes_next(index):
    answer = index.answer("what's on now", at("2018-07-24T12:30:00"))
    assert answer.kind == "list"
    assert answer.sessions == ()
    assert [s.id for s in answer.upcoming] == ["talent-recruiting"]


def test_whats_next_is_the_next_start_time(index):
    answer = index.answer("what's next", at("2018-07-24T13:00:00"))
    assert session_ids(answer) == ["talent-recruiting"]
    answer = index.answer("下一个活动是什么", at("2018-07-24T15:00:00"))
    assert session_ids(answer) == ["hz-industry-promotion", "tourism-promotion"]


def test_a_session_that_has_started_is_not_next(index):
    answer = index.answer("what's next", at("2018-07-24T09:30:00"))
    assert session_ids(answer) == ["talent-recruiting"]


# ---------------------------------------------------------------- lists and filters


def test_day_list_is_in_start_order(index):
    answer = index.answer("7月25日有什么活动", DEFAULT_NOW)
    assert answer.kind == "list"
    assert answer.time.day == date(2018, 7, 25)
    starts = [(s.start, s.id) for s in answer.sessions]
    assert starts == sorted(starts)
    assert len(starts) == 4


def test_city_and_day_filter_together(index):
    answer = index.answer("what's on in Nanjing on the 25th", DEFAULT_NOW)
    assert answer.kind == "list"
    assert answer.city is not None and answer.city.name == "Nanjing"
    assert session_ids(answer) == ["cultural-creative-parks"]


def test_city_typo_is_recognised(index):
    answer = index.answer("nanjin events", DEFAULT_NOW)
    assert answer.city is not None and answer.city.name == "Nanjing"


def test_day_outside_the_event_is_answered_with_the_event_dates(index):
    answer = index.answer("what's on july 28", DEFAULT_NOW)
    assert answer.kind == "outside"
    assert answer.sessions == ()
    assert answer.time.day == date(2018, 7, 28)


def test_afternoon_filter(index):
    answer = index.answer("25号下午有什么活动", DEFAULT_NOW)
    assert session_ids(answer) == ["cross-border-ecommerce", "cultural-creative-parks"]


def test_browse_needs_a_day_or_a_city(index):
    assert index.browse("tourism", DEFAULT_NOW) is None
    assert index.browse("", DEFAULT_NOW) is None
    browsed = index.browse("Kunshan", DEFAULT_NOW)
    assert browsed is not None
    assert session_ids(browsed) == ["commercial-carriers", "industry-finance-matchmaking"]


def test_find_venue_by_its_name_in_either_language(index):
    for session in bundled_program().sessions:
        for name in (session.venue, session.venue_zh):
            found = index.find_venue(name)
            assert session in found, name
            assert all(s.venue == session.venue for s in found)
    assert index.find_venue("") == []
    assert index.find_venue("   ") == []


def test_typos_still_find_the_session(index):
    assert session_ids(index.answer("toursim promotion time", DEFAULT_NOW)) == ["tourism-promotion"]
    assert session_ids(index.answer("recuiting meeting location", DEFAULT_NOW)) == [
        "talent-recruiting"
    ]


def test_faq_answer(index):
    answer = index.answer("is there wifi?", DEFAULT_NOW)
    assert answer.kind == "faq"
    assert answer.faq is not None and answer.faq.id == "wifi"


@pytest.mark.parametrize(
    ("text", "today_only"),
    [
        ("what's on?", True),
        ("有什么活动", True),
        ("schedule", False),
        ("When does the promotion week start?", False),
        ("一共有几场活动", False),
    ],
)
def test_whats_on_means_today_and_the_schedule_means_everything(
    index, text: str, today_only: bool
) -> None:
    answer = index.answer(text, at("2018-07-24T08:00:00+08:00"))
    assert answer.kind == "list"
    days = {session.day for session in answer.sessions}
    assert (days == {date(2018, 7, 24)}) is today_only
    if not today_only:
        assert len(answer.sessions) == len(bundled_program().sessions)


@pytest.mark.parametrize(
    ("text", "session"),
    [
        ("wheres the jobfair", "talent-recruiting"),
        ("when's the ecommerce thing", "cross-border-ecommerce"),
    ],
)
def test_run_together_words_and_filler_still_find_the_session(
    index, text: str, session: str
) -> None:
    answer = index.answer(text, DEFAULT_NOW)
    assert answer.kind == "session" and answer.sessions[0].id == session


@pytest.mark.parametrize(
    "text",
    [
        "where are the venues?",
        "how do I get to the venue",
        "venue addresses",
        "场馆在哪里",
        "where",
    ],
)
def test_where_without_a_session_lists_the_venues(index, text):
    answer = index.answer(text, DEFAULT_NOW)
    assert (answer.kind, answer.intent, answer.sessions) == ("venues", "where", ())


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("where is the tourism promotion", "session"),  # a session named: its card
        ("where is it in Nanjing", "list"),  # a city named: its sessions, with their halls
        ("is there wifi at the venues", "faq"),  # a topic besides the place
    ],
)
def test_where_with_a_topic_or_a_city_is_not_the_venue_list(index, text, kind):
    assert index.answer(text, DEFAULT_NOW).kind == kind
