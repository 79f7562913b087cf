"""SIGKILL in the middle of a burst of due reminders: nothing lost, duplicates only in flight."""

from __future__ import annotations

import asyncio
from collections import Counter
from pathlib import Path

from bot.app import build_services
from bot.clock import Clock, parse_moment
from bot.config import Settings
from bot.outbox_sender import DEFAULT_WORKERS
from bot.program import Program
from bot.storage import Storage
from bot.travel import TravelTimes
from botapi_emulator import BotApiEmulator
from tests.bot_process import bot_environment, kill_figures, start_bot, stop_bot
from tests.fake_bot_api import FakeBotApiServer
from tests.support import with_capacity

SESSION = "tourism-promotion"  # 09:30; the 60-minute reminders fall due at 08:30
DELEGATES = range(10_001, 10_201)  # 200
KILL_AFTER = 60


def reminders_received(api: BotApiEmulator) -> Counter[int]:
    return Counter(
        m["chat"]["id"]
        for m in api.sent
        if "starts in" in m.get("text", "") and m["chat"]["id"] in DELEGATES
    )


async def received_at_least(api: BotApiEmulator, count: int, within: float) -> None:
    async with asyncio.timeout(within):
        while sum(reminders_received(api).values()) < count:
            await api.wait_for_call(
                lambda c: c.method == "sendMessage", after=len(api.calls), timeout=within
            )


async def test_kill_mid_burst_then_restart_delivers_every_reminder(
    tmp_path: Path, program: Program, travel: TravelTimes
) -> None:
    database = tmp_path / "bot.sqlite3"
    clock = Clock(parse_moment("2018-07-25T08:00:00+08:00"), frozen=True)
    storage = await Storage.open(database)
    services = build_services(
        Settings(database_path=database),
        clock,
        storage,
        with_capacity(program, SESSION, 500),
        travel,
    )
    for user in DELEGATES:
        await storage.users.touch(user, "en", clock.now())
        await services.signups.save_profile(user, f"D{user}", "Org")
        assert (await services.signups.sign_up(user, SESSION)).outcome == "confirmed"
    await services.close()

    async with FakeBotApiServer() as server:
        api = server.api
        first = await start_bot(bot_environment(server, database, "2018-07-25T08:29:59+08:00"))
        try:
            await received_at_least(api, KILL_AFTER, within=60)
        finally:
            await stop_bot(first, kill=True)
        at_kill = sum(reminders_received(api).values())
        second = await start_bot(bot_environment(server, database, "2018-07-25T08:30:30+08:00"))
        try:
            async with asyncio.timeout(90):
                while len(reminders_received(api)) < len(DELEGATES):
                    await api.wait_for_call(
                        lambda c: c.method == "sendMessage", after=len(api.calls), timeout=60
                    )
        finally:
            log = await stop_bot(second)
    received = reminders_received(api)
    duplicated, lost = kill_figures(received, len(DELEGATES))
    print(
        f"\nkill test: {at_kill} reminders before SIGKILL, {sum(received.values())} sent in "
        f"all, {duplicated} duplicated, {lost} lost"
    )
    assert lost == 0
    assert at_kill < len(DELEGATES), "the kill came too late to test anything"
    # Only messages in flight at the kill can be sent twice: at most the sender's workers.
    assert duplicated <= DEFAULT_WORKERS
    assert "Traceback" not in log
