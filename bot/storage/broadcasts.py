"""Organizers' broadcasts: a draft, then one outbox row per recipient, then a report.

A broadcast's progress is not stored twice: sent, blocked and failed are counted from
its outbox rows whenever a record is read, so they cannot drift from what happened.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import datetime
from typing import Any

import aiosqlite

from bot.storage import outbox
from bot.storage.database import Database, fetch_one
from bot.storage.records import Announcement, BroadcastRecord, moment


async def forget_author(db: aiosqlite.Connection, user_id: int) -> None:
    """An organizer who forgets themselves: their drafts go, their sent announcements
    stay (others read them) with no author (0, so nobody is told when one finishes)."""
    await db.execute("DELETE FROM broadcasts WHERE created_by = ? AND status = 'draft'", (user_id,))
    await db.execute("UPDATE broadcasts SET created_by = 0 WHERE created_by = ?", (user_id,))


class Broadcasts:
    def __init__(self, database: Database) -> None:
        self._database = database

    async def create_draft(self, created_by: int, announcement: Announcement, now: datetime) -> int:
        async with self._database.transaction() as db:
            cursor = await db.execute(
                "INSERT INTO broadcasts (created_by, text, text_zh, created_at) VALUES (?, ?, ?, ?)",
                (created_by, announcement.text, announcement.text_zh, now.isoformat()),
            )
            return cursor.lastrowid or 0

    async def get(self, broadcast_id: int) -> BroadcastRecord | None:
        """The broadcast in whatever state it is (a draft, sending or done)."""
        found = await self._records("WHERE b.id = ?", (broadcast_id,))
        return found[0] if found else None

    async def queue(
        self, broadcast_id: int, audience: str, recipients: Sequence[int], now: datetime
    ) -> bool:
        """Turns a draft into one outbox row per recipient, all in one transaction, so a
        crash leaves either the whole broadcast queued or none of it. False if the draft
        was already sent (a second press of "Send")."""
        async with self._database.transaction() as db:
            cursor = await db.execute(
                "UPDATE broadcasts SET status = 'sending', audience = ?, total = ?, "
                "queued_at = ? WHERE id = ? AND status = 'draft'",
                (audience, len(recipients), now.timestamp(), broadcast_id),
            )
            if cursor.rowcount == 0:
                return False
            row = await fetch_one(
                db, "SELECT text, text_zh FROM broadcasts WHERE id = ?", (broadcast_id,)
            )
            announcement = Announcement(row[0], row[1]) if row else Announcement("")
            payload = json.dumps(announcement.payload(), ensure_ascii=False)
            # One executemany rather than outbox.enqueue per recipient: a broadcast to
            # every delegate is thousands of rows, and these carry their broadcast_id.
            await db.executemany(
                "INSERT INTO outbox (user_id, kind, dedupe_key, due_at, payload, created_at, "
                "broadcast_id) VALUES (?, 'broadcast', ?, 0, ?, ?, ?) "
                "ON CONFLICT (dedupe_key) DO NOTHING",
                [
                    (
                        user,
                        f"broadcast:{broadcast_id}:{user}",
                        payload,
                        now.isoformat(),
                        broadcast_id,
                    )
                    for user in recipients
                ],
            )
            return True

    async def recent(self, limit: int = 5) -> list[BroadcastRecord]:
        return await self._records("WHERE b.status != 'draft' ORDER BY b.id DESC LIMIT ?", (limit,))

    async def news_for(self, user_id: int, limit: int = 5) -> list[BroadcastRecord]:
        """Announcements that reached (or are reaching) this delegate, newest first."""
        return await self._records(
            "WHERE b.id IN (SELECT broadcast_id FROM outbox WHERE user_id = ? "
            "AND kind = 'broadcast' AND status IN ('pending', 'sent')) "
            "ORDER BY b.id DESC LIMIT ?",
            (user_id, limit),
        )

    async def finish(self, now: datetime) -> list[BroadcastRecord]:
        """Marks broadcasts with nothing left to send as done and queues each organizer a
        report; returns those finished now."""
        sending = await self._database.fetch_one(
            "SELECT 1 FROM broadcasts WHERE status = 'sending' LIMIT 1"
        )
        if sending is None:
            return []  # the usual case: no write transaction for nothing
        async with self._database.transaction() as db:
            rows = await db.execute_fetchall(
                "SELECT b.id, b.created_by FROM broadcasts b WHERE b.status = 'sending' "
                "AND NOT EXISTS (SELECT 1 FROM outbox o WHERE o.broadcast_id = b.id "
                "AND o.status = 'pending')"
            )
            done = [(row[0], row[1]) for row in rows]
            for broadcast_id, created_by in done:
                await db.execute(
                    "UPDATE broadcasts SET status = 'done', finished_at = ? WHERE id = ?",
                    (now.timestamp(), broadcast_id),
                )
                if created_by:
                    await outbox.enqueue(
                        db,
                        created_by,
                        "broadcast_report",
                        None,
                        due=now,
                        now=now,
                        dedupe_key=f"report:{broadcast_id}",
                        payload={"broadcast": broadcast_id},
                    )
        if not done:
            return []
        marks = ",".join("?" * len(done))
        return await self._records(f"WHERE b.id IN ({marks})", tuple(i for i, _ in done))

    async def _records(self, where: str, args: tuple[Any, ...]) -> list[BroadcastRecord]:
        rows = await self._database.fetch_all(
            f"""
            SELECT b.id, b.created_by, b.text, b.text_zh, b.audience, b.status, b.total, b.created_at,
                   b.queued_at, b.finished_at,
                   (SELECT COUNT(*) FROM outbox o WHERE o.broadcast_id = b.id
                        AND o.status = 'sent') AS sent,
                   (SELECT COUNT(*) FROM outbox o WHERE o.broadcast_id = b.id
                        AND o.status = 'failed' AND o.error = 'blocked') AS blocked,
                   (SELECT COUNT(*) FROM outbox o WHERE o.broadcast_id = b.id
                        AND o.status IN ('failed', 'dropped')
                        AND COALESCE(o.error, '') != 'blocked') AS failed
            FROM broadcasts b {where}
            """,
            args,
        )
        return [
            BroadcastRecord(
                id=r["id"],
                created_by=r["created_by"],
                text=r["text"],
                text_zh=r["text_zh"],
                audience=r["audience"],
                status=r["status"],
                total=r["total"],
                sent=r["sent"],
                blocked=r["blocked"],
                failed=r["failed"],
                created_at=datetime.fromisoformat(r["created_at"]),
                queued_at=moment(r["queued_at"]),
                finished_at=moment(r["finished_at"]),
            )
            for r in rows
        ]
