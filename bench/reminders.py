"""500 reminders due in the same minute: how late each reaches the fake Bot API.

The full bot runs (compose + polling, JobQueue, sender) with a running clock; 500
delegates are confirmed for one session, then the clock is set 3 s before their 60-minute
reminders fall due. Lateness = wall time the fake API received a reminder minus the wall
time it fell due (the wall time the clock was set, plus those 3 s).

Baseline in the same run: one delegate's reminder, measured the same way.
The sender's own rate (broadcast_rate) is set high, so it is not what sets the pace;
still, n reminders at r messages/s cannot all arrive before n/r seconds.

    python -m bench.reminders [--delegates 500] [--rate 1000]
"""

from __future__ import annotations

import argparse
import asyncio
import tempfile
import time
from datetime import timedelta
from pathlib import Path

from bench.common import (
    TimedBotApi,
    bundled,
    describe_ms,
    percentile,
    running_bot,
    sent_to,
    wait_for_count,
    with_capacity,
)
from handlers.common import SERVICES_KEY

SESSION = "tourism-promotion"  # 25 Jul 09:30; the bot's clock starts at 08:00 that day
LEAD = 60  # minutes: the reminder measured
BEFORE_DUE = 3.0  # seconds between setting the clock and the reminders falling due
FIRST_USER = 800_001


async def lateness(delegates: int, rate: float) -> list[float]:
    """Seconds late, one value per reminder received."""
    program, _ = bundled()
    program = with_capacity(program, SESSION, max(500, delegates))
    session = program.session(SESSION)
    assert session is not None
    due = session.start - timedelta(minutes=LEAD)
    users = list(range(FIRST_USER, FIRST_USER + delegates))
    api = TimedBotApi()
    with tempfile.TemporaryDirectory() as folder:
        async with running_bot(
            Path(folder) / "bench.sqlite3",
            program=program,
            api=api,
            broadcast_rate=rate,
            api_rate=rate,
        ) as (_, application):
            services = application.bot_data[SERVICES_KEY]
            for user in users:
                await services.storage.users.touch(user, "en", services.clock.now())
                await services.signups.save_profile(user, f"Delegate {user}", "Benchmark Org")
                result = await services.signups.sign_up(user, SESSION)
                if result.outcome != "confirmed":
                    raise RuntimeError(f"delegate {user}: {result.outcome}, not confirmed")
            if services.clock.now() >= due - timedelta(seconds=BEFORE_DUE):
                raise RuntimeError("signing up took the clock past the reminders")
            await asyncio.sleep(0.5)  # let the sign-ups' re-planning settle
            mark = len(api.arrivals)
            calls = len(api.calls)
            set_at = time.time()
            services.clock.set(due - timedelta(seconds=BEFORE_DUE))
            due_wall = set_at + BEFORE_DUE
            await wait_for_count(
                api,
                sent_to(set(users)),
                delegates,
                after=calls,
                timeout=BEFORE_DUE + 30 + delegates / rate * 3,
            )
    chats = set(users)
    return [
        arrived - due_wall
        for arrived, call in api.arrivals[mark:]
        if call.method == "sendMessage"
        and call.ok
        and call.result["chat"]["id"] in chats
        and "Reminder" in call.result.get("text", "")
    ]


async def measure(delegates: int = 500, rate: float = 1000.0) -> dict[str, float]:
    single = await lateness(1, rate)
    many = await lateness(delegates, rate)
    if len(many) != delegates or len(single) != 1:
        raise RuntimeError(f"expected {delegates} + 1 reminders, got {len(many)} + {len(single)}")
    p99, single_p99 = percentile(many, 99), percentile(single, 99)
    floor = delegates / rate
    print(f"reminders: {delegates} due in the same minute (sender and API rate {rate:g}/s):")
    print(f"  lateness of {delegates}: {describe_ms(many)}; max {max(many) * 1000:.0f} ms")
    print(f"  lateness of 1 (baseline): {single[0] * 1000:.1f} ms")
    print(
        f"  ratio of p99s {p99 / single_p99:.1f}; the rate alone needs {floor * 1000:.0f} ms "
        f"for {delegates} messages"
    )
    return {
        "p50_s": percentile(many, 50),
        "p99_s": p99,
        "single_s": single[0],
        "ratio": p99 / single_p99,
        "rate_floor_s": floor,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--delegates", type=int, default=500)
    parser.add_argument("--rate", type=float, default=1000.0)
    args = parser.parse_args()
    asyncio.run(measure(args.delegates, args.rate))


if __name__ == "__main__":
    main()
