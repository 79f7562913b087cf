"""Replies to questions and browsing: a session, a list, an FAQ entry, suggestions."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import datetime

from bot import buttons
from bot.program import FaqEntry, Program, Session, Venue
from bot.render.catalog import escape, message
from bot.render.pieces import (
    address,
    agenda,
    city_name,
    format_day,
    session_card,
    session_keyboard,
    session_line,
    title,
    venue,
    venue_pin,
)
from bot.render.signups import agenda_reply, signup_card
from bot.reply import Button, Reply
from bot.search import MAX_QUESTION_CHARS, Answer, Lang
from bot.signups import AgendaItem, Seats
from bot.storage import SignupRecord

# ---------------------------------------------------------------- answers


@dataclass(frozen=True)
class Personal:
    """What the database knows of the asking delegate that an answer shows."""

    user_id: int
    seats: Seats | None = None  # a session answer: seats left at it ...
    mine: SignupRecord | None = None  # ... and the delegate's own sign-up for it
    agenda: Sequence[AgendaItem] | None = None  # "my schedule": their sign-ups


def render_answer(
    answer: Answer, program: Program, now: datetime, personal: Personal | None = None
) -> Reply:
    """The reply to a question, for a delegate when `personal` is given (seats, their
    status and buttons, their agenda), otherwise for nobody in particular."""
    lang = answer.lang
    if answer.kind == "session":
        session = answer.sessions[0]
        if personal is not None and personal.seats is not None:
            card = signup_card(
                session,
                lang,
                program,
                intent=answer.intent,
                seats=personal.seats,
                mine=personal.mine,
                user_id=personal.user_id,
                now=now,
            )
        else:
            card = session_card(session, lang, program, answer.intent)
        return with_reason(answer, card)
    if answer.kind == "faq" and answer.faq is not None:
        return faq_reply(answer.faq, lang)
    if answer.kind == "suggest" and answer.faq is not None:
        return faq_offer(answer.faq, lang)
    if answer.kind == "suggest" and answer.venues:
        return venue_choice(answer.venues, lang, program, answer.detail_unstated)
    if answer.kind == "suggest":
        text = message("detail_unstated" if answer.detail_unstated else "suggest", lang)
        return Reply(text, session_keyboard(answer.sessions, lang))
    if answer.kind == "theme" and answer.theme is not None:
        return theme_reply(answer, program)
    if answer.kind == "themes":
        return themes_reply(program, lang)
    if answer.kind == "venue" and answer.sessions:
        return venue_reply(answer.sessions, lang, program)
    if answer.kind == "agenda" and personal is not None and personal.agenda is not None:
        return agenda_reply(personal.agenda, lang, program, personal.user_id)  # what /my shows
    if answer.kind == "agenda":
        return Reply(message("agenda_hint", lang))
    if answer.kind == "outside":
        return outside_reply(program, lang)
    if answer.kind == "list":
        return list_reply(answer, program, now)
    if answer.kind == "venues":
        return Reply(
            f"{message('venues_title', lang)}\n{venue_list(program, lang)}\n\n"
            f"{message('venues_hint', lang)}"
        )
    if answer.kind == "greeting":
        return Reply(message("greeting", lang))
    return Reply(message("nothing_found", lang))


def with_length_note(question: str, lang: Lang, reply: Reply) -> Reply:
    """Says so when only the beginning of a very long message was read."""
    if len(question) <= MAX_QUESTION_CHARS:
        return reply
    return replace(reply, text=f"{message('too_long', lang)}\n\n{reply.text}")


def with_reason(answer: Answer, reply: Reply) -> Reply:
    """A delegate who described their business is told in one line why the session fits."""
    if not (answer.self_described and answer.evidence):
        return reply
    words = ("、" if answer.lang == "zh" else ", ").join(answer.evidence[:4])
    return replace(reply, text=f"{message('suits_you', answer.lang, words=words)}\n\n{reply.text}")


def outside_reply(program: Program, lang: Lang) -> Reply:
    event = program.event
    separator = "、" if lang == "zh" else ", "
    return Reply(
        message(
            "outside",
            lang,
            first=format_day(event.start_date, lang),
            last=format_day(event.end_date, lang),
            cities=separator.join(city_name(city, lang) for city in program.cities),
        )
    )


def theme_reply(answer: Answer, program: Program) -> Reply:
    lang = answer.lang
    assert answer.theme is not None
    name = answer.theme.title_zh if lang == "zh" else answer.theme.title
    scope = list_scope(answer)
    if scope and lang == "en":
        scope = f" {scope}"
    heading = message("theme_title", lang, theme=name, scope=scope)
    return Reply(
        f"{heading}\n\n{agenda(answer.sessions, lang, program)}",
        session_keyboard(answer.sessions, lang),
    )


def themes_reply(program: Program, lang: Lang) -> Reply:
    blocks = []
    for number, theme in enumerate(program.themes, start=1):
        name = theme.title_zh if lang == "zh" else theme.title
        lines = "\n".join(
            f"   • {escape(title(s, lang))}" for s in program.theme_sessions(theme.id)
        )
        blocks.append(f"{number}. <b>{escape(name)}</b>\n{lines}")
    return Reply(f"{message('themes_title', lang)}\n\n" + "\n\n".join(blocks))


def venue_choice(
    venues: Sequence[Venue], lang: Lang, program: Program, room_unused: bool = False
) -> Reply:
    """ "The expo center": one button per building, each opening that venue; with
    `room_unused`, the building named beside a room no session is held in."""
    rows = []
    for place in venues:
        first = program.venue_sessions(place)[0]
        label = place.name_zh if lang == "zh" else place.name
        city = city_name(None, lang, program, first.city)
        rows.append((Button(f"{label} · {city}", buttons.encode("venue", place.id)),))
    # one building is offered when one word of its name was all the question had
    prompt = message("offer_venue" if len(venues) == 1 else "venue_choice", lang)
    if room_unused:
        prompt = message("room_unused", lang)
    return Reply(prompt, tuple(rows))


def faq_offer(entry: FaqEntry, lang: Lang) -> Reply:
    """An FAQ entry the question may be about, offered as a button rather than answered."""
    question = entry.question_zh if lang == "zh" else entry.question
    return Reply(
        message("offer_faq", lang), ((Button(question, buttons.encode("faq", entry.id)),),)
    )


def faq_reply(entry: FaqEntry, lang: Lang) -> Reply:
    question, text = (
        (entry.question_zh, entry.answer_zh) if lang == "zh" else (entry.question, entry.answer)
    )
    return Reply(f"<b>{escape(question)}</b>\n{escape(text)}")


_PARTS_OF_DAY = {
    "morning": ("in the morning", "上午"),
    "afternoon": ("in the afternoon", "下午"),
    "evening": ("in the evening", "晚上"),
}


def list_scope(answer: Answer) -> str:
    """ "in Nanjing on Wed 25 Jul" / "南京7月25日（周三）" """
    lang = answer.lang
    zh = lang == "zh"
    parts = []
    if answer.city:
        parts.append(city_name(answer.city, lang) if zh else f"in {answer.city.name}")
    if answer.time.day:
        day = format_day(answer.time.day, lang)
        parts.append(day if zh else f"on {day}")
    if answer.time.part:
        parts.append(_PARTS_OF_DAY[answer.time.part][1 if zh else 0])
    return ("" if zh else " ").join(parts)


def list_reply(answer: Answer, program: Program, now: datetime) -> Reply:
    lang = answer.lang
    sessions = answer.sessions
    keyboard = session_keyboard(sessions, lang)
    if answer.time.moment == "next":
        if not sessions:
            return Reply(message("no_next", lang))
        title = (
            message("next_title_in", lang, city=city_name(answer.city, lang))
            if answer.city
            else message("next_title", lang)
        )
        return Reply(f"{title}\n\n{agenda(sessions, lang, program)}", keyboard)
    if answer.time.moment == "now":
        if sessions:
            return Reply(
                f"{message('now_title', lang)}\n\n{agenda(sessions, lang, program)}", keyboard
            )
        text = message("nothing_now", lang)
        if answer.upcoming:
            text += (
                f"\n\n{message('coming_next', lang)}\n\n{agenda(answer.upcoming, lang, program)}"
            )
        return Reply(text, session_keyboard(answer.upcoming, lang))
    scope = list_scope(answer)
    title = message("list_title", lang, scope=scope) if scope else message("whole_program", lang)
    if not sessions:
        text = message("empty_list", lang, scope=scope)
        days = program.days()
        if answer.time.day and days and not days[0] <= answer.time.day <= days[-1]:
            text += " " + message(
                "outside_event",
                lang,
                first=format_day(days[0], lang),
                last=format_day(days[-1], lang),
            )
        if answer.upcoming:  # "tonight?": nothing, and what comes next
            text += (
                f"\n\n{message('coming_next', lang)}\n\n{agenda(answer.upcoming, lang, program)}"
            )
            return Reply(text, session_keyboard(answer.upcoming, lang))
        return Reply(text)
    return Reply(f"{title}\n\n{agenda(sessions, lang, program)}", keyboard)


def venue_reply(sessions: Sequence[Session], lang: Lang, program: Program) -> Reply:
    first = sessions[0]
    same_hall = len({s.venue for s in sessions}) == 1
    place = (
        venue(first, lang) if same_hall else (first.building_zh if lang == "zh" else first.building)
    )
    heading = message("venue_title", lang, venue=place, address=address(first, lang))
    lines = "\n".join(session_line(s, lang, program, with_day=True) for s in sessions)
    return Reply(f"{heading}\n{lines}", session_keyboard(sessions, lang), venue_pin(first, lang))


def venue_list(program: Program, lang: Lang) -> str:
    """Each building once, city by city, with its address: halls are on the cards."""
    cities = {city.name: index for index, city in enumerate(program.cities)}
    buildings: dict[str, Session] = {}
    for session in sorted(program.sessions, key=lambda s: cities.get(s.city, len(cities))):
        buildings.setdefault(session.building_zh if lang == "zh" else session.building, session)
    line = (
        "• <b>{name}</b>（{city}）：{address}"
        if lang == "zh"
        else "• <b>{name}</b> ({city}): {address}"
    )
    return "\n".join(
        line.format(
            name=escape(name),
            city=escape(city_name(None, lang, program, s.city)),
            address=escape(address(s, lang)),
        )
        for name, s in buildings.items()
    )
