"""Broadcast throughput: achieved rate against the configured one, through the real bot
and the fake Bot API on loopback, and a delegate's answer latency while it runs.

    python bench/broadcast.py --recipients 5000 --rate 25
"""

from __future__ import annotations

import argparse
import asyncio
import tempfile
import time
from pathlib import Path

from bench.common import describe_ms, running_bot
from bot.organizer import Audience
from handlers.common import SERVICES_KEY

TEXT = "Benchmark announcement"


async def measure(recipients: int, rate: float) -> dict[str, float]:
    with tempfile.TemporaryDirectory() as folder:
        async with running_bot(
            Path(folder) / "bench.sqlite3", broadcast_rate=rate, api_rate=max(30.0, rate * 1.2)
        ) as (server, application):
            services = application.bot_data[SERVICES_KEY]
            now = services.clock.now()
            for user in range(1, recipients + 1):
                await services.storage.touch_user(user, "en", now)
            asker = server.api.make_user(recipients + 10, "Asker", "en")
            draft = await services.storage.create_draft(0, TEXT, now)
            started = time.perf_counter()
            await services.organizer.queue(draft, Audience("all"))
            latencies: list[float] = []
            api = server.api
            while True:
                delivered = sum(1 for m in api.sent if m.get("text", "").endswith(TEXT))
                if delivered >= recipients:
                    break
                mark = len(api.calls)
                asked = time.perf_counter()
                api.push_message(asker, "when is the tourism promotion?")
                await api.wait_for_sent(asker["id"], after=mark, timeout=30)
                latencies.append(time.perf_counter() - asked)
                await asyncio.sleep(0.5)
            took = time.perf_counter() - started
    achieved = recipients / took
    print(
        f"broadcast: {recipients} recipients in {took:.1f} s = {achieved:.1f} msg/s; "
        f"configured {rate:g}/s; ratio {achieved / rate:.2f} (target >= 0.9)"
    )
    print(f"  a delegate's answer while it ran: {describe_ms(latencies)}")
    return {"achieved": achieved, "ratio": achieved / rate}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--recipients", type=int, default=5000)
    parser.add_argument("--rate", type=float, default=25.0)
    args = parser.parse_args()
    asyncio.run(measure(args.recipients, args.rate))


if __name__ == "__main__":
    main()
