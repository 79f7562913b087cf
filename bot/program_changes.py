"""What changed between two programs, and who must be told.

The facts of each change are stored with the message (old and new, both languages),
because by the time it is sent the old program is gone.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Literal

from bot.program import Program, Session

ChangeKind = Literal["moved", "venue", "cancelled", "added", "capacity", "tables"]
# What delegates signed up for a session are told about. Nobody is signed up for an added
# session; a capacity change takes no seat away, and more seats are announced to the
# delegates promoted from the waitlist, with the message every promotion sends; a change
# of a matchmaking session's tables or meeting length moves only the meetings at places
# gone, and both delegates of each are told by the meeting's own message.
TOLD: frozenset[ChangeKind] = frozenset({"moved", "venue", "cancelled"})


@dataclass(frozen=True)
class SessionChange:
    kind: ChangeKind
    old: Session | None  # None for "added"
    new: Session | None  # None for "cancelled"

    @property
    def session_id(self) -> str:
        session = self.old or self.new
        assert session is not None
        return session.id


def diff_programs(old: Program, new: Program) -> list[SessionChange]:
    """Sessions moved in time, moved to another place, given more or fewer seats or
    meeting tables (or another meeting length), cancelled or added, in time order."""
    changes: list[SessionChange] = []
    for before in old.sessions:
        after = new.session(before.id)
        if after is None:
            changes.append(SessionChange("cancelled", before, None))
            continue
        if (before.start, before.end) != (after.start, after.end):
            changes.append(SessionChange("moved", before, after))
        if (before.venue, before.address, before.city) != (after.venue, after.address, after.city):
            changes.append(SessionChange("venue", before, after))
        if before.capacity != after.capacity:
            changes.append(SessionChange("capacity", before, after))
        if (before.tables, before.slot_minutes) != (after.tables, after.slot_minutes):
            changes.append(SessionChange("tables", before, after))
    changes += [SessionChange("added", None, s) for s in new.sessions if old.session(s.id) is None]
    return changes


def session_facts(session: Session | None) -> dict[str, Any] | None:
    if session is None:
        return None
    return {
        "title": session.title,
        "title_zh": session.title_zh,
        "start": session.start.isoformat(),
        "end": session.end.isoformat(),
        "venue": session.venue,
        "venue_zh": session.venue_zh,
        "address": session.address,
        "address_zh": session.address_zh,
        "city": session.city,
        "capacity": session.capacity,
        "tables": session.tables,
        "slot_minutes": session.slot_minutes,
    }


def change_payload(changes: list[SessionChange]) -> dict[str, Any]:
    """The JSON stored with a delegate's change message."""
    return {
        "changes": [
            {
                "kind": c.kind,
                "session": c.session_id,
                "old": session_facts(c.old),
                "new": session_facts(c.new),
            }
            for c in changes
        ]
    }


def told_about(changes: list[SessionChange]) -> list[str]:
    """The sessions whose delegates are told of a change, each once."""
    return list(dict.fromkeys(c.session_id for c in changes if c.kind in TOLD))


def messages_for(
    changes: list[SessionChange], affected: dict[int, list[str]]
) -> dict[int, dict[str, Any]]:
    """One payload per delegate with every change to their sessions they are told of
    (TOLD)."""
    by_session: dict[str, list[SessionChange]] = {}
    for change in changes:
        if change.kind in TOLD:
            by_session.setdefault(change.session_id, []).append(change)
    messages = {}
    for user_id, session_ids in affected.items():
        theirs = [c for sid in dict.fromkeys(session_ids) for c in by_session.get(sid, [])]
        if theirs:
            messages[user_id] = change_payload(theirs)
    return messages
