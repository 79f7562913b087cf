"""Runs `python run_bot.py` as a real process against a fake Bot API server."""

from __future__ import annotations

import asyncio
import os
import signal
import subprocess
import sys
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import IO

from bot.config import PROJECT_ROOT
from tests.fake_bot_api import FakeBotApiServer

TOKEN = "4242:SECRET-TOKEN-VALUE"
_PROXIES = ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "http_proxy", "https_proxy", "all_proxy")


def bot_environment(
    server: FakeBotApiServer, database: Path, now: str, **extra: str
) -> dict[str, str]:
    env = {key: value for key, value in os.environ.items() if key not in _PROXIES}
    env.update(
        {
            "TELEGRAM_BOT_TOKEN": TOKEN,
            "TELEGRAM_API_BASE_URL": server.base_url,
            "DATABASE_PATH": str(database),
            "BOT_NOW": now,
            "NO_PROXY": "127.0.0.1,localhost",
            "no_proxy": "127.0.0.1,localhost",
        }
    )
    env.update(extra)
    return env


async def start_bot(
    env: dict[str, str], *, command: Sequence[str] = ("run_bot.py",), log: IO[bytes] | None = None
) -> asyncio.subprocess.Process:
    """`python run_bot.py` (or another `command`); its log goes to `log` when given, since a
    long run could fill a pipe nobody reads until the end and stall the bot."""
    return await asyncio.create_subprocess_exec(
        sys.executable,
        *command,
        cwd=PROJECT_ROOT,
        env=env,
        stdout=asyncio.subprocess.DEVNULL if log else asyncio.subprocess.PIPE,
        stderr=log or asyncio.subprocess.PIPE,
    )


async def stop_bot(process: asyncio.subprocess.Process, *, kill: bool = False) -> str:
    """Stops the bot (SIGINT, as Ctrl-C would; SIGKILL for a crash); returns its log."""
    if process.returncode is None:
        process.send_signal(signal.SIGKILL if kill else signal.SIGINT)
    _, stderr = await asyncio.wait_for(process.communicate(), timeout=30)
    return stderr.decode(errors="replace") if stderr else ""


async def run_command(env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    """`python run_bot.py ARGS` (an organizer's command-line tool) with the bot's settings."""
    return await asyncio.to_thread(
        subprocess.run,
        [sys.executable, "run_bot.py", *args],
        cwd=PROJECT_ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


def kill_figures(received: Counter[int], expected: int) -> tuple[int, int]:
    """How many recipients got a message twice (or more) and how many got none."""
    return sum(count - 1 for count in received.values()), expected - len(received)
