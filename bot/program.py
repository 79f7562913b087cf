"""The event program: immutable models, and a loader that refuses a broken file by name.

The file is TOML so organizers can edit it by hand; every error names the file, the
session (or section) and the field, because that is what they need to fix it.
"""

from __future__ import annotations

import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta
from functools import cached_property
from pathlib import Path
from typing import Any, Literal, TypeVar

from bot.program_fields import FieldReader, ProgramError

__all__ = ["ProgramError"]

SESSION_KINDS = ("main", "themed")

# Where a session stands at a moment: sign-up is open only while it is "upcoming".
SessionPhase = Literal["upcoming", "in_progress", "ended"]


@dataclass(frozen=True)
class Theme:
    id: str
    title: str
    title_zh: str
    aliases: tuple[str, ...] = ()
    aliases_zh: tuple[str, ...] = ()


@dataclass(frozen=True)
class Named:
    """An entry known by an id, a name in each language and the words delegates use."""

    id: str
    name: str
    name_zh: str
    aliases: tuple[str, ...] = ()
    aliases_zh: tuple[str, ...] = ()

    def named(self, lang: str) -> str:
        return self.name_zh if lang == "zh" else self.name


N = TypeVar("N", bound=Named)


@dataclass(frozen=True)
class Venue(Named):
    """A building; its halls are named on the sessions held there. `name` is the
    sessions' `venue` up to its first comma, `name_zh` their `venue_zh` up to its first
    space."""


@dataclass(frozen=True)
class Sector(Named):
    """An industry a delegate can say they work in, for matchmaking; the aliases are the
    words an offer or a request would use for it."""


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
    # Matchmaking: meeting tables, and the length of one meeting (0 tables: none held)
    tables: int = 0
    slot_minutes: int = 0

    @property
    def is_matchmaking(self) -> bool:
        return self.tables > 0

    @property
    def meeting_slots(self) -> int:
        """How many meetings of `slot_minutes` fit one after another in the session."""
        if not self.is_matchmaking:
            return 0
        return int((self.end - self.start).total_seconds() // (self.slot_minutes * 60))

    def slot_start(self, index: int) -> datetime:
        return self.start + timedelta(minutes=index * self.slot_minutes)

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

    def phase(self, moment: datetime) -> SessionPhase:
        if moment < self.start:
            return "upcoming"
        return "in_progress" if self.is_running(moment) else "ended"


@dataclass(frozen=True)
class FaqEntry:
    id: str
    question: str
    question_zh: str
    answer: str
    answer_zh: str
    keywords: tuple[str, ...] = ()
    keywords_zh: tuple[str, ...] = ()
    aliases: tuple[str, ...] = ()
    aliases_zh: tuple[str, ...] = ()


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
    venues: tuple[Venue, ...] = ()
    sectors: tuple[Sector, ...] = ()  # matchmaking's industries, in the file's order
    # the file as it was read, so the command line can compare with what the bot runs
    text: str = field(default="", repr=False, compare=False)

    def session(self, session_id: str) -> Session | None:
        return self._by_id.get(session_id)

    def city(self, name: str) -> City | None:
        return next((city for city in self.cities if city.name == name), None)

    def theme(self, theme_id: str) -> Theme | None:
        return next((theme for theme in self.themes if theme.id == theme_id), None)

    def sector(self, sector_id: str) -> Sector | None:
        return next((sector for sector in self.sectors if sector.id == sector_id), None)

    def theme_sessions(self, theme_id: str) -> tuple[Session, ...]:
        return self._by_theme.get(theme_id, ())

    @cached_property
    def _by_theme(self) -> dict[str, tuple[Session, ...]]:
        # asked for on every theme answer: grouped once per program
        grouped: dict[str, list[Session]] = {}
        for session in self.sessions:
            for theme_id in session.themes:
                grouped.setdefault(theme_id, []).append(session)
        return {theme_id: tuple(sessions) for theme_id, sessions in grouped.items()}

    def venue_sessions(self, venue: Venue) -> tuple[Session, ...]:
        return tuple(s for s in self.sessions if s.building == venue.name)

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


MAX_TABLES = 1_000  # meeting tables at one matchmaking session
MAX_PROGRAM_BYTES = 20 * 1024 * 1024  # a 10,000-session program is about 5 MB


def load_program(path: Path) -> Program:
    """Reads and validates the program file; raises ProgramError naming what is wrong."""
    try:
        if not path.exists():
            raise ProgramError(path, "file not found (set PROGRAM_FILE to the program file)")
        if not path.is_file():  # a directory, a FIFO, /dev/zero behind a link: never read
            raise ProgramError(path, "not a regular file")
        with path.open("rb") as stream:
            data = stream.read(MAX_PROGRAM_BYTES + 1)
    except OSError as error:
        raise ProgramError(path, f"cannot be read ({error.strerror or error})") from None
    if len(data) > MAX_PROGRAM_BYTES:
        raise ProgramError(path, f"larger than {MAX_PROGRAM_BYTES // (1024 * 1024)} MB")
    try:
        text = data.decode("utf-8-sig")  # a byte-order mark, as some editors save, is fine
    except UnicodeDecodeError as error:
        raise ProgramError(path, f"not UTF-8 text ({error.reason})") from None
    return parse_program(text, path)


def parse_program(text: str, path: Path) -> Program:
    """Validates program text (as read from `path`, which errors name)."""
    try:
        raw = tomllib.loads(text.removeprefix("\ufeff"))
    except tomllib.TOMLDecodeError as error:
        raise ProgramError(path, f"not valid TOML: {error}") from None
    except RecursionError:  # tomllib parses nested arrays and tables recursively
        raise ProgramError(path, "not valid TOML: nested too deeply") from None
    return replace(_ProgramReader(path).read(raw), text=text)


class _ProgramReader(FieldReader):
    """Turns parsed TOML into models, raising on the first problem with its location."""

    def read(self, raw: Mapping[str, Any]) -> Program:
        self._only_keys(
            raw,
            {"event", "themes", "cities", "venues", "sessions", "faq", "sectors"},
            "top level",
        )
        event = self._event(self._table(raw, "event", "top level"))
        themes = tuple(self._theme(t, i) for i, t in enumerate(self._array(raw, "themes")))
        cities = tuple(self._city(c, i) for i, c in enumerate(self._array(raw, "cities")))
        self._unique([t.id for t in themes], "theme", "id")
        self._unique([c.name for c in cities], "city", "name")
        sessions = [
            self._session(s, i, themes, cities, event)
            for i, s in enumerate(self._array(raw, "sessions"))
        ]
        if not sessions:
            raise self.fail("the program has no [[sessions]]")
        self._unique([s.id for s in sessions], "session", "id")
        faq = tuple(self._faq(f, i) for i, f in enumerate(self._array(raw, "faq", required=False)))
        self._unique([f.id for f in faq], "faq", "id")
        venues = tuple(
            self._named(Venue, "venue", v, i)
            for i, v in enumerate(self._array(raw, "venues", required=False))
        )
        self._unique([v.id for v in venues], "venue", "id")
        self._unique([v.name for v in venues], "venue", "name")
        sectors = tuple(
            self._named(Sector, "sector", s, i)
            for i, s in enumerate(self._array(raw, "sectors", required=False))
        )
        self._unique([s.id for s in sectors], "sector", "id")
        # a profile or a suggestion names a sector by its name: two alike cannot be told apart
        self._unique([s.name for s in sectors], "sector", "name")
        self._unique([s.name_zh for s in sectors], "sector", "name_zh")
        return Program(
            event=event,
            themes=themes,
            cities=cities,
            sessions=tuple(sorted(sessions, key=lambda s: (s.start, s.id))),
            faq=faq,
            source=self.path,
            venues=venues,
            sectors=sectors,
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
        self._only_keys(raw, {"id", "title", "title_zh", "aliases", "aliases_zh"}, where)
        return Theme(
            self._id(raw, where),
            self._text(raw, "title", where),
            self._text(raw, "title_zh", where),
            aliases=self._texts(raw, "aliases", where),
            aliases_zh=self._texts(raw, "aliases_zh", where),
        )

    def _named(self, kind: type[N], section: str, raw: Any, index: int) -> N:
        """A venue (a building's names) or a sector. A venue no session uses any more
        (its sessions were dropped) is kept and simply never answers: dropping a session
        needs one edit."""
        where = self._where(section, raw, index)
        raw = self._mapping(raw, where)
        self._only_keys(raw, {"id", "name", "name_zh", "aliases", "aliases_zh"}, where)
        return kind(
            id=self._id(raw, where),
            name=self._text(raw, "name", where),
            name_zh=self._text(raw, "name_zh", where),
            aliases=self._texts(raw, "aliases", where),
            aliases_zh=self._texts(raw, "aliases_zh", where),
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
        self,
        raw: Any,
        index: int,
        themes: tuple[Theme, ...],
        cities: tuple[City, ...],
        event: Event,
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
            "tables",
            "slot_minutes",
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
        if not event.start_date <= start.date() <= event.end_date:
            raise self.fail(
                f"is not within the event ({event.start_date} to {event.end_date})", where, "start"
            )
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
            **self._meeting_tables(raw, where, start, end),
        )

    def _meeting_tables(
        self, raw: Mapping[str, Any], where: str, start: datetime, end: datetime
    ) -> dict[str, int]:
        """`tables` and `slot_minutes` (15 unless given) of a matchmaking session."""
        tables = self._whole(raw, "tables", where, 0, MAX_TABLES, default=0)
        if not tables:
            if "slot_minutes" in raw:
                raise self.fail("needs `tables` (how many meeting tables)", where, "slot_minutes")
            return {}
        minutes = self._whole(raw, "slot_minutes", where, 5, 240, default=15)
        if (end - start).total_seconds() < minutes * 60:
            # the default may be what is too long: say the number, written or not
            raise self.fail(f"{minutes} minutes is longer than the session", where, "slot_minutes")
        return {"tables": tables, "slot_minutes": minutes}

    def _faq(self, raw: Any, index: int) -> FaqEntry:
        where = self._where("faq", raw, index)
        raw = self._mapping(raw, where)
        self._only_keys(
            raw,
            {
                "id",
                "question",
                "question_zh",
                "answer",
                "answer_zh",
                "keywords",
                "keywords_zh",
                "aliases",
                "aliases_zh",
            },
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
            aliases=self._texts(raw, "aliases", where),
            aliases_zh=self._texts(raw, "aliases_zh", where),
        )
