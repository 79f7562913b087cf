"""Shared set-up for benchmarks: the real bot against the fake Bot API on loopback."""

from __future__ import annotations

import statistics
import sys
import time
from collections.abc import AsyncIterator, Callable, Collection, Mapping
from contextlib import asynccontextmanager
from dataclasses import replace
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # `python bench/x.py` from a fresh checkout
    sys.path.insert(0, str(ROOT))

from bot.app import Setup  # noqa: E402
from bot.clock import Clock, parse_moment  # noqa: E402
from bot.config import DEFAULT_PROGRAM_FILE, DEFAULT_TRAVEL_FILE, Settings  # noqa: E402
from bot.program import Program, load_program  # noqa: E402
from bot.travel import TravelTimes, load_travel_times  # noqa: E402
from botapi_emulator import BotApiEmulator, BotCall  # noqa: E402
from handlers.application import running  # noqa: E402
from handlers.run import application_for  # noqa: E402
from tests.fake_bot_api import TEST_TOKEN, FakeBotApiServer, make_test_request  # noqa: E402
from tests.support import TestBotApi  # noqa: E402

EVENT_MORNING = "2018-07-25T08:00:00+08:00"


def bundled() -> tuple[Program, TravelTimes]:
    program = load_program(DEFAULT_PROGRAM_FILE)
    return program, load_travel_times(DEFAULT_TRAVEL_FILE, [c.name for c in program.cities])


def with_capacity(program: Program, session_id: str, capacity: int) -> Program:
    """The program with one session's seats changed (as tests/test_signups.py does)."""
    if program.session(session_id) is None:
        raise KeyError(f"no session {session_id!r} in {program.source}")
    return replace(
        program,
        sessions=tuple(
            replace(s, capacity=capacity) if s.id == session_id else s for s in program.sessions
        ),
    )


class TimedBotApi(TestBotApi):
    """The fake server's Bot API, also noting the wall time (time.time()) each request arrived."""

    def __init__(self) -> None:
        super().__init__()
        self.arrivals: list[tuple[float, BotCall]] = []

    async def call(self, method: str, params: Mapping[str, Any]) -> Any:
        if method.lower() == "getupdates":  # a long poll: waits, and may be cancelled
            return await super().call(method, params)
        arrived = time.time()
        before = len(self.calls)
        try:
            return await super().call(method, params)
        finally:
            # Every other method runs without a pause and is recorded last: calls[-1].
            if len(self.calls) == before + 1:
                self.arrivals.append((arrived, self.calls[-1]))


def sent_to(chats: Collection[int]) -> Callable[[BotCall], bool]:
    """Matches a message the bot sent successfully (sendMessage) to one of `chats`."""

    def matches(call: BotCall) -> bool:
        return (
            call.method == "sendMessage"
            and call.ok
            and isinstance(call.result, dict)
            and call.result["chat"]["id"] in chats
        )

    return matches


async def wait_for_count(
    api: BotApiEmulator,
    predicate: Callable[[BotCall], bool],
    count: int,
    *,
    after: int = 0,
    timeout: float = 60.0,  # noqa: ASYNC109 - one deadline for the whole wait
) -> float:
    """Waits until `count` calls from index `after` on match `predicate`; returns the
    time.perf_counter() at which the last of them was recorded by the fake API."""
    seen = 0
    reached = 0.0

    def counting(call: BotCall) -> bool:
        nonlocal seen, reached
        if predicate(call):
            seen += 1
            if seen >= count and not reached:
                reached = time.perf_counter()
        return seen >= count

    if count <= 0:
        return time.perf_counter()
    try:
        await api.wait_for_call(counting, timeout=timeout, after=after)
    except TimeoutError:
        raise TimeoutError(f"only {seen} of {count} expected calls within {timeout:g} s") from None
    return reached


@asynccontextmanager
async def running_bot(
    database: Path,
    *,
    program: Program | None = None,
    api: TestBotApi | None = None,
    **settings: Any,
) -> AsyncIterator[tuple[FakeBotApiServer, Any]]:
    """The full bot (compose + polling) on a fresh fake Bot API server (serving `api`)."""
    default_program, travel = bundled()
    clock = Clock(parse_moment(EVENT_MORNING))
    async with FakeBotApiServer(api) as server:
        config = Settings(
            telegram_token=TEST_TOKEN,
            api_base_url=server.base_url,
            database_path=database,
            **settings,
        )
        application = application_for(
            Setup(config, clock, program or default_program, travel),
            request=make_test_request(30),
            get_updates_request=make_test_request(30, for_updates=True),
        )
        async with running(application):
            yield server, application


def percentile(values: list[float], q: float) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(q / 100 * (len(ordered) - 1))))
    return ordered[index]


def describe_ms(values: list[float]) -> str:
    return (
        f"p50 {percentile(values, 50) * 1000:.2f} ms, p99 {percentile(values, 99) * 1000:.2f} ms"
        f" (mean {statistics.fmean(values) * 1000:.2f} ms, n={len(values)})"
    )
