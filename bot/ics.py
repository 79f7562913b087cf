"""A delegate's agenda as an iCalendar (RFC 5545) file, in English or Chinese.

Delegates move between four cities and want the sessions in their phone's calendar. UIDs are
derived from session ids, so importing an updated agenda replaces the earlier events instead
of duplicating them; times carry TZID=Asia/Shanghai plus a VTIMEZONE, so a phone set to
another zone still shows the right local time.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Literal

from icalendar import Calendar, Event, Timezone

from bot.clock import EVENT_TZ
from bot.program import Session

Lang = Literal["en", "zh"]

PRODID = "-//Hunan Week Delegates Assistant//EN"
UID_DOMAIN = "hunan-week-2018"
# Must match [event] name / name_zh in data/program.toml (tests/test_ics.py checks it).
EVENT_NAME = "2018 Hunan–Yangtze River Delta Economic and Trade Cooperation Promotion Week"
EVENT_NAME_ZH = "2018湖南—长三角经贸合作洽谈周"


@dataclass(frozen=True)
class CalendarMeeting:
    """A matchmaking meeting with its slot, worded in the delegate's language."""

    meeting_id: int
    start: datetime
    end: datetime
    summary: str
    location: str


def agenda_calendar(
    sessions: Sequence[Session],
    lang: Lang,
    *,
    now: datetime,
    meetings: Sequence[CalendarMeeting] = (),
) -> bytes:
    """The sessions (and meetings) as one VCALENDAR, CRLF-terminated bytes ready to send.

    `now` is passed in (not read from the system) so the DTSTAMP follows the bot's
    replayable clock and the output is reproducible in tests.
    """
    _check_lang(lang)
    if now.tzinfo is None:
        raise ValueError("now needs a timezone, e.g. 2018-07-25T09:00:00+08:00")
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("x-wr-calname", _pick(lang, EVENT_NAME, EVENT_NAME_ZH))
    calendar.add("x-wr-timezone", EVENT_TZ.key)
    calendar.add_component(_timezone(sessions, now))
    stamp = now.astimezone(UTC)
    for session in sessions:
        calendar.add_component(_event(session, lang, stamp))
    for meeting in meetings:
        calendar.add_component(_meeting_event(meeting, stamp))
    return calendar.to_ical()


def agenda_filename(lang: Lang) -> str:
    """ASCII, and different per language, so saving both versions does not overwrite one."""
    _check_lang(lang)
    return _pick(lang, "hunan-week-2018.ics", "hunan-week-2018-zh.ics")


def session_uid(session: Session) -> str:
    """Stable per session: calendars match re-imported events by UID."""
    return f"{session.id}@{UID_DOMAIN}"


def _event(session: Session, lang: Lang, stamp: datetime) -> Event:
    event = Event()
    event.add("uid", session_uid(session))
    event.add("dtstamp", stamp)
    event.add("dtstart", session.start.astimezone(EVENT_TZ))
    event.add("dtend", session.end.astimezone(EVENT_TZ))
    event.add("summary", _pick(lang, session.title, session.title_zh))
    venue = _pick(lang, session.venue, session.venue_zh)
    address = _pick(lang, session.address, session.address_zh)
    event.add("location", f"{venue}, {address}")
    description = _pick(lang, session.description, session.description_zh)
    if description:
        event.add("description", description)
    event.add("geo", (session.latitude, session.longitude))
    return event


def _meeting_event(meeting: CalendarMeeting, stamp: datetime) -> Event:
    event = Event()
    event.add("uid", f"meeting-{meeting.meeting_id}@{UID_DOMAIN}")
    event.add("dtstamp", stamp)
    event.add("dtstart", meeting.start.astimezone(EVENT_TZ))
    event.add("dtend", meeting.end.astimezone(EVENT_TZ))
    event.add("summary", meeting.summary)
    event.add("location", meeting.location)
    return event


def _timezone(sessions: Sequence[Session], now: datetime) -> Timezone:
    """The Asia/Shanghai VTIMEZONE, always present: every time is written with its TZID.

    It covers whole years around the agenda, so a client that later moves an event a few
    days still has a valid rule; an empty agenda still gets one so the file has a
    component, as RFC 5545 requires.
    """
    moments = [moment for s in sessions for moment in (s.start, s.end)] or [now]
    years = [moment.astimezone(EVENT_TZ).year for moment in moments]
    first = date(min(years), 1, 1)
    last = date(max(years) + 1, 1, 1)
    return Timezone.from_tzid(EVENT_TZ.key, first_date=first, last_date=last)


def _pick(lang: Lang, english: str, chinese: str) -> str:
    return chinese if lang == "zh" else english


def _check_lang(lang: str) -> None:
    """Fails loudly: a typo such as "cn" would otherwise silently give English."""
    if lang not in ("en", "zh"):
        raise ValueError(f"lang must be 'en' or 'zh', not {lang!r}")
