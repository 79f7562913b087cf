"""Rendering: the bilingual catalog, escaping, session cards, lists, and Telegram-safe HTML."""

from __future__ import annotations

import string
from collections import Counter
from collections.abc import Iterator
from dataclasses import replace
from datetime import date, timedelta
from itertools import pairwise
from pathlib import Path

import pytest

from bot import render
from bot.assistant import Assistant
from bot.clashes import Clash
from bot.clock import Clock
from bot.delegate import Delegate
from bot.front_desk import FrontDesk
from bot.program import Session
from bot.render import MESSAGES, message
from bot.reply import Reply
from bot.search import Answer, SearchIndex
from bot.signups import AgendaItem, Seats, SignupResult
from bot.storage import Announcement, SignupRecord
from bot.when import TimeFilter
from tests.helpers_core import (
    DEFAULT_NOW,
    ENGLISH_WEEKDAY,
    EVENT_DAYS,
    SESSION_IDS,
    at,
    bundled_program,
    labelled_questions,
    telegram_html_problems,
)
from tests.support import front_desk

PROGRAM = bundled_program()
LANGS = ("en", "zh")


def placeholders(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name is not None}


# ---------------------------------------------------------------- the catalog


@pytest.mark.parametrize("key", sorted(MESSAGES))
def test_every_message_has_both_languages_with_the_same_placeholders(key):
    entry = MESSAGES[key]
    assert set(entry) == {"en", "zh"}
    assert entry["en"].strip() and entry["zh"].strip()
    assert placeholders(entry["en"]) == placeholders(entry["zh"])


@pytest.mark.parametrize("key", sorted(MESSAGES))
@pytest.mark.parametrize("lang", LANGS)
def test_every_message_formats_to_telegram_html(key, lang):
    values = {name: "<b>&x" for name in placeholders(MESSAGES[key][lang])}
    text = message(key, lang, **values)
    assert telegram_html_problems(text) == []


def test_message_escapes_values():
    text = message("venue_unknown", "en", name="<b>&")
    assert "&lt;b&gt;&amp;" in text
    assert "<b>&" not in text
    text = message("schedule_unknown", "zh", arg="<i>a & b</i>")
    assert "&lt;i&gt;a &amp; b&lt;/i&gt;" in text


# ---------------------------------------------------------------- session cards


def line_index(text: str, marker: str) -> int:
    lines = text.split("\n")
    found = [i for i, line in enumerate(lines) if line.startswith(marker)]
    assert len(found) == 1, (marker, text)
    return found[0]


@pytest.mark.parametrize("session_id", SESSION_IDS)
@pytest.mark.parametrize("lang", LANGS)
def test_when_card_leads_with_the_time(session_id, lang):
    session = PROGRAM.session(session_id)
    reply = render.session_card(session, lang, PROGRAM, "when")
    lines = reply.text.split("\n")
    assert lines[0] == f"<b>{render.escape(render.title(session, lang))}</b>"
    assert lines[1].startswith("🕘")
    assert line_index(reply.text, "🕘") < line_index(reply.text, "📍")
    assert f"{session.start:%H:%M}–{session.end:%H:%M}" in lines[1]
    assert reply.venue is None


@pytest.mark.parametrize("session_id", SESSION_IDS)
@pytest.mark.parametrize("lang", LANGS)
def test_where_card_leads_with_the_venue_and_pins_it(session_id, lang):
    session = PROGRAM.session(session_id)
    reply = render.session_card(session, lang, PROGRAM, "where")
    lines = reply.text.split("\n")
    assert lines[1].startswith("📍")
    assert render.escape(render.venue(session, lang)) in lines[1]
    assert line_index(reply.text, "📍") < line_index(reply.text, "🕘")
    assert reply.venue is not None
    assert (reply.venue.latitude, reply.venue.longitude) == (session.latitude, session.longitude)
    assert reply.venue.title == render.venue(session, lang)
    assert reply.venue.address == render.address(session, lang)


@pytest.mark.parametrize("lang", LANGS)
def test_info_card_has_no_pin_and_a_map_button(lang):
    session = PROGRAM.session("tourism-promotion")
    reply = render.session_card(session, lang, PROGRAM)
    assert reply.venue is None
    assert [[b.data for b in row] for row in reply.buttons] == [["w:tourism-promotion"]]


def test_card_shows_the_day_in_the_reply_language():
    session = PROGRAM.session("tourism-promotion")
    assert "Wed 25 Jul" in render.session_card(session, "en", PROGRAM, "when").text
    assert "7月25日（周三）" in render.session_card(session, "zh", PROGRAM, "when").text


# ---------------------------------------------------------------- lists


def list_answer(lang, sessions=(), **time) -> Answer:
    return Answer("list", lang, sessions=tuple(sessions), time=TimeFilter(**time))


@pytest.mark.parametrize("lang", LANGS)
def test_list_reply_groups_sessions_under_their_day(lang):
    reply = render.list_reply(list_answer(lang, PROGRAM.sessions), PROGRAM, DEFAULT_NOW)
    text = reply.text
    headings = [text.index(f"<b>{render.format_day(day, lang)}</b>") for day in EVENT_DAYS]
    assert headings == sorted(headings)
    for day in EVENT_DAYS:
        assert text.count(f"<b>{render.format_day(day, lang)}</b>") == 1
    bounds = [*headings, len(text)]
    for session in PROGRAM.sessions:
        position = text.index(f"<b>{render.escape(render.title(session, lang))}</b>")
        day_number = EVENT_DAYS.index(session.day)
        assert bounds[day_number] < position < bounds[day_number + 1], session.id
    assert [row[0].data for row in reply.buttons] == [f"s:{s.id}" for s in PROGRAM.sessions]


@pytest.mark.parametrize("lang", LANGS)
def test_venues_answer_lists_each_building_once_with_city_and_address(lang):
    reply = render.render_answer(Answer("venues", lang, "where"), PROGRAM, DEFAULT_NOW)
    lines = [line for line in reply.text.splitlines() if line.startswith("• ")]
    buildings = {s.building_zh if lang == "zh" else s.building: s for s in PROGRAM.sessions}
    assert len(lines) == len(buildings)
    for name, session in buildings.items():
        [line] = [line for line in lines if f"<b>{render.escape(name)}</b>" in line]
        assert render.escape(render.address(session, lang)) in line
        assert render.city_name(None, lang, PROGRAM, session.city) in line
    cities = [city.name for city in PROGRAM.cities]
    order = [
        cities.index(
            next(s.city for n, s in buildings.items() if f"<b>{render.escape(n)}</b>" in line)
        )
        for line in lines
    ]
    assert order == sorted(order)  # city by city, as the program lists them
    assert "/venue" in reply.text  # how to get the halls, the sessions and a map pin
    assert ("（" in lines[0]) == (lang == "zh")


@pytest.mark.parametrize(
    ("lang", "first", "last"),
    [("en", "Tue 24 Jul", "Fri 27 Jul"), ("zh", "7月24日", "7月27日")],
)
@pytest.mark.parametrize("day", [date(2018, 7, 28), date(2018, 7, 23), date(2019, 7, 25)])
def test_empty_list_outside_the_event_gives_the_event_dates(lang, first, last, day):
    reply = render.list_reply(list_answer(lang, day=day), PROGRAM, DEFAULT_NOW)
    assert first in reply.text and last in reply.text
    assert render.format_day(day, lang) in reply.text
    assert reply.buttons == ()


@pytest.mark.parametrize("lang", LANGS)
def test_empty_list_inside_the_event_does_not_lecture_about_dates(lang):
    hangzhou = PROGRAM.city("Hangzhou")
    answer = Answer("list", lang, time=TimeFilter(day=date(2018, 7, 26)), city=hangzhou)
    text = render.list_reply(answer, PROGRAM, DEFAULT_NOW).text
    assert render.format_day(date(2018, 7, 27), lang) not in text
    assert ("Hangzhou" if lang == "en" else "杭州") in text


@pytest.mark.parametrize("lang", LANGS)
def test_no_next_and_nothing_now(lang):
    no_next = render.list_reply(list_answer(lang, moment="next"), PROGRAM, DEFAULT_NOW)
    assert no_next.text == message("no_next", lang)
    upcoming = (PROGRAM.session("talent-recruiting"),)
    answer = Answer("list", lang, time=TimeFilter(moment="now"), upcoming=upcoming)
    nothing_now = render.list_reply(answer, PROGRAM, DEFAULT_NOW)
    assert nothing_now.text.startswith(message("nothing_now", lang))
    assert message("coming_next", lang) in nothing_now.text
    assert [row[0].data for row in nothing_now.buttons] == ["s:talent-recruiting"]


def test_list_scope_names_city_day_and_part():
    nanjing = PROGRAM.city("Nanjing")
    time = TimeFilter(day=date(2018, 7, 25), part="afternoon")
    assert (
        render.list_scope(Answer("list", "en", time=time, city=nanjing))
        == "in Nanjing on Wed 25 Jul in the afternoon"
    )
    assert (
        render.list_scope(Answer("list", "zh", time=time, city=nanjing))
        == "南京7月25日（周三）下午"
    )


# ---------------------------------------------------------------- every reply


def signup_cards(session: Session, lang: str) -> Iterator[tuple[str, Reply]]:
    """A session's card before, during and after it, open or full, signed up or not."""
    waiting = SignupRecord(session.id, 1, "waitlist", 3, DEFAULT_NOW)
    confirmed = SignupRecord(session.id, 1, "confirmed", None, DEFAULT_NOW)
    open_seats, full = Seats(session.capacity, 1, 0), Seats(session.capacity, session.capacity, 4)
    for now in (session.start - timedelta(hours=1), session.start, session.end):
        for seats in (open_seats, full):
            for mine in (None, waiting, confirmed):
                status = mine.status if mine else "-"
                yield (
                    f"signup card {session.id} {now} {seats.left} {status}",
                    render.signup_card(
                        session,
                        lang,
                        PROGRAM,
                        intent="info",
                        seats=seats,
                        mine=mine,
                        user_id=1,
                        now=now,
                    ),
                )


def clash_replies(lang: str) -> Iterator[tuple[str, Reply]]:
    """Clash warnings both ways round for neighbouring sessions, and /my flagging them."""
    sessions = PROGRAM.sessions
    items = []
    for earlier, later in pairwise(sessions):
        clashes = (Clash(earlier, "overlap", -30, 0), Clash(earlier, "travel", 20, 120))
        for new, other in ((later, earlier), (earlier, later)):
            both = tuple(replace(clash, other=other) for clash in clashes)
            result = SignupResult("clash", new, clashes=both)
            yield f"clash {new.id} {other.id}", render.signup_reply(result, lang, PROGRAM)
        confirmed = SignupRecord(later.id, 1, "confirmed", None, DEFAULT_NOW)
        items.append(AgendaItem(later, confirmed, clashes))
    yield "agenda with clashes", render.agenda_reply(items, lang, PROGRAM, 1)


async def all_replies(lang: str, folder: Path) -> list[tuple[str, Reply]]:
    """Every kind of reply the bot renders, for every session, in one language."""
    replies = list(pure_replies(lang))
    user_language = "zh-hans" if lang == "zh" else "en"
    async with front_desk(folder, PROGRAM, DEFAULT_NOW, frozenset({ORGANIZER})) as front:
        delegate = Delegate(1, user_language)
        for command in COMMAND_TEXTS:
            replies.append((command, (await front.respond(delegate, command)).reply))
        replies.append(("not text", await front.not_text(delegate)))
        replies += await organizer_replies(front, Delegate(ORGANIZER, user_language))
    return replies


ORGANIZER = 2


async def organizer_replies(front: FrontDesk, boss: Delegate) -> list[tuple[str, Reply]]:
    """An announcement's way: the audience menu, its submenus and the preview."""
    replies = [("/broadcast", (await front.respond(boss, "/broadcast")).reply)]
    replies.append(("/broadcast ---", (await front.respond(boss, "/broadcast ---")).reply))
    for text in ("<b>Buses</b> & coaches at 8", "<b>Buses</b> & 8\n---\n<i>班车</i> & 8点"):
        menu = (await front.respond(boss, f"/broadcast {text}")).reply
        replies.append(("audience menu", menu))
        draft = menu.buttons[0][0].data.split(":")[2]
        presses = [f"o:m:{draft}:s", f"o:m:{draft}:c", f"o:a:{draft}:all", f"o:n:{draft}"]
        presses += [f"o:m:{draft}:s.{session.id}" for session in PROGRAM.sessions]
        for data in presses:
            replies.append((data, await front.press(boss, data)))
    return replies


COMMAND_TEXTS = [
    "/start",
    "/help",
    "/today",
    "/next",
    "/schedule",
    "/schedule 25",
    "/schedule Nanjing",
    "/schedule 南京 7月25日",
    "/schedule <b>nonsense</b> & more",
    "/venue",
    "/venue Expo Center",
    "/venue <i>nowhere</i> & co",
    "/no_such_command",
    "/<script>&",
]


def pure_replies(lang: str) -> Iterator[tuple[str, Reply]]:
    """The replies that need no database, straight from the render functions."""
    user_language = "zh-hans" if lang == "zh" else "en"
    program = PROGRAM
    for session in program.sessions:
        for intent in ("when", "where", "info"):
            yield f"card {session.id} {intent}", render.session_card(session, lang, program, intent)
        yield f"venue {session.id}", render.venue_reply([session], lang, program)
        yield from signup_cards(session, lang)
        yield (
            f"suggest {session.id}",
            render.render_answer(
                Answer("suggest", lang, sessions=(session,)), program, DEFAULT_NOW
            ),
        )
    for entry in program.faq:
        yield f"faq {entry.id}", render.faq_reply(entry, lang)
    for outcome in ("confirmed", "already_confirmed", "in_progress", "ended"):
        result = SignupResult(outcome, program.sessions[0])
        yield f"sign-up {outcome}", render.signup_reply(result, lang, program)
    yield from clash_replies(lang)
    for day in [*EVENT_DAYS, date(2018, 7, 28)]:
        sessions = [s for s in program.sessions if s.day == day]
        for part in (None, "morning", "afternoon", "evening"):
            answer = list_answer(lang, sessions, day=day, part=part)
            yield f"list {day} {part}", render.list_reply(answer, program, DEFAULT_NOW)
    for city in program.cities:
        sessions = [s for s in program.sessions if s.city == city.name]
        answer = Answer("list", lang, sessions=tuple(sessions), city=city)
        yield f"list {city.name}", render.list_reply(answer, program, DEFAULT_NOW)
    for kind in ("greeting", "none"):
        yield kind, render.render_answer(Answer(kind, lang), program, DEFAULT_NOW)
    for readers in (Counter(en=3, zh=2), Counter()):  # with the one-text hint, and without
        for announcement in (
            Announcement("<b>Bus</b> & 8", "<i>班车</i> & 8点"),
            Announcement("<a>"),
        ):
            preview = render.broadcast_preview(announcement, "<all> & co", readers, lang)
            yield f"preview {announcement} {readers}", Reply(preview)

    index = SearchIndex(program)
    for moment in ("2018-07-24T08:00", "2018-07-24T15:00", "2018-07-26T13:00", "2018-07-28T09:00"):
        now = at(moment)
        for question in ("what's next", "what's on now", "下一场", "现在有什么活动"):
            answer = index.answer(question, now, user_language)
            if answer.lang == lang:
                yield f"{question} @ {moment}", render.render_answer(answer, program, now)

    assistant = Assistant(program, Clock(DEFAULT_NOW, frozen=True))
    lang = "zh" if (user_language or "").startswith("zh") else "en"
    for key in ("error", "cannot_save", "slow_down"):
        yield key, Reply(message(key, lang))
    questions = [label["text"] for label in labelled_questions()]
    questions.append("<b>where</b> is the job fair & " + "x" * 600)
    for question in questions:
        answer, reply = assistant.ask(question, user_language)
        if answer.lang == lang:
            yield f"ask {question[:40]!r}", reply


@pytest.mark.parametrize("lang", LANGS)
async def test_all_replies_are_telegram_html(lang, tmp_path):
    checked = 0
    for name, reply in await all_replies(lang, tmp_path):
        assert reply.text.strip(), name
        assert telegram_html_problems(reply.text) == [], (name, reply.text)
        checked += 1
    assert checked > 100


async def test_chinese_replies_have_no_english_weekday_names(tmp_path):
    for name, reply in await all_replies("zh", tmp_path):
        found = ENGLISH_WEEKDAY.search(reply.text)
        assert found is None, (name, found and found.group(), reply.text)


def test_english_replies_use_english_weekdays():
    reply = render.list_reply(list_answer("en", PROGRAM.sessions), PROGRAM, DEFAULT_NOW)
    assert ENGLISH_WEEKDAY.search(reply.text)
    assert "周" not in reply.text


def test_plain_text_drops_tags_and_decodes_entities():
    reply = Reply("<b>A &amp; B</b> &lt;c&gt;")
    assert reply.plain == "A & B <c>"


def test_html_checker_catches_what_telegram_refuses():
    # The checker used above must itself be able to fail. It is the emulator's parser, the
    # one definition of Telegram's HTML: <u> is valid there, and a lone "&" stays text.
    assert telegram_html_problems("<b>open")
    assert telegram_html_problems("<b><i>x</b></i>")
    assert telegram_html_problems("<blink>x</blink>")
    assert telegram_html_problems("a < b")
    assert telegram_html_problems("<br/>")
    assert telegram_html_problems("<u>x</u> R&D") == []
    assert telegram_html_problems('<a href="https://t.me">x</a> &amp; <code>y</code>') == []


def test_a_long_list_is_cut_with_a_hint_to_narrow_it_down() -> None:
    program = bundled_program()
    many = [replace(program.sessions[0], id=f"s-{n}", title=f"Session {n}") for n in range(40)]
    text = render.agenda(many, "en", program)
    assert text.count("• ") == render.MAX_LISTED
    assert f"and {40 - render.MAX_LISTED} more" in text
    assert len(render.session_keyboard(many, "en")) == render.MAX_LISTED
