"""Storage when writes cannot go through: read-only databases and connections, and a
transaction cancelled while its commit runs."""

from __future__ import annotations

import asyncio
import json
import os
import shutil
import sqlite3
import tempfile
from collections.abc import Awaitable, Callable
from pathlib import Path

import aiosqlite
import pytest

from bot.storage import Storage, StorageError
from bot.storage.database import Database
from tests.helpers_core import T0, T1

NOBODY = 65534  # the conventional unprivileged uid/gid; it need not exist in /etc/passwd


# ---------------------------------------------------------------- read-only databases
#
# How to make a database really read-only when the tests run as root (as in CI)?
# chmod alone does not: root bypasses file permissions (CAP_DAC_OVERRIDE), so after
# chmod 0o444 root still writes happily. Monkeypatching a failure into Storage would
# only test the mock. Two things do work for root:
#   1. Opening the file through SQLite's own read-only mode (a `file:...?mode=ro` URI).
#      SQLite then refuses every write inside the process, whoever runs it. Storage.open
#      takes a plain Path (no URI), so the test hands such a connection to the Database
#      constructor; everything after that is the real Storage code and the real SQLite.
#   2. Dropping root for the check: a forked child process switches to an unprivileged
#      uid, so the kernel enforces the 0o444 permissions exactly as in production.
#      (The child needs CAP_SETUID, which root has in an ordinary container; without it
#      those tests are skipped, saying why.) Not root at all: the check simply runs here.
# chattr +i or a read-only bind mount would also work, but need privileges CI may lack.


async def _saved_database(directory: Path) -> Path:
    path = directory / "bot.sqlite3"
    opened = await Storage.open(path)
    await opened.users.touch(1, "en", T0)
    await opened.close()
    return path


async def test_read_only_connection_refuses_writes_and_keeps_rows(tmp_path):
    path = await _saved_database(tmp_path)
    connection = await aiosqlite.connect(f"{path.as_uri()}?mode=ro", uri=True, isolation_level=None)
    connection.row_factory = aiosqlite.Row
    read_only = Storage(Database(connection, path))
    try:
        await read_only.database.migrate()  # nothing to do, so a read-only database may be opened
        with pytest.raises(StorageError, match="cannot"):
            await read_only.users.touch(2, "zh-hans", T1)
        with pytest.raises(StorageError):
            await read_only.users.touch(1, "zh-hans", T1)  # an update is refused as well
        record = await read_only.users.get(1)
        assert record is not None
        assert (record.language, record.last_seen) == ("en", T0)
        assert await read_only.users.count() == 1
    finally:
        await read_only.close()
    reopened = await Storage.open(path)
    try:
        assert await reopened.users.count() == 1
    finally:
        await reopened.close()


def run_unprivileged(check: Callable[[], Awaitable[dict]]) -> dict:
    """Runs `check` where file permissions apply: here, or in a child that drops root."""
    if os.geteuid() != 0:
        return asyncio.run(check())
    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: never return into pytest
        try:
            os.close(read_end)
            try:
                os.setgroups([])
                os.setgid(NOBODY)
                os.setuid(NOBODY)
            except PermissionError as error:
                result: dict = {"skip": f"cannot drop root to test file permissions: {error}"}
            else:
                result = asyncio.run(check())
        except BaseException as error:  # report everything to the parent
            result = {"error": f"{type(error).__module__}.{type(error).__name__}: {error}"}
        os.write(write_end, json.dumps(result).encode())
        os._exit(0)
    os.close(write_end)
    with os.fdopen(read_end, "rb") as pipe:
        output = pipe.read()
    os.waitpid(pid, 0)
    result = json.loads(output or b'{"error": "the child reported nothing"}')
    if "skip" in result:
        pytest.skip(result["skip"])
    return result


@pytest.fixture
def scratch():
    """A directory an unprivileged child can reach (pytest's tmp_path is private to root)."""
    directory = Path(tempfile.mkdtemp(prefix="storage-ro-"))
    if os.geteuid() == 0:
        os.chown(directory, NOBODY, NOBODY)
    yield directory
    os.chmod(directory, 0o700)
    shutil.rmtree(directory, ignore_errors=True)


def _try_writes(path: Path) -> Callable[[], Awaitable[dict]]:
    async def check() -> dict:
        result: dict = {"writable": os.access(path, os.W_OK)}
        try:
            opened = await Storage.open(path)
        except StorageError as error:
            return {**result, "open": f"StorageError: {error}"}
        try:
            try:
                await opened.users.touch(2, "zh-hans", T1)
            except StorageError as error:
                result["touch"] = f"StorageError: {error}"
            else:
                result["touch"] = "saved"
            record = await opened.users.get(1)
            result["user_1"] = record.language if record else None
            result["count"] = await opened.users.count()
        finally:
            await opened.close()
        return result

    return check


async def _count_after_restoring(path: Path) -> int:
    opened = await Storage.open(path)
    try:
        return await opened.users.count()
    finally:
        await opened.close()


def test_read_only_file_refuses_writes_and_keeps_rows(scratch):
    # The file is 0o444; its directory stays writable so SQLite can keep its -shm/-wal files.
    path = asyncio.run(_saved_database(scratch))
    if os.geteuid() == 0:
        os.chown(path, NOBODY, NOBODY)
    os.chmod(path, 0o444)
    result = run_unprivileged(_try_writes(path))
    assert "error" not in result, result
    assert result["writable"] is False, "the check ran with the power to ignore permissions"
    assert result.get("open") is None, result
    assert result["touch"].startswith("StorageError: cannot"), result
    assert (result["user_1"], result["count"]) == ("en", 1)
    os.chmod(path, 0o644)
    assert asyncio.run(_count_after_restoring(path)) == 1


def test_read_only_file_and_directory_is_refused_with_storage_error(scratch):
    # File and directory both 0o444 (no search permission on the directory either).
    path = asyncio.run(_saved_database(scratch))
    if os.geteuid() == 0:
        os.chown(path, NOBODY, NOBODY)
    os.chmod(path, 0o444)
    os.chmod(scratch, 0o444)
    try:
        result = run_unprivileged(_try_writes(path))
    finally:
        os.chmod(scratch, 0o755)
    assert "error" not in result, result
    refusal = result.get("open") or result.get("touch")
    assert refusal is not None and refusal.startswith("StorageError"), result
    os.chmod(path, 0o644)
    assert asyncio.run(_count_after_restoring(path)) == 1


# ---------------------------------------------------------------- a cancelled commit


async def test_a_transaction_cancelled_while_its_commit_runs_raises_no_second_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The sender stopped mid-drain: the task is cancelled while COMMIT runs on aiosqlite's
    thread, so the transaction still looks open when the ROLLBACK is sent and is closed
    when it runs. The cancellation goes on; no "cannot rollback" error replaces it."""
    database = await Database.open(tmp_path / "bot.sqlite3")
    try:
        commit_done = asyncio.Event()
        execute = aiosqlite.Connection.execute

        def slow_commit(connection: aiosqlite.Connection, sql: str, *args: object):
            if sql != "COMMIT":
                return execute(connection, sql, *args)

            async def commit_then_cancel() -> None:
                await execute(connection, sql, *args)  # the commit happens…
                commit_done.set()
                real = aiosqlite.Connection.in_transaction
                stale = iter([True])  # …while the task still sees it open, once

                def in_transaction(connection: aiosqlite.Connection) -> bool:
                    return next(stale, None) or real.fget(connection)

                monkeypatch.setattr(
                    aiosqlite.Connection, "in_transaction", property(in_transaction)
                )
                raise asyncio.CancelledError

            return commit_then_cancel()

        monkeypatch.setattr(aiosqlite.Connection, "execute", slow_commit)
        with pytest.raises(asyncio.CancelledError):
            async with database.transaction() as db:
                await db.execute(
                    "INSERT INTO users (id, first_seen, last_seen) VALUES (7, 'a', 'b')"
                )
        assert commit_done.is_set()
    finally:
        monkeypatch.undo()
        await database.close()
    with sqlite3.connect(tmp_path / "bot.sqlite3") as connection:
        assert connection.execute("SELECT id FROM users").fetchall() == [(7,)]
