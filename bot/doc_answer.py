"""The answer when one document of the index is it: a session's card, a theme with its
sessions, a venue with its sessions, or an FAQ entry; with the evidence behind it as the
delegate typed it."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace

from bot.answer import Answer
from bot.listing import fits_time
from bot.program import Program, Session
from bot.question import Intent, Question
from bot.terms import Doc
from bot.textnorm import has_cjk
from bot.when import TimeFilter

VenueSessions = Mapping[str, tuple[Session, ...]]  # venue id -> its sessions


def answer_with(
    doc: Doc,
    query: Question,
    evidence: tuple[str, ...],
    program: Program,
    venue_sessions: VenueSessions,
) -> Answer:
    """The answer `doc` gives to `query`, found on `evidence` (the index's tokens)."""
    base = Answer(
        "none",
        query.lang,
        query.intent,
        evidence=_as_typed(query, evidence),
        self_described=query.self_described,
    )
    if doc.faq is not None:
        return replace(base, kind="faq", faq=doc.faq)
    if doc.theme is not None:
        sessions = program.theme_sessions(doc.theme.id)
        fitting = [s for s in sessions if fits(Doc(session=s), query, venue_sessions)]
        return replace(
            base,
            kind="theme",
            theme=doc.theme,
            sessions=tuple(fitting or sessions),
            city=query.city,
            time=query.time if fitting else TimeFilter(),
        )
    if doc.venue is not None:
        sessions = venue_sessions[doc.venue.id]
        if len(sessions) == 1:  # a building with one session: that session is meant
            intent: Intent = "when" if query.intent == "when" else "where"
            return replace(base, kind="session", intent=intent, sessions=sessions)
        return replace(base, kind="venue", intent="where", venue=doc.venue, sessions=sessions)
    assert doc.session is not None
    return replace(base, kind="session", sessions=(doc.session,))


def fits(doc: Doc, query: Question, venue_sessions: VenueSessions) -> bool:
    """Whether the document fits the question's city and time (a theme or an FAQ entry
    always does)."""
    if doc.venue is not None and query.city is not None:  # 花桥那个博览中心: the one there
        return any(s.city == query.city.name for s in venue_sessions[doc.venue.id])
    session = doc.session
    if session is None:
        return True
    if query.city and session.city != query.city.name:
        return False
    return fits_time(session, query.time)


def _as_typed(query: Question, evidence: tuple[str, ...]) -> tuple[str, ...]:
    """The evidence as the delegate wrote it: whole English words, and overlapping
    Chinese bigrams joined again (跨境, 境电, 电商 -> 跨境电商)."""
    words: list[str] = []
    for token in evidence:
        if words and has_cjk(token) and has_cjk(words[-1]) and words[-1][-1] == token[0]:
            words[-1] += token[1:]
        else:
            words.append(query.as_typed(token))
    return tuple(words)
