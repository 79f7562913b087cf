"""Lists of sessions by day, part of the day, city, "now" and "next", over one program."""

from __future__ import annotations

import bisect
import itertools
from collections import defaultdict
from collections.abc import Iterable, Sequence
from datetime import date, datetime, timedelta

from bot.answer import Answer
from bot.program import Program, Session
from bot.question import Question
from bot.when import TimeFilter


class Timetable:
    """The program's sessions by day and start time; immutable."""

    def __init__(self, program: Program) -> None:
        self.program = program
        # program.sessions is in time order; these make day, "now" and "next" lookups cheap
        self._by_day: dict[date, list[Session]] = defaultdict(list)
        for session in program.sessions:
            self._by_day[session.day].append(session)
        self._starts = [session.start for session in program.sessions]
        self._longest = max((s.end - s.start for s in program.sessions), default=timedelta(0))

    def list(self, query: Question, pool: Sequence[Session] | None, now: datetime) -> Answer:
        """Sessions of `pool` (in time order; None: the whole program) that fit the
        question's city and time."""
        time_filter = query.time
        if time_filter.empty and not query.city and query.happening and now.date() in self._by_day:
            time_filter = TimeFilter(day=now.date())  # a bare "what's on?" during the event: today
        if pool is None and not query.city and time_filter.part is None and time_filter.day is None:
            sessions, upcoming = self.whole_program_at(time_filter, now)
        else:
            if pool is None:
                pool = (
                    self._by_day.get(time_filter.day, [])
                    if time_filter.day
                    else (self.program.sessions)
                )
            sessions = [
                s
                for s in pool
                if (not query.city or s.city == query.city.name) and fits_time(s, time_filter)
            ]
            upcoming = []
            if time_filter.moment == "now":
                upcoming = next_after(sessions, now)
                sessions = [s for s in sessions if s.is_running(now)]
            elif time_filter.moment == "next":
                sessions = next_after(sessions, now)
            elif not sessions and time_filter.day == now.date():
                upcoming = next_after(self.program.sessions, now)  # "tonight?": what is next
        return Answer(
            "list",
            query.lang,
            query.intent,
            sessions=tuple(sessions),
            time=time_filter,
            city=query.city,
            upcoming=tuple(upcoming),
        )

    def whole_program_at(
        self, time_filter: TimeFilter, now: datetime
    ) -> tuple[Sequence[Session], list[Session]]:
        """ "now", "next" or everything over the whole program, by bisecting start times;
        returns the sessions and, for "now", what comes next."""
        sessions = self.program.sessions
        if time_filter.moment is None:
            return sessions, []
        later = bisect.bisect_right(self._starts, now)
        following = next_after(itertools.islice(sessions, later, None), now)
        if time_filter.moment == "next":
            return following, []
        earliest = bisect.bisect_left(self._starts, now - self._longest)
        return [s for s in sessions[earliest:later] if s.is_running(now)], following


def fits_time(session: Session, time_filter: TimeFilter) -> bool:
    if time_filter.day and session.day != time_filter.day:
        return False
    if time_filter.part == "morning":
        return session.start.hour < 12
    if time_filter.part == "afternoon":
        return 12 <= session.start.hour < 18
    if time_filter.part == "evening":
        return session.start.hour >= 18 or session.end.hour >= 19
    return True


def in_time_order(sessions: Iterable[Session]) -> list[Session]:
    return sorted(sessions, key=lambda s: (s.start, s.id))


def next_after(sessions: Iterable[Session], now: datetime) -> list[Session]:
    """The sessions sharing the earliest start after `now`; `sessions` in time order."""
    following = (s for s in sessions if s.start > now)
    first = next(following, None)
    if first is None:
        return []
    return [first, *itertools.takewhile(lambda s: s.start == first.start, following)]
