"""Shared fixtures: the bundled program, a settable clock, and the real bot on a fake API."""

from __future__ import annotations

import contextlib
from collections.abc import AsyncIterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest

# Where hypothesis is installed, its pytest plugin imports it lazily at the end of the
# session, deep in pluggy's stack; CPython 3.11.7 can then fail to compile it ("AST
# constructor recursion depth mismatch") and turn a green run red. Importing it here,
# at a shallow depth, avoids that.
with contextlib.suppress(ImportError):
    import hypothesis  # noqa: F401

from bot.clock import Clock, parse_moment
from bot.config import DEFAULT_PROGRAM_FILE, DEFAULT_TRAVEL_FILE, Settings
from bot.local_bot_api import LocalBotApi
from bot.program import Program, load_program
from bot.travel import TravelTimes, load_travel_times
from handlers.application import running
from run_bot import compose
from tests.fake_bot_api import TEST_TOKEN, FakeBotApiServer, make_test_request

EVENT_MORNING = "2018-07-25T09:00:00+08:00"
DELEGATE_ID = 5001


@pytest.fixture(scope="session")
def program() -> Program:
    return load_program(DEFAULT_PROGRAM_FILE)


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


@dataclass
class BotUnderTest:
    """The real Application polling a fake Bot API; methods play a delegate."""

    api: LocalBotApi
    application: Any
    clock: Clock

    def user(self, user_id: int = DELEGATE_ID, language: str | None = "en") -> dict[str, Any]:
        return self.api.make_user(user_id, f"Delegate {user_id}", language)

    async def say(
        self,
        text: str | None,
        *,
        user: dict[str, Any] | None = None,
        expect: int = 1,
        **fields: Any,
    ) -> list[dict[str, Any]]:
        """Sends a message as a delegate; returns the first `expect` messages answered."""
        user = user or self.user()
        chat_id = fields.get("chat", {}).get("id", user["id"])
        mark = len(self.api.calls)
        self.api.push_message(user, text, **fields)
        return await self.replies(chat_id, mark, expect)

    async def press(
        self,
        message: dict[str, Any],
        data: str,
        *,
        user: dict[str, Any] | None = None,
        expect: int = 1,
    ) -> list[dict[str, Any]]:
        mark = len(self.api.calls)
        self.api.push_callback(user or self.user(), message, data)
        return await self.replies(message["chat"]["id"], mark, expect)

    async def replies(self, chat_id: int, mark: int, expect: int) -> list[dict[str, Any]]:
        """The first `expect` messages sent to `chat_id` from call number `mark` on."""
        found: list[dict[str, Any]] = []
        while len(found) < expect:
            message = await self.api.wait_for_sent(chat_id, after=mark, timeout=5)
            found.append(message)
            mark = (
                next(
                    i
                    for i in range(len(self.api.calls) - 1, -1, -1)
                    if self.api.calls[i].result is message
                )
                + 1
            )
        return found

    async def settle(self, user: dict[str, Any] | None = None) -> None:
        """Waits until every update this delegate pushed so far has been handled.

        One sender's updates are handled in order, so once a /help pushed now is
        answered, everything they sent before it has been too.
        """
        await self.say("/help", user=user or self.user())


@pytest.fixture(scope="session")
def travel(program: Program) -> TravelTimes:
    return load_travel_times(DEFAULT_TRAVEL_FILE, [city.name for city in program.cities])


@pytest.fixture
async def bot(settings: Settings, clock: Clock, program: Program,
              travel: TravelTimes) -> AsyncIterator[BotUnderTest]:
    async with FakeBotApiServer() as server:
        settings = Settings(**{**settings.__dict__, "api_base_url": server.base_url})
        application = compose(
            settings,
            clock,
            program,
            travel,
            request=make_test_request(),
            get_updates_request=make_test_request(),
        )
        async with running(application):
            yield BotUnderTest(server.api, application, clock)


def at(moment: str) -> datetime:
    return parse_moment(moment)
