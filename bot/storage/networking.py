"""Networking profiles, meeting requests, blocks and reports: who may ask whom.

A request is recorded by one INSERT…SELECT inside BEGIN IMMEDIATE that checks every
rule at once (both opted in and visible, no block, never a request for the pair, fewer
than MAX_PENDING pending), so concurrent requests cannot break any of them; the notice
to the target is queued in the same transaction. Accepted requests become meetings in
bot/storage/meetings.py.
"""

from __future__ import annotations

import json
import secrets
from collections.abc import Collection, Sequence
from datetime import datetime
from typing import Any

import aiosqlite

from bot.storage import outbox
from bot.storage.database import Database, fetch_one
from bot.storage.records import (
    Decision,
    NetworkFields,
    NetworkRecord,
    ReportRecord,
    RequestRecord,
    RequestStatus,
    RequestVerdict,
)

MAX_PENDING = 10  # requests a delegate may have waiting for an answer at once
HANDLE_BYTES = 6  # 48 random bits: a collision among 5,000 delegates is ~1 in 20 million

# The profile with the name and organization given, and the sessions signed up for.
_PROFILE = """
    SELECT n.user_id, n.handle, p.name, p.organization, n.role, n.sectors, n.offer,
           n.seek, n.languages, n.visible,
           (SELECT json_group_array(session_id) FROM (
                SELECT session_id FROM signups WHERE user_id = n.user_id ORDER BY id
           )) AS sessions
    FROM network_profiles n JOIN profiles p ON p.user_id = n.user_id
"""

# A report with both delegates' names and organizations (NULL: none given).
_REPORTS = """
    SELECT r.id, r.reporter, a.name AS reporter_name, a.organization AS reporter_organization,
           r.reported, b.name AS reported_name, b.organization AS reported_organization,
           r.request_id, r.created_at
    FROM reports r LEFT JOIN profiles a ON a.user_id = r.reporter
    LEFT JOIN profiles b ON b.user_id = r.reported
"""

# Every rule a request must pass, checked in this order; `them` is NULL for an unknown
# handle. A block by the target reads as "unavailable": nobody learns they were blocked.
_VERDICT = """
    WITH pair AS (
        SELECT :me AS me, (SELECT user_id FROM network_profiles WHERE handle = :handle) AS them
    ),
    verdict AS (
        SELECT me, them, CASE
            WHEN them = me THEN 'self'
            WHEN NOT EXISTS (SELECT 1 FROM network_profiles
                             WHERE user_id = me AND visible = 1) THEN 'not_opted_in'
            WHEN them IS NULL OR NOT EXISTS (SELECT 1 FROM network_profiles
                             WHERE user_id = them AND visible = 1) THEN 'unavailable'
            WHEN EXISTS (SELECT 1 FROM blocks
                         WHERE user_id = them AND blocked_id = me) THEN 'unavailable'
            WHEN EXISTS (SELECT 1 FROM blocks
                         WHERE user_id = me AND blocked_id = them) THEN 'blocked'
            WHEN EXISTS (SELECT 1 FROM meeting_requests
                         WHERE min(from_user, to_user) = min(me, them)
                         AND max(from_user, to_user) = max(me, them)) THEN 'already'
            WHEN (SELECT COUNT(*) FROM meeting_requests
                  WHERE from_user = me AND status = 'pending') >= :max_pending THEN 'limit'
            ELSE 'sent' END AS verdict
        FROM pair
    )
"""


def network_record(row: aiosqlite.Row) -> NetworkRecord:
    """The columns are the record's fields, the lists stored as JSON."""
    lists = ("sectors", "languages", "sessions")
    return NetworkRecord(
        **dict(row)
        | {key: tuple(json.loads(row[key] or "[]")) for key in lists}
        | {"visible": bool(row["visible"])}
    )


def report_record(row: aiosqlite.Row) -> ReportRecord:
    return ReportRecord(
        row["id"],
        row["reporter"],
        row["reporter_name"],
        row["reporter_organization"],
        row["reported"],
        row["reported_name"],
        row["reported_organization"],
        row["request_id"],
        datetime.fromisoformat(row["created_at"]),
    )


def request_record(row: aiosqlite.Row) -> RequestRecord:
    """The columns are the record's fields, the times stored as ISO text."""
    decided = row["decided_at"]
    return RequestRecord(
        **dict(row)
        | {
            "created_at": datetime.fromisoformat(row["created_at"]),
            "decided_at": datetime.fromisoformat(decided) if decided else None,
        }
    )


async def forget(db: aiosqlite.Connection, user_id: int) -> None:
    """The delegate's networking profile, every request, block and report naming them,
    and the notices about those requests not sent yet (their meetings are the meetings
    module's)."""
    removed = await db.execute_fetchall(
        "DELETE FROM meeting_requests WHERE from_user = ? OR to_user = ? RETURNING id",
        (user_id, user_id),
    )
    await db.execute(
        """
        DELETE FROM outbox WHERE status = 'pending'
        AND kind IN ('meeting_request', 'meeting_declined')
        AND json_extract(payload, '$.request') IN (SELECT value FROM json_each(?))
        """,
        (json.dumps([row[0] for row in removed]),),
    )
    await db.execute("DELETE FROM blocks WHERE user_id = ? OR blocked_id = ?", (user_id, user_id))
    await db.execute("DELETE FROM reports WHERE reporter = ? OR reported = ?", (user_id, user_id))
    await db.execute("DELETE FROM network_profiles WHERE user_id = ?", (user_id,))


async def _refusal(db: aiosqlite.Connection, request_id: int, user_id: int) -> Decision:
    """Why a decision on a request was not taken: it names someone else as its target,
    or it is no longer pending (or no longer exists)."""
    row = await fetch_one(db, "SELECT to_user FROM meeting_requests WHERE id = ?", (request_id,))
    return "not_yours" if row is not None and row[0] != user_id else "gone"


async def _block(db: aiosqlite.Connection, user_id: int, blocked_id: int, now: datetime) -> None:
    await db.execute(
        "INSERT INTO blocks (user_id, blocked_id, created_at) VALUES (?, ?, ?) "
        "ON CONFLICT DO NOTHING",
        (user_id, blocked_id, now.isoformat()),
    )


class Networking:
    def __init__(self, database: Database) -> None:
        self._database = database
        # the rows `visible` read last, per session asked about, with their records
        self._parsed: dict[str | None, dict[tuple[object, ...], NetworkRecord]] = {}

    # ------------------------------------------------------------ profiles

    async def save(self, user_id: int, fields: NetworkFields, now: datetime) -> None:
        """Creates or replaces the profile and makes it visible; the handle, drawn once,
        stays, so buttons already sent keep naming the delegate."""
        await self._database.write(
            """
            INSERT INTO network_profiles (user_id, handle, role, sectors, offer, seek,
                                          languages, visible, updated_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, 1, ?)
            ON CONFLICT (user_id) DO UPDATE SET role = excluded.role,
                sectors = excluded.sectors, offer = excluded.offer, seek = excluded.seek,
                languages = excluded.languages, visible = 1, updated_at = excluded.updated_at
            """,
            (
                user_id,
                secrets.token_hex(HANDLE_BYTES),
                fields.role,
                json.dumps(fields.sectors),
                fields.offer,
                fields.seek,
                json.dumps(fields.languages),
                now.isoformat(),
            ),
        )

    async def set_visible(self, user_id: int, visible: bool, now: datetime) -> bool:
        """Shows or hides the profile; False when there is none."""
        async with self._database.transaction() as db:
            cursor = await db.execute(
                "UPDATE network_profiles SET visible = ?, updated_at = ? WHERE user_id = ?",
                (int(visible), now.isoformat(), user_id),
            )
            return cursor.rowcount > 0

    async def get(self, user_id: int) -> NetworkRecord | None:
        """The profile, hidden or not."""
        row = await self._database.fetch_one(_PROFILE + " WHERE n.user_id = ?", (user_id,))
        return network_record(row) if row else None

    async def by_handle(self, handle: str) -> NetworkRecord | None:
        """The visible profile a button's handle names."""
        row = await self._database.fetch_one(
            _PROFILE + " WHERE n.handle = ? AND n.visible = 1", (handle,)
        )
        return network_record(row) if row else None

    async def version(self) -> int:
        """Moves with every change to what `visible` reads (triggers of migration 11)."""
        row = await self._database.fetch_one("SELECT version FROM network_version")
        return int(row[0]) if row else 0

    async def visible(self, session_id: str | None = None) -> list[NetworkRecord]:
        """Every visible profile (of delegates signed up for `session_id`, if given)."""
        rows = await self._database.fetch_all(
            _PROFILE
            + """
            WHERE n.visible = 1 AND (:session IS NULL OR EXISTS (
                SELECT 1 FROM signups s WHERE s.user_id = n.user_id
                AND s.session_id = :session))
            ORDER BY n.user_id
            """,
            {"session": session_id},
        )
        # Parsing is most of a read's cost and most rows are as they were: reuse them.
        known = self._parsed.get(session_id, {})
        parsed = {(raw := tuple(row)): known.get(raw) or network_record(row) for row in rows}
        self._parsed[session_id] = parsed
        return list(parsed.values())

    async def excluded(self, user_id: int) -> set[int]:
        """Delegates never suggested to this one: a request of any status either way, or
        a block either way."""
        rows = await self._database.fetch_all(
            """
            SELECT to_user FROM meeting_requests WHERE from_user = :me
            UNION SELECT from_user FROM meeting_requests WHERE to_user = :me
            UNION SELECT blocked_id FROM blocks WHERE user_id = :me
            UNION SELECT user_id FROM blocks WHERE blocked_id = :me
            """,
            {"me": user_id},
        )
        return {row[0] for row in rows}

    # ------------------------------------------------------------ requests

    async def request(
        self, from_user: int, handle: str, session_id: str | None, now: datetime
    ) -> tuple[RequestVerdict, int | None]:
        """Records a request if every rule allows it, and queues the target's notice;
        returns the verdict and, when sent, the request id."""
        args: dict[str, Any] = {
            "me": from_user,
            "handle": handle,
            "max_pending": MAX_PENDING,
            "session": session_id,
            "now": now.isoformat(),
        }
        async with self._database.transaction() as db:
            inserted = await fetch_one(
                db,
                _VERDICT
                + """
                INSERT INTO meeting_requests (from_user, to_user, session_id, status,
                                              created_at)
                SELECT me, them, :session, 'pending', :now FROM verdict
                WHERE verdict = 'sent'
                RETURNING id, to_user
                """,
                args,
            )
            if inserted is None:
                row = await fetch_one(db, _VERDICT + " SELECT verdict FROM verdict", args)
                return (row[0] if row else "unavailable"), None
            request_id = int(inserted["id"])
            await outbox.enqueue(
                db,
                inserted["to_user"],
                "meeting_request",
                session_id,
                due=now,
                now=now,
                dedupe_key=f"meeting_request:{request_id}",
                payload={"request": request_id},
            )
            return "sent", request_id

    async def get_request(self, request_id: int) -> RequestRecord | None:
        row = await self._database.fetch_one(
            "SELECT * FROM meeting_requests WHERE id = ?", (request_id,)
        )
        return request_record(row) if row else None

    async def decline(self, request_id: int, user_id: int, now: datetime) -> Decision:
        """The target says no; the requester is told."""
        async with self._database.transaction() as db:
            row = await self._decide(db, request_id, user_id, "declined", ("pending",), now)
            if row is None:
                return await _refusal(db, request_id, user_id)
            await outbox.enqueue(
                db,
                row["from_user"],
                "meeting_declined",
                row["session_id"],
                due=now,
                now=now,
                dedupe_key=f"meeting_declined:{request_id}",
                payload={"request": request_id},
            )
            return "done"

    async def block(self, request_id: int, user_id: int, now: datetime) -> Decision:
        """The target blocks the requester: no suggestion nor request either way from
        now on, and the requester is not told. An accepted request keeps its meeting."""
        async with self._database.transaction() as db:
            statuses = ("pending", "declined", "blocked")
            row = await self._decide(db, request_id, user_id, "blocked", statuses, now)
            if row is None:
                return await _refusal(db, request_id, user_id)
            await _block(db, user_id, row["from_user"], now)
            return "done"

    async def report(
        self, request_id: int, user_id: int, now: datetime, organizers: Collection[int] = ()
    ) -> Decision:
        """The target reports the requester to the organizers, which blocks them too, and
        each organizer is sent a notice; a second report of the same request changes
        nothing."""
        async with self._database.transaction() as db:
            row = await fetch_one(
                db, "SELECT from_user, to_user FROM meeting_requests WHERE id = ?", (request_id,)
            )
            if row is None or row["to_user"] != user_id:
                return await _refusal(db, request_id, user_id)
            reported = await fetch_one(
                db,
                "INSERT INTO reports (reporter, reported, request_id, created_at) "
                "VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING RETURNING id",
                (user_id, row["from_user"], request_id, now.isoformat()),
            )
            for organizer in sorted(organizers) if reported is not None else ():
                await outbox.enqueue(
                    db,
                    organizer,
                    "network_report",
                    None,
                    due=now,
                    now=now,
                    dedupe_key=f"network_report:{reported['id']}:{organizer}",
                    payload={"report": int(reported["id"])},
                )
            await self._decide(db, request_id, user_id, "blocked", ("pending", "declined"), now)
            await _block(db, user_id, row["from_user"], now)
            return "done"

    @staticmethod
    async def _decide(
        db: aiosqlite.Connection,
        request_id: int,
        user_id: int,
        status: RequestStatus,
        from_statuses: Sequence[RequestStatus],
        now: datetime,
    ) -> aiosqlite.Row | None:
        """Sets the status if the delegate is the request's target and its status is one
        of `from_statuses`; the request's row when it did."""
        marks = ",".join("?" * len(from_statuses))
        return await fetch_one(
            db,
            f"UPDATE meeting_requests SET status = ?, decided_at = ? "
            f"WHERE id = ? AND to_user = ? AND status IN ({marks}) "
            f"RETURNING from_user, session_id",
            (status, now.isoformat(), request_id, user_id, *from_statuses),
        )

    # ------------------------------------------------------------ organizers

    async def visibility_counts(self) -> tuple[int, int]:
        """(visible, hidden) networking profiles."""
        row = await self._database.fetch_one(
            "SELECT COALESCE(SUM(visible = 1), 0), COALESCE(SUM(visible = 0), 0) "
            "FROM network_profiles"
        )
        return (int(row[0]), int(row[1])) if row else (0, 0)

    async def request_counts(self) -> dict[str, int]:
        rows = await self._database.fetch_all(
            "SELECT status, COUNT(*) FROM meeting_requests GROUP BY status"
        )
        return {row[0]: int(row[1]) for row in rows}

    async def reports(self) -> list[ReportRecord]:
        """Every report, oldest first, with both delegates' names (None: none given)."""
        rows = await self._database.fetch_all(f"{_REPORTS} ORDER BY r.id")
        return [report_record(row) for row in rows]

    async def get_report(self, report_id: int) -> ReportRecord | None:
        """One report (None: gone, with a delegate who used /forget)."""
        row = await self._database.fetch_one(f"{_REPORTS} WHERE r.id = ?", (report_id,))
        return report_record(row) if row else None
