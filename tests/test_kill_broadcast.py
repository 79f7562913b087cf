"""SIGKILL in the middle of a 1,000-recipient broadcast: the restart finishes it."""

from __future__ import annotations

import asyncio
from collections import Counter
from pathlib import Path

from bot.clock import Clock, parse_moment
from bot.outbox_sender import DEFAULT_WORKERS
from bot.storage import Storage
from botapi_emulator import BotApiEmulator
from tests.bot_process import bot_environment, run_command, start_bot, stop_bot
from tests.fake_bot_api import FakeBotApiServer

DELEGATES = range(20_001, 21_001)  # 1,000
TEXT = "Shuttle buses to Hangzhou leave at 07:30 from the hotel."
KILL_AFTER = 300
NOW = "2018-07-25T07:00:00+08:00"


def announcements(api: BotApiEmulator) -> Counter[int]:
    return Counter(m["chat"]["id"] for m in api.sent if TEXT in m.get("text", ""))


async def until(api: BotApiEmulator, done: object, within: float) -> None:
    async with asyncio.timeout(within):
        while not done():  # type: ignore[operator]
            await api.wait_for_call(
                lambda c: c.method == "sendMessage", after=len(api.calls), timeout=within
            )


async def test_kill_mid_broadcast_then_restart_serves_everyone(tmp_path: Path) -> None:
    database = tmp_path / "bot.sqlite3"
    clock = Clock(parse_moment(NOW), frozen=True)
    storage = await Storage.open(database)
    for user in DELEGATES:
        await storage.users.touch(user, "en", clock.now())
    await storage.close()

    async with FakeBotApiServer() as server:
        env = bot_environment(server, database, NOW, BROADCAST_RATE="200", TELEGRAM_RATE="1000")
        # the organizers' command line writes; the bot delivers
        queued = await run_command(env, "broadcast", "--to", "all", "--yes", TEXT)
        assert queued.returncode == 0, queued.stderr
        assert "1000 recipients" in queued.stdout

        api = server.api
        first = await start_bot(env)
        try:
            await until(api, lambda: sum(announcements(api).values()) >= KILL_AFTER, 60)
        finally:
            await stop_bot(first, kill=True)
        at_kill = sum(announcements(api).values())
        second = await start_bot(env)
        try:
            await until(api, lambda: len(announcements(api)) == len(DELEGATES), 90)
        finally:
            log = await stop_bot(second)
    received = announcements(api)
    duplicated = sum(count - 1 for count in received.values())
    print(
        f"\nbroadcast kill test: {at_kill} delivered before SIGKILL, "
        f"{sum(received.values())} in all, {duplicated} duplicated, "
        f"{len(DELEGATES) - len(received)} lost"
    )
    assert set(received) == set(DELEGATES)
    assert at_kill < len(DELEGATES), "the kill came too late to test anything"
    assert duplicated <= DEFAULT_WORKERS  # at most the sends in flight at the kill
    assert "Traceback" not in log
