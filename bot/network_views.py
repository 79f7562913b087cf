"""What a delegate is shown of the networking: profiles, requests and meetings as read
from storage, with the program's slot times. The partner's Telegram id leaves the core only
inside a MeetingView, because both delegates consented.

Kept apart from the Networking service, which changes things and wakes the sender: the
sender's replies need these views, and the sender is built before the service.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

from bot.matchmaking import NetworkProfile
from bot.program import Session
from bot.storage import MeetingRecord, NetworkRecord, RequestRecord, Storage

if TYPE_CHECKING:
    from bot.program_holder import ProgramHolder


@dataclass(frozen=True)
class MeetingView:
    """An accepted meeting as one of its two delegates sees it."""

    meeting_id: int
    session_id: str | None  # None: no matchmaking session; they meet by contact
    start: datetime | None  # the slot's start; None: no slot was free (or none held)
    end: datetime | None
    table_no: int | None
    other: NetworkProfile  # the partner's public profile
    contact: int  # the partner's Telegram id, for a tg://user?id= link: both consented


@dataclass(frozen=True)
class RequestView:
    """A request as its target is shown it: the requester's public profile."""

    request: RequestRecord
    requester: NetworkProfile
    target: NetworkProfile | None  # for the requester's "declined" notice


def network_profile(record: NetworkRecord) -> NetworkProfile:
    return NetworkProfile(
        user_id=record.user_id,
        name=record.name,
        organization=record.organization,
        role=record.role,  # type: ignore[arg-type]  # checked against ROLES when saved
        sectors=record.sectors,
        offer=record.offer,
        seek=record.seek,
        languages=record.languages,  # type: ignore[arg-type]  # checked when saved
        sessions=record.sessions,
        handle=record.handle,
    )


def slot_times(
    session: Session | None, slot: int | None
) -> tuple[datetime | None, datetime | None]:
    """(start, end) of a meeting slot, (None, None) without one."""
    if session is None or slot is None or not session.is_matchmaking:
        return None, None
    return session.slot_start(slot), session.slot_start(slot + 1)


class NetworkViews:
    def __init__(self, storage: Storage, current: ProgramHolder) -> None:
        self._storage = storage
        self._current = current

    async def profile(self, user_id: int) -> NetworkProfile | None:
        """The delegate's networking profile, hidden or not."""
        record = await self._storage.networking.get(user_id)
        return network_profile(record) if record else None

    async def request_view(self, request_id: int) -> RequestView | None:
        request = await self._storage.networking.get_request(request_id)
        if request is None:
            return None
        requester = await self.profile(request.from_user)
        if requester is None:
            return None
        return RequestView(request, requester, await self.profile(request.to_user))

    async def meeting_view(self, meeting_id: int, for_user: int) -> MeetingView | None:
        """The meeting as one of its two delegates sees it; None for anyone else."""
        meeting = await self._storage.meetings.get(meeting_id)
        if meeting is None or for_user not in (meeting.user_a, meeting.user_b):
            return None
        return await self.view(meeting, for_user)

    async def meetings_of(self, user_id: int) -> list[MeetingView]:
        """The delegate's meetings in time order, those without a slot last."""
        views = [
            view
            for meeting in await self._storage.meetings.of(user_id)
            if (view := await self.view(meeting, user_id)) is not None
        ]
        return sorted(views, key=lambda v: (v.start is None, v.start or datetime.min, v.meeting_id))

    async def view(self, meeting: MeetingRecord, user_id: int) -> MeetingView | None:
        partner = meeting.partner_of(user_id)
        other = await self.profile(partner)
        if other is None:
            return None
        session = self._current.program.session(meeting.session_id or "")
        start, end = slot_times(session, meeting.slot)
        return MeetingView(
            meeting.id, meeting.session_id, start, end, meeting.table_no, other, partner
        )
