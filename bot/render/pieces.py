"""Small pieces shared by every reply: dates, names in the right language, session
cards and lines, lists cut to a readable length."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date
from itertools import groupby

from bot import buttons
from bot.program import City, Program, Session
from bot.render.catalog import escape, message
from bot.reply import Button, Reply, VenuePin
from bot.search import Lang

_WEEKDAYS: dict[Lang, Sequence[str]] = {
    "en": ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"),
    "zh": ("周一", "周二", "周三", "周四", "周五", "周六", "周日"),
}
_MONTHS_EN = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


# ---------------------------------------------------------------- small pieces


def format_day(day: date, lang: Lang) -> str:
    if lang == "zh":
        return f"{day.month}月{day.day}日（{_WEEKDAYS['zh'][day.weekday()]}）"
    return f"{_WEEKDAYS['en'][day.weekday()]} {day.day} {_MONTHS_EN[day.month - 1]}"


def format_hours(session: Session) -> str:
    start, end = session.start, session.end  # not strftime: this runs for every card
    return f"{start.hour:02d}:{start.minute:02d}–{end.hour:02d}:{end.minute:02d}"


def format_duration(session: Session, lang: Lang) -> str:
    """ "2 h 30 min" / "2小时30分钟": a "how long" question is answered in so many words."""
    minutes = int((session.end - session.start).total_seconds() // 60)
    hours, minutes = divmod(minutes, 60)
    if minutes:
        return message("duration", lang, hours=str(hours), minutes=str(minutes))
    return message("duration_hours", lang, hours=str(hours))


def title(session: Session, lang: Lang) -> str:
    return session.title_zh if lang == "zh" else session.title


def venue(session: Session, lang: Lang) -> str:
    return session.venue_zh if lang == "zh" else session.venue


def address(session: Session, lang: Lang) -> str:
    return session.address_zh if lang == "zh" else session.address


def city_name(city: City | None, lang: Lang, program: Program | None = None, name: str = "") -> str:
    if city is None and program is not None:
        city = program.city(name)
    if city is None:
        return name
    return city.name_zh if lang == "zh" else city.name


def venue_pin(session: Session, lang: Lang) -> VenuePin:
    return VenuePin(
        session.latitude, session.longitude, venue(session, lang), address(session, lang)
    )


def session_button(session: Session, lang: Lang) -> Button:
    label = f"{session.start:%d/%m %H:%M} {title(session, lang)}"
    return Button(label[:60], buttons.encode("session", session.id))


# ---------------------------------------------------------------- sessions


def session_card(session: Session, lang: Lang, program: Program, intent: str = "info") -> Reply:
    """One session. A "when" question leads with the time, a "where" question with the place."""
    when = f"{format_day(session.day, lang)} {format_hours(session)}"
    if intent == "when":
        when += (
            f"（{format_duration(session, lang)}）"
            if lang == "zh"
            else f" ({format_duration(session, lang)})"
        )
    city = city_name(None, lang, program, session.city)
    comma = "，" if lang == "zh" else ", "
    where = f"{escape(venue(session, lang))}{comma}{escape(city)}"
    lines_when = f"🕘 <b>{message('when', lang)}</b> {when}"
    lines_where = (
        f"📍 <b>{message('where', lang)}</b> {where}\n"
        f"🏢 <b>{message('address', lang)}</b> {escape(address(session, lang))}"
    )
    heading = f"<b>{escape(title(session, lang))}</b>"
    body = [lines_where, lines_when] if intent == "where" else [lines_when, lines_where]
    description = session.description_zh if lang == "zh" else session.description
    parts = [heading, *body]
    if description:
        parts.append(f"\n{escape(description)}")
    keyboard = ((Button(message("map_button", lang), buttons.encode("where", session.id)),),)
    pin = venue_pin(session, lang) if intent == "where" else None
    return Reply("\n".join(parts), keyboard, pin)


def session_line(session: Session, lang: Lang, program: Program, with_day: bool = False) -> str:
    day = f"{format_day(session.day, lang)} " if with_day else ""
    city = city_name(None, lang, program, session.city)
    return (
        f"• {day}{format_hours(session)} <b>{escape(title(session, lang))}</b>\n"
        f"   {escape(city)} · {escape(venue(session, lang))}"
    )


# A list longer than this is cut, with a hint to narrow it: a Telegram message holds
# 4,096 characters and a keyboard this many buttons comfortably.
MAX_LISTED = 12


def agenda(sessions: Iterable[Session], lang: Lang, program: Program) -> str:
    """Sessions grouped under their day, in time order; a long list is cut short."""
    ordered = sorted(sessions, key=lambda s: (s.start, s.id))
    blocks = []
    for day, group in groupby(ordered[:MAX_LISTED], key=lambda s: s.day):
        lines = "\n".join(session_line(s, lang, program) for s in group)
        blocks.append(f"<b>{format_day(day, lang)}</b>\n{lines}")
    if len(ordered) > MAX_LISTED:
        blocks.append(message("more_sessions", lang, count=str(len(ordered) - MAX_LISTED)))
    return "\n\n".join(blocks)


def session_keyboard(sessions: Iterable[Session], lang: Lang) -> tuple[tuple[Button, ...], ...]:
    return tuple((session_button(s, lang),) for s in list(sessions)[:MAX_LISTED])
