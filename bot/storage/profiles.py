"""The name and organization a delegate gives before their first sign-up (what the
organizers' attendee lists show), and the question they are answering meanwhile."""

from __future__ import annotations

from datetime import datetime

import aiosqlite

from bot.storage.database import Database
from bot.storage.records import Profile, ProfileQuestion


async def delete(db: aiosqlite.Connection, user_id: int) -> None:
    await db.execute("DELETE FROM profiles WHERE user_id = ?", (user_id,))
    await db.execute("DELETE FROM profile_questions WHERE user_id = ?", (user_id,))


async def _upsert(db: aiosqlite.Connection, profile: Profile, now: datetime) -> None:
    await db.execute(
        """
        INSERT INTO profiles (user_id, name, organization, updated_at) VALUES (?, ?, ?, ?)
        ON CONFLICT (user_id) DO UPDATE SET name = excluded.name,
            organization = excluded.organization, updated_at = excluded.updated_at
        """,
        (profile.user_id, profile.name, profile.organization, now.isoformat()),
    )


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
            await _upsert(db, profile, now)

    async def question(self, user_id: int) -> ProfileQuestion | None:
        row = await self._database.fetch_one(
            "SELECT user_id, step, only_this, session_id, name, asked_at, then_network "
            "FROM profile_questions WHERE user_id = ?",
            (user_id,),
        )
        if row is None:
            return None
        return ProfileQuestion(
            row["user_id"],
            row["step"],
            bool(row["only_this"]),
            row["session_id"],
            row["name"],
            datetime.fromisoformat(row["asked_at"]),
            bool(row["then_network"]),
        )

    async def ask(self, question: ProfileQuestion) -> None:
        """Records the question being asked, replacing any earlier one."""
        await self._database.write(
            """
            INSERT OR REPLACE INTO profile_questions
                (user_id, step, only_this, session_id, name, asked_at, then_network)
            VALUES (?, ?, ?, ?, ?, ?, ?)
            """,
            (
                question.user_id,
                question.step,
                int(question.only_this),
                question.session_id,
                question.name,
                question.asked_at.isoformat(),
                int(question.then_network),
            ),
        )

    async def answered(self, profile: Profile, now: datetime) -> None:
        """Saves the profile and ends the questions, in one transaction."""
        async with self._database.transaction() as db:
            await _upsert(db, profile, now)
            await db.execute("DELETE FROM profile_questions WHERE user_id = ?", (profile.user_id,))

    async def stop_asking(self, user_id: int) -> bool:
        """Ends the questions; True if there were any."""
        async with self._database.transaction() as db:
            cursor = await db.execute("DELETE FROM profile_questions WHERE user_id = ?", (user_id,))
            return cursor.rowcount > 0
