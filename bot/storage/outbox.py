"""The outbox: every message the bot owes a delegate, until Telegram has accepted it.

Other aggregates queue into it inside their own transactions (a promotion, a digest, a
broadcast report) through the module-level helpers, which take the open connection; the
Outbox class is the sender's side: what is due, and how each attempt ended.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import Any

import aiosqlite

from bot.storage.database import Database
from bot.storage.records import OutboxMessage


async def enqueue(
    db: aiosqlite.Connection,
    user_id: int,
    kind: str,
    session_id: str | None,
    *,
    due: datetime,
    now: datetime,
    dedupe_key: str | None = None,
    payload: dict[str, Any] | None = None,
) -> None:
    """Queues one message; a second one with the same key is ignored (a retried step)."""
    await db.execute(
        """
        INSERT INTO outbox (user_id, kind, session_id, dedupe_key, due_at, payload,
                            created_at)
        VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (dedupe_key) DO NOTHING
        """,
        (
            user_id,
            kind,
            session_id,
            dedupe_key,
            due.timestamp(),
            json.dumps(payload or {}, ensure_ascii=False),
            now.isoformat(),
        ),
    )


async def forget(db: aiosqlite.Connection, user_id: int) -> None:
    """Every message to the delegate, sent ones too: a reminder or a notice names the
    session they chose. A broadcast's report then counts only who is still here."""
    await db.execute("DELETE FROM outbox WHERE user_id = ?", (user_id,))


async def drop_pending(
    db: aiosqlite.Connection,
    *,
    user_id: int | None = None,
    session_id: str | None = None,
    kind: str | None = None,
) -> None:
    """Deletes the messages not sent yet that match every filter given."""
    filters = {"user_id": user_id, "session_id": session_id, "kind": kind}
    given = {column: value for column, value in filters.items() if value is not None}
    if not given:  # no filter would empty the whole queue: never what a caller means
        raise ValueError("drop_pending needs at least one filter")
    where = "".join(f" AND {column} = ?" for column in given)
    await db.execute(f"DELETE FROM outbox WHERE status = 'pending'{where}", tuple(given.values()))


async def block_broadcasts(db: aiosqlite.Connection, user_id: int) -> None:
    """The delegate blocked the bot: their queued announcements count as blocked, so the
    broadcasts waiting on them can finish."""
    await db.execute(
        "UPDATE outbox SET status = 'failed', error = 'blocked' WHERE user_id = ? "
        "AND status = 'pending' AND kind = 'broadcast'",
        (user_id,),
    )


class Outbox:
    def __init__(self, database: Database) -> None:
        self._database = database

    async def due(
        self, now: datetime, limit: int = 100, only_to: int | None = None
    ) -> list[OutboxMessage]:
        """Pending messages due by `now`, oldest first, with the recipient's language;
        with `only_to`, that recipient's alone."""
        rows = await self._database.fetch_all(
            """
            SELECT o.id, o.user_id, o.kind, o.session_id, o.payload, o.attempts, o.due_at,
                   u.language
            FROM outbox o LEFT JOIN users u ON u.id = o.user_id
            WHERE o.status = 'pending' AND o.due_at <= ? AND u.blocked_at IS NULL
              AND (? IS NULL OR o.user_id = ?)
            ORDER BY o.due_at, o.id LIMIT ?
            """,
            (now.timestamp(), only_to, only_to, limit),
        )
        return [
            OutboxMessage(
                r["id"],
                r["user_id"],
                r["kind"],
                r["session_id"],
                json.loads(r["payload"]),
                r["language"],
                r["attempts"],
                datetime.fromtimestamp(r["due_at"], UTC),
            )
            for r in rows
        ]

    async def mark_sent(self, message_id: int, now: datetime) -> None:
        await self._database.write(
            "UPDATE outbox SET status = 'sent', sent_at = ?, attempts = attempts + 1 WHERE id = ?",
            (now.isoformat(), message_id),
        )

    async def mark_failed(
        self, message_id: int, error: str, *, retry_at: datetime | None, max_attempts: int
    ) -> None:
        """Counts a failed attempt; gives up after `max_attempts` or when not retryable."""
        retry = retry_at.timestamp() if retry_at else None
        await self._database.write(
            """
            UPDATE outbox SET attempts = attempts + 1, error = ?,
                due_at = COALESCE(?, due_at),
                status = CASE WHEN ? IS NULL OR attempts + 1 >= ? THEN 'failed'
                              ELSE 'pending' END
            WHERE id = ?
            """,
            (error[:500], retry, retry, max_attempts, message_id),
        )

    async def retry_later(self, message_id: int, due: datetime) -> None:
        """Flood control asked to wait: the message stays pending, no attempt counted."""
        await self._database.write(
            "UPDATE outbox SET due_at = ? WHERE id = ?", (due.timestamp(), message_id)
        )

    async def mark_dropped(self, message_id: int, reason: str) -> None:
        """Nothing to send any more (e.g. a reminder for a session that has begun)."""
        await self._database.write(
            "UPDATE outbox SET status = 'dropped', error = ? WHERE id = ?",
            (reason[:500], message_id),
        )

    async def counts(self, kind: str | None = None) -> dict[str, int]:
        query = "SELECT status, COUNT(*) FROM outbox"
        args: tuple[Any, ...] = ()
        if kind is not None:
            query += " WHERE kind = ?"
            args = (kind,)
        rows = await self._database.fetch_all(query + " GROUP BY status", args)
        return {row[0]: int(row[1]) for row in rows}

    async def rows(self, kind: str | None = None) -> list[dict[str, Any]]:
        """Every outbox row (of one kind), for tests and the organizers' tools."""
        query = "SELECT * FROM outbox" + (" WHERE kind = ?" if kind else "") + " ORDER BY id"
        rows = await self._database.fetch_all(query, (kind,) if kind else ())
        return [dict(row) for row in rows]

    async def pending_due_times(self) -> list[datetime]:
        """When pending messages fall due, earliest first: what the scheduler must wake for."""
        rows = await self._database.fetch_all(
            "SELECT DISTINCT due_at FROM outbox WHERE status = 'pending' ORDER BY due_at"
        )
        return [datetime.fromtimestamp(row[0], UTC) for row in rows]
