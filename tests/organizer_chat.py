"""The organizers' tools in end-to-end tests: the real bot with one organizer (its ``bot``
fixture, which replaces conftest's for the modules that import it as ``bot as bot``) and
helpers to draft, send and count announcements."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

import pytest

from bot.clock import Clock
from bot.config import DEFAULT_PROGRAM_FILE
from bot.program import Program
from bot.travel import TravelTimes
from tests.chat import (
    ORGANIZER,
    BotUnderTest,
    button,
    message_with,
    organizer_settings,
    serve_bot,
)
from tests.fake_bot_api import FakeBotApiServer

HEADER = "From the organizers"  # an announcement starts "📢 From the organizers\n";
# the organizer's preview shows the same text below "Preview", which must not count


# ---------------------------------------------------------------- the bot, with an organizer


@asynccontextmanager
async def organizer_bot(
    tmp_path: Path,
    clock: Clock,
    program: Program,
    travel: TravelTimes,
    *,
    program_file: Path = DEFAULT_PROGRAM_FILE,
) -> AsyncIterator[BotUnderTest]:
    """The real bot with one organizer, sending fast enough for tests."""
    settings = organizer_settings(tmp_path / "bot.sqlite3", program_file)
    async with (
        FakeBotApiServer() as server,
        serve_bot(server, settings, clock, program, travel) as running_bot,
    ):
        yield running_bot


@pytest.fixture
async def bot(
    tmp_path: Path, clock: Clock, program: Program, travel: TravelTimes
) -> AsyncIterator[BotUnderTest]:
    async with organizer_bot(tmp_path, clock, program, travel) as running_bot:
        yield running_bot


# ---------------------------------------------------------------- helpers


def organizer(bot: BotUnderTest) -> dict[str, Any]:
    return bot.user(ORGANIZER)


def announcements_to(bot: BotUnderTest, chat_id: int, text: str) -> list[str]:
    return [
        m["text"]
        for m in bot.api.messages_to(chat_id)
        if m.get("text", "").startswith(f"📢 {HEADER}\n") and text in m["text"]
    ]


def announcement_counts(bot: BotUnderTest, text: str) -> Counter[int]:
    return Counter(
        m["chat"]["id"]
        for m in bot.api.sent
        if m.get("text", "").startswith(f"📢 {HEADER}\n") and text in m["text"]
    )


async def draft_menu(bot: BotUnderTest, text: str) -> dict[str, Any]:
    """`/broadcast <text>` as the organizer; returns the audience menu."""
    [menu] = await bot.say(f"/broadcast {text}", user=organizer(bot))
    assert "Who should receive it?" in menu["text"]
    return menu


def draft_id(menu: dict[str, Any]) -> int:
    data = button(menu, "Everyone")
    found = re.fullmatch(r"o:a:(\d+):all", data)
    assert found, data
    return int(found.group(1))


async def preview_and_send(
    bot: BotUnderTest, menu: dict[str, Any], data: str, recipients: int
) -> dict[str, Any]:
    """Presses the audience `data`, checks the preview's count, presses Send; returns the
    preview (whose Send button can be pressed again)."""
    [preview] = await bot.press(menu, data, user=organizer(bot))
    assert "Preview" in preview["text"]
    assert f"{recipients} recipients" in preview["text"]
    mark = len(bot.api.calls)
    bot.api.push_callback(organizer(bot), preview, button(preview, "Send"))
    queued = await message_with(bot, ORGANIZER, "is on its way", after=mark)
    assert f"is on its way to {recipients} recipients" in queued["text"]
    return preview


async def report(bot: BotUnderTest, number: int, *, after: int = 0) -> str:
    found = await message_with(bot, ORGANIZER, f"Announcement #{number} done:", after=after)
    return str(found["text"])


async def start_delegates(bot: BotUnderTest, ids: list[int]) -> None:
    for user_id in ids:
        [welcome] = await bot.say("/start", user=bot.user(user_id))
        assert welcome["text"]
