"""Replacing the program while the bot runs: validate, show the difference, then apply.

Applying swaps the program everywhere at once, moves the reminders of sessions that
moved, and queues one message to each affected delegate (confirmed or waiting).
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from pathlib import Path

from bot.clock import Clock
from bot.program import Program, ProgramError, load_program
from bot.program_changes import SessionChange, diff_programs, messages_for
from bot.program_holder import ProgramHolder
from bot.reminders import Reminders
from bot.storage import Storage
from bot.travel import TravelTimes, load_travel_times


@dataclass(frozen=True)
class ReloadPreview:
    token: str  # fingerprint of the files: applying checks they did not change meanwhile
    error: ProgramError | None = None
    program: Program | None = None
    travel: TravelTimes | None = None
    changes: list[SessionChange] = field(default_factory=list)
    affected: dict[str, int] = field(default_factory=dict)  # session id -> delegates


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
        try:
            program = load_program(self._program_file)
            travel = load_travel_times(self._travel_file, [c.name for c in program.cities])
        except ProgramError as error:
            return ReloadPreview(token, error=error)
        changes = diff_programs(self._current.program, program)
        touched = [c.session_id for c in changes if c.kind != "added"]
        affected_users = await self._storage.signups.affected_by(touched)
        counts: dict[str, int] = {}
        for session_ids in affected_users.values():
            for session_id in set(session_ids):
                counts[session_id] = counts.get(session_id, 0) + 1
        return ReloadPreview(
            token, program=program, travel=travel, changes=changes, affected=counts
        )

    async def apply(self, token: str | None = None) -> ReloadResult:
        """Applies the files as they are now; with a token, only if unchanged since then."""
        preview = await self.preview()
        if preview.program is None or preview.travel is None:
            return ReloadResult(False, preview)
        if token is not None and token != preview.token:
            return ReloadResult(False, preview, stale=True)
        changes = preview.changes
        self._current.install(preview.program, preview.travel)
        await self._storage.programs.record(
            str(preview.program.source), preview.program.text, self._clock.now()
        )
        for change in changes:
            if change.kind == "moved" and change.new is not None:
                await self._reminders.move_session(change.new)
        touched = [c.session_id for c in changes if c.kind != "added"]
        messages = messages_for(changes, await self._storage.signups.affected_by(touched))
        now = self._clock.now()
        change_id = f"{preview.token}:{int(now.timestamp())}"
        await self._storage.programs.queue_changes(change_id, messages, now)
        await self._reminders.messages_planned(due_now=True, moments=())  # notices: send now
        return ReloadResult(True, preview, told=len(messages))
