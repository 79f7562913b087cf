"""Shared fixtures: the bundled program, a settable clock, and the real bot on a fake API."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import datetime
from pathlib import Path

# hypothesis's pytest plugin imports it lazily at the end of the session, deep in pluggy's
# stack, where CPython 3.11.7 can fail to compile it ("AST constructor recursion depth
# mismatch") and turn a green run red. Importing it here, at a shallow depth, avoids that.
import hypothesis  # noqa: F401
import pytest

from bot.clock import Clock, parse_moment
from bot.config import DEFAULT_PROGRAM_FILE, DEFAULT_TRAVEL_FILE, Settings
from bot.program import Program, load_program
from bot.search import SearchIndex
from bot.travel import TravelTimes, load_travel_times
from tests.chat import BotUnderTest, serve_bot
from tests.fake_bot_api import TEST_TOKEN, FakeBotApiServer
from tests.helpers_core import bundled_program

EVENT_MORNING = "2018-07-25T09:00:00+08:00"


@pytest.fixture(scope="session")
def program() -> Program:
    return load_program(DEFAULT_PROGRAM_FILE)


@pytest.fixture(scope="session")
def index() -> SearchIndex:
    """The bundled program's search index, built once: it is immutable."""
    return SearchIndex(bundled_program())


@pytest.fixture
def clock() -> Clock:
    return Clock(parse_moment(EVENT_MORNING), frozen=True)


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(
        telegram_token=TEST_TOKEN,
        database_path=tmp_path / "bot.sqlite3",
        now=parse_moment(EVENT_MORNING),
    )


@pytest.fixture(scope="session")
def travel(program: Program) -> TravelTimes:
    return load_travel_times(DEFAULT_TRAVEL_FILE, [city.name for city in program.cities])


@pytest.fixture
async def bot(
    settings: Settings, clock: Clock, program: Program, travel: TravelTimes
) -> AsyncIterator[BotUnderTest]:
    async with (
        FakeBotApiServer() as server,
        serve_bot(server, settings, clock, program, travel) as running_bot,
    ):
        yield running_bot


def at(moment: str) -> datetime:
    return parse_moment(moment)
