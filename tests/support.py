"""Helpers several test modules share, so no test module imports another."""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys
import time
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from dataclasses import replace
from datetime import datetime
from pathlib import Path

from bot.app import open_services
from bot.clock import Clock
from bot.config import DEFAULT_TRAVEL_FILE, PROJECT_ROOT, Settings
from bot.front_desk import FrontDesk
from bot.notifier import Delivery
from bot.program import Program
from bot.reply import Reply
from bot.services import Services
from bot.travel import load_travel_times


def with_capacity(program: Program, session_id: str, capacity: int) -> Program:
    return replace(
        program,
        sessions=tuple(
            replace(s, capacity=capacity) if s.id == session_id else s for s in program.sessions
        ),
    )


class RecordingDelivery:
    """Plays Telegram for the notifier: records who was told what."""

    def __init__(self) -> None:
        self.sent: list[tuple[int, Reply]] = []

    async def __call__(self, chat_id: int, reply: Reply) -> Delivery:
        self.sent.append((chat_id, reply))
        return Delivery("sent")


async def delegate(services: Services, user_id: int, language: str = "en") -> int:
    """A delegate who has written to the bot and given a name and organization."""
    await services.storage.touch_user(user_id, language, services.clock.now())
    await services.signups.save_profile(user_id, f"Delegate {user_id}", "Org")
    return user_id


def run_cli(
    *args: str, stdin: str = "", env: dict[str, str] | None = None, timeout: float = 60
) -> subprocess.CompletedProcess[str]:
    """`python run_bot.py ARGS` as an organizer types it, without a bot token."""
    environment = {k: v for k, v in os.environ.items() if k != "TELEGRAM_BOT_TOKEN"}
    environment.update(env or {})
    return subprocess.run(
        [sys.executable, "run_bot.py", *args],
        input=stdin,
        text=True,
        capture_output=True,
        cwd=PROJECT_ROOT,
        env=environment,
        timeout=timeout,
        check=False,
    )


async def until(condition: Callable[[], bool], within: float = 2.0) -> None:
    """For the rare state no call records (a parked long poll); bounded, never blind."""
    deadline = time.monotonic() + within
    while not condition():
        assert time.monotonic() < deadline, "condition not reached in time"
        await asyncio.sleep(0.005)


@asynccontextmanager
async def front_desk(
    folder: Path, program: Program, now: datetime, organizer_ids: frozenset[int] = frozenset()
) -> AsyncIterator[FrontDesk]:
    """The front desk every message goes through, on a fresh database, at a fixed time."""
    travel = load_travel_times(DEFAULT_TRAVEL_FILE, [city.name for city in program.cities])
    settings = Settings(database_path=folder / "front.sqlite3", organizer_ids=organizer_ids)
    services = await open_services(settings, Clock(now, frozen=True), program, travel)
    try:
        yield services.front
    finally:
        await services.close()
