"""The inbox: updates as they came from Telegram, kept before Telegram is told they arrived,
so that a crash between fetching an update and handling it loses nothing. The update id is
the key: an update fetched twice (Telegram sends again what was never confirmed) is kept,
and so handled, once. Bodies are JSON text; what they mean is the handlers' business."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timedelta

from bot.storage.database import Database

KEEP_HANDLED = timedelta(days=1)  # handled updates are kept this long, to look into


class Inbox:
    def __init__(self, database: Database) -> None:
        self._database = database

    async def keep(self, updates: Sequence[tuple[int, str]], now: datetime) -> set[int]:
        """Keeps (update id, body) pairs in one statement; returns the ids not kept before
        (the others are, or were, being handled)."""
        if not updates:
            return set()
        rows = ", ".join("(?, ?, ?)" for _ in updates)
        args = [
            value for update_id, body in updates for value in (update_id, body, now.isoformat())
        ]
        async with self._database.transaction() as db:
            kept = await db.execute_fetchall(
                f"INSERT INTO inbox (update_id, body, received_at) VALUES {rows} "
                "ON CONFLICT (update_id) DO NOTHING RETURNING update_id",
                args,
            )
        return {int(row[0]) for row in kept}

    async def done(self, update_ids: Sequence[int], now: datetime) -> None:
        """These updates were handled: not to be handled again, even after a crash."""
        marks = ", ".join("?" for _ in update_ids)
        await self._database.write(
            f"UPDATE inbox SET done_at = ? WHERE update_id IN ({marks}) AND done_at IS NULL",
            (now.isoformat(), *update_ids),
        )

    async def pending(self) -> list[str]:
        """The bodies of updates kept but not handled, oldest first."""
        rows = await self._database.fetch_all(
            "SELECT body FROM inbox WHERE done_at IS NULL ORDER BY update_id"
        )
        return [str(row[0]) for row in rows]

    async def prune(self, now: datetime) -> None:
        """Forgets updates handled more than KEEP_HANDLED ago; those not handled stay."""
        await self._database.write(
            "DELETE FROM inbox WHERE done_at IS NOT NULL AND done_at < ?",
            ((now - KEEP_HANDLED).isoformat(),),
        )
