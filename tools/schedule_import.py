"""Converts a pretalx / frab "schedule.json" export into the program file format.

Organizers who plan their program in pretalx should not retype it. The export has no
Chinese texts, addresses, coordinates or room sizes, so the importer fills what it can,
marks the rest in the file's header, and returns the same list as notes for the CLI.
The output is deterministic (no timestamps, stable ids) so that re-importing an updated
export gives a small, reviewable diff.
"""

from __future__ import annotations

import hashlib
import html
import json
import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, timezone, tzinfo
from pathlib import Path
from typing import Any, TextIO
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from tools.import_notes import import_notes
from tools.program_writer import Source, render
from tools.schedule_models import (
    ImportedSession,
    ImportOptions,
    ScheduleImportError,
    Tally,
    one_line,
    text_field,
)

DEFAULT_OFFSET = timezone(timedelta(hours=8))
SLUG_LENGTH = 24
GUID_CHARS = 6
DESCRIPTION_LENGTH = 400

_DURATION = re.compile(r"^(\d{1,3}):([0-5]\d)$")
_CLOCK = re.compile(r"^(\d{1,2}):([0-5]\d)$")
_GUID_HEX = re.compile(rf"^[0-9a-f]{{{GUID_CHARS}}}")
_BLOCK_TAG = re.compile(
    r"<\s*/?\s*(?:br|p|div|li|ul|ol|h[1-6]|tr|td|th|blockquote|pre)\b[^>]*>", re.I
)
_ANY_TAG = re.compile(r"<[^>]*>")
_MD_LINK = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")
_MD_LINE_MARK = re.compile(r"^\s*(?:#{1,6}\s+|[-*+]\s+|>\s*)", re.M)
_MD_INLINE_MARK = re.compile(r"\*\*|__|`")


# ---------------------------------------------------------------- public API


def import_schedule(source: Path, target: TextIO, options: ImportOptions) -> list[str]:
    """Reads a schedule.json, writes the program TOML to `target`, returns the notes."""
    data = _read_json(source)
    text, notes = convert_schedule(data, options)
    target.write(text)
    return notes


def convert_schedule(data: Mapping[str, Any], options: ImportOptions) -> tuple[str, list[str]]:
    """Returns the program file text and the notes on what was defaulted and needs editing."""
    _check_options(options)
    conference = _conference(data)
    tally = Tally()
    zone, tally.offset_zone = _naive_zone(conference)
    sessions = _sessions(conference, zone, options, tally)
    _check_unique(sessions)
    start_date, end_date = _event_dates(conference, tally)
    notes = import_notes(conference, options, tally)
    source = Source(
        acronym=text_field(conference, "acronym", "conference"),
        version=text_field(data["schedule"], "version", "schedule"),
        event_name=_event_name(conference),
        dates=(start_date, end_date),
    )
    return render(source, options, sessions, notes), notes


# ---------------------------------------------------------------- reading the export


def _read_json(source: Path) -> Any:
    """Loads the export, turning I/O and syntax failures into one error type for the CLI."""
    try:
        return json.loads(source.read_text(encoding="utf-8-sig"))
    except FileNotFoundError:
        raise ScheduleImportError(f"{source}: file not found") from None
    except UnicodeDecodeError as error:
        raise ScheduleImportError(f"{source}: not UTF-8 text ({error.reason})") from None
    except json.JSONDecodeError as error:
        raise ScheduleImportError(
            f"{source}: not valid JSON (line {error.lineno}, column {error.colno}: {error.msg})"
        ) from None


def _check_options(options: ImportOptions) -> None:
    """Refuses options the program loader would refuse later, with the option's name."""
    if not options.city.strip():
        raise ScheduleImportError("options: city must not be empty")
    if not -90 <= options.latitude <= 90:
        raise ScheduleImportError(f"options: latitude {options.latitude} is not from -90 to 90")
    if not -180 <= options.longitude <= 180:
        raise ScheduleImportError(f"options: longitude {options.longitude} is not from -180 to 180")
    if isinstance(options.capacity, bool) or not isinstance(options.capacity, int):
        raise ScheduleImportError("options: capacity must be a whole number")
    if options.capacity < 1:
        raise ScheduleImportError(f"options: capacity {options.capacity} is below 1")


def _conference(data: Any) -> Mapping[str, Any]:
    """Finds schedule.conference, naming the first missing level if this is not an export."""
    node: Any = data
    path: list[str] = []
    for key in ("schedule", "conference"):
        path.append(key)
        if not isinstance(node, Mapping) or not isinstance(node.get(key), Mapping):
            raise _not_a_schedule(".".join(path))
        node = node[key]
    if not isinstance(node.get("days"), list):
        raise _not_a_schedule("schedule.conference.days")
    return node


def _not_a_schedule(missing: str) -> ScheduleImportError:
    return ScheduleImportError(
        f"not a pretalx/frab schedule export: {missing} is missing "
        "(export the schedule as JSON, e.g. pretalx's schedule/export/schedule.json)"
    )


def _naive_zone(conference: Mapping[str, Any]) -> tuple[tzinfo, str]:
    """The zone for times without an offset: the export's own zone if known, else +08:00.

    Using the export's zone keeps such times at the right instant when the conference is
    not in China; +08:00 is the fallback because the bot serves an event in Shanghai.
    """
    name = conference.get("time_zone_name")
    if isinstance(name, str) and name.strip():
        try:
            return ZoneInfo(name.strip()), name.strip()
        except (ZoneInfoNotFoundError, ValueError):
            pass
    return DEFAULT_OFFSET, "+08:00"


def _sessions(
    conference: Mapping[str, Any], zone: tzinfo, options: ImportOptions, tally: Tally
) -> list[ImportedSession]:
    """Every event of every room of every day, in program order (start, then id)."""
    acronym = _slug(text_field(conference, "acronym", "conference"))
    sessions: list[ImportedSession] = []
    for position, day in enumerate(conference["days"]):
        day_where = _day_where(day, position)
        day_date = _day_date(day, day_where)
        for room, events in _rooms(day, day_where):
            room_where = f"{day_where}, room {room!r}"
            if not isinstance(events, list):
                raise ScheduleImportError(f"{room_where}: must be a list of events")
            for index, event in enumerate(events):
                where = _event_where(event, index, room_where)
                context = _EventContext(acronym, room, day_date, zone, where)
                sessions.append(_session(event, context, tally))
    if not sessions:
        raise ScheduleImportError("schedule.conference.days: the export has no events")
    return sorted(sessions, key=lambda s: (s.start, s.id))


def _day_where(day: Any, position: int) -> str:
    index = day.get("index") if isinstance(day, Mapping) else None
    number = index if isinstance(index, int) and not isinstance(index, bool) else position + 1
    return f"day {number}"


def _day_date(day: Any, where: str) -> date | None:
    """The day's date, needed only for events whose own date lacks an offset."""
    if not isinstance(day, Mapping):
        raise ScheduleImportError(f"{where}: must be an object")
    raw = day.get("date")
    if raw is None:
        return None
    try:
        return date.fromisoformat(str(raw).strip()[:10])
    except ValueError:
        raise ScheduleImportError(f"{where}: date {raw!r} is not YYYY-MM-DD") from None


def _rooms(day: Mapping[str, Any], where: str) -> Iterable[tuple[str, Any]]:
    rooms = day.get("rooms", {})
    if not isinstance(rooms, Mapping):
        raise ScheduleImportError(f"{where}: rooms must be an object of room name to events")
    return ((str(name).strip(), events) for name, events in rooms.items())


def _event_where(event: Any, index: int, room_where: str) -> str:
    label = None
    if isinstance(event, Mapping):
        label = next(
            (str(event[k]).strip() for k in ("title", "slug", "guid", "id") if event.get(k)),
            None,
        )
    return f"{room_where}, event {label or f'#{index + 1}'!r}"


# ---------------------------------------------------------------- one event


@dataclass(frozen=True)
class _EventContext:
    """Where an event sits in the export: what its id, times and venue depend on."""

    acronym: str
    room: str
    day_date: date | None
    zone: tzinfo
    where: str


def _session(event: Any, context: _EventContext, tally: Tally) -> ImportedSession:
    where = context.where
    if not isinstance(event, Mapping):
        raise ScheduleImportError(f"{where}: must be an object")
    title = one_line(text_field(event, "title", where))
    if not title:
        raise ScheduleImportError(f"{where}: title is missing")
    start = _start(event, context, tally)
    description = _description(event, where)
    tally.sessions += 1
    tally.descriptions += bool(description)
    return ImportedSession(
        id=_session_id(event, title, context.acronym, tally),
        title=title,
        venue=one_line(context.room) or one_line(text_field(event, "room", where)),
        start=start,
        end=start + _duration(event, where),
        description=description,
        aliases=_aliases(event, where),
        keywords=_keywords(event, where),
        where=where,
    )


def _session_id(event: Mapping[str, Any], title: str, acronym: str, tally: Tally) -> str:
    """slug + guid prefix: stable across re-imports, unique even for equal titles."""
    base = _slug(_event_slug(event, acronym)) or _slug(title) or "session"
    guid = str(event.get("guid") or "").replace("-", "").strip().lower()
    if _GUID_HEX.match(guid):
        return f"{base}-{guid[:GUID_CHARS]}"
    tally.guidless += 1
    seed = f"{event.get('id')}|{event.get('slug')}|{title}"
    return f"{base}-{hashlib.sha1(seed.encode('utf-8')).hexdigest()[:GUID_CHARS]}"


def _event_slug(event: Mapping[str, Any], acronym: str) -> str:
    """The event's slug without pretalx's "<acronym>-<id>-" prefix, which wastes the id."""
    slug = _slug(str(event.get("slug") or ""), length=None)
    prefix = f"{acronym}-{_slug(str(event.get('id') or ''))}" if acronym else ""
    if prefix and (slug == prefix or slug.startswith(prefix + "-")):
        return slug[len(prefix) + 1 :]
    return slug


def _slug(text: str, length: int | None = SLUG_LENGTH) -> str:
    """Lowercase ASCII letters, digits and single hyphens; accents folded, other scripts dropped."""
    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    slug = re.sub(r"[^a-z0-9]+", "-", folded.lower()).strip("-")
    return slug[:length].rstrip("-") if length is not None else slug


def _start(event: Mapping[str, Any], context: _EventContext, tally: Tally) -> datetime:
    """The event's own ISO date with its offset; without an offset, local wall time is assumed."""
    raw = event.get("date")
    if isinstance(raw, str) and raw.strip():
        parsed = _parse_moment(raw.strip(), context.where)
        if parsed.tzinfo is not None:
            return parsed
        tally.offsetless += 1
        if "T" in raw or " " in raw.strip():
            return parsed.replace(tzinfo=context.zone)
        return _combine(parsed.date(), event, context)
    if raw is not None and not isinstance(raw, str):
        raise ScheduleImportError(f"{context.where}: date {raw!r} is not an ISO date-time")
    tally.offsetless += 1
    if context.day_date is None:
        raise ScheduleImportError(f"{context.where}: no date, and its day has no date either")
    return _combine(context.day_date, event, context)


def _parse_moment(raw: str, where: str) -> datetime:
    try:
        return datetime.fromisoformat(raw)
    except ValueError:
        raise ScheduleImportError(
            f"{where}: date {raw!r} is not an ISO date-time such as 2018-07-25T09:30:00+08:00"
        ) from None


def _combine(day: date, event: Mapping[str, Any], context: _EventContext) -> datetime:
    raw = str(event.get("start") or "").strip()
    match = _CLOCK.match(raw)
    if not match or int(match.group(1)) > 23:
        raise ScheduleImportError(f"{context.where}: start {raw!r} is not HH:MM")
    wall = time(int(match.group(1)), int(match.group(2)))
    return datetime.combine(day, wall, tzinfo=context.zone)


def _duration(event: Mapping[str, Any], where: str) -> timedelta:
    raw = event.get("duration")
    match = _DURATION.match(raw.strip()) if isinstance(raw, str) else None
    if not match:
        raise ScheduleImportError(f"{where}: duration {raw!r} is not HH:MM")
    length = timedelta(hours=int(match.group(1)), minutes=int(match.group(2)))
    if not length:
        raise ScheduleImportError(f"{where}: duration {raw!r} is zero; a session needs an end")
    return length


def _description(event: Mapping[str, Any], where: str) -> str:
    """The abstract (or, failing that, the description) as short plain text for chat."""
    for key in ("abstract", "description"):
        text = _plain_text(text_field(event, key, where))
        if text:
            return _shorten(text, DESCRIPTION_LENGTH)
    return ""


def _plain_text(text: str) -> str:
    """Minimal HTML/Markdown removal: chat shows descriptions as plain text."""
    text = _BLOCK_TAG.sub(" ", text)
    text = _ANY_TAG.sub("", text)
    text = html.unescape(text)
    text = _MD_LINK.sub(r"\1", text)
    text = _MD_LINE_MARK.sub("", text)
    text = _MD_INLINE_MARK.sub("", text)
    return one_line(text)


def _shorten(text: str, limit: int) -> str:
    """Cuts at a word boundary when one is near, so the text does not end mid-word."""
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    space = cut.rfind(" ")
    if space >= limit * 3 // 4:
        cut = cut[:space]
    return cut.rstrip(" ,;:-") + "…"


def _aliases(event: Mapping[str, Any], where: str) -> tuple[str, ...]:
    """Subtitle and speakers: delegates search for a talk by either."""
    names = [one_line(text_field(event, "subtitle", where))]
    persons = event.get("persons") or []
    if not isinstance(persons, list):
        raise ScheduleImportError(f"{where}: persons must be a list")
    for person in persons:
        if isinstance(person, Mapping):
            names.append(
                one_line(
                    text_field(person, "public_name", where) or text_field(person, "name", where)
                )
            )
        elif isinstance(person, str):
            names.append(one_line(person))
    return _distinct(names)


def _keywords(event: Mapping[str, Any], where: str) -> tuple[str, ...]:
    return _distinct([one_line(text_field(event, "track", where)).lower()])


def _distinct(values: Iterable[str]) -> tuple[str, ...]:
    seen: dict[str, None] = {}
    for value in values:
        if value and value.casefold() not in {v.casefold() for v in seen}:
            seen[value] = None
    return tuple(seen)


def _check_unique(sessions: list[ImportedSession]) -> None:
    """Same slug and guid prefix, or the same event listed twice: the loader would refuse it."""
    first: dict[str, ImportedSession] = {}
    for session in sessions:
        if session.id in first:
            raise ScheduleImportError(
                f"{session.where}: its session id {session.id!r} is also that of "
                f"{first[session.id].where} (the same event twice, or guids sharing a prefix)"
            )
        first[session.id] = session


# ---------------------------------------------------------------- the [event] section


def _event_dates(conference: Mapping[str, Any], tally: Tally) -> tuple[date, date]:
    """The conference's start/end dates, or the first/last day's date when they are missing."""
    start = _conference_date(conference, "start")
    end = _conference_date(conference, "end")
    if start is None or end is None:
        day_dates = sorted(
            d
            for i, day in enumerate(conference["days"])
            if (d := _day_date(day, _day_where(day, i))) is not None
        )
        if not day_dates:
            raise ScheduleImportError("conference: no start/end date and no day dates")
        start = start or day_dates[0]
        end = end or day_dates[-1]
        tally.extra.append("event start_date/end_date taken from the days: check them")
    if end < start:
        raise ScheduleImportError(f"conference: end {end} is before start {start}")
    return start, end


def _conference_date(conference: Mapping[str, Any], key: str) -> date | None:
    raw = text_field(conference, key, "conference")
    if not raw:
        return None
    try:
        return date.fromisoformat(raw[:10])
    except ValueError:
        raise ScheduleImportError(f"conference: {key} {raw!r} is not a date") from None


def _event_name(conference: Mapping[str, Any]) -> str:
    name = one_line(text_field(conference, "title", "conference"))
    name = name or one_line(text_field(conference, "acronym", "conference"))
    if not name:
        raise ScheduleImportError("conference: neither title nor acronym is given")
    return name
