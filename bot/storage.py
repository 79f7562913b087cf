"""The one module that owns SQL: schema migrations, transactions, and every query.

One aiosqlite connection per process, in WAL mode so that command-line tools can read
the same file while the bot runs. Migrations are numbered scripts tracked in
PRAGMA user_version; a database newer than this code is refused rather than guessed at.
"""

from __future__ import annotations

import asyncio
import sqlite3
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager, suppress
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

import aiosqlite

MIGRATIONS: tuple[str, ...] = (
    # 1: delegates who have talked to the bot
    """
    CREATE TABLE users (
        id INTEGER PRIMARY KEY,
        language TEXT,
        first_seen TEXT NOT NULL,
        last_seen TEXT NOT NULL
    );
    """,
)


class StorageError(RuntimeError):
    """The database cannot do what was asked (read-only file, full disk, newer schema)."""


@dataclass(frozen=True)
class UserRecord:
    id: int
    language: str | None
    first_seen: datetime
    last_seen: datetime


class Storage:
    def __init__(self, connection: aiosqlite.Connection, path: Path) -> None:
        self._db = connection
        self.path = path
        # One connection serialises statements, but a transaction spans several awaits:
        # the lock keeps two coroutines' transactions from interleaving.
        self._lock = asyncio.Lock()

    @classmethod
    async def open(cls, path: Path) -> Storage:
        if str(path) != ":memory:":
            path.parent.mkdir(parents=True, exist_ok=True)
        try:
            connection = await aiosqlite.connect(path, isolation_level=None)
        except sqlite3.Error as error:
            raise StorageError(f"cannot open database {path}: {error}") from error
        connection.row_factory = aiosqlite.Row
        storage = cls(connection, path)
        try:
            await storage._configure()
            await storage.migrate()
        except BaseException:
            await connection.close()
            raise
        return storage

    async def close(self) -> None:
        await self._db.close()

    async def _configure(self) -> None:
        with suppress(sqlite3.OperationalError):  # a read-only file keeps its journal mode
            await self._db.execute("PRAGMA journal_mode=WAL")
        await self._db.execute("PRAGMA foreign_keys=ON")
        await self._db.execute("PRAGMA busy_timeout=5000")
        await self._db.execute("PRAGMA synchronous=NORMAL")

    async def schema_version(self) -> int:
        async with self._db.execute("PRAGMA user_version") as cursor:
            row = await cursor.fetchone()
        return int(row[0]) if row else 0

    async def migrate(self) -> None:
        version = await self.schema_version()
        if version > len(MIGRATIONS):
            raise StorageError(
                f"database {self.path} has schema version {version}, newer than this bot "
                f"({len(MIGRATIONS)}); upgrade the bot instead of downgrading the data"
            )
        for number, script in enumerate(MIGRATIONS[version:], start=version + 1):
            async with self.transaction() as db:
                for statement in filter(str.strip, script.split(";")):
                    await db.execute(statement)
                await db.execute(f"PRAGMA user_version = {number}")

    @asynccontextmanager
    async def transaction(self) -> AsyncIterator[aiosqlite.Connection]:
        """BEGIN IMMEDIATE: takes the write lock up front, so rules checked inside hold."""
        async with self._lock:
            try:
                await self._db.execute("BEGIN IMMEDIATE")
            except sqlite3.Error as error:
                raise StorageError(f"cannot write to {self.path}: {error}") from error
            try:
                yield self._db
            except BaseException:
                await self._db.execute("ROLLBACK")
                raise
            try:
                await self._db.execute("COMMIT")
            except sqlite3.Error as error:
                await self._db.execute("ROLLBACK")
                raise StorageError(f"cannot save to {self.path}: {error}") from error

    # ------------------------------------------------------------ users

    async def touch_user(self, user_id: int, language: str | None, now: datetime) -> None:
        """Records that a delegate used the bot (first seen once, last seen every time)."""
        stamp = now.isoformat()
        try:
            async with self.transaction() as db:
                await db.execute(
                    """
                    INSERT INTO users (id, language, first_seen, last_seen) VALUES (?, ?, ?, ?)
                    ON CONFLICT (id) DO UPDATE SET
                        language = COALESCE(excluded.language, users.language),
                        last_seen = excluded.last_seen
                    """,
                    (user_id, language, stamp, stamp),
                )
        except sqlite3.Error as error:
            raise StorageError(f"cannot save to {self.path}: {error}") from error

    async def user(self, user_id: int) -> UserRecord | None:
        async with self._db.execute(
            "SELECT id, language, first_seen, last_seen FROM users WHERE id = ?", (user_id,)
        ) as cursor:
            row = await cursor.fetchone()
        if row is None:
            return None
        return UserRecord(
            id=row["id"],
            language=row["language"],
            first_seen=datetime.fromisoformat(row["first_seen"]),
            last_seen=datetime.fromisoformat(row["last_seen"]),
        )

    async def user_count(self) -> int:
        async with self._db.execute("SELECT COUNT(*) FROM users") as cursor:
            row = await cursor.fetchone()
        return int(row[0]) if row else 0
