"""Meetings: an accepted request placed at a table in a slot of a matchmaking session.

The slot rule (the first slot starting after now in which a table is free and neither
delegate already meets someone) is one INSERT…SELECT inside BEGIN IMMEDIATE, the way
sign-ups keep capacity, so concurrent accepts on any number of connections can never
put two meetings at one table or one delegate at two tables in a slot. The requester's
notice and both delegates' reminders are queued in the same transaction.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime
from typing import Any

import aiosqlite

from bot.storage import outbox, reminders
from bot.storage.database import Database, fetch_one
from bot.storage.records import Acceptance, MeetingRecord, MeetingSession, MeetingTableRow

# The first free (slot, table) for the pair :a, :b, or a row of NULLs when none is:
# consent was given, so the meeting is recorded either way and the two meet by contact.
# :meeting is the meeting being re-seated (NULL for a new one): its own place is free.
_FREE = """
    WITH RECURSIVE
        slot_no(i) AS (SELECT 0 WHERE :slots > 0
                       UNION ALL SELECT i + 1 FROM slot_no WHERE i + 1 < :slots),
        table_no(n) AS (SELECT 1 WHERE :tables > 0
                        UNION ALL SELECT n + 1 FROM table_no WHERE n < :tables),
        -- (a meeting without a slot must not count: NOT IN a list holding NULL is never true)
        busy AS (SELECT slot FROM meetings WHERE session_id = :session AND slot IS NOT NULL
                 AND (user_a IN (:a, :b) OR user_b IN (:a, :b)) AND id IS NOT :meeting),
        free AS (
            SELECT i, n FROM slot_no, table_no
            WHERE :start + i * :seconds > :now
            AND i NOT IN (SELECT slot FROM busy)
            AND NOT EXISTS (SELECT 1 FROM meetings m WHERE m.session_id = :session
                            AND m.slot = i AND m.table_no = n AND m.id IS NOT :meeting)
            ORDER BY i, n LIMIT 1
        )
"""
_PLACE = (
    _FREE
    + """
    INSERT INTO meetings (request_id, session_id, slot, table_no, user_a, user_b, created_at)
    SELECT :request, :session, free.i, free.n, :a, :b, :now_text
    FROM (SELECT 1) LEFT JOIN free ON true
    RETURNING *
"""
)
# A meeting whose table or slot a reload took away, placed again by the same rule.
_RESEAT = (
    _FREE
    + """
    UPDATE meetings SET (slot, table_no) = (SELECT free.i, free.n FROM (SELECT 1)
                                            LEFT JOIN free ON true)
    WHERE id = :meeting
    RETURNING *
"""
)


def meeting_record(row: aiosqlite.Row) -> MeetingRecord:
    """The columns are the record's fields, the time stored as ISO text."""
    return MeetingRecord(**(dict(row) | {"created_at": datetime.fromisoformat(row["created_at"])}))


def _is_over(meeting: MeetingRecord, session: MeetingSession | None, now: datetime) -> bool:
    """Whether the meeting has ended; one whose session left the program, or that has
    no session, is taken as still ahead."""
    if session is None:
        return False
    ends = session.end if meeting.slot is None else session.slot_start(meeting.slot + 1)
    return ends <= now


async def forget(
    db: aiosqlite.Connection,
    user_id: int,
    now: datetime,
    sessions: Mapping[str, MeetingSession],
) -> tuple[int, ...]:
    """Deletes the delegate's meetings; each partner of one not yet over is told it was
    cancelled (when and where, never by whom) and loses its reminders. Returns the
    partners told."""
    rows = await db.execute_fetchall(
        "DELETE FROM meetings WHERE user_a = ? OR user_b = ? RETURNING *", (user_id, user_id)
    )
    told: list[int] = []
    for meeting in sorted((meeting_record(row) for row in rows), key=lambda m: m.id):
        partner = meeting.partner_of(user_id)
        await _drop_pending(db, meeting.id, ("meeting_accepted", "meeting_reminder"), partner)
        session = sessions.get(meeting.session_id or "")
        if _is_over(meeting, session, now):
            continue
        start = None
        if session is not None and meeting.slot is not None:
            start = session.slot_start(meeting.slot).isoformat()
        await outbox.enqueue(
            db,
            partner,
            "meeting_cancelled",
            meeting.session_id,
            due=now,
            now=now,
            dedupe_key=f"meeting_cancelled:{meeting.id}:{partner}",
            payload={"session_id": meeting.session_id, "start": start, "table": meeting.table_no},
        )
        told.append(partner)
    return tuple(told)


async def _tell(
    db: aiosqlite.Connection,
    user_id: int,
    kind: str,
    meeting: MeetingRecord,
    now: datetime,
    key: str,
) -> None:
    """Queues a message about the meeting, said as the meeting is when it is sent."""
    await outbox.enqueue(
        db,
        user_id,
        kind,
        meeting.session_id,
        due=now,
        now=now,
        dedupe_key=key,
        payload={"meeting": meeting.id},
    )


async def _drop_pending(
    db: aiosqlite.Connection, meeting_id: int, kinds: Sequence[str], user_id: int | None = None
) -> None:
    """The meeting's messages of these kinds not sent yet (to one of its delegates, or both)."""
    marks = ",".join("?" * len(kinds))
    await db.execute(
        f"""
        DELETE FROM outbox WHERE status = 'pending' AND kind IN ({marks})
        AND json_extract(payload, '$.meeting') = ? AND (? IS NULL OR user_id = ?)
        """,
        (*kinds, meeting_id, user_id, user_id),
    )


def _stranded(meeting: MeetingRecord, session: MeetingSession | None, now: datetime) -> bool:
    """Whether the meeting sits at a table or in a slot its session no longer has (and is
    not over). One whose session left the program is left as it is."""
    if session is None or meeting.slot is None or _is_over(meeting, session, now):
        return False
    return (meeting.table_no or 0) > session.tables or meeting.slot >= session.slots


async def _plan_reminders(
    db: aiosqlite.Connection,
    meeting: MeetingRecord,
    session: MeetingSession,
    now: datetime,
    default_leads: Sequence[int],
) -> tuple[datetime, ...]:
    """Both delegates' reminders of a meeting with a slot; the key names the slot's start,
    so a meeting moved with its session is reminded again at the new time."""
    assert meeting.slot is not None
    start = session.slot_start(meeting.slot)
    return await reminders.plan_leads(
        db,
        (meeting.user_a, meeting.user_b),
        "meeting_reminder",
        session.id,
        start,
        key=(f"meeting_reminder:{meeting.id}:", f":{int(start.timestamp())}"),
        now=now,
        default_leads=default_leads,
        payload={"meeting": meeting.id},
    )


def _slot_rule(
    session: MeetingSession | None,
    meeting: MeetingRecord | None,
    now: datetime,
    a: int | None = None,
    b: int | None = None,
) -> dict[str, Any]:
    """The values `_FREE` reads: the session's slots and tables (none without a session)
    and the pair, of the meeting being re-seated or else `a` and `b`."""
    args: dict[str, Any] = {
        "meeting": meeting.id if meeting else None,
        "a": meeting.user_a if meeting else a,
        "b": meeting.user_b if meeting else b,
        "session": None,
        "slots": 0,
        "tables": 0,
        "start": 0,
        "seconds": 0,
        "now": now.timestamp(),
    }
    if session is not None:
        args |= {
            "session": session.id,
            "slots": session.slots,
            "tables": session.tables,
            "start": session.start.timestamp(),
            "seconds": session.slot_minutes * 60,
        }
    return args


class Meetings:
    def __init__(self, database: Database) -> None:
        self._database = database

    async def accept(
        self,
        request_id: int,
        user_id: int,
        session: MeetingSession | None,
        now: datetime,
        default_leads: Sequence[int],
    ) -> Acceptance:
        """The target accepts a pending request (of a requester still visible): the
        meeting is placed at `session` by the slot rule, the requester is told and both
        get reminders before their slot."""
        async with self._database.transaction() as db:
            accepted = await fetch_one(
                db,
                """
                UPDATE meeting_requests SET status = 'accepted', decided_at = :now
                WHERE id = :id AND to_user = :user AND status = 'pending'
                AND EXISTS (SELECT 1 FROM network_profiles
                            WHERE user_id = from_user AND visible = 1)
                RETURNING from_user
                """,
                {"id": request_id, "user": user_id, "now": now.isoformat()},
            )
            if accepted is None:
                row = await fetch_one(
                    db, "SELECT to_user FROM meeting_requests WHERE id = ?", (request_id,)
                )
                return Acceptance("not_yours" if row and row[0] != user_id else "gone")
            meeting = await self._place(db, request_id, accepted[0], user_id, session, now)
            key = f"meeting_accepted:{meeting.id}"
            await _tell(db, meeting.user_a, "meeting_accepted", meeting, now, key)
            planned: tuple[datetime, ...] = ()
            if session is not None and meeting.slot is not None:
                planned = await _plan_reminders(db, meeting, session, now, default_leads)
            return Acceptance("accepted", meeting, planned)

    async def move_reminders(
        self, session: MeetingSession, now: datetime, default_leads: Sequence[int]
    ) -> tuple[datetime, ...]:
        """The session's time changed: the reminders of its meetings are planned again
        from their slots' new times (a slot is an index into the session, so it moved)."""
        async with self._database.transaction() as db:
            await outbox.drop_pending(db, session_id=session.id, kind="meeting_reminder")
            rows = await db.execute_fetchall(
                "SELECT * FROM meetings WHERE session_id = ? AND slot IS NOT NULL", (session.id,)
            )
            planned: list[datetime] = []
            for row in rows:
                meeting = meeting_record(row)
                planned += await _plan_reminders(db, meeting, session, now, default_leads)
            return tuple(planned)

    async def reseat(
        self, sessions: Mapping[str, MeetingSession], now: datetime, default_leads: Sequence[int]
    ) -> tuple[list[MeetingRecord], tuple[datetime, ...]]:
        """After a reload: each meeting not over at a table or in a slot its session no
        longer has (fewer `tables`, a shorter session) is placed again by the slot rule,
        earliest first, or left to meet by contact when nothing is free; both delegates
        are told and reminded at the new time. Returns the meetings as placed now and
        the reminders' due times. Repeating it changes nothing more."""
        async with self._database.transaction() as db:
            rows = await db.execute_fetchall(
                "SELECT * FROM meetings WHERE slot IS NOT NULL "
                "ORDER BY session_id, slot, table_no, id"
            )
            stranded = [
                meeting
                for meeting in map(meeting_record, rows)
                if _stranded(meeting, sessions.get(meeting.session_id or ""), now)
            ]
            moved: list[MeetingRecord] = []
            planned: list[datetime] = []
            for meeting in stranded:
                session = sessions[meeting.session_id or ""]
                await _drop_pending(db, meeting.id, ("meeting_reminder",))
                row = await fetch_one(db, _RESEAT, _slot_rule(session, meeting, now))
                assert row is not None  # the meeting is there: this transaction read it
                placed = meeting_record(row)
                if placed.slot is not None:
                    planned += await _plan_reminders(db, placed, session, now, default_leads)
                for user_id in (placed.user_a, placed.user_b):
                    key = f"meeting_moved:{placed.id}:{user_id}:{now.timestamp()}"
                    await _tell(db, user_id, "meeting_moved", placed, now, key)
                moved.append(placed)
            return moved, tuple(planned)

    @staticmethod
    async def _place(
        db: aiosqlite.Connection,
        request_id: int,
        requester: int,
        target: int,
        session: MeetingSession | None,
        now: datetime,
    ) -> MeetingRecord:
        args = {"request": request_id, "now_text": now.isoformat()}
        row = await fetch_one(db, _PLACE, args | _slot_rule(session, None, now, requester, target))
        assert row is not None  # the SELECT always yields its one row
        return meeting_record(row)

    async def stranded(
        self, sessions: Mapping[str, MeetingSession], now: datetime
    ) -> dict[str, int]:
        """How many meetings not over sit at a table or in a slot these sessions would no
        longer have, by session: what `reseat` would move (a reload's preview)."""
        rows = await self._database.fetch_all("SELECT * FROM meetings WHERE slot IS NOT NULL")
        counts: dict[str, int] = {}
        for meeting in map(meeting_record, rows):
            session_id = meeting.session_id or ""
            if _stranded(meeting, sessions.get(session_id), now):
                counts[session_id] = counts.get(session_id, 0) + 1
        return counts

    async def get(self, meeting_id: int) -> MeetingRecord | None:
        row = await self._database.fetch_one("SELECT * FROM meetings WHERE id = ?", (meeting_id,))
        return meeting_record(row) if row else None

    async def of(self, user_id: int) -> list[MeetingRecord]:
        """The delegate's meetings, in the order accepted."""
        rows = await self._database.fetch_all(
            "SELECT * FROM meetings WHERE user_a = ? OR user_b = ? ORDER BY id",
            (user_id, user_id),
        )
        return [meeting_record(row) for row in rows]

    async def per_session(self) -> dict[str | None, int]:
        """How many meetings each session holds (None: met by contact, no session)."""
        rows = await self._database.fetch_all(
            "SELECT session_id, COUNT(*) FROM meetings GROUP BY session_id"
        )
        return {row[0]: int(row[1]) for row in rows}

    async def table(self) -> list[MeetingTableRow]:
        """Every meeting with both delegates' names and organizations, by session, slot
        and table (those without a slot last in their session)."""
        rows = await self._database.fetch_all(
            """
            SELECT m.id, m.session_id, m.slot, m.table_no, a.name AS name_a,
                   a.organization AS organization_a, b.name AS name_b,
                   b.organization AS organization_b
            FROM meetings m LEFT JOIN profiles a ON a.user_id = m.user_a
            LEFT JOIN profiles b ON b.user_id = m.user_b
            ORDER BY m.session_id IS NULL, m.session_id, m.slot IS NULL, m.slot,
                     m.table_no, m.id
            """
        )
        return [MeetingTableRow(*row) for row in rows]
