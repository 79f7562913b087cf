"""The event program: immutable models, and a loader that refuses a broken file by name.

The file is TOML so organizers can edit it by hand; every error names the file, the
session (or section) and the field, because that is what they need to fix it.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from functools import cached_property
from pathlib import Path
from typing import Any

from bot.clock import EVENT_TZ

SESSION_ID = re.compile(r"^[a-z0-9][a-z0-9-]{0,31}$")
SESSION_KINDS = ("main", "themed")


class ProgramError(ValueError):
    """The program file cannot be used; `str()` is the message an organizer sees."""

    def __init__(
        self, path: Path, problem: str, *, where: str | None = None, field: str | None = None
    ) -> None:
        self.path = path
        self.where = where
        self.field = field
        self.problem = problem
        location = ", ".join(
            part for part in (str(path), where, f"field '{field}'" if field else None) if part
        )
        super().__init__(f"{location}: {problem}")


@dataclass(frozen=True)
class Theme:
    id: str
    title: str
    title_zh: str


@dataclass(frozen=True)
class City:
    name: str
    name_zh: str
    aliases: tuple[str, ...] = ()
    aliases_zh: tuple[str, ...] = ()


@dataclass(frozen=True)
class Session:
    id: str
    title: str
    title_zh: str
    kind: str
    city: str
    venue: str
    venue_zh: str
    address: str
    address_zh: str
    latitude: float
    longitude: float
    start: datetime
    end: datetime
    capacity: int
    description: str = ""
    description_zh: str = ""
    themes: tuple[str, ...] = ()
    aliases: tuple[str, ...] = ()
    aliases_zh: tuple[str, ...] = ()
    keywords: tuple[str, ...] = ()
    keywords_zh: tuple[str, ...] = ()

    @property
    def day(self) -> date:
        return self.start.date()

    @property
    def building(self) -> str:
        """The venue without its hall: "Huaqiao International Expo Center"."""
        return self.venue.split(",")[0].strip()

    @property
    def building_zh(self) -> str:
        return self.venue_zh.split()[0]

    def overlaps(self, other: Session) -> bool:
        return self.start < other.end and other.start < self.end

    def is_running(self, moment: datetime) -> bool:
        return self.start <= moment < self.end


@dataclass(frozen=True)
class FaqEntry:
    id: str
    question: str
    question_zh: str
    answer: str
    answer_zh: str
    keywords: tuple[str, ...] = ()
    keywords_zh: tuple[str, ...] = ()


@dataclass(frozen=True)
class Event:
    name: str
    name_zh: str
    start_date: date
    end_date: date


@dataclass(frozen=True)
class Program:
    event: Event
    themes: tuple[Theme, ...]
    cities: tuple[City, ...]
    sessions: tuple[Session, ...]  # in time order
    faq: tuple[FaqEntry, ...]
    source: Path
    # the file as it was read, so the command line can compare with what the bot runs
    text: str = field(default="", repr=False, compare=False)

    def session(self, session_id: str) -> Session | None:
        return self._by_id.get(session_id)

    def city(self, name: str) -> City | None:
        return next((city for city in self.cities if city.name == name), None)

    def days(self) -> list[date]:
        return list(self._days)

    @cached_property
    def _days(self) -> tuple[date, ...]:
        # asked for on every question: computed once per program
        return tuple(sorted({session.day for session in self.sessions}))

    @cached_property
    def _by_id(self) -> dict[str, Session]:
        return {session.id: session for session in self.sessions}


# ---------------------------------------------------------------- loading


def load_program(path: Path) -> Program:
    """Reads and validates the program file; raises ProgramError naming what is wrong."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ProgramError(path, "file not found (set PROGRAM_FILE to the program file)") from None
    except UnicodeDecodeError as error:
        raise ProgramError(path, f"not UTF-8 text ({error.reason})") from None
    return parse_program(text, path)


def parse_program(text: str, path: Path) -> Program:
    """Validates program text (as read from `path`, which errors name)."""
    try:
        raw = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        raise ProgramError(path, f"not valid TOML: {error}") from None
    return replace(_ProgramReader(path).read(raw), text=text)


class _ProgramReader:
    """Turns parsed TOML into models, raising on the first problem with its location."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def fail(
        self, problem: str, where: str | None = None, field: str | None = None
    ) -> ProgramError:
        return ProgramError(self.path, problem, where=where, field=field)

    def read(self, raw: Mapping[str, Any]) -> Program:
        self._only_keys(raw, {"event", "themes", "cities", "sessions", "faq"}, "top level")
        event = self._event(self._table(raw, "event", "top level"))
        themes = tuple(self._theme(t, i) for i, t in enumerate(self._array(raw, "themes")))
        cities = tuple(self._city(c, i) for i, c in enumerate(self._array(raw, "cities")))
        self._unique([t.id for t in themes], "theme", "id")
        self._unique([c.name for c in cities], "city", "name")
        sessions = [
            self._session(s, i, themes, cities) for i, s in enumerate(self._array(raw, "sessions"))
        ]
        if not sessions:
            raise self.fail("the program has no [[sessions]]")
        self._unique([s.id for s in sessions], "session", "id")
        faq = tuple(self._faq(f, i) for i, f in enumerate(self._array(raw, "faq", required=False)))
        self._unique([f.id for f in faq], "faq", "id")
        return Program(
            event=event,
            themes=themes,
            cities=cities,
            sessions=tuple(sorted(sessions, key=lambda s: (s.start, s.id))),
            faq=faq,
            source=self.path,
        )

    # --- sections

    def _event(self, raw: Mapping[str, Any]) -> Event:
        where = "[event]"
        self._only_keys(raw, {"name", "name_zh", "start_date", "end_date", "timezone"}, where)
        start = self._date(raw, "start_date", where)
        end = self._date(raw, "end_date", where)
        if end < start:
            raise self.fail("ends before it starts", where, "end_date")
        timezone = raw.get("timezone", "Asia/Shanghai")
        if timezone != "Asia/Shanghai":
            raise self.fail("only Asia/Shanghai is supported", where, "timezone")
        return Event(self._text(raw, "name", where), self._text(raw, "name_zh", where), start, end)

    def _theme(self, raw: Any, index: int) -> Theme:
        where = self._where("theme", raw, index)
        raw = self._mapping(raw, where)
        self._only_keys(raw, {"id", "title", "title_zh"}, where)
        return Theme(
            self._id(raw, where),
            self._text(raw, "title", where),
            self._text(raw, "title_zh", where),
        )

    def _city(self, raw: Any, index: int) -> City:
        where = self._where("city", raw, index, key="name")
        raw = self._mapping(raw, where)
        self._only_keys(raw, {"name", "name_zh", "aliases", "aliases_zh"}, where)
        return City(
            name=self._text(raw, "name", where),
            name_zh=self._text(raw, "name_zh", where),
            aliases=self._texts(raw, "aliases", where),
            aliases_zh=self._texts(raw, "aliases_zh", where),
        )

    def _session(
        self, raw: Any, index: int, themes: tuple[Theme, ...], cities: tuple[City, ...]
    ) -> Session:
        where = self._where("session", raw, index)
        raw = self._mapping(raw, where)
        required = {
            "id",
            "title",
            "title_zh",
            "kind",
            "city",
            "venue",
            "venue_zh",
            "address",
            "address_zh",
            "latitude",
            "longitude",
            "start",
            "end",
            "capacity",
        }
        optional = {
            "description",
            "description_zh",
            "themes",
            "aliases",
            "aliases_zh",
            "keywords",
            "keywords_zh",
        }
        self._only_keys(raw, required | optional, where)
        kind = self._text(raw, "kind", where)
        if kind not in SESSION_KINDS:
            raise self.fail(
                f"must be one of {', '.join(SESSION_KINDS)}, not {kind!r}", where, "kind"
            )
        city = self._text(raw, "city", where)
        if city not in {c.name for c in cities}:
            known = ", ".join(c.name for c in cities)
            raise self.fail(f"unknown city {city!r} (known: {known})", where, "city")
        session_themes = self._texts(raw, "themes", where)
        known_themes = {t.id for t in themes}
        for theme in session_themes:
            if theme not in known_themes:
                raise self.fail(f"unknown theme {theme!r}", where, "themes")
        start = self._moment(raw, "start", where)
        end = self._moment(raw, "end", where)
        if end <= start:
            raise self.fail("ends before it starts", where, "end")
        return Session(
            id=self._id(raw, where),
            title=self._text(raw, "title", where),
            title_zh=self._text(raw, "title_zh", where),
            kind=kind,
            city=city,
            venue=self._text(raw, "venue", where),
            venue_zh=self._text(raw, "venue_zh", where),
            address=self._text(raw, "address", where),
            address_zh=self._text(raw, "address_zh", where),
            latitude=self._number(raw, "latitude", where, -90, 90),
            longitude=self._number(raw, "longitude", where, -180, 180),
            start=start,
            end=end,
            capacity=self._capacity(raw, where),
            description=self._text(raw, "description", where, required=False),
            description_zh=self._text(raw, "description_zh", where, required=False),
            themes=session_themes,
            aliases=self._texts(raw, "aliases", where),
            aliases_zh=self._texts(raw, "aliases_zh", where),
            keywords=self._texts(raw, "keywords", where),
            keywords_zh=self._texts(raw, "keywords_zh", where),
        )

    def _faq(self, raw: Any, index: int) -> FaqEntry:
        where = self._where("faq", raw, index)
        raw = self._mapping(raw, where)
        self._only_keys(
            raw,
            {"id", "question", "question_zh", "answer", "answer_zh", "keywords", "keywords_zh"},
            where,
        )
        return FaqEntry(
            id=self._id(raw, where),
            question=self._text(raw, "question", where),
            question_zh=self._text(raw, "question_zh", where),
            answer=self._text(raw, "answer", where),
            answer_zh=self._text(raw, "answer_zh", where),
            keywords=self._texts(raw, "keywords", where),
            keywords_zh=self._texts(raw, "keywords_zh", where),
        )

    # --- fields

    @staticmethod
    def _where(section: str, raw: Any, index: int, key: str = "id") -> str:
        if isinstance(raw, Mapping) and isinstance(raw.get(key), str) and raw[key].strip():
            return f"{section} '{raw[key].strip()}'"
        return f"{section} #{index + 1}"

    def _mapping(self, raw: Any, where: str) -> Mapping[str, Any]:
        if not isinstance(raw, Mapping):
            raise self.fail("must be a table", where)
        return raw

    def _table(self, raw: Mapping[str, Any], key: str, where: str) -> Mapping[str, Any]:
        if key not in raw:
            raise self.fail(f"missing [{key}] section", where, key)
        return self._mapping(raw[key], f"[{key}]")

    def _array(self, raw: Mapping[str, Any], key: str, required: bool = True) -> list[Any]:
        value = raw.get(key)
        if value is None:
            if required:
                raise self.fail(f"missing [[{key}]] entries", "top level", key)
            return []
        if not isinstance(value, list):
            raise self.fail(f"must be an array of tables ([[{key}]])", "top level", key)
        return value

    def _only_keys(self, raw: Mapping[str, Any], allowed: set[str], where: str) -> None:
        for key in raw:
            if key not in allowed:
                raise self.fail(
                    f"unknown field (allowed: {', '.join(sorted(allowed))})", where, key
                )

    def _unique(self, values: list[str], section: str, field: str) -> None:
        seen: set[str] = set()
        for value in values:
            if value in seen:
                raise self.fail(
                    "duplicate; every entry needs its own", f"{section} '{value}'", field
                )
            seen.add(value)

    def _text(self, raw: Mapping[str, Any], key: str, where: str, required: bool = True) -> str:
        value = raw.get(key)
        if value is None:
            if required:
                raise self.fail("missing required field", where, key)
            return ""
        if not isinstance(value, str):
            raise self.fail(f"must be text, not {type(value).__name__}", where, key)
        if required and not value.strip():
            raise self.fail("must not be empty", where, key)
        return value.strip()

    def _id(self, raw: Mapping[str, Any], where: str) -> str:
        value = self._text(raw, "id", where)
        if not SESSION_ID.match(value):
            raise self.fail("must be 1-32 lowercase letters, digits or '-'", where, "id")
        return value

    def _texts(self, raw: Mapping[str, Any], key: str, where: str) -> tuple[str, ...]:
        value = raw.get(key, [])
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise self.fail("must be a list of text", where, key)
        return tuple(v.strip() for v in value if v.strip())

    def _number(
        self, raw: Mapping[str, Any], key: str, where: str, low: float, high: float
    ) -> float:
        value = raw.get(key)
        if value is None:
            raise self.fail("missing required field", where, key)
        if (
            isinstance(value, bool)
            or not isinstance(value, int | float)
            or not low <= value <= high
        ):
            raise self.fail(f"must be a number from {low} to {high}", where, key)
        return float(value)

    def _capacity(self, raw: Mapping[str, Any], where: str) -> int:
        value = raw.get("capacity")
        if value is None:
            raise self.fail("missing required field", where, "capacity")
        if isinstance(value, bool) or not isinstance(value, int) or value < 1:
            raise self.fail("must be a whole number of seats, at least 1", where, "capacity")
        return value

    def _date(self, raw: Mapping[str, Any], key: str, where: str) -> date:
        value = raw.get(key)
        if value is None:
            raise self.fail("missing required field", where, key)
        if isinstance(value, str):
            value = self._parse(value, date.fromisoformat, where, key, "a date such as 2018-07-24")
        if isinstance(value, datetime) or not isinstance(value, date):
            raise self.fail("must be a date such as 2018-07-24", where, key)
        return value

    def _moment(self, raw: Mapping[str, Any], key: str, where: str) -> datetime:
        value = raw.get(key)
        if value is None:
            raise self.fail("missing required field", where, key)
        if isinstance(value, str):
            value = self._parse(
                value,
                datetime.fromisoformat,
                where,
                key,
                "a time such as 2018-07-25T09:30:00+08:00",
            )
        if not isinstance(value, datetime):
            raise self.fail("must be a time such as 2018-07-25T09:30:00+08:00", where, key)
        if value.tzinfo is None:
            raise self.fail("needs a UTC offset, e.g. 2018-07-25T09:30:00+08:00", where, key)
        return value.astimezone(EVENT_TZ)

    def _parse(
        self, text: str, parse: Callable[[str], Any], where: str, key: str, expected: str
    ) -> Any:
        try:
            return parse(text.strip())
        except ValueError:
            raise self.fail(f"{text!r} is not {expected}", where, key) from None
