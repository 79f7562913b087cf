"""Storage: migrations tracked in PRAGMA user_version, users and WAL.

Read-only databases and cancelled commits are in test_storage_readonly.py.
"""

from __future__ import annotations

import asyncio
import sqlite3
from datetime import timedelta
from pathlib import Path

import pytest

import bot.storage.database
from bot.storage import Storage, StorageError, outbox
from bot.storage.database import MIGRATIONS, Database, Migration, load_migrations
from tests.helpers_core import T0, T1


def user_version(path: Path) -> int:
    with sqlite3.connect(path) as connection:
        return connection.execute("PRAGMA user_version").fetchone()[0]


@pytest.fixture
async def storage(tmp_path):
    opened = await Storage.open(tmp_path / "state" / "bot.sqlite3")
    yield opened
    await opened.close()


# ---------------------------------------------------------------- migrations


async def test_fresh_database_is_migrated_to_the_latest_version(tmp_path):
    path = tmp_path / "new" / "dir" / "bot.sqlite3"  # parent directories are created
    opened = await Storage.open(path)
    try:
        assert await opened.schema_version() == len(MIGRATIONS)
        assert await opened.users.count() == 0
    finally:
        await opened.close()
    assert user_version(path) == len(MIGRATIONS)


async def test_reopening_does_not_rerun_migrations(tmp_path):
    path = tmp_path / "bot.sqlite3"
    first = await Storage.open(path)
    await first.users.touch(1, "en", T0)
    await first.close()
    # Migration 1 is a plain CREATE TABLE: running it again would fail ("already exists").
    second = await Storage.open(path)
    try:
        assert await second.schema_version() == len(MIGRATIONS)
        assert await second.users.count() == 1
    finally:
        await second.close()


async def test_only_new_migrations_run(tmp_path):
    path = tmp_path / "bot.sqlite3"
    first = await Storage.open(path)
    await first.users.touch(1, "en", T0)
    await first.close()

    notes = "CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT NOT NULL);"
    newer = (*MIGRATIONS, Migration(len(MIGRATIONS) + 1, "notes.sql", notes))
    second = await Storage.open(path, newer)
    try:
        assert await second.schema_version() == len(newer)
        assert await second.users.count() == 1
    finally:
        await second.close()
    with sqlite3.connect(path) as connection:
        tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master")}
    assert {"users", "notes"} <= tables


async def test_failed_migration_is_rolled_back(tmp_path):
    path = tmp_path / "bot.sqlite3"
    half = "CREATE TABLE half (id INTEGER); INSERT INTO no_such_table VALUES (1);"
    broken = (*MIGRATIONS, Migration(len(MIGRATIONS) + 1, "broken.sql", half))
    with pytest.raises((sqlite3.Error, StorageError)):
        await Storage.open(path, broken)
    assert user_version(path) == len(MIGRATIONS)
    with sqlite3.connect(path) as connection:
        tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master")}
    assert "half" not in tables


def schema(path: Path) -> list[tuple[str, str, str | None]]:
    with sqlite3.connect(path) as connection:
        return connection.execute(
            "SELECT type, name, sql FROM sqlite_master ORDER BY type, name"
        ).fetchall()


def migrations_with(directory: Path, name: str, sql: str) -> tuple[Migration, ...]:
    """The shipped migrations plus one more file, read back through the real loader."""
    directory.mkdir()
    for migration in MIGRATIONS:
        (directory / migration.name).write_text(migration.sql, encoding="utf-8")
    (directory / name).write_text(sql, encoding="utf-8")
    return load_migrations(directory)


def test_shipped_migrations_are_numbered_one_by_one():
    assert [m.number for m in MIGRATIONS] == list(range(1, len(MIGRATIONS) + 1))
    assert [m.name[:3] for m in MIGRATIONS] == [f"{n:03d}" for n in range(1, len(MIGRATIONS) + 1)]
    assert len({m.name for m in MIGRATIONS}) == len(MIGRATIONS)
    for migration in MIGRATIONS:
        assert migration.sql.startswith(f"-- {migration.number}: "), migration.name


@pytest.mark.parametrize(
    "names",
    [
        ("001_a.sql", "003_c.sql"),  # a gap
        ("001_a.sql", "002_b.sql", "002_again.sql"),  # a number used twice
        ("002_b.sql",),  # not starting at 1
    ],
)
def test_migration_numbers_must_be_contiguous_and_unique(tmp_path, names):
    for name in names:
        (tmp_path / name).write_text("SELECT 1;", encoding="utf-8")
    (tmp_path / "notes.txt").write_text("not a migration", encoding="utf-8")
    with pytest.raises(StorageError, match="numbered"):
        load_migrations(tmp_path)


def test_a_misnamed_migration_is_refused_not_skipped(tmp_path):
    (tmp_path / "001_a.sql").write_text("SELECT 1;", encoding="utf-8")
    (tmp_path / "2_b.sql").write_text("SELECT 2;", encoding="utf-8")
    with pytest.raises(StorageError, match=r"NNN_name\.sql.*2_b\.sql"):
        load_migrations(tmp_path)


async def test_semicolons_inside_strings_and_trigger_bodies_stay_in_their_statement(tmp_path):
    number = len(MIGRATIONS) + 1
    migrations = migrations_with(
        tmp_path / "migrations",
        f"{number:03d}_notes.sql",
        f"""-- {number}: notes; a trigger whose body has several statements
CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT NOT NULL, stamp TEXT);
CREATE TABLE notes_log (text TEXT NOT NULL);
CREATE TRIGGER notes_stamp AFTER INSERT ON notes BEGIN
    UPDATE notes SET stamp = 'seen; once' WHERE id = NEW.id;
    INSERT INTO notes_log (text) VALUES ('logged; ' || NEW.body);
END;
INSERT INTO notes (body) VALUES ('first; second');
-- a last comment with no newline after it""",
    )
    path = tmp_path / "bot.sqlite3"
    opened = await Storage.open(path, migrations)
    try:
        assert await opened.schema_version() == number
    finally:
        await opened.close()
    with sqlite3.connect(path) as connection:
        assert connection.execute("SELECT body, stamp FROM notes").fetchall() == [
            ("first; second", "seen; once")
        ]
        assert connection.execute("SELECT text FROM notes_log").fetchall() == [
            ("logged; first; second",)
        ]


async def test_failing_migration_leaves_version_and_schema_as_they_were(tmp_path):
    path = tmp_path / "bot.sqlite3"
    database = await Database.open(path)
    try:
        before = schema(path)
        number = len(MIGRATIONS) + 1
        migrations = migrations_with(
            tmp_path / "migrations",
            f"{number:03d}_broken.sql",
            """CREATE TABLE half (id INTEGER);
CREATE TRIGGER half_trigger AFTER INSERT ON half BEGIN
    INSERT INTO half (id) VALUES (NEW.id + 1);
END;
ALTER TABLE users ADD COLUMN nickname TEXT;
INSERT INTO users (id, first_seen, last_seen) VALUES (1, 'a;b', 'c;d');
INSERT INTO no_such_table VALUES (1);
""",
        )
        with pytest.raises(StorageError, match=f"{number:03d}_broken.sql.*no such table"):
            await database.migrate(migrations)
        assert not database.connection.in_transaction
        assert await database.schema_version() == len(MIGRATIONS)
        assert schema(path) == before
        assert user_version(path) == len(MIGRATIONS)
        # the connection is left usable: nothing half-applied, no transaction open
        async with database.transaction() as db:
            await db.execute("INSERT INTO users (id, first_seen, last_seen) VALUES (2, 'x', 'y')")
        rows = await database.fetch_all("SELECT id FROM users")
        assert [row[0] for row in rows] == [2]
    finally:
        await database.close()


async def test_newer_database_is_refused(tmp_path):
    path = tmp_path / "bot.sqlite3"
    with sqlite3.connect(path) as connection:
        connection.execute(f"PRAGMA user_version = {len(MIGRATIONS) + 1}")
    with pytest.raises(StorageError, match="newer"):
        await Storage.open(path)
    assert user_version(path) == len(MIGRATIONS) + 1  # left as it was


async def test_too_old_sqlite_is_refused_by_name(tmp_path, monkeypatch):
    monkeypatch.setattr(bot.storage.database.sqlite3, "sqlite_version_info", (3, 31, 1))
    monkeypatch.setattr(bot.storage.database.sqlite3, "sqlite_version", "3.31.1")
    with pytest.raises(StorageError, match=r"SQLite 3\.31\.1 is too old.*3\.38"):
        await Storage.open(tmp_path / "bot.sqlite3")
    assert not (tmp_path / "bot.sqlite3").exists()  # nothing created


async def test_unopenable_path_is_a_storage_error(tmp_path):
    directory = tmp_path / "is-a-directory.sqlite3"
    directory.mkdir()
    with pytest.raises(StorageError):
        await Storage.open(directory)


async def test_journal_mode_is_wal(storage):
    with sqlite3.connect(storage.path) as connection:
        assert connection.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


async def test_in_memory_database(tmp_path):
    opened = await Storage.open(Path(":memory:"))
    try:
        await opened.users.touch(1, None, T0)
        assert await opened.users.count() == 1
    finally:
        await opened.close()


async def test_dropping_pending_messages_needs_a_filter(storage):
    # no filter would empty the whole outbox: refused rather than done
    with pytest.raises(ValueError, match="filter"):
        async with storage.database.transaction() as db:
            await outbox.drop_pending(db)


# ---------------------------------------------------------------- users


async def test_touch_user_inserts_then_updates_last_seen(storage):
    assert await storage.users.get(42) is None
    await storage.users.touch(42, "zh-hans", T0)
    first = await storage.users.get(42)
    assert first is not None
    assert (first.id, first.language, first.first_seen, first.last_seen) == (42, "zh-hans", T0, T0)

    await storage.users.touch(42, "zh-hans", T1)
    second = await storage.users.get(42)
    assert second is not None
    assert second.first_seen == T0
    assert second.last_seen == T1
    assert await storage.users.count() == 1


async def test_touch_user_keeps_language_when_later_unknown(storage):
    await storage.users.touch(7, "en", T0)
    await storage.users.touch(7, None, T1)
    record = await storage.users.get(7)
    assert record is not None
    assert record.language == "en"
    assert record.last_seen == T1
    await storage.users.touch(7, "zh-hans", T1 + timedelta(hours=1))
    record = await storage.users.get(7)
    assert record is not None and record.language == "zh-hans"


async def test_user_without_language(storage):
    await storage.users.touch(8, None, T0)
    record = await storage.users.get(8)
    assert record is not None and record.language is None


async def test_times_keep_their_offset(storage):
    await storage.users.touch(9, "en", T0)
    record = await storage.users.get(9)
    assert record is not None
    assert record.first_seen.utcoffset() == timedelta(hours=8)


async def test_concurrent_touches_do_not_interleave(storage):
    await asyncio.gather(
        *(storage.users.touch(i % 5, "en", T0 + timedelta(minutes=i)) for i in range(50))
    )
    assert await storage.users.count() == 5
    for user_id in range(5):
        record = await storage.users.get(user_id)
        assert record is not None and record.first_seen == T0 + timedelta(minutes=user_id)


async def test_data_survives_reopening(tmp_path):
    path = tmp_path / "bot.sqlite3"
    first = await Storage.open(path)
    await first.users.touch(1, "en", T0)
    await first.close()
    second = await Storage.open(path)
    try:
        record = await second.users.get(1)
        assert record is not None and record.language == "en"
    finally:
        await second.close()
