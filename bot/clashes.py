"""Which already-confirmed sessions a new sign-up collides with, by time or by travel.

Two sessions that do not overlap can still be impossible to attend together when they are
in different cities: a delegate leaving Shanghai at 12:00 is not in Hangzhou at 12:30. The
delegate is warned, not refused, so each clash carries the numbers a reply needs.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import timedelta
from typing import Literal

from bot.program import Session
from bot.travel import TravelTimes

ClashKind = Literal["overlap", "travel"]


@dataclass(frozen=True)
class Clash:
    """A confirmed session that collides with the new one.

    gap_minutes is the time between the earlier session's end and the later one's start;
    for an overlap it is negative (minus the minutes both run at once), so one number
    orders every clash from worst to mildest. travel_minutes is 0 within one city.
    """

    other: Session
    kind: ClashKind
    gap_minutes: int
    travel_minutes: int


def find_clashes(new: Session, confirmed: Iterable[Session], travel: TravelTimes) -> list[Clash]:
    """Clashes between `new` and each confirmed session, ordered by the other's start.

    The new session itself is skipped by id, so re-checking a session the delegate has
    already confirmed does not report it clashing with itself.
    """
    clashes = [
        clash
        for other in confirmed
        if other.id != new.id and (clash := _clash(new, other, travel)) is not None
    ]
    return sorted(clashes, key=lambda clash: (clash.other.start, clash.other.id))


def clashes_among(sessions: Iterable[Session], travel: TravelTimes) -> dict[str, tuple[Clash, ...]]:
    """The clashing pairs among sessions a delegate already holds, by session id.

    Each pair is reported once, under the later of the two in agenda order (start, then
    id), with the earlier as `other`: just what signing up for the later one while
    holding the earlier would have warned about, since it is the same check. Sessions
    that clash with nothing are left out.
    """
    ordered = sorted(sessions, key=lambda session: (session.start, session.id))
    among = {
        later.id: tuple(find_clashes(later, ordered[:index], travel))
        for index, later in enumerate(ordered)
    }
    return {session_id: clashes for session_id, clashes in among.items() if clashes}


def _clash(new: Session, other: Session, travel: TravelTimes) -> Clash | None:
    travel_minutes = travel.minutes(new.city, other.city)
    gap = _gap(new, other)
    if new.overlaps(other):
        return Clash(other, "overlap", _whole_minutes(gap), travel_minutes)
    if gap < timedelta(minutes=travel_minutes):
        return Clash(other, "travel", _whole_minutes(gap), travel_minutes)
    return None


def _gap(a: Session, b: Session) -> timedelta:
    """From the earlier end to the later start: the free time between, negative on overlap."""
    return max(a.start, b.start) - min(a.end, b.end)


def _whole_minutes(delta: timedelta) -> int:
    """Rounds toward zero, so 29 min 59 s of gap is reported as 29, never as 30."""
    return int(delta.total_seconds() / 60)
