"""The connection every aggregate shares: opening, migrations, and how writes happen.

One aiosqlite connection per process, in WAL mode so that command-line tools can read
the same file while the bot runs. Migrations are the numbered files in `migrations/`,
tracked in PRAGMA user_version; a database newer than this code is refused rather than
guessed at. Every write goes through `transaction()` or `write()`, so the lock and the
translation of sqlite3 errors into StorageError live in one place.
"""

from __future__ import annotations

import asyncio
import re
import sqlite3
from collections.abc import AsyncIterator, Iterable, Sequence
from contextlib import asynccontextmanager, suppress
from dataclasses import dataclass
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import Any

import aiosqlite

from bot.storage import private_file

MIN_SQLITE = (3, 38)  # RETURNING (3.35) and JSON functions built in (3.38)
MIGRATION_FILE = re.compile(r"\d{3}_\w+\.sql")


class StorageError(RuntimeError):
    """The database cannot do what was asked (read-only file, full disk, newer schema)."""


@dataclass(frozen=True)
class Migration:
    number: int  # the PRAGMA user_version the database has once this is applied
    name: str  # the file name, for error messages
    sql: str


def load_migrations(directory: Traversable) -> tuple[Migration, ...]:
    """The NNN_name.sql files of `directory` in number order.

    The numbers must run 1, 2, 3… without a gap or a repeat: user_version counts the
    migrations applied, so a gap would skip a file and a repeat would apply one twice.
    """
    scripts = [entry for entry in directory.iterdir() if entry.name.endswith(".sql")]
    if misnamed := sorted(e.name for e in scripts if not MIGRATION_FILE.fullmatch(e.name)):
        # such a file would be skipped without a word: its schema change never applied
        raise StorageError(f"migrations in {directory} must be named NNN_name.sql: {misnamed}")
    found = sorted((int(entry.name[:3]), entry.name, entry) for entry in scripts)
    numbers = [number for number, _, _ in found]
    if numbers != list(range(1, len(found) + 1)):
        raise StorageError(
            f"migrations in {directory} must be numbered 1, 2, 3… once each; found {numbers}"
        )
    return tuple(
        Migration(number, name, entry.read_text(encoding="utf-8")) for number, name, entry in found
    )


MIGRATIONS = load_migrations(resources.files(__package__) / "migrations")


async def fetch_one(
    db: aiosqlite.Connection, sql: str, args: tuple[Any, ...] | dict[str, Any] = ()
) -> aiosqlite.Row | None:
    """The first row a statement yields (None: none), inside a transaction or not."""
    return next(iter(await db.execute_fetchall(sql, args)), None)


class Database:
    def __init__(self, connection: aiosqlite.Connection, path: Path) -> None:
        self.connection = connection
        self.path = path
        # One connection serialises statements, but a transaction spans several awaits:
        # the lock keeps two coroutines' transactions from interleaving.
        self._lock = asyncio.Lock()

    @classmethod
    async def open(cls, path: Path, migrations: Sequence[Migration] = MIGRATIONS) -> Database:
        if sqlite3.sqlite_version_info < MIN_SQLITE:
            raise StorageError(
                f"SQLite {sqlite3.sqlite_version} is too old: the bot needs "
                f"{'.'.join(map(str, MIN_SQLITE))} or newer (RETURNING, JSON functions)"
            )
        on_disk = str(path) != ":memory:"
        if on_disk:
            private_file.prepare(path)
        connection = aiosqlite.connect(path, isolation_level=None)
        try:
            await connection
        except sqlite3.Error as error:
            # aiosqlite stops its worker thread without waiting for it; wait here, while the
            # event loop still runs to receive the thread's last word.
            worker = getattr(connection, "_thread", None)
            if worker is not None:
                await asyncio.to_thread(worker.join, 1.0)
            raise StorageError(f"cannot open database {path}: {error}") from error
        connection.row_factory = aiosqlite.Row
        database = cls(connection, path)
        try:
            await database._configure()
            await database.migrate(migrations)
            if on_disk:
                private_file.restrict_side_files(path)
        except sqlite3.Error as error:
            await connection.close()
            raise StorageError(f"cannot use database {path}: {error}") from error
        except BaseException:
            await connection.close()
            raise
        return database

    async def close(self) -> None:
        await self.connection.close()

    async def _configure(self) -> None:
        with suppress(sqlite3.OperationalError):  # a read-only file keeps its journal mode
            await self.connection.execute("PRAGMA journal_mode=WAL")
        await self.connection.execute("PRAGMA foreign_keys=ON")
        # A deleted row is overwritten with zeros, not left in free pages: /forget must
        # not leave a delegate's name readable in the file.
        await self.connection.execute("PRAGMA secure_delete=ON")
        await self.connection.execute("PRAGMA busy_timeout=5000")
        await self.connection.execute("PRAGMA synchronous=NORMAL")

    async def schema_version(self) -> int:
        row = await self.fetch_one("PRAGMA user_version")
        return int(row[0]) if row else 0

    async def migrate(self, migrations: Sequence[Migration] = MIGRATIONS) -> None:
        version = await self.schema_version()
        if version > len(migrations):
            raise StorageError(
                f"database {self.path} has schema version {version}, newer than this bot "
                f"({len(migrations)}); upgrade the bot instead of downgrading the data"
            )
        for migration in migrations[version:]:
            await self._apply(migration)

    async def _apply(self, migration: Migration) -> None:
        """The file and its version bump run as one script between BEGIN and COMMIT.

        SQLite itself parses the script, so a `;` inside a string or a trigger body stays
        part of its statement; the transaction makes the file all or nothing.
        """
        script = (
            f"BEGIN IMMEDIATE;\n{migration.sql}\n;\n"  # the newline ends a trailing comment
            f"PRAGMA user_version = {migration.number};\nCOMMIT;\n"
        )
        async with self._lock:
            try:
                await self.connection.executescript(script)
            except sqlite3.Error as error:
                await self._rollback()
                raise StorageError(
                    f"cannot apply migration {migration.name} to {self.path}: {error}"
                ) from error

    @asynccontextmanager
    async def transaction(self) -> AsyncIterator[aiosqlite.Connection]:
        """BEGIN IMMEDIATE: takes the write lock up front, so rules checked inside hold."""
        async with self._lock:
            try:
                await self.connection.execute("BEGIN IMMEDIATE")
            except sqlite3.Error as error:
                raise StorageError(f"cannot write to {self.path}: {error}") from error
            try:
                yield self.connection
                await self.connection.execute("COMMIT")
            except sqlite3.Error as error:
                await self._rollback()
                raise StorageError(f"cannot save to {self.path}: {error}") from error
            except BaseException:
                await self._rollback()
                raise

    async def write(self, sql: str, args: tuple[Any, ...]) -> None:
        """One statement is its own transaction: a third of the round trips of
        BEGIN/statement/COMMIT, which counts on the outbox's hot path. The lock keeps it
        out of another coroutine's open transaction."""
        async with self._lock:
            try:
                await self.connection.execute(sql, args)
            except sqlite3.Error as error:
                raise StorageError(f"cannot save to {self.path}: {error}") from error

    async def fetch_all(
        self, sql: str, args: tuple[Any, ...] | dict[str, Any] = ()
    ) -> Iterable[aiosqlite.Row]:
        """Reads take no lock: the one connection runs a statement at a time anyway."""
        return await self.connection.execute_fetchall(sql, args)

    async def fetch_one(
        self, sql: str, args: tuple[Any, ...] | dict[str, Any] = ()
    ) -> aiosqlite.Row | None:
        return await fetch_one(self.connection, sql, args)

    async def _rollback(self) -> None:
        """SQLite has already rolled back after some errors (a full disk): then there is
        nothing left to undo, and a ROLLBACK would only raise a second error. A task
        cancelled while its COMMIT runs on aiosqlite's thread (the sender stopped mid-drain)
        sees the transaction still open, and the COMMIT ends it before the ROLLBACK runs:
        nothing to undo either."""
        if not self.connection.in_transaction:
            return
        try:
            await self.connection.execute("ROLLBACK")
        except sqlite3.OperationalError:
            if self.connection.in_transaction:
                raise
