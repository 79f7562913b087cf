"""Properties over any input a delegate (or a forged client) can send.

Whatever the text or button data, the core answers: it never raises, and what it says
is something Telegram accepts (HTML it can parse, at most 4096 characters, button data
of at most 64 bytes that the bot itself can decode again).
"""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from datetime import date, datetime
from functools import cache
from pathlib import Path
from typing import get_args

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot import buttons
from bot.app import build_services
from bot.clock import EVENT_TZ, Clock
from bot.config import Settings
from bot.delegate import Delegate
from bot.listing import MAX_SUGGESTIONS
from bot.render import render_answer
from bot.reply import Reply
from bot.search import Answer, AnswerKind, Intent, SearchIndex
from bot.services import Services
from bot.storage import Storage
from bot.travel import TravelTimes
from bot.when import TimeFilter, read_time
from tests.helpers_core import EVENT_DAYS, bundled_program, telegram_html_problems

MAX_MESSAGE_CHARS = 4096  # Telegram's limit for a message's text
KINDS = frozenset(get_args(AnswerKind))
INTENTS = frozenset(get_args(Intent))
CONFIDENT_KINDS = KINDS - {"suggest", "greeting", "none"}
LANGUAGES = [None, "en", "zh-hans", "ru", ""]
CODES = "swdchuUxmifkro"  # the first field of button data, one letter per action
OWNED_CODES = "xf"

FAST = settings(max_examples=200, deadline=None)


# ---------------------------------------------------------------- shared, immutable state


@cache
def index() -> SearchIndex:
    return SearchIndex(bundled_program())


TIME_WORDS = (
    "what's on", "what is on", "now", "next", "today", "tomorrow", "tonight", "morning",
    "afternoon", "evening", "the 25th", "on 26", "July 27", "7/24", "2018-07-25", "day 2",
    "last day", "Wednesday", "yesterday", "31st", "Feb 30", "13/13", "2018-02-31", "day 9",
    "今天", "明天", "7月25日", "25号", "下午", "现在", "下一场", "周三", "第二天", "有什么活动",
    "二月三十日", "第九天",
)  # fmt: skip
ODD_WORDS = (
    "where is", "when is", "hello", "the", "conference", "?", "在哪里", "几点", "什么时候",
    "您好", "<b>", "&", "</i>", "&amp;", "\x00", "\u200b", "🎉", "　", "Ｔｏｕｒｉｓｍ",
)  # fmt: skip


@cache
def fragments() -> tuple[str, ...]:
    """Words the bot knows, so random questions also reach the confident answers."""
    program = bundled_program()
    words: list[str] = []
    for session in program.sessions:
        words += [session.title, session.title_zh, session.venue, session.venue_zh]
        words += [*session.aliases, *session.aliases_zh, *session.keywords, *session.keywords_zh]
    for entry in program.faq:
        words += [*entry.keywords, *entry.keywords_zh]
    words += [*cities(), *TIME_WORDS, *ODD_WORDS]
    return tuple(dict.fromkeys(word for word in words if word))


@cache
def cities() -> tuple[str, ...]:
    return tuple(
        name
        for city in bundled_program().cities
        for name in (city.name, city.name_zh, *city.aliases, *city.aliases_zh)
    )


# ---------------------------------------------------------------- strategies

long_text = st.text(min_size=500, max_size=5000)
known_words = st.lists(st.sampled_from(fragments()), min_size=1, max_size=8).map(" ".join)
time_words = st.lists(
    st.sampled_from(TIME_WORDS + cities() + ODD_WORDS), min_size=1, max_size=4
).map(" ".join)
mixed = st.tuples(known_words, st.text(max_size=40), known_words).map("".join)
questions = st.one_of(st.text(), known_words, time_words, mixed, long_text)
moments = st.datetimes(
    min_value=datetime(2018, 7, 20),
    max_value=datetime(2018, 7, 30, 23, 59, 59),
    timezones=st.just(EVENT_TZ),
)
languages = st.sampled_from(LANGUAGES)

command_names = st.one_of(
    st.sampled_from(
        [
            "start", "help", "schedule", "today", "next", "venue", "signup", "cancel", "my",
            "reminders", "forget", "subscribe", "news", "profile", "stop", "START", "Venue",
        ]
    ),
    st.text(max_size=30),
)  # fmt: skip
commands = st.builds(
    lambda name, mention, gap, arg: f"/{name}{mention}{gap}{arg}",
    command_names,
    st.sampled_from(["", "@hunan_week_bot", "@", "@@x"]),
    st.sampled_from(["", " ", "  ", "\n", "\t"]),
    st.one_of(st.text(max_size=300), known_words),
)

# An owner's id as a forged client might write it: any number, or any Unicode digits.
owners = st.one_of(
    st.integers(-5, 10**20).map(str),
    st.text(st.characters(categories=("Nd", "No")), min_size=1, max_size=4),
    st.text(st.sampled_from("0123456789٣३²¹⁰①"), min_size=1, max_size=4),
)
printable = st.text(st.characters(categories=("L", "N", "P", "S", "Zs")), max_size=20)
structured_data = st.builds(
    lambda code, arg: f"{code}:{arg}",
    st.sampled_from(CODES),
    st.one_of(
        st.text(max_size=70),
        st.sampled_from([s.id for s in bundled_program().sessions]),
        st.dates().map(date.isoformat),
        st.builds(lambda a, n: f"{a}:{n}", st.one_of(st.text(max_size=20), printable), owners),
    ),
)
owned_data = st.builds(
    lambda code, target, owner: f"{code}:{target}:{owner}",
    st.sampled_from(OWNED_CODES + "su"),
    st.one_of(printable, st.sampled_from([s.id for s in bundled_program().sessions])),
    owners,
)
garbage_bytes = st.binary(max_size=100).map(lambda raw: raw.decode("utf-8", errors="replace"))
button_data = st.one_of(
    st.text(max_size=100), garbage_bytes, structured_data, owned_data, st.sampled_from(CODES)
)


# ---------------------------------------------------------------- checks


def check_reply(reply: Reply) -> None:
    """What Telegram would accept: see handlers.common.send."""
    assert isinstance(reply, Reply)
    assert reply.text.strip(), reply
    if not reply.alert:
        assert len(reply.text) <= MAX_MESSAGE_CHARS, len(reply.text)
        assert telegram_html_problems(reply.text) == [], reply.text
    else:
        assert len(reply.plain) <= 200, reply.plain  # answerCallbackQuery's limit
    for row in reply.buttons:
        assert row, reply.buttons
        for button in row:
            assert button.label.strip(), button
            assert len(button.data.encode()) <= buttons.MAX_BYTES, button.data
            assert buttons.decode(button.data) is not None, button.data


def check_answer(answer: Answer) -> None:
    program = bundled_program()
    assert isinstance(answer, Answer)
    assert answer.kind in KINDS
    assert answer.lang in ("en", "zh")
    assert answer.intent in INTENTS
    assert answer.confident == (answer.kind in CONFIDENT_KINDS)
    assert all(session in program.sessions for session in answer.sessions + answer.upcoming)
    if answer.kind == "session":
        assert len(answer.sessions) == 1
    elif answer.kind == "faq":
        assert answer.faq in program.faq and answer.sessions == ()
    elif answer.kind == "suggest":  # which session, which building, or this FAQ entry?
        offered = answer.sessions or answer.venues or ((answer.faq,) if answer.faq else ())
        assert 1 <= len(offered) <= MAX_SUGGESTIONS
        assert [bool(answer.sessions), bool(answer.venues), answer.faq is not None].count(True) == 1
    elif answer.kind in ("venue", "theme"):
        assert answer.sessions and (answer.venue or answer.theme)
    elif answer.kind in ("greeting", "none"):
        assert answer.sessions == () and answer.faq is None
    if answer.time.day is not None:
        assert isinstance(answer.time.day, date)


# ---------------------------------------------------------------- questions


@FAST
@given(text=questions, now=moments, user_language=languages)
def test_any_question_gets_a_well_formed_answer(
    text: str, now: datetime, user_language: str | None
) -> None:
    answer = index().answer(text, now, user_language)
    check_answer(answer)
    check_reply(render_answer(answer, bundled_program(), now))


def any_text_gets_a_well_formed_reply(
    desk_services: tuple[asyncio.AbstractEventLoop, Services], texts: st.SearchStrategy[str]
) -> None:
    loop, services = desk_services

    @FAST
    @given(text=texts, now=moments, user_language=languages)
    def respond(text: str, now: datetime, user_language: str | None) -> None:
        services.clock.set(now)
        response = loop.run_until_complete(services.front.respond(Delegate(1, user_language), text))
        if response.answer is not None:
            check_answer(response.answer)
        check_reply(response.reply)

    respond()


def test_any_message_gets_a_well_formed_reply(
    desk_services: tuple[asyncio.AbstractEventLoop, Services],
) -> None:
    """The desk adds the "very long message" note: still within Telegram's limits."""
    any_text_gets_a_well_formed_reply(desk_services, questions)


def test_any_command_gets_a_reply(
    desk_services: tuple[asyncio.AbstractEventLoop, Services],
) -> None:
    any_text_gets_a_well_formed_reply(desk_services, commands)


# ---------------------------------------------------------------- button data


@FAST
@given(data=button_data)
def test_any_button_data_decodes_to_an_action_or_none(data: str) -> None:
    action = buttons.decode(data)
    if action is None:
        return
    assert isinstance(action, buttons.Action)
    assert (action.owner is not None) == (action.name in buttons.OWNED)
    again = buttons.encode(action.name, action.arg, action.owner)
    assert buttons.decode(again) == action
    if action.owner is None and action.arg:
        assert again == data  # nothing lost or reordered


def test_any_button_press_gets_a_reply(
    desk_services: tuple[asyncio.AbstractEventLoop, Services],
) -> None:
    loop, services = desk_services

    @FAST
    @given(data=st.one_of(button_data, st.none()), user_language=languages)
    def press(data: str | None, user_language: str | None) -> None:
        reply = loop.run_until_complete(services.front.press(Delegate(1, user_language), data))
        check_reply(reply)
        if buttons.decode(data) is None:
            assert reply.alert

    press()


@pytest.mark.parametrize("data", ["x:tourism-promotion:²", "f::¹"])
def test_decode_owner_with_a_superscript_digit_is_refused(data: str) -> None:
    assert buttons.decode(data) is None


# ---------------------------------------------------------------- the desk, on a database

OTHER = Delegate(6001, "en")  # signed up for the tourism promotion before the presses
TOURISM = "tourism-promotion"


@pytest.fixture
def desk_services(
    tmp_path: Path, travel: TravelTimes
) -> Iterator[tuple[asyncio.AbstractEventLoop, Services]]:
    """Real services on a temporary SQLite file, in one event loop for every example."""
    program = bundled_program()
    clock = Clock(datetime(2018, 7, 25, 9, tzinfo=EVENT_TZ), frozen=True)
    loop = asyncio.new_event_loop()

    async def open_services() -> Services:
        storage = await Storage.open(tmp_path / "bot.sqlite3")
        services = build_services(
            Settings(database_path=storage.path), clock, storage, program, travel
        )
        await services.signups.save_profile(OTHER.id, "Other Delegate", "Org")
        assert (await services.signups.sign_up(OTHER.id, TOURISM)).outcome == "confirmed"
        return services

    services = loop.run_until_complete(open_services())
    try:
        yield loop, services
    finally:
        loop.run_until_complete(services.close())
        loop.close()


def desk_data() -> st.SearchStrategy[str]:
    sessions = [s.id for s in bundled_program().sessions]
    valid = st.builds(
        lambda code, session: f"{code}:{session}",
        st.sampled_from("uUsw"),
        st.sampled_from(sessions),
    )
    owned = st.builds(
        lambda code, session, owner: f"{code}:{session}:{owner}",
        st.sampled_from(OWNED_CODES),
        st.sampled_from(["", *sessions]),
        st.sampled_from([OTHER.id, 4242, 0]),
    )
    return st.one_of(
        st.text(max_size=80), valid, owned, structured_data.filter(lambda d: len(d) <= 80)
    )


def test_any_press_on_the_desk_never_signs_up_without_a_profile(
    desk_services: tuple[asyncio.AbstractEventLoop, Services],
) -> None:
    """Garbage, forged and stale presses: a reply, and no sign-up for anyone new.

    A valid "u:<session>" from a delegate without a profile asks for the profile first,
    so even then nothing is saved; the other delegate's seat is never touched.
    """
    loop, services = desk_services
    me = Delegate(4242, "en")
    other_before = loop.run_until_complete(services.storage.signups.of(OTHER.id))

    @settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
    @given(data=desk_data(), language=languages)
    def press(data: str, language: str | None) -> None:
        reply = loop.run_until_complete(services.front.press(Delegate(me.id, language), data))
        check_reply(reply)
        if buttons.decode(data) is None:
            assert reply.alert
        assert loop.run_until_complete(services.storage.signups.of(me.id)) == []
        assert loop.run_until_complete(services.storage.profiles.get(me.id)) is None
        assert loop.run_until_complete(services.storage.signups.of(OTHER.id)) == other_before

    press()


# ---------------------------------------------------------------- time words


@FAST
@given(
    text=st.one_of(st.text(max_size=300), known_words, mixed),
    today=st.dates(date(2000, 1, 1), date(2100, 12, 31)),
)
def test_read_time_never_raises_and_names_real_days(text: str, today: date) -> None:
    found, rest = read_time(text, today, EVENT_DAYS)
    assert isinstance(found, TimeFilter)
    assert isinstance(rest, str)
    if found.day is not None:
        assert type(found.day) is date
        assert date.fromisoformat(found.day.isoformat()) == found.day
    assert found.part in (None, "morning", "afternoon", "evening")
    assert found.moment in (None, "now", "next")
