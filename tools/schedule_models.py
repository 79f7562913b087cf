"""What the schedule importer reads and writes: its options, its sessions, its error."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

EVENT_TIMEZONE = "Asia/Shanghai"
ADDRESS_PLACEHOLDER = "Address to be confirmed"
ADDRESS_PLACEHOLDER_ZH = "地址待定"


class ScheduleImportError(ValueError):
    """The export cannot be converted; `str()` names the problem and where it is."""


@dataclass(frozen=True)
class ImportOptions:
    """What the export does not know: where the sessions take place and how many fit."""

    city: str
    city_zh: str | None = None
    address: str = ""
    latitude: float = 0.0
    longitude: float = 0.0
    capacity: int = 100


@dataclass(frozen=True)
class ImportedSession:
    """One event, already in program terms; `where` locates it in the export for errors."""

    id: str
    title: str
    venue: str
    start: datetime
    end: datetime
    description: str
    aliases: tuple[str, ...]
    keywords: tuple[str, ...]
    where: str


def one_line(text: str) -> str:
    return " ".join(text.split())


@dataclass
class Tally:
    """Counts of defaulted values, so the notes can say how much needs editing."""

    sessions: int = 0
    descriptions: int = 0
    offsetless: int = 0
    guidless: int = 0
    offset_zone: str = "+08:00"
    extra: list[str] = field(default_factory=list)


def text_field(raw: Mapping[str, Any], key: str, where: str) -> str:
    """A text field; numbers are accepted as text (ids, versions), other types are refused."""
    value = raw.get(key)
    if value is None:
        return ""
    if isinstance(value, str):
        return value.strip()
    if isinstance(value, int | float) and not isinstance(value, bool):
        return str(value)
    raise ScheduleImportError(f"{where}: {key} must be text, not {type(value).__name__}")
