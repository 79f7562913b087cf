"""A program file that is wrong in a way no editor warns about gets a clear refusal that
names the file and the field, never a traceback, a hang or a memory blow-up; the same
message reaches an organizer who asks the running bot to /reload it."""

from __future__ import annotations

import os
import re
from collections.abc import Callable
from pathlib import Path

import pytest

from bot.clock import Clock
from bot.config import DEFAULT_PROGRAM_FILE
from bot.program import ProgramError, load_program
from tests.chat import ORGANIZER, organizer_settings, serve_bot
from tests.fake_bot_api import FakeBotApiServer
from tests.helpers_core import at, bundled_program
from tests.support import travel_for

BUNDLED = DEFAULT_PROGRAM_FILE.read_text(encoding="utf-8")
FIRST_START = re.search(r"start = 2018-07-24T09:30:00\+08:00", BUNDLED).group()  # type: ignore[union-attr]
FIRST_CAPACITY = re.search(r"capacity = \d+", BUNDLED).group()  # type: ignore[union-attr]


def first_start(year: str) -> str:
    return BUNDLED.replace(FIRST_START, FIRST_START.replace("2018", year), 1)


@pytest.mark.parametrize(
    ("name", "text", "said"),
    [
        ("year-1", first_start("0001"), "field 'start': is not within the event"),
        ("year-9999", first_start("9999"), "field 'start': is not within the event"),
        ("years away", first_start("2021"), "field 'start': is not within the event"),
        (
            "10^20 seats",
            BUNDLED.replace(FIRST_CAPACITY, "capacity = 100000000000000000000", 1),
            "field 'capacity': must be a whole number of seats from 1 to 100000",
        ),
        ("deep nesting", "a = " + "[" * 100_000 + "]" * 100_000, "nested too deeply"),
    ],
)
def test_a_wrong_program_is_refused_naming_the_file_and_field(
    tmp_path: Path, name: str, text: str, said: str
) -> None:
    path = tmp_path / "program.toml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ProgramError) as refused:
        load_program(path)
    assert str(refused.value).startswith(str(path)) and said in str(refused.value), name


def _directory(path: Path) -> None:
    path.mkdir()


def _fifo(path: Path) -> None:
    os.mkfifo(path)  # reading it would wait for a writer forever


def _dev_zero(path: Path) -> None:
    path.symlink_to("/dev/zero")  # reading it would never end


@pytest.mark.parametrize("make", [_directory, _fifo, _dev_zero], ids=["dir", "fifo", "zero"])
def test_what_is_not_a_regular_file_is_never_read(
    tmp_path: Path, make: Callable[[Path], None]
) -> None:
    path = tmp_path / "program.toml"
    make(path)
    with pytest.raises(ProgramError, match="not a regular file"):
        load_program(path)


def test_a_byte_order_mark_is_read_as_the_program(tmp_path: Path) -> None:
    path = tmp_path / "program.toml"
    path.write_bytes(b"\xef\xbb\xbf" + BUNDLED.encode("utf-8"))
    assert load_program(path).sessions == load_program(DEFAULT_PROGRAM_FILE).sessions


async def test_reload_in_chat_shows_the_same_refusal(tmp_path: Path) -> None:
    path = tmp_path / "program.toml"
    path.write_text(BUNDLED, encoding="utf-8")
    program = bundled_program()
    settings = organizer_settings(tmp_path / "bot.sqlite3", path)
    clock = Clock(at("2018-07-24T08:00:00"), frozen=True)
    async with (
        FakeBotApiServer() as server,
        serve_bot(server, settings, clock, program, travel_for(program)) as bot,
    ):
        path.write_text(first_start("2021"), encoding="utf-8")
        [refused] = await bot.say("/reload", user=bot.user(ORGANIZER))
    assert "field 'start': is not within the event" in refused["text"]
    assert str(path) in refused["text"]
