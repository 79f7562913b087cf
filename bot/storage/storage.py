"""The Storage facade: opens the Database and holds every query (to be split next)."""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import aiosqlite

from bot.storage.database import MIGRATIONS, Database, Migration, StorageError
from bot.storage.records import (
    Attendee,
    BroadcastRecord,
    OutboxMessage,
    Profile,
    SignupChange,
    SignupRecord,
    SignupStatus,
    Slot,
    UserRecord,
    first,
    moment,
    parse_leads,
)


class Storage:
    def __init__(self, database: Database) -> None:
        self.database = database
        self._db = database.connection

    @classmethod
    async def open(cls, path: Path, migrations: Sequence[Migration] = MIGRATIONS) -> Storage:
        return cls(await Database.open(path, migrations))

    @property
    def path(self) -> Path:
        return self.database.path

    async def close(self) -> None:
        await self.database.close()

    async def schema_version(self) -> int:
        return await self.database.schema_version()

    def transaction(self):  # type: ignore[no-untyped-def]
        return self.database.transaction()

    # ------------------------------------------------------------ users

    async def touch_user(self, user_id: int, language: str | None, now: datetime) -> None:
        """Records that a delegate used the bot (first seen once, last seen every time)."""
        stamp = now.isoformat()
        await self.database.write(
            """
            INSERT INTO users (id, language, first_seen, last_seen) VALUES (?, ?, ?, ?)
            ON CONFLICT (id) DO UPDATE SET
                language = COALESCE(excluded.language, users.language),
                last_seen = excluded.last_seen,
                blocked_at = NULL
            """,
            (user_id, language, stamp, stamp),
        )

    async def user(self, user_id: int) -> UserRecord | None:
        row = first(
            await self._db.execute_fetchall(
                "SELECT id, language, first_seen, last_seen FROM users WHERE id = ?", (user_id,)
            )
        )
        if row is None:
            return None
        return UserRecord(
            id=row["id"],
            language=row["language"],
            first_seen=datetime.fromisoformat(row["first_seen"]),
            last_seen=datetime.fromisoformat(row["last_seen"]),
        )

    async def user_count(self) -> int:
        row = first(await self._db.execute_fetchall("SELECT COUNT(*) FROM users"))
        return int(row[0]) if row else 0

    # ------------------------------------------------------------ profiles

    async def profile(self, user_id: int) -> Profile | None:
        row = first(
            await self._db.execute_fetchall(
                "SELECT user_id, name, organization FROM profiles WHERE user_id = ?", (user_id,)
            )
        )
        return Profile(row["user_id"], row["name"], row["organization"]) if row else None

    async def save_profile(self, profile: Profile, now: datetime) -> None:
        async with self.database.transaction() as db:
            await db.execute(
                """
                INSERT INTO profiles (user_id, name, organization, updated_at) VALUES (?, ?, ?, ?)
                ON CONFLICT (user_id) DO UPDATE SET name = excluded.name,
                    organization = excluded.organization, updated_at = excluded.updated_at
                """,
                (profile.user_id, profile.name, profile.organization, now.isoformat()),
            )

    # ------------------------------------------------------------ sign-ups

    async def sign_up(
        self, slot: Slot, user_id: int, now: datetime, default_leads: Sequence[int]
    ) -> SignupChange:
        """Confirmed while seats remain, else the waitlist; a second call changes nothing.

        BEGIN IMMEDIATE makes the seat count and the insert one step, so concurrent
        sign-ups (in this process or another) can never confirm more than `capacity`.
        """
        session_id = slot.id
        async with self.database.transaction() as db:
            inserted = first(
                await db.execute_fetchall(
                    """
                    INSERT INTO signups (session_id, user_id, status, signed_up_at)
                    SELECT :session, :user,
                        CASE WHEN (SELECT COUNT(*) FROM signups WHERE session_id = :session
                                   AND status = 'confirmed') < :capacity
                             THEN 'confirmed' ELSE 'waitlist' END,
                        :now
                    WHERE true ON CONFLICT (session_id, user_id) DO NOTHING
                    RETURNING id, status
                    """,
                    {
                        "session": session_id,
                        "user": user_id,
                        "capacity": slot.capacity,
                        "now": now.isoformat(),
                    },
                )
            )
            created = inserted is not None
            row = inserted or await self._signup_row(db, session_id, user_id)
            if row is None:  # cannot happen inside the transaction; kept for the type checker
                raise StorageError(f"sign-up of {user_id} for {session_id} vanished")
            status: SignupStatus = row["status"]
            planned: tuple[datetime, ...] = ()
            if created and status == "confirmed":
                planned = await self._plan_reminders(db, user_id, slot, now, default_leads)
            position = await self._position(db, session_id, row["id"], status)
            return SignupChange(status, position, created=created, planned=planned)

    async def cancel(
        self, slot: Slot, user_id: int, now: datetime, default_leads: Sequence[int]
    ) -> SignupChange:
        """Removes a sign-up; a freed seat goes to the first on the waitlist, who is told.

        The promotion and its notification are written in the same transaction as the
        cancellation, so a crash can lose neither and a retry cannot promote twice.
        """
        async with self.database.transaction() as db:
            existing = await self._signup_row(db, slot.id, user_id)
            if existing is None:
                return SignupChange(None)
            await db.execute("DELETE FROM signups WHERE id = ?", (existing["id"],))
            await self._drop_reminders(db, user_id, slot.id)
            promoted = await self._fill_seats(db, slot, now, default_leads)
            return SignupChange(None, previous=existing["status"], promoted=promoted)

    async def forget(
        self, user_id: int, slots: Mapping[str, Slot], now: datetime, default_leads: Sequence[int]
    ) -> list[tuple[str, int]]:
        """Deletes a delegate's profile, sign-ups and pending messages; returns promotions."""
        promotions: list[tuple[str, int]] = []
        async with self.database.transaction() as db:
            rows = await db.execute_fetchall(
                "SELECT session_id FROM signups WHERE user_id = ? AND status = 'confirmed'",
                (user_id,),
            )
            freed = [row[0] for row in rows]
            await db.execute("DELETE FROM signups WHERE user_id = ?", (user_id,))
            for session_id in freed:
                slot = slots.get(session_id)
                if slot is None:
                    continue  # no longer in the program: no seat to give away
                for promoted in await self._fill_seats(db, slot, now, default_leads):
                    promotions.append((session_id, promoted))
            await db.execute("DELETE FROM profiles WHERE user_id = ?", (user_id,))
            await db.execute("DELETE FROM reminder_prefs WHERE user_id = ?", (user_id,))
            await db.execute("DELETE FROM subscriptions WHERE user_id = ?", (user_id,))
            await db.execute(
                "DELETE FROM outbox WHERE user_id = ? AND status = 'pending'", (user_id,)
            )
        return promotions

    async def signups_of(self, user_id: int) -> list[SignupRecord]:
        _, records = await self.delegate_signups(user_id)
        return records

    async def delegate_signups(self, user_id: int) -> tuple[bool, list[SignupRecord]]:
        """Whether the delegate saved a profile, and their sign-ups in the order made
        (with waitlist places): what every sign-up checks first, in one query."""
        rows = await self._db.execute_fetchall(
            """
            SELECT p.user_id IS NOT NULL AS has_profile,
                   s.session_id, s.status, s.signed_up_at,
                   CASE WHEN s.status = 'waitlist' THEN (
                       SELECT COUNT(*) FROM signups w WHERE w.session_id = s.session_id
                       AND w.status = 'waitlist' AND w.id <= s.id) END AS position
            FROM (SELECT ? AS id) me
            LEFT JOIN profiles p ON p.user_id = me.id
            LEFT JOIN signups s ON s.user_id = me.id
            ORDER BY s.id
            """,
            (user_id,),
        )
        rows = list(rows)
        records = [
            SignupRecord(
                r["session_id"],
                user_id,
                r["status"],
                r["position"],
                datetime.fromisoformat(r["signed_up_at"]),
            )
            for r in rows
            if r["session_id"] is not None
        ]
        return bool(rows and rows[0]["has_profile"]), records

    async def standing(
        self, session_id: str, user_id: int
    ) -> tuple[tuple[int, int], SignupRecord | None]:
        """(confirmed, waitlisted) for one session and the delegate's own sign-up for it,
        in one query: every session card shows both."""
        row = first(
            await self._db.execute_fetchall(
                """
                SELECT
                    (SELECT COUNT(*) FROM signups WHERE session_id = :session
                        AND status = 'confirmed') AS confirmed,
                    (SELECT COUNT(*) FROM signups WHERE session_id = :session
                        AND status = 'waitlist') AS waiting,
                    mine.status, mine.signed_up_at,
                    CASE WHEN mine.status = 'waitlist' THEN (
                        SELECT COUNT(*) FROM signups w WHERE w.session_id = :session
                        AND w.status = 'waitlist' AND w.id <= mine.id) END AS position
                FROM (SELECT 1) LEFT JOIN signups mine
                    ON mine.session_id = :session AND mine.user_id = :user
                """,
                {"session": session_id, "user": user_id},
            )
        )
        if row is None:  # the query always yields one row
            return (0, 0), None
        counts = (int(row["confirmed"]), int(row["waiting"]))
        if row["status"] is None:
            return counts, None
        record = SignupRecord(
            session_id,
            user_id,
            row["status"],
            row["position"],
            datetime.fromisoformat(row["signed_up_at"]),
        )
        return counts, record

    async def counts(self) -> dict[str, tuple[int, int]]:
        """(confirmed, waitlisted) per session that has any sign-up."""
        rows = await self._db.execute_fetchall(
            "SELECT session_id, SUM(status = 'confirmed'), SUM(status = 'waitlist') "
            "FROM signups GROUP BY session_id"
        )
        return {row[0]: (int(row[1]), int(row[2])) for row in rows}

    async def attendees(self, session_id: str) -> list[Attendee]:
        """Confirmed delegates in sign-up order, then the waitlist in its order."""
        rows = await self._db.execute_fetchall(
            """
            SELECT s.user_id, p.name, p.organization, s.status, s.signed_up_at
            FROM signups s LEFT JOIN profiles p ON p.user_id = s.user_id
            WHERE s.session_id = ? ORDER BY s.status = 'waitlist', s.id
            """,
            (session_id,),
        )
        attendees: list[Attendee] = []
        waiting = 0
        for row in rows:
            position = None
            if row["status"] == "waitlist":
                waiting += 1
                position = waiting
            attendees.append(
                Attendee(
                    row["user_id"],
                    row["name"],
                    row["organization"],
                    row["status"],
                    position,
                    datetime.fromisoformat(row["signed_up_at"]),
                )
            )
        return attendees

    async def _signup_row(
        self, db: aiosqlite.Connection, session_id: str, user_id: int
    ) -> aiosqlite.Row | None:
        rows = await db.execute_fetchall(
            "SELECT id, status FROM signups WHERE session_id = ? AND user_id = ?",
            (session_id, user_id),
        )
        return first(rows)

    @staticmethod
    async def _count(db: aiosqlite.Connection, session_id: str, status: str) -> int:
        row = first(
            await db.execute_fetchall(
                "SELECT COUNT(*) FROM signups WHERE session_id = ? AND status = ?",
                (session_id, status),
            )
        )
        return int(row[0]) if row else 0

    @staticmethod
    async def _position(
        db: aiosqlite.Connection, session_id: str, row_id: int, status: str
    ) -> int | None:
        if status != "waitlist":
            return None
        row = first(
            await db.execute_fetchall(
                "SELECT COUNT(*) FROM signups WHERE session_id = ? AND status = 'waitlist' AND id <= ?",
                (session_id, row_id),
            )
        )
        return int(row[0]) if row else None

    async def _fill_seats(
        self, db: aiosqlite.Connection, slot: Slot, now: datetime, default_leads: Sequence[int]
    ) -> tuple[int, ...]:
        """Promotes from the waitlist while seats are free; queues a message and the
        reminders for each one promoted."""
        session_id = slot.id
        promoted: list[int] = []
        free = slot.capacity - await self._count(db, session_id, "confirmed")
        while free > 0:
            row = first(
                await db.execute_fetchall(
                    "SELECT id, user_id FROM signups WHERE session_id = ? AND status = 'waitlist' "
                    "ORDER BY id LIMIT 1",
                    (session_id,),
                )
            )
            if row is None:
                break
            await db.execute(
                "UPDATE signups SET status = 'confirmed', promoted_at = ? WHERE id = ?",
                (now.isoformat(), row["id"]),
            )
            await self._enqueue(
                db,
                row["user_id"],
                "promoted",
                session_id,
                due=now,
                now=now,
                dedupe_key=f"promoted:{session_id}:{row['user_id']}:{row['id']}",
            )
            await self._plan_reminders(db, row["user_id"], slot, now, default_leads)
            promoted.append(row["user_id"])
            free -= 1
        return tuple(promoted)

    # ------------------------------------------------------------ outbox

    @staticmethod
    async def _enqueue(
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

    async def due_messages(self, now: datetime, limit: int = 100) -> list[OutboxMessage]:
        """Pending messages due by `now`, oldest first, with the recipient's language."""
        rows = await self._db.execute_fetchall(
            """
            SELECT o.id, o.user_id, o.kind, o.session_id, o.payload, o.attempts, o.due_at,
                   u.language
            FROM outbox o LEFT JOIN users u ON u.id = o.user_id
            WHERE o.status = 'pending' AND o.due_at <= ? AND u.blocked_at IS NULL
            ORDER BY o.due_at, o.id LIMIT ?
            """,
            (now.timestamp(), limit),
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
        await self.database.write(
            "UPDATE outbox SET status = 'sent', sent_at = ?, attempts = attempts + 1 WHERE id = ?",
            (now.isoformat(), message_id),
        )

    async def mark_failed(
        self, message_id: int, error: str, *, retry_at: datetime | None, max_attempts: int
    ) -> None:
        """Counts a failed attempt; gives up after `max_attempts` or when not retryable."""
        retry = retry_at.timestamp() if retry_at else None
        await self.database.write(
            """
            UPDATE outbox SET attempts = attempts + 1, error = ?,
                due_at = COALESCE(?, due_at),
                status = CASE WHEN ? IS NULL OR attempts + 1 >= ? THEN 'failed'
                              ELSE 'pending' END
            WHERE id = ?
            """,
            (error[:500], retry, retry, max_attempts, message_id),
        )

    async def outbox_counts(self, kind: str | None = None) -> dict[str, int]:
        query = "SELECT status, COUNT(*) FROM outbox"
        args: tuple[Any, ...] = ()
        if kind is not None:
            query += " WHERE kind = ?"
            args = (kind,)
        rows = await self._db.execute_fetchall(query + " GROUP BY status", args)
        return {row[0]: int(row[1]) for row in rows}

    async def retry_later(self, message_id: int, due: datetime) -> None:
        """Flood control asked to wait: the message stays pending, no attempt counted."""
        await self.database.write(
            "UPDATE outbox SET due_at = ? WHERE id = ?", (due.timestamp(), message_id)
        )

    async def mark_dropped(self, message_id: int, reason: str) -> None:
        """Nothing to send any more (e.g. a reminder for a session that has begun)."""
        await self.database.write(
            "UPDATE outbox SET status = 'dropped', error = ? WHERE id = ?",
            (reason[:500], message_id),
        )

    async def pending_due_times(self) -> list[datetime]:
        """When pending messages fall due, earliest first: what the scheduler must wake for."""
        rows = await self._db.execute_fetchall(
            "SELECT DISTINCT due_at FROM outbox WHERE status = 'pending' ORDER BY due_at"
        )
        return [datetime.fromtimestamp(row[0], UTC) for row in rows]

    # ------------------------------------------------------------ reminders

    async def reminder_leads(self, user_id: int) -> tuple[int, ...] | None:
        """The delegate's own lead times in minutes; () means off, None means the defaults."""
        row = first(
            await self._db.execute_fetchall(
                "SELECT leads FROM reminder_prefs WHERE user_id = ?", (user_id,)
            )
        )
        return None if row is None else parse_leads(row[0])

    async def set_reminder_leads(
        self,
        user_id: int,
        leads: Sequence[int] | None,
        slots: Mapping[str, Slot],
        now: datetime,
        default_leads: Sequence[int],
    ) -> None:
        """Saves the choice (None: back to the defaults) and re-plans pending reminders."""
        async with self.database.transaction() as db:
            if leads is None:
                await db.execute("DELETE FROM reminder_prefs WHERE user_id = ?", (user_id,))
            else:
                await db.execute(
                    """
                    INSERT INTO reminder_prefs (user_id, leads, updated_at) VALUES (?, ?, ?)
                    ON CONFLICT (user_id) DO UPDATE SET leads = excluded.leads,
                        updated_at = excluded.updated_at
                    """,
                    (user_id, ",".join(str(lead) for lead in leads), now.isoformat()),
                )
            rows = await db.execute_fetchall(
                "SELECT session_id FROM signups WHERE user_id = ? AND status = 'confirmed'",
                (user_id,),
            )
            confirmed = [row[0] for row in rows]
            for session_id in confirmed:
                await self._drop_reminders(db, user_id, session_id)
                if (slot := slots.get(session_id)) is not None:
                    await self._plan_reminders(db, user_id, slot, now, default_leads)

    async def move_session(self, slot: Slot, now: datetime, default_leads: Sequence[int]) -> int:
        """A session's time changed: its pending reminders are planned again from the new
        start. Returns how many delegates' reminders moved."""
        async with self.database.transaction() as db:
            rows = await db.execute_fetchall(
                "SELECT user_id FROM signups WHERE session_id = ? AND status = 'confirmed'",
                (slot.id,),
            )
            users = [row[0] for row in rows]
            await db.execute(
                "DELETE FROM outbox WHERE session_id = ? AND kind = 'reminder' "
                "AND status = 'pending'",
                (slot.id,),
            )
            for user_id in users:
                await self._plan_reminders(db, user_id, slot, now, default_leads)
        return len(users)

    async def _plan_reminders(
        self,
        db: aiosqlite.Connection,
        user_id: int,
        slot: Slot,
        now: datetime,
        default_leads: Sequence[int],
    ) -> tuple[datetime, ...]:
        """One outbox row per lead time still ahead (the delegate's own leads, else the
        defaults), in one statement: this runs inside every sign-up. The key names the
        start time, so a moved session gets fresh reminders while a restart never plans
        one twice. Returns when the rows it added fall due."""
        start = slot.start.timestamp()
        rows = await db.execute_fetchall(
            """
            INSERT INTO outbox (user_id, kind, session_id, dedupe_key, due_at, payload,
                                created_at)
            SELECT :user, 'reminder', :session,
                'reminder:' || :session || ':' || :user || ':' || lead.value || ':' || :start_key,
                :start - lead.value * 60,
                json_object('lead', lead.value, 'start', :start_text),
                :now_text
            FROM json_each(COALESCE(
                (SELECT '[' || leads || ']' FROM reminder_prefs WHERE user_id = :user),
                :default_leads)) AS lead
            WHERE :start - lead.value * 60 > :now
            ON CONFLICT (dedupe_key) DO NOTHING
            RETURNING due_at
            """,
            {
                "user": user_id,
                "session": slot.id,
                "start": start,
                "start_key": int(start),
                "start_text": slot.start.isoformat(),
                "now": now.timestamp(),
                "now_text": now.isoformat(),
                "default_leads": json.dumps(list(default_leads)),
            },
        )
        return tuple(datetime.fromtimestamp(row[0], UTC) for row in rows)

    @staticmethod
    async def _drop_reminders(db: aiosqlite.Connection, user_id: int, session_id: str) -> None:
        await db.execute(
            "DELETE FROM outbox WHERE user_id = ? AND session_id = ? AND kind = 'reminder' "
            "AND status = 'pending'",
            (user_id, session_id),
        )

    # ------------------------------------------------------------ daily digest

    async def subscribe(self, user_id: int, digests: Sequence[datetime], now: datetime) -> None:
        """Subscribes to the daily digest; one outbox row per digest still to come."""
        async with self.database.transaction() as db:
            await db.execute(
                "INSERT INTO subscriptions (user_id, since) VALUES (?, ?) "
                "ON CONFLICT (user_id) DO NOTHING",
                (user_id, now.isoformat()),
            )
            for due in digests:
                if due > now:
                    await self._enqueue(
                        db,
                        user_id,
                        "digest",
                        None,
                        due=due,
                        now=now,
                        dedupe_key=f"digest:{due.date().isoformat()}:{user_id}",
                        payload={"day": due.date().isoformat()},
                    )

    async def unsubscribe(self, user_id: int) -> bool:
        async with self.database.transaction() as db:
            cursor = await db.execute("DELETE FROM subscriptions WHERE user_id = ?", (user_id,))
            await db.execute(
                "DELETE FROM outbox WHERE user_id = ? AND kind = 'digest' AND status = 'pending'",
                (user_id,),
            )
            return cursor.rowcount > 0

    async def is_subscribed(self, user_id: int) -> bool:
        rows = await self._db.execute_fetchall(
            "SELECT 1 FROM subscriptions WHERE user_id = ?", (user_id,)
        )
        return first(rows) is not None

    async def outbox_rows(self, kind: str | None = None) -> list[dict[str, Any]]:
        """Every outbox row (of one kind), for tests and the organizers' tools."""
        query = "SELECT * FROM outbox" + (" WHERE kind = ?" if kind else "") + " ORDER BY id"
        rows = await self._db.execute_fetchall(query, (kind,) if kind else ())
        return [dict(row) for row in rows]

    # ------------------------------------------------------------ delegates who left

    async def mark_blocked(self, user_id: int, now: datetime) -> None:
        """The delegate blocked the bot: skip them from now on (until they write again);
        their queued announcements count as blocked so broadcasts can finish."""
        async with self.database.transaction() as db:
            await db.execute(
                "UPDATE users SET blocked_at = ? WHERE id = ?", (now.isoformat(), user_id)
            )
            await db.execute(
                "UPDATE outbox SET status = 'failed', error = 'blocked' WHERE user_id = ? "
                "AND status = 'pending' AND kind = 'broadcast'",
                (user_id,),
            )

    async def is_blocked(self, user_id: int) -> bool:
        row = first(
            await self._db.execute_fetchall(
                "SELECT blocked_at IS NOT NULL FROM users WHERE id = ?", (user_id,)
            )
        )
        return bool(row and row[0])

    # ------------------------------------------------------------ broadcasts

    async def audience(
        self, kind: str, session_ids: Sequence[str] = (), with_waitlist: bool = False
    ) -> list[int]:
        """Who an announcement reaches: "all" who started the bot, "sessions" (signed up for
        any of `session_ids`), or "subscribers"; never a delegate who blocked the bot."""
        if kind == "all":
            query, args = "SELECT id FROM users WHERE blocked_at IS NULL", ()
        elif kind == "subscribers":
            query = (
                "SELECT s.user_id FROM subscriptions s JOIN users u ON u.id = s.user_id "
                "WHERE u.blocked_at IS NULL"
            )
            args = ()
        elif kind == "sessions":
            marks = ",".join("?" * len(session_ids)) or "NULL"
            statuses = "('confirmed', 'waitlist')" if with_waitlist else "('confirmed')"
            query = (
                f"SELECT DISTINCT s.user_id FROM signups s LEFT JOIN users u "
                f"ON u.id = s.user_id WHERE s.session_id IN ({marks}) "
                f"AND s.status IN {statuses} AND u.blocked_at IS NULL"
            )
            args = tuple(session_ids)
        else:
            raise ValueError(f"unknown audience kind {kind!r}")
        rows = await self._db.execute_fetchall(query + " ORDER BY 1", args)
        return [int(row[0]) for row in rows]

    async def create_draft(self, created_by: int, text: str, now: datetime) -> int:
        async with self.database.transaction() as db:
            cursor = await db.execute(
                "INSERT INTO broadcasts (created_by, text, created_at) VALUES (?, ?, ?)",
                (created_by, text, now.isoformat()),
            )
            return cursor.lastrowid or 0

    async def draft(self, broadcast_id: int) -> BroadcastRecord | None:
        found = await self._broadcasts("WHERE b.id = ?", (broadcast_id,))
        return found[0] if found else None

    async def queue_broadcast(
        self, broadcast_id: int, audience: str, recipients: Sequence[int], now: datetime
    ) -> bool:
        """Turns a draft into one outbox row per recipient, all in one transaction, so a
        crash leaves either the whole broadcast queued or none of it. False if the draft
        was already sent (a second press of "Send")."""
        async with self.database.transaction() as db:
            cursor = await db.execute(
                "UPDATE broadcasts SET status = 'sending', audience = ?, total = ?, "
                "queued_at = ? WHERE id = ? AND status = 'draft'",
                (audience, len(recipients), now.timestamp(), broadcast_id),
            )
            if cursor.rowcount == 0:
                return False
            row = first(
                await db.execute_fetchall(
                    "SELECT text FROM broadcasts WHERE id = ?", (broadcast_id,)
                )
            )
            payload = json.dumps({"text": row[0] if row else ""}, ensure_ascii=False)
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

    async def recent_broadcasts(self, limit: int = 5) -> list[BroadcastRecord]:
        return await self._broadcasts(
            "WHERE b.status != 'draft' ORDER BY b.id DESC LIMIT ?", (limit,)
        )

    async def news_for(self, user_id: int, limit: int = 5) -> list[BroadcastRecord]:
        """Announcements that reached (or are reaching) this delegate, newest first."""
        return await self._broadcasts(
            "WHERE b.id IN (SELECT broadcast_id FROM outbox WHERE user_id = ? "
            "AND kind = 'broadcast' AND status IN ('pending', 'sent')) "
            "ORDER BY b.id DESC LIMIT ?",
            (user_id, limit),
        )

    async def finish_broadcasts(self, now: datetime) -> list[BroadcastRecord]:
        """Marks broadcasts with nothing left to send as done and queues each organizer a
        report; returns those finished now."""
        rows = await self._db.execute_fetchall(
            "SELECT 1 FROM broadcasts WHERE status = 'sending' LIMIT 1"
        )
        if first(rows) is None:
            return []  # the usual case: no write transaction for nothing
        async with self.database.transaction() as db:
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
                    await self._enqueue(
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
        return await self._broadcasts(f"WHERE b.id IN ({marks})", tuple(i for i, _ in done))

    async def _broadcasts(self, where: str, args: tuple[Any, ...]) -> list[BroadcastRecord]:
        rows = await self._db.execute_fetchall(
            f"""
            SELECT b.id, b.created_by, b.text, b.audience, b.status, b.total, b.created_at,
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

    # ------------------------------------------------------------ program changes

    async def affected_by(self, session_ids: Sequence[str]) -> dict[int, list[str]]:
        """Delegates signed up (confirmed or waiting) for any of the sessions: user -> ids."""
        if not session_ids:
            return {}
        marks = ",".join("?" * len(session_ids))
        rows = await self._db.execute_fetchall(
            f"SELECT user_id, session_id FROM signups WHERE session_id IN ({marks}) "
            f"ORDER BY user_id, id",
            tuple(session_ids),
        )
        affected: dict[int, list[str]] = {}
        for row in rows:
            affected.setdefault(row[0], []).append(row[1])
        return affected

    async def queue_program_changes(
        self, change_id: str, messages: Mapping[int, Any], now: datetime
    ) -> None:
        """One message per affected delegate, however many of their sessions changed."""
        async with self.database.transaction() as db:
            for user_id, payload in messages.items():
                await self._enqueue(
                    db,
                    user_id,
                    "program_change",
                    None,
                    due=now,
                    now=now,
                    dedupe_key=f"change:{change_id}:{user_id}",
                    payload=payload,
                )

    # ------------------------------------------------------------ requests to the bot

    async def request(self, kind: str, value: str, now: datetime) -> None:
        """Leaves a request (e.g. "reload") for the running bot, which polls for it."""
        async with self.database.transaction() as db:
            await db.execute(
                "INSERT INTO requests (kind, value, requested_at) VALUES (?, ?, ?) "
                "ON CONFLICT (kind) DO UPDATE SET value = excluded.value, "
                "requested_at = excluded.requested_at",
                (kind, value, now.isoformat()),
            )

    async def record_program(self, path: str, text: str, now: datetime) -> None:
        await self.database.write(
            "INSERT INTO running_program (id, path, text, loaded_at) VALUES (1, ?, ?, ?) "
            "ON CONFLICT (id) DO UPDATE SET path = excluded.path, text = excluded.text, "
            "loaded_at = excluded.loaded_at",
            (path, text, now.isoformat()),
        )

    async def running_program(self) -> tuple[str, str] | None:
        """(path, text) of the program the bot last loaded, if it recorded one."""
        row = first(
            await self._db.execute_fetchall("SELECT path, text FROM running_program WHERE id = 1")
        )
        return (str(row[0]), str(row[1])) if row else None

    async def take_request(self, kind: str) -> str | None:
        """The request left for the bot, removed as it is taken (None: there is none)."""
        rows = await self._db.execute_fetchall("SELECT 1 FROM requests WHERE kind = ?", (kind,))
        if first(rows) is None:
            return None  # the usual case, every poll: no write lock taken for nothing
        async with self.database.transaction() as db:
            row = first(
                await db.execute_fetchall("SELECT value FROM requests WHERE kind = ?", (kind,))
            )
            if row is None:
                return None
            await db.execute("DELETE FROM requests WHERE kind = ?", (kind,))
            return str(row[0])
