"""SIGKILL in the middle of a burst of questions: every delegate is answered after the
restart, and answered once (updates fetched from Telegram are kept in the inbox first)."""

from __future__ import annotations

import asyncio
from collections import Counter
from pathlib import Path

from botapi_emulator import BotApiEmulator
from handlers.updates import WORKING_SLOTS
from tests.bot_process import bot_environment, kill_figures, start_bot, stop_bot
from tests.fake_bot_api import FakeBotApiServer

DELEGATES = range(30_001, 30_301)  # 300, one question each
QUESTION = "where is the tourism promotion"
KILL_AFTER = 60
NOW = "2018-07-25T08:00:00+08:00"


def answers(api: BotApiEmulator) -> Counter[int]:
    """Text replies per delegate (the map pin that follows an answer is not counted)."""
    return Counter(
        m["chat"]["id"] for m in api.sent if "text" in m and m["chat"]["id"] in DELEGATES
    )


async def until_answered(api: BotApiEmulator, count: int, within: float) -> None:
    """Waits until `count` delegates have an answer; returns early when nothing more comes."""
    async with asyncio.timeout(within):
        while len(answers(api)) < count:
            seen = len(api.calls)
            try:
                await api.wait_for_call(lambda c: c.method == "sendMessage", after=seen, timeout=15)
            except TimeoutError:
                return  # quiet for 15 s: whatever is missing is not coming


async def test_kill_mid_burst_of_questions_then_restart_answers_everyone_once(
    tmp_path: Path,
) -> None:
    database = tmp_path / "bot.sqlite3"
    async with FakeBotApiServer() as server:
        api = server.api
        for user_id in DELEGATES:  # all waiting at "Telegram" before the bot starts
            api.push_message(api.make_user(user_id), QUESTION)
        env = bot_environment(server, database, NOW, TELEGRAM_RATE="1000")
        first = await start_bot(env)
        try:
            async with asyncio.timeout(60):
                while sum(answers(api).values()) < KILL_AFTER:
                    await api.wait_for_call(
                        lambda c: c.method == "sendMessage", after=len(api.calls), timeout=60
                    )
        finally:
            await stop_bot(first, kill=True)
        at_kill = sum(answers(api).values())
        second = await start_bot(env)
        try:
            await until_answered(api, len(DELEGATES), within=120)
        finally:
            log = await stop_bot(second)
    received = answers(api)
    duplicated, lost = kill_figures(received, len(DELEGATES))
    print(
        f"\ninbox kill test: {at_kill} answered before SIGKILL, {sum(received.values())} in "
        f"all, {duplicated} answered twice, {lost} lost"
    )
    assert at_kill < len(DELEGATES), "the kill came too late to test anything"
    assert lost == 0
    # Only updates answered but not yet marked done can be answered again: those in hand at
    # the kill, one per working slot, and those finished while the last mark was written.
    assert duplicated <= 2 * WORKING_SLOTS
    assert "Traceback" not in log
