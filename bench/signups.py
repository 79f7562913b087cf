"""1,000 concurrent sign-ups for 100 seats, on a temporary SQLite file, through the services
the bot uses (bot.app.build_services; profiles saved first): the time taken and the
capacity invariant (exactly 100 confirmed, 900 waitlisted at positions 1-900).

Baseline in the same run: the same 1,000 sign-ups one after another, on a fresh file.

    python -m bench.signups [--delegates 1000] [--seats 100]
"""

from __future__ import annotations

import argparse
import asyncio
import tempfile
import time
from collections import Counter
from pathlib import Path

from bench.common import EVENT_MORNING, bundled, with_capacity
from bot.app import build_services
from bot.clock import Clock, parse_moment
from bot.config import Settings
from bot.signups import SignupResult
from bot.storage import Storage

SESSION = "tourism-promotion"  # 25 Jul 09:30; the bot's clock says 08:00 that day
FIRST_USER = 700_001


async def sign_up_all(
    path: Path, delegates: int, seats: int, *, concurrently: bool
) -> tuple[float, str, bool]:
    """Returns (seconds, what came out, whether the invariant held)."""
    program, travel = bundled()
    clock = Clock(parse_moment(EVENT_MORNING))
    storage = await Storage.open(path)
    services = build_services(
        Settings(database_path=path), clock, storage, with_capacity(program, SESSION, seats), travel
    )
    try:
        users = range(FIRST_USER, FIRST_USER + delegates)
        for user in users:
            await services.signups.save_profile(user, f"Delegate {user}", "Benchmark Org")
        started = time.perf_counter()
        if concurrently:
            results = list(
                await asyncio.gather(*(services.signups.sign_up(u, SESSION) for u in users))
            )
        else:
            results = [await services.signups.sign_up(u, SESSION) for u in users]
        took = time.perf_counter() - started
        outcome, held = await check(storage, results, delegates, seats)
        return took, outcome, held
    finally:
        await services.close()


async def check(
    storage: Storage, results: list[SignupResult], delegates: int, seats: int
) -> tuple[str, bool]:
    waiting = delegates - seats
    outcomes = Counter(r.outcome for r in results)
    attendees = await storage.signups.attendees(SESSION)
    confirmed = sum(a.status == "confirmed" for a in attendees)
    positions = sorted(a.position or 0 for a in attendees if a.status == "waitlist")
    told = sorted(r.position or 0 for r in results if r.outcome == "waitlisted")
    held = (
        outcomes == Counter({"confirmed": seats, "waitlisted": waiting})
        and len({a.user_id for a in attendees}) == len(attendees) == delegates
        and confirmed == seats
        and positions == list(range(1, waiting + 1))
        and told == list(range(1, waiting + 1))
    )
    first, last = (positions[0], positions[-1]) if positions else (None, None)
    outcome = (
        f"{confirmed} confirmed, {len(positions)} waitlisted at positions {first}-{last}"
        f" ({dict(outcomes)})"
    )
    return outcome, held


async def measure(delegates: int = 1000, seats: int = 100) -> dict[str, float]:
    with tempfile.TemporaryDirectory() as folder:
        folder_path = Path(folder)
        sequential, seq_outcome, seq_held = await sign_up_all(
            folder_path / "sequential.sqlite3", delegates, seats, concurrently=False
        )
        concurrent, outcome, held = await sign_up_all(
            folder_path / "concurrent.sqlite3", delegates, seats, concurrently=True
        )
    ratio = concurrent / sequential
    print(f"sign-ups: {delegates} delegates for {seats} seats (one connection, as the bot has):")
    print(
        f"  concurrent: {concurrent:.2f} s ({delegates / concurrent:.0f}/s); {outcome}; "
        f"invariant {'holds' if held else 'BROKEN'}"
    )
    print(
        f"  sequential: {sequential:.2f} s ({delegates / sequential:.0f}/s); {seq_outcome}; "
        f"invariant {'holds' if seq_held else 'BROKEN'}"
    )
    print(f"  ratio concurrent/sequential time {ratio:.2f}")
    return {
        "concurrent_s": concurrent,
        "sequential_s": sequential,
        "ratio": ratio,
        "invariant": 1.0 if held and seq_held else 0.0,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--delegates", type=int, default=1000)
    parser.add_argument("--seats", type=int, default=100)
    args = parser.parse_args()
    asyncio.run(measure(args.delegates, args.seats))


if __name__ == "__main__":
    main()
