"""Reminders end to end: the real Application, its JobQueue, and the fake Bot API.

The clock runs (as in production) from a chosen moment; tests move it to just before a
reminder is due instead of sleeping.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

import pytest

from bot.clock import Clock, parse_moment
from bot.config import Settings
from bot.program import Program
from bot.travel import TravelTimes
from botapi_emulator import BotApiEmulator
from handlers.common import SERVICES_KEY
from tests.chat import serve_bot
from tests.fake_bot_api import TEST_TOKEN, FakeBotApiServer

SESSION = "tourism-promotion"  # 25 Jul 09:30-11:30; reminders at 08:30 and 09:15
USER = 8101


@asynccontextmanager
async def bot_on(
    server: FakeBotApiServer, database: Path, clock: Clock, program: Program, travel: TravelTimes
) -> AsyncIterator[Any]:
    settings = Settings(telegram_token=TEST_TOKEN, database_path=database)
    async with serve_bot(server, settings, clock, program, travel) as running_bot:
        yield running_bot.application


async def sign_up(application: Any, clock: Clock) -> None:
    """Signs the delegate up through the services (the chat path has its own tests)."""
    services = application.bot_data[SERVICES_KEY]
    await services.storage.users.touch(USER, "en", clock.now())
    await services.signups.save_profile(USER, "Wang Fang", "Hunan Tourism Group")
    assert (await services.signups.sign_up(USER, SESSION)).outcome == "confirmed"


def reminders_to(api: BotApiEmulator) -> list[dict[str, Any]]:
    return [m for m in api.messages_to(USER) if "Reminder" in m.get("text", "")]


async def next_reminder(api: BotApiEmulator) -> dict[str, Any]:
    while True:
        message = await api.wait_for_sent(USER, after=len(api.calls), timeout=5)
        if "Reminder" in message.get("text", ""):
            return message


@pytest.fixture
def database(tmp_path: Path) -> Path:
    return tmp_path / "bot.sqlite3"


async def test_reminder_arrives_once_when_the_clock_reaches_it(
    database: Path, program: Program, travel: TravelTimes
) -> None:
    clock = Clock(parse_moment("2018-07-25T08:45:00+08:00"))  # only 09:15 ahead
    async with (
        FakeBotApiServer() as server,
        bot_on(server, database, clock, program, travel) as application,
    ):
        await sign_up(application, clock)
        clock.set(parse_moment("2018-07-25T09:14:58+08:00"))
        reminder = await next_reminder(server.api)
        assert "Hunan Tourism Promotion Conference" in reminder["text"]
        assert "starts in 15 min" in reminder["text"] and "sent late" not in reminder["text"]
        assert "2727 Binjiang Avenue" in reminder["text"]
        buttons = [
            b["callback_data"] for row in reminder["reply_markup"]["inline_keyboard"] for b in row
        ]
        assert f"x:{SESSION}:{USER}" in buttons
        # A later wake-up finds nothing more to send.
        application.bot_data[SERVICES_KEY].sender.kick()
        await application.bot_data[SERVICES_KEY].sender.drain()
        rows = await application.bot_data[SERVICES_KEY].storage.outbox.rows("reminder")
        assert sorted(r["status"] for r in rows) == ["pending", "sent"] or sorted(
            r["status"] for r in rows
        ) == ["sent"]
        assert len(reminders_to(server.api)) == 1


async def test_restart_replans_from_the_database(
    database: Path, program: Program, travel: TravelTimes
) -> None:
    clock = Clock(parse_moment("2018-07-25T08:00:00+08:00"))
    async with FakeBotApiServer() as server:
        async with bot_on(server, database, clock, program, travel) as application:
            await sign_up(application, clock)
        assert reminders_to(server.api) == []  # stopped before anything was due
        clock.set(parse_moment("2018-07-25T08:29:58+08:00"))
        async with bot_on(server, database, clock, program, travel):
            reminder = await next_reminder(server.api)
            assert "starts in 60 min" in reminder["text"]
            clock.set(parse_moment("2018-07-25T09:14:58+08:00"))
            second = await next_reminder(server.api)
            assert "starts in 15 min" in second["text"]
        assert len(reminders_to(server.api)) == 2


async def test_downtime_late_reminder_is_sent_while_the_session_is_ahead(
    database: Path, program: Program, travel: TravelTimes
) -> None:
    clock = Clock(parse_moment("2018-07-25T08:00:00+08:00"))
    async with FakeBotApiServer() as server:
        async with bot_on(server, database, clock, program, travel) as application:
            await sign_up(application, clock)
        clock.set(parse_moment("2018-07-25T09:20:00+08:00"))  # both came due while down
        async with bot_on(server, database, clock, program, travel) as application:
            reminder = await next_reminder(server.api)
            services = application.bot_data[SERVICES_KEY]
            await services.sender.drain()
        texts = [m["text"] for m in reminders_to(server.api)]
        assert len(texts) == 2 and all("sent late" in text for text in texts)
        assert "starts in 10 min" in reminder["text"]


async def test_downtime_past_the_start_drops_the_reminder_with_a_log_line(
    database: Path, program: Program, travel: TravelTimes, caplog: pytest.LogCaptureFixture
) -> None:
    clock = Clock(parse_moment("2018-07-25T08:00:00+08:00"))
    async with FakeBotApiServer() as server:
        async with bot_on(server, database, clock, program, travel) as application:
            await sign_up(application, clock)
        clock.set(parse_moment("2018-07-25T09:45:00+08:00"))  # the session has begun
        with caplog.at_level("INFO"):
            async with bot_on(server, database, clock, program, travel) as application:
                services = application.bot_data[SERVICES_KEY]
                await services.sender.drain()
                rows = await services.storage.outbox.rows("reminder")
        assert reminders_to(server.api) == []
        assert [r["status"] for r in rows] == ["dropped", "dropped"]
        assert sum("dropped reminder" in r.getMessage() for r in caplog.records) == 2


async def test_wake_up_jobs_are_never_skipped_as_misfired(
    database: Path, program: Program, travel: TravelTimes
) -> None:
    clock = Clock(parse_moment("2018-07-25T08:00:00+08:00"))
    async with (
        FakeBotApiServer() as server,
        bot_on(server, database, clock, program, travel) as application,
    ):
        await sign_up(application, clock)
        jobs = [job for job in application.job_queue.jobs() if job.name.startswith("wake:")]
        assert len(jobs) == 2
        # APScheduler's default (1 s) would silently skip a job that runs late.
        assert all(job.job.misfire_grace_time is None for job in jobs)
