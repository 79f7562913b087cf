"""The program the running bot uses, and the notices a change to it sends.

The bot records the program it loaded so the command line can show what a reload would
change; a reload then queues one notice per affected delegate.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import Any

from bot.storage import outbox
from bot.storage.database import Database

_RECORD = (
    "INSERT INTO running_program (id, path, text, loaded_at) VALUES (1, ?, ?, ?) "
    "ON CONFLICT (id) DO UPDATE SET path = excluded.path, text = excluded.text, "
    "loaded_at = excluded.loaded_at"
)


class Programs:
    def __init__(self, database: Database) -> None:
        self._database = database

    async def record(self, path: str, text: str, now: datetime) -> None:
        await self._database.write(_RECORD, (path, text, now.isoformat()))

    async def running(self) -> tuple[str, str] | None:
        """(path, text) of the program the bot last loaded, if it recorded one."""
        row = await self._database.fetch_one("SELECT path, text FROM running_program WHERE id = 1")
        return (str(row[0]), str(row[1])) if row else None

    async def queue_changes(
        self,
        change_id: str,
        messages: Mapping[int, Any],
        now: datetime,
        running: tuple[str, str],
    ) -> None:
        """One message per affected delegate, however many of their sessions changed, and
        `running` (path, text) recorded as the program the notices bring delegates to.
        One transaction: a crash leaves either both or neither, so the next start tells
        the delegates exactly once."""
        path, text = running
        async with self._database.transaction() as db:
            await db.execute(_RECORD, (path, text, now.isoformat()))
            for user_id, payload in messages.items():
                await outbox.enqueue(
                    db,
                    user_id,
                    "program_change",
                    None,
                    due=now,
                    now=now,
                    dedupe_key=f"change:{change_id}:{user_id}",
                    payload=payload,
                )
