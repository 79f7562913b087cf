"""Lists of sessions by day, part of the day, city, "now" and "next", over one program;
and the answers to a question of time, place or kind only (no topic)."""

from __future__ import annotations

import bisect
import itertools
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import replace
from datetime import date, datetime, timedelta

from bot.answer import Answer, AnswerKind
from bot.program import Program, Session
from bot.question import Question
from bot.when import EVERY_DAY, TimeFilter

MAX_SUGGESTIONS = 3  # options offered in a "did you mean"


class Timetable:
    """The program's sessions by day and start time; immutable."""

    def __init__(self, program: Program, venue_sessions: Mapping[str, tuple[Session, ...]]) -> None:
        self.program = program
        self._venue_sessions = venue_sessions  # venue id -> its sessions (bot.terms)
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
        elif self._todays_part(query, now):
            time_filter = replace(time_filter, day=now.date())  # 下午在哪开会: this afternoon
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

    def _todays_part(self, query: Question, now: datetime) -> bool:
        """A part of the day asked during the event with no day or city is today's
        (下午在哪开会, "anything this afternoon?"); not every day's ("in the mornings")."""
        asked = query.time
        return (
            asked.part is not None
            and asked.day is None
            and asked.moment is None
            and not query.city
            and now.date() in self._by_day
            and not EVERY_DAY.search(query.typed)
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

    def first_or_last(self, query: Question, now: datetime) -> Answer:
        """ "The first session of the week", "最后一场在南京": by its place in time."""
        listed = self.list(replace(query, time=replace(query.time, moment=None)), None, now)
        if not listed.sessions:
            return listed
        chosen = listed.sessions[0] if query.first_or_last == "first" else listed.sessions[-1]
        return Answer("session", query.lang, query.intent, sessions=(chosen,))

    def without_topic(self, query: Question, now: datetime) -> Answer:
        """A question of time, place or kind only: a list, the venues, a greeting."""
        if query.other_city and not query.city and query.time.empty:
            return Answer("outside", query.lang, query.intent)  # "what's on in Beijing?"
        if query.intent == "where" and not query.city and query.time.empty:
            return Answer("venues", query.lang, query.intent)  # "where are the venues?"
        building = query.intent == "where" and query.names_buildings and not query.singular
        if building and query.city and query.time.empty and not query.listy:
            return self._venues_in(query)  # "how do I get to the Hangzhou venue?"
        if not (query.city or not query.time.empty or query.listy):
            if query.other_city and query.singular:
                return Answer("outside", query.lang, query.intent)
            kind: AnswerKind = "greeting" if query.greeting else "none"
            return Answer(kind, query.lang, query.intent)
        listed = self.list(query, None, now)
        asks_when = query.intent == "when" and not query.happening  # "…start what time"
        if query.time.moment is None and len(listed.sessions) == 1 and asks_when:
            return replace(listed, kind="session")
        if query.singular and not query.listy and query.time.moment is None:
            if len(listed.sessions) == 1:
                return replace(listed, kind="session")
            if 1 < len(listed.sessions) <= MAX_SUGGESTIONS:
                return replace(listed, kind="suggest")
        return listed

    def _venues_in(self, query: Question) -> Answer:
        """The buildings of a city: its one building (address and pin), or which one."""
        assert query.city is not None
        places = [
            venue
            for venue in self.program.venues
            if any(s.city == query.city.name for s in self._venue_sessions.get(venue.id, ()))
        ]
        if len(places) == 1:
            sessions = self._venue_sessions[places[0].id]
            return Answer("venue", query.lang, "where", venue=places[0], sessions=sessions)
        return Answer("suggest", query.lang, "where", venues=tuple(places), city=query.city)


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
