"""A networking profile being filled in: the answers given so far and the step reached.

The finished profile is the networking aggregate's (bot/storage/networking.py); a draft
only lives between `/network` and the last answer.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from typing import Literal

import aiosqlite

from bot.storage.database import Database

DraftStep = Literal["role", "sectors", "offer", "seek", "languages"]


@dataclass(frozen=True)
class NetworkDraft:
    user_id: int
    step: DraftStep
    role: str | None
    sectors: tuple[str, ...]
    offer: str
    seek: str
    languages: tuple[str, ...]
    started_at: datetime


async def delete(db: aiosqlite.Connection, user_id: int) -> None:
    await db.execute("DELETE FROM network_drafts WHERE user_id = ?", (user_id,))


class NetworkDrafts:
    def __init__(self, database: Database) -> None:
        self._database = database

    async def get(self, user_id: int) -> NetworkDraft | None:
        row = await self._database.fetch_one(
            "SELECT user_id, step, role, sectors, offer, seek, languages, started_at "
            "FROM network_drafts WHERE user_id = ?",
            (user_id,),
        )
        if row is None:
            return None
        return NetworkDraft(
            row["user_id"],
            row["step"],
            row["role"],
            tuple(json.loads(row["sectors"])),
            row["offer"],
            row["seek"],
            tuple(json.loads(row["languages"])),
            datetime.fromisoformat(row["started_at"]),
        )

    async def put(self, draft: NetworkDraft) -> None:
        """Records the draft, replacing the delegate's earlier one."""
        await self._database.write(
            """
            INSERT OR REPLACE INTO network_drafts
                (user_id, step, role, sectors, offer, seek, languages, started_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            """,
            (
                draft.user_id,
                draft.step,
                draft.role,
                json.dumps(list(draft.sectors)),
                draft.offer,
                draft.seek,
                json.dumps(list(draft.languages)),
                draft.started_at.isoformat(),
            ),
        )

    async def drop(self, user_id: int) -> bool:
        """Ends the draft; True if there was one."""
        async with self._database.transaction() as db:
            cursor = await db.execute("DELETE FROM network_drafts WHERE user_id = ?", (user_id,))
            return cursor.rowcount > 0
