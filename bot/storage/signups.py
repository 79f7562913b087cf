"""Sign-ups and the waitlist: the rules that need a transaction to hold.

Never more confirmed than capacity, one sign-up per delegate and session, one promotion
per freed seat. A sign-up plans its reminders and a promotion queues its message in the
same transaction (through reminders.plan and outbox.enqueue), so a crash can lose
neither and a retry cannot do either twice.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime

import aiosqlite

from bot.storage import outbox, reminders
from bot.storage.database import Database, StorageError, fetch_one
from bot.storage.records import Attendee, SignupChange, SignupRecord, SignupStatus, Slot


async def withdraw(
    db: aiosqlite.Connection,
    user_id: int,
    slots: Mapping[str, Slot],
    now: datetime,
    default_leads: Sequence[int],
) -> list[tuple[str, int]]:
    """Removes every sign-up of the delegate and gives their seats to the waitlist;
    returns (session, delegate) for each promotion."""
    promotions: list[tuple[str, int]] = []
    removed = await db.execute_fetchall(
        "DELETE FROM signups WHERE user_id = ? RETURNING id, session_id, status", (user_id,)
    )
    # RETURNING has no order of its own: seats are given away in the order signed up for
    freed = [
        row["session_id"]
        for row in sorted(removed, key=lambda row: row["id"])
        if row["status"] == "confirmed"
    ]
    for session_id in freed:
        slot = slots.get(session_id)
        if slot is None:
            continue  # no longer in the program: no seat to give away
        for promoted in await _fill_seats(db, slot, now, default_leads):
            promotions.append((session_id, promoted))
    return promotions


class Signups:
    def __init__(self, database: Database) -> None:
        self._database = database

    async def sign_up(
        self, slot: Slot, user_id: int, now: datetime, default_leads: Sequence[int]
    ) -> SignupChange:
        """Confirmed while seats remain and nobody waits, else the waitlist; a second
        call changes nothing.

        BEGIN IMMEDIATE makes the seat count and the insert one step, so concurrent
        sign-ups (in this process or another) can never confirm more than `capacity`. A
        seat free while others wait (capacity just raised, not yet filled) is theirs, so a
        newcomer queues behind them.
        """
        session_id = slot.id
        async with self._database.transaction() as db:
            inserted = await fetch_one(
                db,
                """
                INSERT INTO signups (session_id, user_id, status, signed_up_at)
                SELECT :session, :user,
                    CASE WHEN (SELECT COUNT(*) FROM signups WHERE session_id = :session
                               AND status = 'confirmed') < :capacity
                          AND NOT EXISTS (SELECT 1 FROM signups WHERE session_id = :session
                               AND status = 'waitlist')
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
            created = inserted is not None
            row = inserted or await _signup_row(db, session_id, user_id)
            if row is None:  # cannot happen inside the transaction; kept for the type checker
                raise StorageError(f"sign-up of {user_id} for {session_id} vanished")
            status: SignupStatus = row["status"]
            planned: tuple[datetime, ...] = ()
            if created and status == "confirmed":
                planned = await reminders.plan(db, user_id, slot, now, default_leads)
            position = await _position(db, session_id, row["id"], status)
            return SignupChange(status, position, created=created, planned=planned)

    async def cancel(
        self, slot: Slot, user_id: int, now: datetime, default_leads: Sequence[int]
    ) -> SignupChange:
        """Removes a sign-up; a freed seat goes to the first on the waitlist, who is told.

        The promotion and its notification are written in the same transaction as the
        cancellation, so a crash can lose neither and a retry cannot promote twice.
        """
        async with self._database.transaction() as db:
            existing = await _signup_row(db, slot.id, user_id)
            if existing is None:
                return SignupChange(None)
            await db.execute("DELETE FROM signups WHERE id = ?", (existing["id"],))
            await reminders.drop(db, user_id, slot.id)
            promoted = await _fill_seats(db, slot, now, default_leads)
            return SignupChange(None, previous=existing["status"], promoted=promoted)

    async def fill(
        self, slot: Slot, now: datetime, default_leads: Sequence[int]
    ) -> tuple[int, ...]:
        """Gives the seats free at the slot's capacity (raised by a reload) to the waitlist
        in order, each promoted delegate told: the rule a cancellation uses. Fewer seats
        than confirmed delegates promote nobody and remove nobody."""
        async with self._database.transaction() as db:
            return await _fill_seats(db, slot, now, default_leads)

    async def of(self, user_id: int) -> list[SignupRecord]:
        """The delegate's sign-ups in the order made, with waitlist places."""
        _, records = await self.profile_and_signups(user_id)
        return records

    async def profile_and_signups(self, user_id: int) -> tuple[bool, list[SignupRecord]]:
        """Whether the delegate saved a profile, and their sign-ups in the order made
        (with waitlist places): what every sign-up checks first, in one query."""
        rows = await self._database.fetch_all(
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
        row = await self._database.fetch_one(
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
        rows = await self._database.fetch_all(
            "SELECT session_id, SUM(status = 'confirmed'), SUM(status = 'waitlist') "
            "FROM signups GROUP BY session_id"
        )
        return {row[0]: (int(row[1]), int(row[2])) for row in rows}

    async def attendees(self, session_id: str) -> list[Attendee]:
        """Confirmed delegates in sign-up order, then the waitlist in its order."""
        rows = await self._database.fetch_all(
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

    async def affected_by(self, session_ids: Sequence[str]) -> dict[int, list[str]]:
        """Delegates signed up (confirmed or waiting) for any of the sessions: user -> ids."""
        if not session_ids:
            return {}
        marks = ",".join("?" * len(session_ids))
        rows = await self._database.fetch_all(
            f"SELECT user_id, session_id FROM signups WHERE session_id IN ({marks}) "
            f"ORDER BY user_id, id",
            tuple(session_ids),
        )
        affected: dict[int, list[str]] = {}
        for row in rows:
            affected.setdefault(row[0], []).append(row[1])
        return affected


async def _signup_row(
    db: aiosqlite.Connection, session_id: str, user_id: int
) -> aiosqlite.Row | None:
    return await fetch_one(
        db,
        "SELECT id, status FROM signups WHERE session_id = ? AND user_id = ?",
        (session_id, user_id),
    )


async def _count(db: aiosqlite.Connection, session_id: str, status: str) -> int:
    row = await fetch_one(
        db,
        "SELECT COUNT(*) FROM signups WHERE session_id = ? AND status = ?",
        (session_id, status),
    )
    return int(row[0]) if row else 0


async def _position(
    db: aiosqlite.Connection, session_id: str, row_id: int, status: str
) -> int | None:
    if status != "waitlist":
        return None
    row = await fetch_one(
        db,
        "SELECT COUNT(*) FROM signups WHERE session_id = ? AND status = 'waitlist' AND id <= ?",
        (session_id, row_id),
    )
    return int(row[0]) if row else None


async def _fill_seats(
    db: aiosqlite.Connection, slot: Slot, now: datetime, default_leads: Sequence[int]
) -> tuple[int, ...]:
    """Promotes from the waitlist while seats are free; queues a message and the
    reminders for each one promoted."""
    session_id = slot.id
    promoted: list[int] = []
    free = slot.capacity - await _count(db, session_id, "confirmed")
    while free > 0:
        row = await fetch_one(
            db,
            "SELECT id, user_id FROM signups WHERE session_id = ? AND status = 'waitlist' "
            "ORDER BY id LIMIT 1",
            (session_id,),
        )
        if row is None:
            break
        await db.execute(
            "UPDATE signups SET status = 'confirmed', promoted_at = ? WHERE id = ?",
            (now.isoformat(), row["id"]),
        )
        await outbox.enqueue(
            db,
            row["user_id"],
            "promoted",
            session_id,
            due=now,
            now=now,
            dedupe_key=f"promoted:{session_id}:{row['user_id']}:{row['id']}",
        )
        await reminders.plan(db, row["user_id"], slot, now, default_leads)
        promoted.append(row["user_id"])
        free -= 1
    return tuple(promoted)
