"""Helpers several test modules share, so no test module imports another."""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import replace

from bot.config import PROJECT_ROOT
from bot.notifier import Delivery
from bot.program import Program
from bot.reply import Reply
from bot.services import Services


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
    await services.storage.users.touch(user_id, language, services.clock.now())
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
