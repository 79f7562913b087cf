"""Opt-in networking over Storage: profiles, suggestions, meeting requests with consent.

Storage holds the rules that need a transaction (who may ask whom, one request per pair,
the slot rule); this module adds the ones that need the program and the clock (valid
roles, sectors and languages, which session a meeting is at) and says what happened in
terms a reply needs. A delegate's mistake is an outcome, never an exception. The
partner's Telegram id leaves this module only inside a MeetingView: the two consented.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Literal

from bot.clock import Clock
from bot.matchmaking import LANGUAGES, MAX_NETWORK_TEXT, ROLES, Match, Matchmaker, NetworkProfile
from bot.network_views import MeetingView, NetworkViews, network_profile, slot_times
from bot.profile_questions import clean_profile_field
from bot.program import Program, Session
from bot.signups import OnChange, meeting_session
from bot.storage import (
    Decision,
    NetworkFields,
    NetworkRecord,
    ReportRecord,
    RequestRecord,
    RequestVerdict,
    Storage,
)

if TYPE_CHECKING:
    from bot.program_holder import ProgramHolder


SaveKind = Literal[
    "saved",
    "needs_profile",  # name and organization first (/profile)
    "bad_role",
    "bad_sector",  # a sector the program does not list
    "bad_language",  # none given, or one the bot does not know
    "bad_offer",  # empty after tidying, or longer than MAX_NETWORK_TEXT
    "bad_seek",
]
AcceptKind = Literal["accepted", "not_yours", "gone"]


@dataclass(frozen=True)
class SaveOutcome:
    kind: SaveKind
    profile: NetworkProfile | None = None  # as saved


@dataclass(frozen=True)
class RequestOutcome:
    kind: RequestVerdict  # "blocked": the asker blocked them; a block by them reads
    request_id: int | None = None  # as "unavailable", so nobody learns they were blocked


@dataclass(frozen=True)
class AcceptOutcome:
    kind: AcceptKind
    meeting: MeetingView | None = None  # when accepted


@dataclass(frozen=True)
class NetworkStats:
    visible: int  # opted in and shown
    hidden: int  # opted in, then /network off
    requests: dict[str, int]  # by status: pending, accepted, declined, blocked
    meetings: dict[str | None, int]  # per session id (None: no session)
    reports: list[ReportRecord]  # oldest first, with both names

    @property
    def accepted(self) -> int:
        return self.requests.get("accepted", 0)


@dataclass(frozen=True)
class MeetingRow:
    """A line of the organizers' table plan."""

    session_id: str | None
    start: datetime | None
    table_no: int | None
    name_a: str | None  # who asked
    organization_a: str | None
    name_b: str | None  # who accepted
    organization_b: str | None


class Networking:
    def __init__(
        self,
        storage: Storage,
        clock: Clock,
        current: ProgramHolder,
        views: NetworkViews,
        on_change: OnChange,
        default_leads: Sequence[int] = (60, 15),
        organizers: Collection[int] = frozenset(),
    ) -> None:
        self._storage = storage
        self._organizers = frozenset(organizers)  # told of every report
        self._default_leads = tuple(default_leads)
        self._clock = clock
        self._current = current
        self._on_change = on_change
        self.views = views  # what the delegates are shown: profiles, requests, meetings
        self._matchmaker: tuple[Program, Matchmaker] | None = None
        # the opted-in profiles as last read, by the records they were built from, per
        # session asked about (None: everyone); `_fresh` holds those read at this version
        self._profiles: dict[str | None, dict[NetworkRecord, NetworkProfile]] = {}
        self._fresh: set[str | None] = set()
        self._visible_version = -1

    # ------------------------------------------------------------ profiles

    async def is_visible(self, user_id: int) -> bool:
        record = await self._storage.networking.get(user_id)
        return record is not None and record.visible

    async def save(
        self,
        user_id: int,
        *,
        role: str,
        sectors: Sequence[str],
        offer: str,
        seek: str,
        languages: Sequence[str],
    ) -> SaveOutcome:
        """Opts in (or changes the profile): it is visible from now on."""
        known_sectors = {sector.id for sector in self._current.program.sectors}
        sectors = tuple(dict.fromkeys(sectors))
        languages = tuple(dict.fromkeys(languages))
        offer_text = clean_profile_field(offer, MAX_NETWORK_TEXT)
        seek_text = clean_profile_field(seek, MAX_NETWORK_TEXT)
        if await self._storage.profiles.get(user_id) is None:
            return SaveOutcome("needs_profile")
        if role not in ROLES:
            return SaveOutcome("bad_role")
        if not set(sectors) <= known_sectors:
            return SaveOutcome("bad_sector")
        if not languages or not set(languages) <= set(LANGUAGES):
            return SaveOutcome("bad_language")
        if offer_text is None:
            return SaveOutcome("bad_offer")
        if seek_text is None:
            return SaveOutcome("bad_seek")
        fields = NetworkFields(role, sectors, offer_text, seek_text, languages)
        await self._storage.networking.save(user_id, fields, self._clock.now())
        return SaveOutcome("saved", await self.views.profile(user_id))

    async def set_visible(self, user_id: int, visible: bool) -> bool:
        """/network on or off; False when the delegate never opted in."""
        return await self._storage.networking.set_visible(user_id, visible, self._clock.now())

    async def by_handle(self, handle: str) -> NetworkProfile | None:
        """The visible delegate a button names."""
        record = await self._storage.networking.by_handle(handle)
        return network_profile(record) if record else None

    # ------------------------------------------------------------ suggestions

    async def suggestions(
        self, user_id: int, session_id: str | None = None, limit: int = 5
    ) -> list[Match]:
        """Up to `limit` visible delegates worth meeting, best first (only those signed up
        for `session_id`, if given), never one the delegate has a request with or a block
        with, either way. None for a delegate not opted in or hidden."""
        me = await self._storage.networking.get(user_id)
        if me is None or not me.visible:
            return []
        others = await self._visible(session_id)
        excluded = await self._storage.networking.excluded(user_id)
        return self._matcher().suggest(network_profile(me), others, exclude=excluded, limit=limit)

    async def _visible(self, session_id: str | None) -> list[NetworkProfile]:
        """The visible profiles, read again only after something they show changed (the
        version is read first, so a change racing the read only causes another read)."""
        version = await self._storage.networking.version()
        if version != self._visible_version:
            self._fresh.clear()
            self._visible_version = version
        if session_id not in self._fresh:
            records = await self._storage.networking.visible(session_id)
            known = self._profiles.get(session_id, {})
            built = {record: known.get(record) or network_profile(record) for record in records}
            self._profiles[session_id] = built
            self._fresh.add(session_id)
        return list(self._profiles[session_id].values())

    def _matcher(self) -> Matchmaker:
        """One Matchmaker per program: a reload swaps the program, so a new one then."""
        program = self._current.program
        if self._matchmaker is None or self._matchmaker[0] is not program:
            self._matchmaker = (program, Matchmaker(program))
        return self._matchmaker[1]

    # ------------------------------------------------------------ requests

    async def request(
        self, from_user: int, handle: str, session_id: str | None = None
    ) -> RequestOutcome:
        """Asks the delegate a button's handle names for a meeting (at `session_id`, kept
        only if it is a matchmaking session); they are told at once."""
        session = self._current.program.session(session_id or "")
        at = session.id if session is not None and session.is_matchmaking else None
        verdict, request_id = await self._storage.networking.request(
            from_user, handle, at, self._clock.now()
        )
        if verdict == "sent":
            await self._on_change(True, ())
        return RequestOutcome(verdict, request_id)

    async def accept(self, request_id: int, user_id: int) -> AcceptOutcome:
        """The target accepts: a meeting with a slot when one is free, both told."""
        request = await self._storage.networking.get_request(request_id)
        if request is None:
            return AcceptOutcome("gone")
        if request.to_user != user_id:
            return AcceptOutcome("not_yours")
        place = await self._meeting_place(request)
        acceptance = await self._storage.meetings.accept(
            request_id,
            user_id,
            meeting_session(place) if place is not None else None,
            self._clock.now(),
            self._default_leads,
        )
        if acceptance.meeting is None:
            return AcceptOutcome(acceptance.outcome)
        await self._on_change(True, acceptance.planned)
        return AcceptOutcome("accepted", await self.views.view(acceptance.meeting, user_id))

    async def decline(self, request_id: int, user_id: int) -> Decision:
        """The target says no; the requester is told."""
        decision = await self._storage.networking.decline(request_id, user_id, self._clock.now())
        if decision == "done":
            await self._on_change(True, ())
        return decision

    async def block(self, request_id: int, user_id: int) -> Decision:
        """The target blocks the requester; the requester is not told."""
        return await self._storage.networking.block(request_id, user_id, self._clock.now())

    async def report(self, request_id: int, user_id: int) -> Decision:
        """The target reports the requester to the organizers (and blocks them); each
        organizer is sent a notice at once."""
        decision = await self._storage.networking.report(
            request_id, user_id, self._clock.now(), self._organizers
        )
        if decision == "done" and self._organizers:
            await self._on_change(True, ())
        return decision

    async def _meeting_place(self, request: RequestRecord) -> Session | None:
        """The request's session if it is a matchmaking session not over yet; else the
        first upcoming matchmaking session both signed up for, else one either signed up
        for, else the first upcoming one; else none."""
        program = self._current.program
        now = self._clock.now()
        asked = program.session(request.session_id or "")
        if asked is not None and asked.is_matchmaking and now < asked.end:
            return asked
        upcoming = [s for s in program.sessions if s.is_matchmaking and s.phase(now) == "upcoming"]
        upcoming.sort(key=lambda s: (s.start, s.id))
        mine, theirs = [
            {record.session_id for record in await self._storage.signups.of(user)}
            for user in (request.from_user, request.to_user)
        ]
        for wanted in (mine & theirs, mine | theirs):
            chosen = next((s for s in upcoming if s.id in wanted), None)
            if chosen is not None:
                return chosen
        return upcoming[0] if upcoming else None

    # ------------------------------------------------------------ meetings

    # ------------------------------------------------------------ organizers

    async def stats(self) -> NetworkStats:
        visible, hidden = await self._storage.networking.visibility_counts()
        return NetworkStats(
            visible,
            hidden,
            await self._storage.networking.request_counts(),
            await self._storage.meetings.per_session(),
            await self._storage.networking.reports(),
        )

    async def meetings_table(self) -> list[MeetingRow]:
        """Every accepted meeting for the table plan: session, slot, table, both names."""
        program = self._current.program
        return [
            MeetingRow(
                row.session_id,
                slot_times(program.session(row.session_id or ""), row.slot)[0],
                row.table_no,
                row.name_a,
                row.organization_a,
                row.name_b,
                row.organization_b,
            )
            for row in await self._storage.meetings.table()
        ]
