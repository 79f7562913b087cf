"""Sign-up rules over Storage: capacity, waitlist, clashes, closing time, a delegate's data.

Storage holds the rules that need a transaction (never more confirmed than capacity, one
sign-up per delegate and session, one promotion per freed seat); this module adds the
ones that need the program and the clock, and says what happened in terms a reply needs.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Literal

from bot.clashes import Clash, clashes_among, find_clashes
from bot.clock import Clock
from bot.program import Program, Session
from bot.storage import Attendee, MeetingSession, Profile, SignupRecord, Slot, Storage

if TYPE_CHECKING:  # replies render Seats from here, and the holder's Assistant renders
    from bot.program_holder import ProgramHolder

SignupOutcome = Literal[
    "confirmed",  # a seat is yours
    "waitlisted",  # full: you are #position on the waitlist
    "already_confirmed",
    "already_waitlisted",
    "in_progress",  # sign-up has closed: the session has started
    "ended",  # sign-up has closed: the session is over
    "unknown",  # no such session (a stale or forged button, or a reloaded program)
    "needs_profile",  # name and organization first
    "clash",  # overlaps or is too close to a confirmed session: confirm to go ahead
]


@dataclass(frozen=True)
class Seats:
    capacity: int
    confirmed: int
    waiting: int

    @property
    def left(self) -> int:
        return max(self.capacity - self.confirmed, 0)


@dataclass(frozen=True)
class SignupResult:
    outcome: SignupOutcome
    session: Session | None = None
    position: int | None = None
    clashes: tuple[Clash, ...] = ()


@dataclass(frozen=True)
class CancelResult:
    session: Session | None
    removed: Literal["confirmed", "waitlist"] | None  # None: there was nothing to cancel
    promoted: tuple[int, ...] = ()


@dataclass(frozen=True)
class AgendaItem:
    session: Session
    signup: SignupRecord
    # A confirmed session's clashes with the delegate's confirmed sessions listed before it
    # (so /my flags each pair once, under the later one); none on a waitlist place.
    clashes: tuple[Clash, ...] = ()


# Messages were planned: on_change(due_now, moments). due_now: one is due at once (a
# promotion); moments: when the planned ones fall due, None when not known (re-read all).
OnChange = Callable[[bool, Sequence[datetime] | None], Awaitable[None]]


async def _nothing(due_now: bool, moments: Sequence[datetime] | None) -> None:
    return None


def slot(session: Session) -> Slot:
    return Slot(session.id, session.capacity, session.start)


def slots(program: Program) -> dict[str, Slot]:
    return {session.id: slot(session) for session in program.sessions}


def meeting_session(session: Session) -> MeetingSession:
    """What the meeting slot rule needs of a matchmaking session."""
    return MeetingSession(
        session.id, session.start, session.slot_minutes, session.meeting_slots, session.tables
    )


def meeting_sessions(program: Program) -> dict[str, MeetingSession]:
    return {s.id: meeting_session(s) for s in program.sessions if s.is_matchmaking}


class Signups:
    def __init__(
        self,
        storage: Storage,
        clock: Clock,
        current: ProgramHolder,
        default_leads: Sequence[int] = (60, 15),
        on_change: OnChange | None = None,
    ) -> None:
        self._storage = storage
        self._clock = clock
        self._current = current
        self._default_leads = tuple(default_leads)
        self._on_change = on_change or _nothing

    async def sign_up(
        self, user_id: int, session_id: str, *, despite_clash: bool = False
    ) -> SignupResult:
        session = self._current.program.session(session_id)
        if session is None:
            return SignupResult("unknown")
        phase = session.phase(self._clock.now())
        if phase != "upcoming":
            return SignupResult(phase, session)
        has_profile, records = await self._storage.signups.profile_and_signups(user_id)
        if not has_profile:
            return SignupResult("needs_profile", session)
        mine = {record.session_id: record for record in records}
        existing = mine.get(session_id)
        if existing is not None:
            outcome = (
                "already_confirmed" if existing.status == "confirmed" else "already_waitlisted"
            )
            return SignupResult(outcome, session, existing.position)
        if not despite_clash:
            confirmed = [
                self._current.program.session(sid)
                for sid, r in mine.items()
                if r.status == "confirmed"
            ]
            clashes = find_clashes(
                session, [s for s in confirmed if s is not None], self._current.travel
            )
            if clashes:
                return SignupResult("clash", session, clashes=tuple(clashes))
        change = await self._storage.signups.sign_up(
            slot(session), user_id, self._clock.now(), self._default_leads
        )
        if change.planned:
            await self._on_change(False, change.planned)  # reminders, none due now
        if not change.created:  # a double tap that raced the check above
            outcome = "already_confirmed" if change.status == "confirmed" else "already_waitlisted"
            return SignupResult(outcome, session, change.position)
        outcome = "confirmed" if change.status == "confirmed" else "waitlisted"
        return SignupResult(outcome, session, change.position)

    async def cancel(self, user_id: int, session_id: str) -> CancelResult:
        session = self._current.program.session(session_id)
        if session is None:
            return CancelResult(None, None)
        change = await self._storage.signups.cancel(
            slot(session), user_id, self._clock.now(), self._default_leads
        )
        if change.previous is not None:
            await self._on_change(bool(change.promoted), None)
        return CancelResult(session, change.previous, change.promoted)

    async def agenda(self, user_id: int) -> list[AgendaItem]:
        """The delegate's sign-ups in time order (sessions dropped from the program skipped),
        each confirmed one with its clashes among the confirmed ones: a delegate who signed
        up despite a warning still sees it."""
        program = self._current.program
        held = [
            (session, record)
            for record in await self._storage.signups.of(user_id)
            if (session := program.session(record.session_id)) is not None
        ]
        clashes = clashes_among(
            (session for session, record in held if record.status == "confirmed"),
            self._current.travel,
        )
        items = [
            AgendaItem(session, record, clashes.get(session.id, ())) for session, record in held
        ]
        return sorted(items, key=lambda item: (item.session.start, item.session.id))

    async def standing(self, session: Session, user_id: int) -> tuple[Seats, SignupRecord | None]:
        """Seats at the session and the delegate's own sign-up for it (None: not signed up)."""
        (confirmed, waiting), mine = await self._storage.signups.standing(session.id, user_id)
        return Seats(session.capacity, confirmed, waiting), mine

    async def seats(self) -> dict[str, Seats]:
        counts = await self._storage.signups.counts()
        return {
            session.id: Seats(session.capacity, *counts.get(session.id, (0, 0)))
            for session in self._current.program.sessions
        }

    async def profile(self, user_id: int) -> Profile | None:
        return await self._storage.profiles.get(user_id)

    async def save_profile(self, user_id: int, name: str, organization: str) -> Profile:
        profile = Profile(user_id, name, organization)
        await self._storage.profiles.save(profile, self._clock.now())
        return profile

    async def forget(self, user_id: int) -> int:
        """Deletes everything the bot keeps of the delegate (sign-ups, profiles, meetings);
        returns how many were promoted. Promotions and cancelled meetings go out at once."""
        program = self._current.program
        forgotten = await self._storage.forget(
            user_id,
            slots(program),
            self._clock.now(),
            self._default_leads,
            meeting_sessions(program),
        )
        await self._on_change(bool(forgotten.promotions or forgotten.cancelled), None)
        return len(forgotten.promotions)

    async def attendees(self, session_id: str) -> list[Attendee]:
        return await self._storage.signups.attendees(session_id)
