"""The database file and what SQLite keeps beside it are readable by the bot's own account
only, whatever the umask; an existing file others can read gets a warning at start."""

from __future__ import annotations

import logging
import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from bot.storage import Storage
from tests.conftest import at


def mode(path: Path | str) -> int:
    return stat.S_IMODE(os.stat(path).st_mode)


@pytest.fixture(params=[0o022, 0o000, 0o277], ids=["umask-022", "umask-000", "umask-277"])
def umask(request: pytest.FixtureRequest) -> Iterator[int]:
    previous = os.umask(request.param)
    yield request.param
    os.umask(previous)


@pytest.mark.usefixtures("umask")
async def test_a_new_database_and_its_directories_are_private(tmp_path: Path) -> None:
    os.chmod(tmp_path, 0o755)
    path = tmp_path / "state" / "bot" / "bot.sqlite3"
    storage = await Storage.open(path)
    try:
        await storage.users.touch(1, "en", at("2018-07-24T08:00:00+08:00"))  # a write: WAL
        assert mode(path) == 0o600
        for side in ("-wal", "-shm"):
            assert mode(f"{path}{side}") == 0o600, side
        assert mode(tmp_path / "state") == mode(tmp_path / "state" / "bot") == 0o700
        assert mode(tmp_path) == 0o755  # a directory the bot did not make is left alone
    finally:
        await storage.close()


async def test_an_existing_database_others_can_read_is_named_in_a_warning(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    path = tmp_path / "bot.sqlite3"
    await (await Storage.open(path)).close()
    os.chmod(path, 0o644)
    with caplog.at_level(logging.WARNING):
        await (await Storage.open(path)).close()
    [warning] = [r.getMessage() for r in caplog.records if r.levelno == logging.WARNING]
    assert str(path) in warning and "644" in warning and "chmod 600" in warning
    assert mode(path) == 0o644  # the owner's choice, pointed out rather than undone


async def test_a_private_database_opens_without_a_warning(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    path = tmp_path / "bot.sqlite3"
    await (await Storage.open(path)).close()
    with caplog.at_level(logging.WARNING):
        await (await Storage.open(path)).close()
    assert not [r for r in caplog.records if r.levelno >= logging.WARNING]
