"""Delegates who have talked to the bot: when they were seen, their language, and
whether they blocked the bot, which decides who an announcement can reach."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

import aiosqlite

from bot.storage import outbox
from bot.storage.database import Database
from bot.storage.records import UserRecord


async def forget(db: aiosqlite.Connection, user_id: int) -> None:
    """The delegate is no longer one: an announcement "to all" neither counts nor reaches
    them (until they write again)."""
    await db.execute("DELETE FROM users WHERE id = ?", (user_id,))


class Users:
    def __init__(self, database: Database) -> None:
        self._database = database

    async def touch(self, user_id: int, language: str | None, now: datetime) -> None:
        """Records that a delegate used the bot (first seen once, last seen every time)."""
        stamp = now.isoformat()
        await self._database.write(
            """
            INSERT INTO users (id, language, first_seen, last_seen) VALUES (?, ?, ?, ?)
            ON CONFLICT (id) DO UPDATE SET
                language = COALESCE(excluded.language, users.language),
                last_seen = excluded.last_seen,
                blocked_at = NULL
            """,
            (user_id, language, stamp, stamp),
        )

    async def get(self, user_id: int) -> UserRecord | None:
        row = await self._database.fetch_one(
            "SELECT id, language, first_seen, last_seen FROM users WHERE id = ?", (user_id,)
        )
        if row is None:
            return None
        return UserRecord(
            id=row["id"],
            language=row["language"],
            first_seen=datetime.fromisoformat(row["first_seen"]),
            last_seen=datetime.fromisoformat(row["last_seen"]),
        )

    async def count(self) -> int:
        row = await self._database.fetch_one("SELECT COUNT(*) FROM users")
        return int(row[0]) if row else 0

    async def mark_blocked(self, user_id: int, now: datetime) -> None:
        """The delegate blocked the bot: skip them from now on (until they write again);
        their queued announcements count as blocked so broadcasts can finish."""
        async with self._database.transaction() as db:
            await db.execute(
                "UPDATE users SET blocked_at = ? WHERE id = ?", (now.isoformat(), user_id)
            )
            await outbox.block_broadcasts(db, user_id)

    async def is_blocked(self, user_id: int) -> bool:
        row = await self._database.fetch_one(
            "SELECT blocked_at IS NOT NULL FROM users WHERE id = ?", (user_id,)
        )
        return bool(row and row[0])

    async def audience(
        self, kind: str, session_ids: Sequence[str] = (), with_waitlist: bool = False
    ) -> list[int]:
        """Who an announcement reaches: "all" who started the bot, "sessions" (signed up for
        any of `session_ids`), or "subscribers"; never a delegate who blocked the bot."""
        return [user_id for user_id, _ in await self.readers(kind, session_ids, with_waitlist)]

    async def readers(
        self, kind: str, session_ids: Sequence[str] = (), with_waitlist: bool = False
    ) -> list[tuple[int, str | None]]:
        """The `audience`, each with the language their app reports (None: unknown)."""
        if kind == "all":
            query, args = "SELECT id, language FROM users WHERE blocked_at IS NULL", ()
        elif kind == "subscribers":
            query = (
                "SELECT s.user_id, u.language FROM subscriptions s JOIN users u "
                "ON u.id = s.user_id WHERE u.blocked_at IS NULL"
            )
            args = ()
        elif kind == "sessions":
            marks = ",".join("?" * len(session_ids)) or "NULL"
            statuses = "('confirmed', 'waitlist')" if with_waitlist else "('confirmed')"
            query = (
                f"SELECT DISTINCT s.user_id, u.language FROM signups s LEFT JOIN users u "
                f"ON u.id = s.user_id WHERE s.session_id IN ({marks}) "
                f"AND s.status IN {statuses} AND u.blocked_at IS NULL"
            )
            args = tuple(session_ids)
        else:
            raise ValueError(f"unknown audience kind {kind!r}")
        rows = await self._database.fetch_all(query + " ORDER BY 1", args)
        return [(int(row[0]), row[1]) for row in rows]
