"""The notes an import leaves in the file's header: what was defaulted and needs editing."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from tools.schedule_models import (
    ADDRESS_PLACEHOLDER,
    ADDRESS_PLACEHOLDER_ZH,
    EVENT_TIMEZONE,
    ImportOptions,
    Tally,
    one_line,
    text_field,
)


def import_notes(conference: Mapping[str, Any], options: ImportOptions, tally: Tally) -> list[str]:
    """What was defaulted, phrased as what to do about it."""
    count = _count(tally.sessions)
    notes = [
        f"title_zh copied from title for {count} — translate them",
        f"venue_zh is the room name for {count} — translate it; venue can name the building too",
        'every session is kind = "themed" — mark the main conferences kind = "main"',
        "event name_zh copied from the conference title — translate it",
    ]
    if tally.descriptions:
        notes.append(
            f"description_zh copied from description for {_count(tally.descriptions)}"
            " — translate them"
        )
    notes.extend(_place_notes(options))
    notes.append(
        f"capacity defaulted to {options.capacity} for every session"
        " (the export has no room sizes) — set each session's capacity"
    )
    notes.append(
        "no [[themes]]: tracks became keywords; add [[themes]] (and remove `themes = []`)"
        " to group sessions"
    )
    notes.extend(_time_notes(conference, tally))
    if tally.guidless:
        notes.append(
            f"{_count(tally.guidless)} had no usable guid: their ids end in a hash of the"
            " event id and title instead"
        )
    return notes + tally.extra


def _place_notes(options: ImportOptions) -> list[str]:
    notes = []
    if not options.city_zh:
        notes.append(f"city name_zh copied from {options.city!r} — set --city-zh or edit the file")
    if options.address.strip():
        notes.append("address_zh copied from address — translate it")
    else:
        notes.append(
            f"address not in the export: set --address or edit the file"
            f" (sessions say {ADDRESS_PLACEHOLDER!r} / {ADDRESS_PLACEHOLDER_ZH!r} until then)"
        )
    if options.latitude == 0.0 and options.longitude == 0.0:
        notes.append(
            "latitude/longitude not in the export: set --latitude/--longitude or edit the file"
            " (0, 0 puts the venue pin in the Atlantic)"
        )
    return notes


def _time_notes(conference: Mapping[str, Any], tally: Tally) -> list[str]:
    notes = []
    if tally.offsetless:
        notes.append(
            f"{_count(tally.offsetless)} had no UTC offset in the export:"
            f" their times were read as {tally.offset_zone} — check them"
        )
    zone_name = one_line(text_field(conference, "time_zone_name", "conference"))
    if zone_name and zone_name != EVENT_TIMEZONE:
        notes.append(
            f"the export's time zone is {zone_name}: times keep their offsets,"
            f" but the bot displays them in {EVENT_TIMEZONE}"
        )
    return notes


def _count(number: int) -> str:
    return f"{number} session" if number == 1 else f"{number} sessions"
