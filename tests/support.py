"""Helpers several test modules share, so no test module imports another."""

from __future__ import annotations

import asyncio
import os
import re
import subprocess
import sys
import time
from collections import Counter
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path

from bot.app import Setup, build_services, open_services
from bot.clock import Clock
from bot.config import DEFAULT_PROGRAM_FILE, DEFAULT_TRAVEL_FILE, PROJECT_ROOT, Settings
from bot.front_desk import FrontDesk
from bot.outbox_sender import Delivery
from bot.program import Program, load_program
from bot.reply import Reply
from bot.services import Services
from bot.storage import Storage
from bot.travel import TravelTimes, load_travel_times
from botapi_emulator import BotApiEmulator, BotApiError, JsonDict
from botapi_emulator.protocol import ChatId


def session_block(text: str, session_id: str) -> tuple[int, int]:
    """Where the session's `key = value` lines are: from its id to the next table."""
    start = text.index(f'id = "{session_id}"')
    end = text.find("[[", start)
    return start, len(text) if end < 0 else end


def edit_session(text: str, session_id: str, **values: str) -> str:
    """Sets `key = <TOML value>` lines inside one session's block of a program file."""
    start, end = session_block(text, session_id)
    block = text[start:end]
    for key, value in values.items():
        block, count = re.subn(rf"(?m)^{key} = .*$", f"{key} = {value}", block, count=1)
        assert count == 1, (session_id, key)
    return text[:start] + block + text[end:]


def bundled_program_text() -> str:
    return DEFAULT_PROGRAM_FILE.read_text(encoding="utf-8")


def rewrite(path: Path, change: Callable[[str], str]) -> None:
    """Edits a program file in place, as an organizer would."""
    path.write_text(change(path.read_text(encoding="utf-8")), encoding="utf-8")


def with_capacity(program: Program, session_id: str, capacity: int) -> Program:
    return replace(
        program,
        sessions=tuple(
            replace(s, capacity=capacity) if s.id == session_id else s for s in program.sessions
        ),
    )


class RecordingDelivery:
    """Plays Telegram for the sender: records who was told what. `then`, if given, runs
    after each message is taken, with how many have been: a test's moment to break
    something while that message is in flight."""

    def __init__(self, then: Callable[[int], Awaitable[None]] | None = None) -> None:
        self.sent: list[tuple[int, Reply]] = []
        self._then = then

    async def __call__(self, chat_id: int, reply: Reply) -> Delivery:
        self.sent.append((chat_id, reply))
        if self._then is not None:
            await self._then(len(self.sent))
        return Delivery("sent")

    def per_chat(self) -> Counter[int]:
        """How many messages each chat received."""
        return Counter(chat_id for chat_id, _ in self.sent)


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


@asynccontextmanager
async def services_at(
    folder: Path,
    program: Program,
    now: datetime,
    organizer_ids: frozenset[int] = frozenset(),
    clock: Clock | None = None,
) -> AsyncIterator[Services]:
    """Every core service on a fresh database (`folder`/front.sqlite3), at a fixed time
    (or on `clock`, for a test that moves it)."""
    settings = Settings(database_path=folder / "front.sqlite3", organizer_ids=organizer_ids)
    clock = clock or Clock(now, frozen=True)
    services = await open_services(Setup(settings, clock, program, travel_for(program)))
    try:
        yield services
    finally:
        await services.close()


def travel_for(program: Program) -> TravelTimes:
    return load_travel_times(DEFAULT_TRAVEL_FILE, [city.name for city in program.cities])


@asynccontextmanager
async def services_on(folder: Path, program_file: Path, clock: Clock) -> AsyncIterator[Services]:
    """The core services on the program file a reload reads, over `folder`/bot.sqlite3
    (kept: a second call is the bot started again), without Telegram."""
    settings = Settings(
        database_path=folder / "bot.sqlite3",
        program_file=program_file,
        travel_file=DEFAULT_TRAVEL_FILE,
    )
    program = load_program(program_file)
    storage = await Storage.open(settings.database_path)
    services = build_services(settings, clock, storage, program, travel_for(program))
    try:
        yield services
    finally:
        await services.close()


@asynccontextmanager
async def front_desk(
    folder: Path,
    program: Program,
    now: datetime,
    organizer_ids: frozenset[int] = frozenset(),
    clock: Clock | None = None,
) -> AsyncIterator[FrontDesk]:
    """The front desk every message goes through, on a fresh database, at a fixed time
    (or on `clock`)."""
    async with services_at(folder, program, now, organizer_ids, clock) as services:
        yield services.front


@dataclass(slots=True)
class Fault:
    """A failure injected with TestBotApi.fail_next: the error, for how many more calls."""

    error: BotApiError
    remaining: int
    chat_id: ChatId | None


class TestBotApi(BotApiEmulator):
    """The Bot API emulator plus what only tests do to it: make calls fail on purpose, and
    look at state no Bot API request shows (queued updates, a parked poll, callback answers).

    It lives here, not in botapi_emulator, because neither the offline chat nor the bench
    needs any of it. FakeBotApiServer serves one unless given another emulator.
    """

    __test__ = False  # named Test* and imported by test modules, yet not a test class

    def __init__(
        self, bot_user: JsonDict | None = None, now: Callable[[], float] = time.time
    ) -> None:
        super().__init__(bot_user, now)
        self._faults: dict[str, list[Fault]] = {}
        self._chat_faults: dict[ChatId, BotApiError] = {}

    # ------------------------------------------------------------------------ fault injection

    def fail_next(
        self,
        method: str,
        error_code: int,
        description: str,
        *,
        retry_after: int | None = None,
        times: int = 1,
        chat_id: ChatId | None = None,
    ) -> None:
        """Makes the next ``times`` calls of ``method`` (to ``chat_id``, if given) fail."""
        error = BotApiError(error_code, description, retry_after)
        fault = Fault(error=error, remaining=times, chat_id=chat_id)
        self._faults.setdefault(method.lower(), []).append(fault)

    def block_chat(self, chat_id: ChatId) -> None:
        """Every request to this chat fails as if the user blocked the bot."""
        self._chat_faults[chat_id] = BotApiError(403, "Forbidden: bot was blocked by the user")

    def chat_not_found(self, chat_id: ChatId) -> None:
        """Every request to this chat fails as if it never existed."""
        self._chat_faults[chat_id] = BotApiError(400, "Bad Request: chat not found")

    def unblock_chat(self, chat_id: ChatId) -> None:
        """Undoes block_chat or chat_not_found: the chat works again."""
        self._chat_faults.pop(chat_id, None)

    def _before_handler(self, method_key: str, params: JsonDict) -> None:
        """The emulator's hook before each handler: raise the fault this call meets, if any."""
        chat_id = params.get("chat_id")
        faults = self._faults.get(method_key)
        if faults:
            for fault in faults:
                if fault.chat_id is None or fault.chat_id == chat_id:
                    fault.remaining -= 1
                    if fault.remaining <= 0:
                        faults.remove(fault)
                    raise fault.error
        if chat_id is not None and chat_id in self._chat_faults:
            raise self._chat_faults[chat_id]

    # ------------------------------------------------------------------------- inspection

    @property
    def long_poll_pending(self) -> bool:
        """Whether a getUpdates is parked waiting for updates (lets tests sequence on it)."""
        return self._poll_waiter is not None and not self._poll_waiter.done()

    def pending_updates(self) -> list[JsonDict]:
        """Updates not yet acknowledged by a getUpdates offset."""
        return list(self._updates)

    @property
    def callback_answers(self) -> dict[str, JsonDict]:
        """answerCallbackQuery parameters by query id, read from the recorded calls."""
        return {
            str(call.params.get("callback_query_id") or ""): dict(call.params)
            for call in self.calls
            if call.method == "answerCallbackQuery" and call.ok
        }


def cli_environment(program_file: Path, database: Path, now: str) -> dict[str, str]:
    """The environment of `run_bot.py` run as a command on this program and database at
    `now`, without a token or a proxy."""
    proxies = ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "http_proxy", "https_proxy", "all_proxy")
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in proxies and k not in ("TELEGRAM_BOT_TOKEN", "TELEGRAM_API_BASE_URL")
    }
    env.update(
        {
            "PROGRAM_FILE": str(program_file),
            "DATABASE_PATH": str(database),
            "BOT_NOW": now,
        }
    )
    return env


async def run_cli_awaited(env: dict[str, str], *args: str) -> tuple[int, str, str]:
    """`run_bot.py` run with these arguments, awaited so that a bot in this event loop
    keeps running meanwhile: its exit status, output and errors."""
    process = await asyncio.create_subprocess_exec(
        sys.executable,
        "run_bot.py",
        *args,
        cwd=PROJECT_ROOT,
        env=env,
        stdin=asyncio.subprocess.DEVNULL,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
    )
    out, err = await asyncio.wait_for(process.communicate(), timeout=30)
    assert process.returncode is not None
    return process.returncode, out.decode(), err.decode()
