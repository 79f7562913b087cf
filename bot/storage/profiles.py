"""The name and organization a delegate gives before their first sign-up: what the
organizers' attendee lists show."""

from __future__ import annotations

from datetime import datetime

import aiosqlite

from bot.storage.database import Database
from bot.storage.records import Profile


async def delete(db: aiosqlite.Connection, user_id: int) -> None:
    await db.execute("DELETE FROM profiles WHERE user_id = ?", (user_id,))


class Profiles:
    def __init__(self, database: Database) -> None:
        self._database = database

    async def get(self, user_id: int) -> Profile | None:
        row = await self._database.fetch_one(
            "SELECT user_id, name, organization FROM profiles WHERE user_id = ?", (user_id,)
        )
        return Profile(row["user_id"], row["name"], row["organization"]) if row else None

    async def save(self, profile: Profile, now: datetime) -> None:
        async with self._database.transaction() as db:
            await db.execute(
                """
                INSERT INTO profiles (user_id, name, organization, updated_at) VALUES (?, ?, ?, ?)
                ON CONFLICT (user_id) DO UPDATE SET name = excluded.name,
                    organization = excluded.organization, updated_at = excluded.updated_at
                """,
                (profile.user_id, profile.name, profile.organization, now.isoformat()),
            )
