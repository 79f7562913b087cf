"""Reminders and daily digests: the lead times a delegate chose and the outbox rows they earn.

A reminder row is written in the same transaction as the sign-up that earns it and
removed with the cancellation, so `plan` and `drop` take the caller's open connection;
the Reminders class holds the changes that start their own transaction.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from datetime import UTC, datetime

import aiosqlite

from bot.storage import outbox
from bot.storage.database import Database
from bot.storage.records import Slot, parse_leads


async def plan(
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
    return await plan_leads(
        db,
        (user_id,),
        "reminder",
        slot.id,
        slot.start,
        key=(f"reminder:{slot.id}:", f":{int(slot.start.timestamp())}"),
        now=now,
        default_leads=default_leads,
    )


async def plan_leads(
    db: aiosqlite.Connection,
    user_ids: Sequence[int],
    kind: str,
    session_id: str | None,
    start: datetime,
    *,
    key: tuple[str, str],
    now: datetime,
    default_leads: Sequence[int],
    payload: Mapping[str, object] | None = None,
) -> tuple[datetime, ...]:
    """The reminders of something starting at `start` for each delegate, one row per
    lead time still ahead, in one statement. Each row's dedupe key is key[0], the
    delegate, the lead and key[1]; its payload `payload` plus the lead and start."""
    rows = await db.execute_fetchall(
        """
        INSERT INTO outbox (user_id, kind, session_id, dedupe_key, due_at, payload,
                            created_at)
        SELECT who.value, :kind, :session,
            :key_head || who.value || ':' || lead.value || :key_tail,
            :start - lead.value * 60,
            json_patch(:payload, json_object('lead', lead.value, 'start', :start_text)),
            :now_text
        FROM json_each(:users) AS who, json_each(COALESCE(
            (SELECT '[' || leads || ']' FROM reminder_prefs WHERE user_id = who.value),
            :default_leads)) AS lead
        WHERE :start - lead.value * 60 > :now
        ON CONFLICT (dedupe_key) DO NOTHING
        RETURNING due_at
        """,
        {
            "users": json.dumps(list(user_ids)),
            "kind": kind,
            "session": session_id,
            "key_head": key[0],
            "key_tail": key[1],
            "start": start.timestamp(),
            "start_text": start.isoformat(),
            "payload": json.dumps(dict(payload or {})),
            "now": now.timestamp(),
            "now_text": now.isoformat(),
            "default_leads": json.dumps(list(default_leads)),
        },
    )
    return tuple(datetime.fromtimestamp(row[0], UTC) for row in rows)


async def drop(db: aiosqlite.Connection, user_id: int, session_id: str) -> None:
    """Deletes the reminders of one sign-up that have not gone out yet."""
    await outbox.drop_pending(db, user_id=user_id, session_id=session_id, kind="reminder")


async def forget(db: aiosqlite.Connection, user_id: int) -> None:
    """The delegate's lead times and digest subscription (their queued messages are the
    outbox's to drop)."""
    await _reset_leads(db, user_id)
    await _end_subscription(db, user_id)


async def _reset_leads(db: aiosqlite.Connection, user_id: int) -> None:
    await db.execute("DELETE FROM reminder_prefs WHERE user_id = ?", (user_id,))


async def _end_subscription(db: aiosqlite.Connection, user_id: int) -> bool:
    cursor = await db.execute("DELETE FROM subscriptions WHERE user_id = ?", (user_id,))
    return cursor.rowcount > 0


class Reminders:
    def __init__(self, database: Database) -> None:
        self._database = database

    async def leads(self, user_id: int) -> tuple[int, ...] | None:
        """The delegate's own lead times in minutes; () means off, None means the defaults."""
        row = await self._database.fetch_one(
            "SELECT leads FROM reminder_prefs WHERE user_id = ?", (user_id,)
        )
        return None if row is None else parse_leads(row[0])

    async def set_leads(
        self,
        user_id: int,
        leads: Sequence[int] | None,
        slots: Mapping[str, Slot],
        now: datetime,
        default_leads: Sequence[int],
    ) -> None:
        """Saves the choice (None: back to the defaults) and re-plans pending reminders."""
        async with self._database.transaction() as db:
            if leads is None:
                await _reset_leads(db, user_id)
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
                await drop(db, user_id, session_id)
                if (slot := slots.get(session_id)) is not None:
                    await plan(db, user_id, slot, now, default_leads)

    async def move_session(self, slot: Slot, now: datetime, default_leads: Sequence[int]) -> int:
        """A session's time changed: its pending reminders are planned again from the new
        start. Returns how many delegates' reminders moved."""
        async with self._database.transaction() as db:
            rows = await db.execute_fetchall(
                "SELECT user_id FROM signups WHERE session_id = ? AND status = 'confirmed'",
                (slot.id,),
            )
            users = [row[0] for row in rows]
            await outbox.drop_pending(db, session_id=slot.id, kind="reminder")
            for user_id in users:
                await plan(db, user_id, slot, now, default_leads)
        return len(users)

    async def subscribe(self, user_id: int, digests: Sequence[datetime], now: datetime) -> None:
        """Subscribes to the daily digest; one outbox row per digest still to come."""
        async with self._database.transaction() as db:
            await db.execute(
                "INSERT INTO subscriptions (user_id, since) VALUES (?, ?) "
                "ON CONFLICT (user_id) DO NOTHING",
                (user_id, now.isoformat()),
            )
            for due in digests:
                if due > now:
                    await outbox.enqueue(
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
        async with self._database.transaction() as db:
            was_subscribed = await _end_subscription(db, user_id)
            await outbox.drop_pending(db, user_id=user_id, kind="digest")
            return was_subscribed

    async def is_subscribed(self, user_id: int) -> bool:
        row = await self._database.fetch_one(
            "SELECT 1 FROM subscriptions WHERE user_id = ?", (user_id,)
        )
        return row is not None
