"""Door-to-door travel minutes between the event's cities, and a loader that names its errors.

The week is spread over four cities, so a delegate can sign up for two sessions that do not
overlap yet cannot both be reached. The minutes live in a hand-edited TOML file (organizers
will replace the illustrative figures), so every error names the file, the route and the
field, in the same way as the program loader.
"""

from __future__ import annotations

import tomllib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import cached_property
from itertools import combinations
from pathlib import Path
from typing import Any

from bot.program import ProgramError

ROUTE_FIELDS = frozenset({"from", "to", "minutes"})
MAX_MINUTES = 24 * 60


@dataclass(frozen=True)
class Route:
    """One pair of cities; it works both ways, so the order of the two is not meaningful."""

    from_city: str
    to_city: str
    minutes: int

    @property
    def pair(self) -> frozenset[str]:
        return frozenset((self.from_city, self.to_city))


@dataclass(frozen=True)
class TravelTimes:
    """Travel minutes between cities; symmetric, and 0 within a city."""

    routes: tuple[Route, ...]
    source: Path | None = None

    def minutes(self, a: str, b: str) -> int:
        """Minutes from `a` to `b`; raises ValueError (not KeyError) for a pair it does not know.

        A ValueError with both names says what is missing, where a KeyError on a frozenset
        would only puzzle whoever reads the log.
        """
        if a == b:
            return 0
        found = self._by_pair.get(frozenset((a, b)))
        if found is None:
            known = ", ".join(sorted(self.cities)) or "none"
            raise ValueError(f"no travel time between {a!r} and {b!r} (known cities: {known})")
        return found

    @property
    def cities(self) -> frozenset[str]:
        return frozenset(city for route in self.routes for city in route.pair)

    @cached_property
    def _by_pair(self) -> dict[frozenset[str], int]:
        return {route.pair: route.minutes for route in self.routes}


# ---------------------------------------------------------------- loading


def load_travel_times(path: Path, cities: Iterable[str]) -> TravelTimes:
    """Reads and validates the travel-times file against the program's cities.

    The cities come from the caller (the loaded program) so that a city renamed in
    program.toml but not here is caught at start-up, not when a delegate signs up.
    """
    try:
        raw = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ProgramError(path, "file not found (the travel-times file is required)") from None
    except UnicodeDecodeError as error:
        raise ProgramError(path, f"not UTF-8 text ({error.reason})") from None
    except tomllib.TOMLDecodeError as error:
        raise ProgramError(path, f"not valid TOML: {error}") from None
    return _TravelReader(path, tuple(dict.fromkeys(cities))).read(raw)


class _TravelReader:
    """Turns parsed TOML into a TravelTimes, raising on the first problem with its location."""

    def __init__(self, path: Path, cities: tuple[str, ...]) -> None:
        self.path = path
        self.cities = cities

    def fail(
        self, problem: str, where: str | None = None, field: str | None = None
    ) -> ProgramError:
        return ProgramError(self.path, problem, where=where, field=field)

    def read(self, raw: Mapping[str, Any]) -> TravelTimes:
        for key in raw:
            if key != "route":
                raise self.fail("unknown field (allowed: route)", "top level", key)
        entries = raw.get("route")
        if entries is None and len(self.cities) > 1:
            raise self.fail("missing [[route]] entries", "top level", "route")
        entries = [] if entries is None else entries
        if not isinstance(entries, list):
            raise self.fail("must be an array of tables ([[route]])", "top level", "route")
        routes: list[Route] = []
        for index, entry in enumerate(entries):
            route = self._route(entry, index)
            self._not_duplicate(route, routes, index)
            routes.append(route)
        # Routes between cities this program does not use are kept out, not refused: one
        # travel file serves programs for some of its cities. A misspelt city shows up as
        # the pair it leaves uncovered.
        used = [r for r in routes if r.from_city in self.cities and r.to_city in self.cities]
        self._all_pairs_covered(used)
        return TravelTimes(tuple(used), self.path)

    def _route(self, raw: Any, index: int) -> Route:
        where = self._where(raw, index)
        if not isinstance(raw, Mapping):
            raise self.fail("must be a table", where)
        for key in raw:
            if key not in ROUTE_FIELDS:
                raise self.fail("unknown field (allowed: from, minutes, to)", where, key)
        from_city = self._city(raw, "from", where)
        to_city = self._city(raw, "to", where)
        if from_city == to_city:
            raise self.fail("a route needs two different cities", where, "to")
        return Route(from_city, to_city, self._minutes(raw, where))

    def _where(self, raw: Any, index: int) -> str:
        """Names a route by its cities when it has them: easier to find than a position."""
        if isinstance(raw, Mapping):
            ends = (raw.get("from"), raw.get("to"))
            if all(isinstance(end, str) and end.strip() for end in ends):
                return _route_name(*(end.strip() for end in ends))
        return f"route #{index + 1}"

    def _city(self, raw: Mapping[str, Any], key: str, where: str) -> str:
        value = raw.get(key)
        if value is None:
            raise self.fail("missing required field", where, key)
        if not isinstance(value, str):
            raise self.fail(f"must be text, not {type(value).__name__}", where, key)
        city = value.strip()
        if not city:
            raise self.fail("must not be empty", where, key)
        return city

    def _minutes(self, raw: Mapping[str, Any], where: str) -> int:
        value = raw.get("minutes")
        if value is None:
            raise self.fail("missing required field", where, "minutes")
        if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= MAX_MINUTES:
            raise self.fail(
                f"must be a whole number of minutes from 1 to {MAX_MINUTES}", where, "minutes"
            )
        return value

    def _not_duplicate(self, route: Route, earlier: list[Route], index: int) -> None:
        for number, other in enumerate(earlier, start=1):
            if other.pair == route.pair:
                raise self.fail(
                    f"duplicate of route #{number} ({_route_name(other.from_city, other.to_city)}"
                    "); routes work both ways, so write each pair of cities once",
                    _route_name(route.from_city, route.to_city),
                    "to",
                )

    def _all_pairs_covered(self, routes: list[Route]) -> None:
        covered = {route.pair for route in routes}
        for a, b in combinations(self.cities, 2):
            if frozenset((a, b)) not in covered:
                raise self.fail(
                    f"missing: add a [[route]] with from = {a!r}, to = {b!r} and minutes; "
                    "every pair of cities needs one",
                    _route_name(a, b),
                )


def _route_name(a: str, b: str) -> str:
    return f"route '{a}–{b}'"
