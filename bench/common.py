"""Shared set-up for benchmarks: the real bot against the fake Bot API on loopback."""

from __future__ import annotations

import statistics
import sys
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # `python bench/x.py` from a fresh checkout
    sys.path.insert(0, str(ROOT))

from bot.clock import Clock, parse_moment  # noqa: E402
from bot.config import DEFAULT_PROGRAM_FILE, DEFAULT_TRAVEL_FILE, Settings  # noqa: E402
from bot.program import Program, load_program  # noqa: E402
from bot.travel import TravelTimes, load_travel_times  # noqa: E402
from handlers.application import running  # noqa: E402
from run_bot import compose  # noqa: E402
from tests.fake_bot_api import TEST_TOKEN, FakeBotApiServer, make_test_request  # noqa: E402

EVENT_MORNING = "2018-07-25T08:00:00+08:00"


def bundled() -> tuple[Program, TravelTimes]:
    program = load_program(DEFAULT_PROGRAM_FILE)
    return program, load_travel_times(DEFAULT_TRAVEL_FILE, [c.name for c in program.cities])


@asynccontextmanager
async def running_bot(
    database: Path, *, program: Program | None = None, **settings: Any
) -> AsyncIterator[tuple[FakeBotApiServer, Any]]:
    """The full bot (compose + polling) on a fresh fake Bot API server."""
    default_program, travel = bundled()
    clock = Clock(parse_moment(EVENT_MORNING))
    async with FakeBotApiServer() as server:
        config = Settings(
            telegram_token=TEST_TOKEN,
            api_base_url=server.base_url,
            database_path=database,
            **settings,
        )
        application = compose(
            config,
            clock,
            program or default_program,
            travel,
            request=make_test_request(30),
            get_updates_request=make_test_request(30),
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
