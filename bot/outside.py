"""Questions about a time outside the event: another edition of it ("outside": its
dates and cities), or something else on another day ("none")."""

from __future__ import annotations

from bot.program import Program
from bot.question import Question
from bot.ranking import PLAUSIBLE, Ranked
from bot.terms import UNKNOWN_FULL, TermIndex
from bot.vocabulary import IDEA_FACTS


class OutsideTimes:
    """Reads a question's time against one program; immutable."""

    def __init__(self, program: Program, terms: TermIndex) -> None:
        self._program = program
        self._terms = terms
        self._session_docs = [i for i, doc in enumerate(terms.docs) if doc.session]

    def asked(self, query: Question) -> bool:
        """Another year or week, or a day outside the event."""
        if query.other_time:
            return True
        day = query.time.day
        days = self._program.days()
        return day is not None and bool(days) and not days[0] <= day <= days[-1]

    def about_something_else(self, query: Question, ranked: Ranked) -> bool:
        """Not the event at another time but another matter: a story's unrelated day
        or another event."""
        return self._unrelated_story(query, ranked) or self._other_event(query)

    def _unrelated_story(self, query: Question, ranked: Ranked) -> bool:
        """A question about another time that asks about no session: a place's opening
        hours, the delegate's leisure, or a topic no session or theme plausibly explains
        (a lost wallet yesterday, the weather next week, a flight worry on Saturday) is not
        about the program; the event itself named, or asked whether it is held, still is."""
        if query.names_sessions or not query.has_topic:
            return False
        if query.hours or query.own_affairs:  # "what time do banks open on Saturday"
            return True
        if query.company_need or IDEA_FACTS.search(query.typed):
            return True  # "Sany's revenue last year", "B&R trade last year": facts, no session
        if query.asks_held:
            return False  # the event itself named: "is the trade week still on on the 28th?"
        nothing_here = not ranked or ranked[0][1] < PLAUSIBLE
        if not nothing_here and self._terms.docs[ranked[0][0]].faq is None:
            return False  # a session or theme at another time: "the job fair next month"
        if query.other_city and not (query.listy or query.is_story):
            # "weather in Munich this weekend?"; but "a job fair in Beijing next month"
            # asks for one of the event's sessions elsewhere
            coverage = self._terms.coverage(query).values()
            return max(coverage, default=0.0) < PLAUSIBLE
        if nothing_here:  # "the weather next week": no session or theme explains it
            return True
        unknown = self._terms.unexplained(query)
        if query.time.day is not None:
            return query.is_story or unknown > 0
        # another year or week is the event's, not when the question has words of its own
        # that nothing here explains ("will it snow next weekend")
        return unknown >= UNKNOWN_FULL

    def _other_event(self, query: Question) -> bool:
        """Another event, not another edition: a kind of event in a name the program does
        not hold ("Expo 2010", "the CIIE in November") or that no session is called."""
        kinds = query.event_kinds
        if kinds and any(kind in name for name in query.owners.names for kind in kinds):
            return True
        return bool(kinds) and not any(self._terms.called(d, kinds) for d in self._session_docs)
