"""Updates per second: the full bot against a bare PTB echo bot, both through the same
kind of fake Bot API server on loopback, in the same run, on the same updates: labelled
questions, session-card buttons ("s:<id>") and sign-up buttons ("u:<id>", delegates whose
profiles were saved first).

Each bot is its own process, as deployed: `python run_bot.py` and `bench/echo_bot.py`;
the fake server runs in this one. Timed from pushing every update at once to the fake
API recording the reply to the last one (a sendMessage per update; a button press is
also answered with answerCallbackQuery, by both bots). The echo bot runs with PTB's
defaults (one update at a time, PTB's httpx transport), and again on the bot's own
transport for a like-for-like figure; the bot runs as composed (updates of different
delegates concurrently). Each process's CPU time per update is read from /proc.

The bot's overall Bot API rate limit (AIORateLimiter, 30 calls/s by default: Telegram's
own limit) is raised for this run, or the figure would only measure that limit.

    python -m bench.throughput [--updates 600] [--users 60] [--repeats 3]
"""

from __future__ import annotations

import argparse
import asyncio
import math
import os
import statistics
import tempfile
import time
from collections import Counter
from collections.abc import AsyncIterator, Callable, Sequence
from contextlib import asynccontextmanager
from dataclasses import dataclass
from functools import partial
from pathlib import Path

from bench.answering import labelled_questions
from bench.common import EVENT_MORNING, bundled, sent_to, wait_for_count
from bot.clock import parse_moment
from bot.storage import Profile, Storage
from botapi_emulator import BotApiEmulator, JsonDict
from tests.bot_process import bot_environment, start_bot, stop_bot
from tests.fake_bot_api import FakeBotApiServer

FIRST_USER = 500_001
API_RATE = 100_000.0  # calls/s: high enough never to be what sets the pace here
TARGET_RATIO = 0.8
BOT_TRANSPORT = "aiohttp"  # the bot's default (HTTP_TRANSPORT)
# The bot's per-delegate flood control lets a burst of about a dozen messages through;
# a real delegate does not send more at once, so neither does this benchmark.
MAX_PER_USER = 10


@dataclass(frozen=True)
class Planned:
    user: int
    kind: str  # question | button | signup
    payload: str  # the question's text or the button's data


def plan(updates: int, users: int) -> list[Planned]:
    """A third each of questions, session-card presses and sign-ups, round robin over users;
    each delegate signs up for different sessions (all still open at the bot's clock)."""
    program, _ = bundled()
    questions = [text for text, _ in labelled_questions()]
    now = parse_moment(EVENT_MORNING)
    cards = [s.id for s in program.sessions]
    open_sessions = [s.id for s in program.sessions if s.start > now]
    planned: list[Planned] = []
    turns: Counter[int] = Counter()
    for n in range(updates):
        slot, user_index = divmod(n, users)
        user = FIRST_USER + user_index
        kind = ("question", "button", "signup")[(slot + user_index) % 3]
        if kind == "question":
            payload = questions[n % len(questions)]
        elif kind == "button":
            payload = f"s:{cards[n % len(cards)]}"
        else:
            pick = (user_index + turns[user]) % len(open_sessions)
            turns[user] += 1
            payload = f"u:{open_sessions[pick]}"
        planned.append(Planned(user, kind, payload))
    return planned


async def drive(
    api: BotApiEmulator, planned: list[Planned], users: list[int], cpu: Callable[[], float]
) -> dict[str, float]:
    """Warms up (one question per user, whose reply carries the buttons pressed later),
    then pushes every planned update at once and waits for the reply to the last one.
    `cpu` reads the bot process's CPU seconds so far."""
    people = {user: api.make_user(user, f"D{user}", "en") for user in users}
    mark = len(api.calls)
    for user in users:
        api.push_message(people[user], "hello")
    await wait_for_count(api, sent_to(set(users)), len(users), after=mark, timeout=60)
    pressed_on: dict[int, JsonDict] = {
        user: api.messages_to(user)[-1] for user in users
    }  # a message each delegate got from this bot
    await asyncio.sleep(0.2)  # let the warm-up's trailing calls settle
    mark = len(api.calls)
    cpu_before = cpu()
    started = time.perf_counter()
    for item in planned:
        if item.kind == "question":
            api.push_message(people[item.user], item.payload)
        else:
            api.push_callback(
                people[item.user], pressed_on[item.user], item.payload, check_button=False
            )
    finished = await wait_for_count(
        api, sent_to(set(users)), len(planned), after=mark, timeout=max(60, len(planned) / 5)
    )
    took = finished - started
    return {
        "seconds": took,
        "per_second": len(planned) / took,
        "cpu_ms_per_update": (cpu() - cpu_before) * 1000 / len(planned),
    }


def process_cpu_seconds(pid: int) -> float:
    """User + system CPU time of a process so far (Linux /proc; NaN elsewhere)."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return math.nan
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


@asynccontextmanager
async def bot_process(
    server: FakeBotApiServer, folder: Path, command: Sequence[str], **settings: str
) -> AsyncIterator[asyncio.subprocess.Process]:
    env = bot_environment(server, Path(folder) / "bench.sqlite3", EVENT_MORNING, **settings)
    log = await asyncio.to_thread((Path(folder) / "bot.log").open, "wb")
    with log:
        process = await start_bot(env, command=command, log=log)
        try:
            yield process
        finally:
            await stop_bot(process)


async def measure_bot(planned: list[Planned], users: list[int]) -> dict[str, float]:
    """`python run_bot.py` as deployed, its delegates' profiles saved beforehand."""
    with tempfile.TemporaryDirectory() as folder:
        database = Path(folder) / "bench.sqlite3"
        storage = await Storage.open(database)
        now = parse_moment(EVENT_MORNING)
        for user in users:
            await storage.profiles.save(Profile(user, f"Delegate {user}", "Benchmark Org"), now)
        await storage.close()
        async with FakeBotApiServer() as server:
            rates = {"TELEGRAM_RATE": f"{API_RATE:g}", "BROADCAST_RATE": f"{API_RATE:g}"}
            async with bot_process(server, Path(folder), ["run_bot.py"], **rates) as process:
                figures = await drive(
                    server.api, planned, users, partial(process_cpu_seconds, process.pid)
                )
        storage = await Storage.open(database)
        try:
            counts = await storage.signups.counts()
        finally:
            await storage.close()
        figures["signed_up"] = float(sum(sum(pair) for pair in counts.values()))
        return figures


async def measure_echo(
    planned: list[Planned], users: list[int], transport: str | None = None
) -> dict[str, float]:
    """The bare PTB echo bot (bench/echo_bot.py), also as its own process: with PTB's
    default transport, or (`transport`) with the bot's own."""
    with tempfile.TemporaryDirectory() as folder:
        async with FakeBotApiServer() as server:
            command = ["-m", "bench.echo_bot"]
            settings = {"ECHO_TRANSPORT": transport} if transport else {}
            async with bot_process(server, Path(folder), command, **settings) as process:
                return await drive(
                    server.api, planned, users, partial(process_cpu_seconds, process.pid)
                )


async def measure(updates: int = 600, users: int = 60, repeats: int = 3) -> dict[str, float]:
    """`repeats` rounds of three runs (echo bot, echo bot on the bot's transport, the bot),
    each on a fresh server and database; the figures are medians (the ratios: of each
    round's ratio)."""
    users = max(users, math.ceil(updates / MAX_PER_USER))
    people = [FIRST_USER + n for n in range(users)]
    planned = plan(updates, users)
    kinds = Counter(item.kind for item in planned)
    runs: dict[str, list[dict[str, float]]] = {"echo": [], "echo_same": [], "bot": []}
    for _ in range(repeats):
        runs["echo"].append(await measure_echo(planned, people))
        runs["echo_same"].append(await measure_echo(planned, people, BOT_TRANSPORT))
        runs["bot"].append(await measure_bot(planned, people))

    def median(name: str, figure: str) -> float:
        return statistics.median(run[figure] for run in runs[name])

    def ratios(baseline: str) -> list[float]:
        return [
            bot["per_second"] / base["per_second"]
            for bot, base in zip(runs["bot"], runs[baseline], strict=True)
        ]

    def line(label: str, name: str) -> str:
        each = ", ".join(f"{run['per_second']:.0f}" for run in runs[name])
        return (
            f"  {label:<34} {median(name, 'per_second'):5.0f} updates/s (runs: {each}); "
            f"CPU {median(name, 'cpu_ms_per_update'):.2f} ms/update"
        )

    target, same = ratios("echo"), ratios("echo_same")
    ratio, same_ratio = statistics.median(target), statistics.median(same)
    print(
        f"throughput: {updates} updates from {users} delegates "
        f"({kinds['question']} questions, {kinds['button']} card buttons, "
        f"{kinds['signup']} sign-ups), {repeats} round(s), medians:"
    )
    print(line("bare PTB echo bot (PTB's defaults)", "echo"))
    print(line(f"bare PTB echo bot on {BOT_TRANSPORT}", "echo_same"))
    print(line("the bot", "bot") + f"; {runs['bot'][-1]['signed_up']:.0f} sign-ups stored")
    verdict = "met" if ratio >= TARGET_RATIO else "MISSED"
    print(
        f"  ratio bot / echo bot {ratio:.2f} (rounds: {', '.join(f'{r:.2f}' for r in target)}; "
        f"target >= {TARGET_RATIO}: {verdict})"
    )
    print(
        f"  ratio bot / echo bot on the same transport {same_ratio:.2f} "
        f"(rounds: {', '.join(f'{r:.2f}' for r in same)}): what the bot's own work costs"
    )
    return {
        "bot_per_second": median("bot", "per_second"),
        "echo_per_second": median("echo", "per_second"),
        "ratio": ratio,
        "same_transport_ratio": same_ratio,
        "bot_cpu_ms_per_update": median("bot", "cpu_ms_per_update"),
        "echo_cpu_ms_per_update": median("echo", "cpu_ms_per_update"),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--updates", type=int, default=600)
    parser.add_argument("--users", type=int, default=60)
    parser.add_argument("--repeats", type=int, default=3, help="rounds of three runs")
    args = parser.parse_args()
    asyncio.run(measure(args.updates, args.users, args.repeats))


if __name__ == "__main__":
    main()
