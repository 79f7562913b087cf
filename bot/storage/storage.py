"""The Storage facade: one Database, the aggregates over it, and what spans them all.

Every aggregate shares the one connection (and so its lock and transactions); a change
that touches several of them at once, such as forgetting a delegate, is written here in
one transaction from the aggregates' own helpers.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime
from pathlib import Path

from bot.storage import (
    broadcasts,
    meetings,
    network_drafts,
    networking,
    outbox,
    profiles,
    reminders,
    signups,
    users,
)
from bot.storage.broadcasts import Broadcasts
from bot.storage.database import MIGRATIONS, Database, Migration
from bot.storage.inbox import Inbox
from bot.storage.meetings import Meetings
from bot.storage.network_drafts import NetworkDrafts
from bot.storage.networking import Networking
from bot.storage.outbox import Outbox
from bot.storage.profiles import Profiles
from bot.storage.programs import Programs
from bot.storage.records import Forgotten, MeetingSession, Slot
from bot.storage.reminders import Reminders
from bot.storage.requests import Requests
from bot.storage.signups import Signups
from bot.storage.users import Users


class Storage:
    def __init__(self, database: Database) -> None:
        self.database = database
        self.users = Users(database)
        self.profiles = Profiles(database)
        self.signups = Signups(database)
        self.reminders = Reminders(database)
        self.outbox = Outbox(database)
        self.broadcasts = Broadcasts(database)
        self.requests = Requests(database)
        self.programs = Programs(database)
        self.inbox = Inbox(database)
        self.network_drafts = NetworkDrafts(database)
        self.networking = Networking(database)
        self.meetings = Meetings(database)

    @classmethod
    async def open(cls, path: Path, migrations: Sequence[Migration] = MIGRATIONS) -> Storage:
        """Opens (creating if need be) and migrates the database at `path`."""
        return cls(await Database.open(path, migrations))

    @property
    def path(self) -> Path:
        return self.database.path

    async def close(self) -> None:
        await self.database.close()

    async def schema_version(self) -> int:
        return await self.database.schema_version()

    async def forget(
        self,
        user_id: int,
        slots: Mapping[str, Slot],
        now: datetime,
        default_leads: Sequence[int],
        meeting_sessions: Mapping[str, MeetingSession] | None = None,
    ) -> Forgotten:
        """Deletes everything that names the delegate or their choices: their user row,
        profile (and a half-answered one), sign-ups, reminder settings, networking
        profile, requests, blocks, reports and meetings, every message to them, sent or
        not; returns the promotions their seats made and the partners whose meeting was
        cancelled (both told through the outbox)."""
        async with self.database.transaction() as db:
            promotions = await signups.withdraw(db, user_id, slots, now, default_leads)
            cancelled = await meetings.forget(db, user_id, now, meeting_sessions or {})
            await networking.forget(db, user_id)
            await profiles.delete(db, user_id)
            await network_drafts.delete(db, user_id)
            await reminders.forget(db, user_id)
            await outbox.forget(db, user_id)
            await broadcasts.forget_author(db, user_id)
            await users.forget(db, user_id)
        return Forgotten(promotions, cancelled)
