"""Writes a program file from imported sessions, with tomlkit (quoting is its job)."""

from __future__ import annotations

import textwrap
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from typing import Any

import tomlkit

from tools.schedule_models import (
    ADDRESS_PLACEHOLDER,
    ADDRESS_PLACEHOLDER_ZH,
    EVENT_TIMEZONE,
    ImportedSession,
    ImportOptions,
    one_line,
)

LINE_LENGTH = 100


@dataclass(frozen=True)
class Source:
    """What the file says it came from."""

    acronym: str
    version: str
    event_name: str
    dates: tuple[date, date]


def render(
    source: Source, options: ImportOptions, sessions: list[ImportedSession], notes: list[str]
) -> str:
    """The program file, written by tomlkit (quoting and escaping are its job)."""
    document = tomlkit.document()
    for line in _header(source, notes):
        document.add(tomlkit.comment(line))
    document.add(tomlkit.nl())
    document.add(tomlkit.comment("The export has no themes. To group sessions, replace this"))
    document.add(tomlkit.comment("line with [[themes]] tables (id, title, title_zh) and list"))
    document.add(tomlkit.comment("their ids in the sessions' `themes`."))
    document["themes"] = tomlkit.array()
    document["event"] = _event_table(source)
    cities = tomlkit.aot()
    cities.append(_city_table(options))
    document["cities"] = cities
    document.add(tomlkit.nl())
    document.add(tomlkit.comment("Sessions, in time order."))
    rows = tomlkit.aot()
    for session in sessions:
        rows.append(_session_table(session, options))
    document["sessions"] = rows
    return tomlkit.dumps(document)


def _header(source: Source, notes: list[str]) -> list[str]:
    """Says where the file came from and what an organizer must still edit."""
    acronym = _comment_text(source.acronym) or "an unnamed"
    version = _comment_text(source.version) or "?"
    lines = [
        f"Program generated from the {acronym} schedule, version {version}, by",
        "`python run_bot.py import-schedule` (pretalx/frab schedule.json). Re-importing the",
        "same export gives the same text and session ids: diff before replacing an edited file.",
        "",
        "EDIT BEFORE USE",
    ]
    for note in notes:
        wrapped = textwrap.wrap(_comment_text(note), width=LINE_LENGTH - 6)
        lines.append(f"  * {wrapped[0]}")
        lines.extend(f"    {line}" for line in wrapped[1:])
    lines += ["", "After editing, validate with:   python run_bot.py program --json"]
    return lines


def _comment_text(text: str) -> str:
    """One line without control characters: TOML comments may not contain them."""
    printable = "".join(c for c in text if unicodedata.category(c) not in ("Cc", "Cs"))
    return one_line(printable)


def _event_table(source: Source) -> Any:
    return _table(
        name=source.event_name,
        name_zh=source.event_name,
        start_date=source.dates[0],
        end_date=source.dates[1],
        timezone=EVENT_TIMEZONE,
    )


def _city_table(options: ImportOptions) -> Any:
    city = one_line(options.city)
    return _table(
        name=city,
        name_zh=one_line(options.city_zh or "") or city,
        aliases=[],
        aliases_zh=[],
    )


def _session_table(session: ImportedSession, options: ImportOptions) -> Any:
    address = one_line(options.address)
    return _table(
        id=session.id,
        title=session.title,
        title_zh=session.title,
        kind="themed",
        city=one_line(options.city),
        venue=session.venue,
        venue_zh=session.venue,
        address=address or ADDRESS_PLACEHOLDER,
        address_zh=address or ADDRESS_PLACEHOLDER_ZH,
        latitude=float(options.latitude),
        longitude=float(options.longitude),
        start=session.start,
        end=session.end,
        capacity=options.capacity,
        description=session.description,
        description_zh=session.description,
        themes=[],
        aliases=_array("aliases", session.aliases),
        aliases_zh=[],
        keywords=_array("keywords", session.keywords),
        keywords_zh=[],
    )


def _table(**values: Any) -> Any:
    table = tomlkit.table()
    for key, value in values.items():
        table[key] = _encodable(value) if isinstance(value, str) else value
    return table


def _encodable(text: str) -> str:
    """A lone surrogate (from a JSON escape) cannot be written as UTF-8: U+FFFD instead."""
    return "".join("\ufffd" if 0xD800 <= ord(char) <= 0xDFFF else char for char in text)


def _array(key: str, values: Iterable[str]) -> Any:
    """Inline when short, one item per line (as in data/program.toml) when long."""
    array = tomlkit.array()
    array.extend(_encodable(value) for value in values)
    if len(f"{key} = {array.as_string()}") > LINE_LENGTH:
        array.multiline(True)
    return array
