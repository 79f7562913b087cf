"""Broadcast throughput: achieved rate against the configured one, and a delegate's answer
latency while it runs.

The bot runs as its own process (`python run_bot.py`, as deployed) and the fake Bot API
server in this one, so each has a core, as the bot and Telegram would.

    python -m bench.broadcast --recipients 5000 --rate 25
"""

from __future__ import annotations

import argparse
import asyncio
import tempfile
import time
from pathlib import Path

from bench.common import describe_ms, percentile
from bot.clock import Clock, parse_moment
from bot.storage import Storage
from tests.bot_process import bot_environment, run_command, start_bot, stop_bot
from tests.fake_bot_api import FakeBotApiServer

TEXT = "Benchmark announcement"
NOW = "2018-07-25T07:00:00+08:00"


async def _delegates(database: Path, count: int) -> None:
    storage = await Storage.open(database)
    try:
        now = Clock(parse_moment(NOW), frozen=True).now()
        for user in range(1, count + 1):
            await storage.users.touch(user, "en", now)
    finally:
        await storage.close()


async def measure(recipients: int, rate: float) -> dict[str, float]:
    with tempfile.TemporaryDirectory() as folder:
        database = Path(folder) / "bench.sqlite3"
        await _delegates(database, recipients)
        async with FakeBotApiServer() as server:
            api = server.api
            env = bot_environment(
                server,
                database,
                NOW,
                BROADCAST_RATE=f"{rate:g}",
                TELEGRAM_RATE=f"{max(30.0, rate * 1.2):g}",
                LOG_LEVEL="WARNING",
            )
            queued = await run_command(env, "broadcast", "--to", "all", "--yes", TEXT)
            queued.check_returncode()
            assert f"{recipients} recipients" in queued.stdout, queued.stdout
            process = await start_bot(env)
            latencies: list[float] = []
            try:
                first = await api.wait_for_call(
                    lambda c: c.method == "sendMessage" and TEXT in str(c.params.get("text")),
                    timeout=60,
                )
                del first
                started = time.perf_counter()
                asker = recipients + 1
                while sum(1 for m in api.sent if TEXT in m.get("text", "")) < recipients:
                    asker += 1  # a new delegate each time: one would soon be flood-limited
                    mark = len(api.calls)
                    asked = time.perf_counter()
                    api.push_message(
                        api.make_user(asker, "Asker", "en"), "when is the tourism promotion?"
                    )
                    await api.wait_for_sent(asker, after=mark, timeout=60)
                    latencies.append(time.perf_counter() - asked)
                    await asyncio.sleep(0.25)
                took = time.perf_counter() - started
            finally:
                await stop_bot(process)
    achieved = (recipients - 1) / took  # from the first delivery to the last
    print(
        f"broadcast: {recipients} recipients in {took:.1f} s = {achieved:.1f} msg/s; "
        f"configured {rate:g}/s; ratio {achieved / rate:.2f} (target >= 0.9)"
    )
    print(f"  a delegate's answer while it ran: {describe_ms(latencies)}")
    return {
        "achieved": achieved,
        "ratio": achieved / rate,
        "answer_p50_ms": percentile(latencies, 50) * 1000,
        "answer_p99_ms": percentile(latencies, 99) * 1000,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--recipients", type=int, default=5000)
    parser.add_argument("--rate", type=float, default=25.0)
    args = parser.parse_args()
    asyncio.run(measure(args.recipients, args.rate))


if __name__ == "__main__":
    main()
