"""Small pieces shared by every reply: dates, names in the right language, session
cards and lines, lists cut to a readable length."""

from __future__ import annotations

import unicodedata
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


# What a phone shows of a full-width button, in columns (a Chinese character takes two).
BUTTON_COLUMNS = 30
# What a short title can do without: every session is Hunan's, and most are a conference
# or a meeting. Dropped only at the very start or end, and only before a whole word.
_DROPPED_PREFIX: dict[Lang, str] = {"en": "Hunan ", "zh": "湖南"}
_DROPPED_SUFFIXES: dict[Lang, tuple[str, ...]] = {"en": (" Conference", " Meeting"), "zh": ()}
# A title cut after one of these reads as if something were missing mid-phrase.
_DANGLING = frozenset({"a", "an", "and", "for", "in", "of", "on", "the", "to", "with"})


def short_day(day: date, lang: Lang) -> str:
    """ "Wed 25" / "周三 25日": enough to tell the days of one week apart on a button."""
    if lang == "zh":
        return f"{_WEEKDAYS['zh'][day.weekday()]} {day.day}日"
    return f"{_WEEKDAYS['en'][day.weekday()]} {day.day}"


def columns(text: str) -> int:
    """How wide `text` shows: Chinese (wide) characters take two columns."""
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def cut(text: str, width: int, lang: Lang) -> str:
    """`text` within `width` columns, with "…" if cut: after a whole word in English,
    after any character in Chinese (which has no spaces between words)."""
    if columns(text) <= width:
        return text
    room = width - 1  # for the "…"
    kept = ""
    if lang == "en":
        for word in text.split():
            longer = f"{kept} {word}" if kept else word
            if columns(longer) > room:
                break
            kept = longer
        words = kept.split()
        while len(words) > 1 and words[-1].lower() in _DANGLING:
            words.pop()
        kept = " ".join(words).rstrip(",;:–—-")
    if not kept:  # Chinese, or an English first word longer than the button
        for char in text:
            if columns(kept + char) > room:
                break
            kept += char
    return f"{kept}…"


def short_title(session: Session, lang: Lang) -> str:
    """The title without what every session shares ("Tourism Promotion")."""
    text = title(session, lang)
    prefix = _DROPPED_PREFIX[lang]
    rest = text.removeprefix(prefix)
    if rest != text and rest[:1].isalnum():  # not "Hunan–Shanghai" → "–Shanghai"
        text = rest
    for suffix in _DROPPED_SUFFIXES[lang]:
        text = text.removesuffix(suffix)
    return text


def session_label(session: Session, lang: Lang) -> str:
    """A session on a full-width button: "Wed 25 · Tourism Promotion", cut to fit."""
    day = f"{short_day(session.day, lang)} · "
    return day + cut(short_title(session, lang), BUTTON_COLUMNS - columns(day), lang)


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
