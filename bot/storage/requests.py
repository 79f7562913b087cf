"""Requests the command line leaves for the running bot (a program reload), which polls
for them, and the heartbeat the bot leaves on every poll, which tells the command line
whether anyone is polling: the database is the one thing both processes share."""

from __future__ import annotations

from datetime import UTC, datetime

from bot.storage.database import Database, fetch_one


class Requests:
    def __init__(self, database: Database) -> None:
        self._database = database

    async def put(self, kind: str, value: str, now: datetime) -> None:
        """Leaves a request (e.g. "reload") for the running bot; a newer one replaces it."""
        async with self._database.transaction() as db:
            await db.execute(
                "INSERT INTO requests (kind, value, requested_at) VALUES (?, ?, ?) "
                "ON CONFLICT (kind) DO UPDATE SET value = excluded.value, "
                "requested_at = excluded.requested_at",
                (kind, value, now.isoformat()),
            )

    async def take(self, kind: str) -> str | None:
        """The request left for the bot, removed as it is taken (None: there is none)."""
        if await self._database.fetch_one("SELECT 1 FROM requests WHERE kind = ?", (kind,)) is None:
            return None  # the usual case, every poll: no write lock taken for nothing
        async with self._database.transaction() as db:
            row = await fetch_one(db, "SELECT value FROM requests WHERE kind = ?", (kind,))
            if row is None:
                return None
            await db.execute("DELETE FROM requests WHERE kind = ?", (kind,))
            return str(row[0])

    async def beat(self, moment: datetime) -> None:
        """The running bot is alive at `moment` (the computer's time)."""
        await self._database.write(
            "INSERT INTO heartbeat (id, beat_at) VALUES (1, ?) "
            "ON CONFLICT (id) DO UPDATE SET beat_at = excluded.beat_at",
            (moment.timestamp(),),
        )

    async def last_beat(self) -> datetime | None:
        """When a bot last said it was alive (None: never, on this database)."""
        row = await self._database.fetch_one("SELECT beat_at FROM heartbeat WHERE id = 1")
        return datetime.fromtimestamp(row[0], UTC) if row else None
