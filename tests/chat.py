"""Helpers for end-to-end tests: reading what the bot sent, pressing, waiting."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from bot.app import Setup
from bot.clock import Clock
from bot.config import DEFAULT_PROGRAM_FILE, DEFAULT_TRAVEL_FILE, Settings
from bot.program import Program
from bot.services import Services
from bot.travel import TravelTimes
from handlers.application import running
from handlers.run import application_for
from tests.fake_bot_api import TEST_TOKEN, FakeBotApiServer, make_test_request
from tests.support import TestBotApi

DELEGATE_ID = 5001  # the delegate who talks unless a test names another
ORGANIZER = 9100
TOURISM = "tourism-promotion"  # Wed 25 Jul 09:30–11:30, Shanghai


def organizer_settings(database: Path, program_file: Path = DEFAULT_PROGRAM_FILE) -> Settings:
    """One organizer, and sending fast enough that tests need not wait for the rate."""
    return Settings(
        telegram_token=TEST_TOKEN,
        database_path=database,
        organizer_ids=frozenset({ORGANIZER}),
        broadcast_rate=200.0,
        api_rate=1000.0,
        program_file=program_file,
        travel_file=DEFAULT_TRAVEL_FILE,
    )


@dataclass
class BotUnderTest:
    """The real Application polling a fake Bot API; methods play a delegate."""

    api: TestBotApi
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


@asynccontextmanager
async def serve_bot(
    server: FakeBotApiServer,
    settings: Settings,
    clock: Clock,
    program: Program,
    travel: TravelTimes,
) -> AsyncIterator[BotUnderTest]:
    """The real Application, polling `server`, with these settings, until the block ends."""
    settings = replace(settings, api_base_url=server.base_url)
    application = application_for(
        Setup(settings, clock, program, travel),
        request=make_test_request(transport=settings.http_transport),
        get_updates_request=make_test_request(transport=settings.http_transport, for_updates=True),
    )
    async with running(application):
        yield BotUnderTest(server.api, application, clock)


def services_of(bot: BotUnderTest) -> Services:
    return bot.application.bot_data["services"]


def buttons_of(message: dict[str, Any]) -> list[tuple[str, str]]:
    markup = message.get("reply_markup") or {}
    return [
        (b["text"], b["callback_data"]) for row in markup.get("inline_keyboard", []) for b in row
    ]


def button(message: dict[str, Any], label: str) -> str:
    """The callback data of the one button whose label contains `label`."""
    found = [data for text, data in buttons_of(message) if label in text]
    assert len(found) == 1, (label, buttons_of(message))
    return found[0]


def texts_to(bot: BotUnderTest, chat_id: int, fragment: str) -> list[str]:
    return [m["text"] for m in bot.api.messages_to(chat_id) if fragment in m.get("text", "")]


async def message_with(
    bot: BotUnderTest, chat_id: int, fragment: str, *, after: int = 0, seconds: float = 5.0
) -> dict[str, Any]:
    """The first message the bot sent to `chat_id` (from call `after` on) containing
    `fragment`; waits for it. Background sends interleave with replies, so order is not
    something to rely on."""

    def matches(call: Any) -> bool:
        result = call.result
        return (
            call.ok
            and isinstance(result, dict)
            and result.get("chat", {}).get("id") == chat_id
            and fragment in result.get("text", "")
        )

    call = await bot.api.wait_for_call(matches, timeout=seconds, after=after)
    result: dict[str, Any] = call.result
    return result


async def callback_answer(
    bot: BotUnderTest, user: dict[str, Any], message: dict[str, Any], data: str
) -> dict[str, Any]:
    """Presses forged or stale `data` on `message`; returns the answerCallbackQuery params."""
    mark = len(bot.api.calls)
    update = bot.api.push_callback(user, message, data, check_button=False)
    query_id = update["callback_query"]["id"]
    call = await bot.api.wait_for_call(
        lambda c: (
            c.method == "answerCallbackQuery" and c.params.get("callback_query_id") == query_id
        ),
        after=mark,
    )
    return call.params


async def eventually(condition: Callable[[], Awaitable[bool]], seconds: float = 8.0) -> None:
    """Waits for a condition that background work (the sender) makes true."""
    deadline = asyncio.get_running_loop().time() + seconds
    while not await condition():
        assert asyncio.get_running_loop().time() < deadline, "condition never became true"
        await asyncio.sleep(0.02)


async def sign_up_new(
    bot: BotUnderTest,
    user: dict[str, Any],
    words: str,
    name: str = "Ada Lovelace",
    organization: str = "Analytical Engines Ltd",
) -> dict[str, Any]:
    """`/signup <words>` as a delegate without a profile; returns the bot's last answer."""
    [ask_name] = await bot.say(f"/signup {words}", user=user)
    assert "Before your first sign-up" in ask_name["text"]
    [ask_org] = await bot.say(name, user=user)
    assert ask_org["text"] == "And your organization?"
    saved, result = await bot.say(organization, user=user, expect=2)
    assert name in saved["text"] and organization in saved["text"]
    return result
