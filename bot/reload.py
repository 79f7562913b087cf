"""Replacing the program while the bot runs: validate, show the difference, then apply.

Applying swaps the program everywhere at once, moves the reminders of sessions that
moved, gives added seats to the waitlist, and queues one message to each affected
delegate (confirmed or waiting). A program changed while the bot was down goes through
the same steps when it starts (`catch_up`).
"""

from __future__ import annotations

import asyncio
import hashlib
import logging
from dataclasses import dataclass, field
from pathlib import Path

from bot.clock import Clock
from bot.program import Program, ProgramError, load_program, parse_program
from bot.program_changes import SessionChange, diff_programs, messages_for, told_about
from bot.program_holder import ProgramHolder
from bot.reminders import Reminders
from bot.signups import meeting_session, meeting_sessions, slot
from bot.storage import Storage
from bot.travel import TravelTimes, load_travel_times

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class ReloadPreview:
    token: str  # fingerprint of the files: applying checks they did not change meanwhile
    error: ProgramError | None = None
    program: Program | None = None
    travel: TravelTimes | None = None
    changes: list[SessionChange] = field(default_factory=list)
    affected: dict[str, int] = field(default_factory=dict)  # session id -> delegates
    reseated: dict[str, int] = field(default_factory=dict)  # session id -> meetings moved


@dataclass(frozen=True)
class ReloadResult:
    applied: bool
    preview: ReloadPreview
    told: int = 0  # delegates queued a message
    stale: bool = False  # the file changed after the preview


class Reloader:
    def __init__(
        self,
        files: tuple[Path, Path],  # the program file and the travel-times file
        storage: Storage,
        clock: Clock,
        reminders: Reminders,
        current: ProgramHolder,
    ) -> None:
        self._program_file, self._travel_file = files
        self._storage = storage
        self._clock = clock
        self._reminders = reminders
        self._current = current

    def fingerprint(self) -> str:
        digest = hashlib.sha256()
        for path in (self._program_file, self._travel_file):
            try:
                digest.update(path.read_bytes())
            except OSError:
                digest.update(b"missing")
        return digest.hexdigest()[:12]

    async def preview(self) -> ReloadPreview:
        token = self.fingerprint()
        try:  # parsing a big program takes seconds: off the event loop
            program, travel = await asyncio.to_thread(self._load)
        except ProgramError as error:
            return ReloadPreview(token, error=error)
        changes = diff_programs(self._current.program, program)
        affected_users = await self._storage.signups.affected_by(told_about(changes))
        counts: dict[str, int] = {}
        for session_ids in affected_users.values():
            for session_id in set(session_ids):
                counts[session_id] = counts.get(session_id, 0) + 1
        reseated = await self._storage.meetings.stranded(
            meeting_sessions(program), self._clock.now()
        )
        return ReloadPreview(
            token,
            program=program,
            travel=travel,
            changes=changes,
            affected=counts,
            reseated=reseated,
        )

    def _load(self) -> tuple[Program, TravelTimes]:
        program = load_program(self._program_file)
        return program, load_travel_times(self._travel_file, [c.name for c in program.cities])

    async def apply(self, token: str | None = None) -> ReloadResult:
        """Applies the files as they are now; with a token, only if unchanged since then."""
        preview = await self.preview()
        if preview.program is None or preview.travel is None:
            return ReloadResult(False, preview)
        if token is not None and token != preview.token:
            return ReloadResult(False, preview, stale=True)
        # the index is built off the event loop; delegates get the old program meanwhile
        loaded = await asyncio.to_thread(self._current.prepare, preview.program, preview.travel)
        self._current.swap(loaded)
        told = await self._carry_out(preview.changes, preview.program, preview.token)
        return ReloadResult(True, preview, told=told)

    async def catch_up(self) -> int:
        """At start-up: the program loaded is compared with the one the bot last recorded
        running. A file edited, or a reload asked for, while the bot was down goes through
        the change flow of `apply` here, once; returns how many delegates were told."""
        program = self._current.program
        recorded = await self._storage.programs.running()
        before = None
        if recorded is not None and recorded[1] != program.text:
            try:
                before = parse_program(recorded[1], Path(recorded[0]))
            except ProgramError as error:  # written by an older bot, or damaged
                log.warning("the program the bot ran last cannot be read back: %s", error)
        if recorded is None or before is None:  # nothing to compare with, or nothing changed
            await self._storage.programs.record(
                str(program.source), program.text, self._clock.now()
            )
            return 0
        changes = diff_programs(before, program)
        token = hashlib.sha256(f"{recorded[1]}\0{program.text}".encode()).hexdigest()[:12]
        told = await self._carry_out(changes, program, token)
        log.info(
            "program changed while the bot was down: %d changes, %d delegates told",
            len(changes),
            told,
        )
        return told

    async def _carry_out(self, changes: list[SessionChange], program: Program, token: str) -> int:
        """What the program now running means for delegates: reminders move with their
        session, more seats go to the waitlist, meetings at tables gone are seated again,
        and each affected delegate is told once.

        Each step before the last can be repeated harmlessly; the last records the
        program in the transaction that queues the notices, so a crash in between repeats
        the whole flow at the next start, and a finished one is never repeated."""
        now = self._clock.now()
        leads = self._reminders.default_leads
        promoted = False
        for change in changes:
            if change.new is None or change.old is None:
                continue
            if change.kind == "moved":
                await self._reminders.move_session(change.new)
            if change.kind == "capacity" and change.new.capacity > change.old.capacity:
                promoted |= bool(await self._storage.signups.fill(slot(change.new), now, leads))
        # fewer tables or slots: the meetings at places gone are seated again, or by contact
        sessions = {session.id: meeting_session(session) for session in program.sessions}
        _, reminded = await self._storage.meetings.reseat(sessions, now, leads)
        affected = await self._storage.signups.affected_by(told_about(changes))
        messages = messages_for(changes, affected)
        change_id = f"{token}:{int(now.timestamp())}"
        running = (str(program.source), program.text)
        await self._storage.programs.queue_changes(change_id, messages, now, running)
        # notices and promotions: send now; promotions planned reminders: re-read them all
        moments = None if promoted else reminded
        await self._reminders.messages_planned(due_now=True, moments=moments)
        return len(messages)
