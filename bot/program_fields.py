"""Reading typed fields of the program file, each error naming file, section and field."""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from datetime import date, datetime
from pathlib import Path
from typing import Any

from bot.clock import EVENT_TZ

SESSION_ID = re.compile(r"^[a-z0-9][a-z0-9-]{0,31}$")


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


MAX_SEATS = 100_000  # more than any hall; a typo such as 10**20 is refused


class FieldReader:
    """Field readers shared by every section; each raises ProgramError with its location."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def fail(
        self, problem: str, where: str | None = None, field: str | None = None
    ) -> ProgramError:
        return ProgramError(self.path, problem, where=where, field=field)

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

    def _required(self, raw: Mapping[str, Any], key: str, where: str) -> Any:
        value = raw.get(key)
        if value is None:
            raise self.fail("missing required field", where, key)
        return value

    def _number(
        self, raw: Mapping[str, Any], key: str, where: str, low: float, high: float
    ) -> float:
        value = self._required(raw, key, where)
        if (
            isinstance(value, bool)
            or not isinstance(value, int | float)
            or not low <= value <= high
        ):
            raise self.fail(f"must be a number from {low} to {high}", where, key)
        return float(value)

    def _capacity(self, raw: Mapping[str, Any], where: str) -> int:
        value = self._required(raw, "capacity", where)
        if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= MAX_SEATS:
            raise self.fail(
                f"must be a whole number of seats from 1 to {MAX_SEATS}", where, "capacity"
            )
        return value

    def _whole(
        self, raw: Mapping[str, Any], key: str, where: str, low: int, high: int, *, default: int
    ) -> int:
        value = raw.get(key, default)
        if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
            raise self.fail(f"must be a whole number from {low} to {high}", where, key)
        return value

    def _date(self, raw: Mapping[str, Any], key: str, where: str) -> date:
        value = self._required(raw, key, where)
        if isinstance(value, str):
            value = self._parse(value, date.fromisoformat, where, key, "a date such as 2018-07-24")
        if isinstance(value, datetime) or not isinstance(value, date):
            raise self.fail("must be a date such as 2018-07-24", where, key)
        return value

    def _moment(self, raw: Mapping[str, Any], key: str, where: str) -> datetime:
        value = self._required(raw, key, where)
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
        try:
            return value.astimezone(EVENT_TZ)
        except (OverflowError, ValueError):  # year 1 or 9999 near the edge of the calendar
            raise self.fail("is outside the calendar", where, key) from None

    def _parse(
        self, text: str, parse: Callable[[str], Any], where: str, key: str, expected: str
    ) -> Any:
        try:
            return parse(text.strip())
        except ValueError:
            raise self.fail(f"{text!r} is not {expected}", where, key) from None
