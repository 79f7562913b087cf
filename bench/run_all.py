"""Every benchmark, one after another, then a summary table "figure | measured | target".

    python -m bench.run_all           the full sizes (about two minutes on 2 cores)
    python -m bench.run_all --quick   small sizes: a smoke run of well under a minute

Each figure is a ratio or a percentile measured in the same run as its baseline; nothing
here asserts a time. A benchmark that fails is reported in the table and the rest still run.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import sys
import time
import traceback
from collections.abc import Callable, Coroutine
from dataclasses import dataclass
from typing import Any

from bench import answering, broadcast, matches, reminders, signups, throughput

Row = tuple[str, str, str]  # figure, measured, target


@dataclass(frozen=True)
class Sizes:
    sessions: int  # the generated program
    rounds: int  # over the labelled questions, bundled program
    big_rounds: int  # over the labelled questions, generated program
    updates: int
    users: int
    repeats: int  # rounds of throughput runs (echo bot, echo bot on aiohttp, bot)
    delegates: int
    seats: int
    recipients: int
    broadcast_rate: float
    reminders: int
    reminder_rate: float
    timeout: float  # seconds for any one benchmark
    profiles: int = 5_000  # opted-in networking profiles
    asking: int = 200  # delegates asking for suggestions among them


FULL = Sizes(10_000, 5, 3, 600, 60, 3, 1000, 100, 10_000, 1000.0, 500, 1000.0, 240.0)
QUICK = Sizes(1_000, 1, 1, 150, 15, 1, 200, 20, 1_000, 1000.0, 100, 1000.0, 60.0, 1_000, 50)


def ms(seconds: float) -> str:
    return f"{seconds * 1000:.2f} ms"


def answering_rows(result: dict[str, Any], sizes: Sizes) -> list[Row]:
    small, large = result["bundled"], result["generated"]
    big = f"{sizes.sessions:,} sessions"
    rows: list[Row] = []
    for label, figures, target in (("bundled", small, "< 2 ms"), (big, large, "< 20 ms")):
        if label != "bundled" and sizes.sessions != 10_000:
            target += " (at 10,000)"
        rows += [
            (f"SearchIndex.answer p50, {label}", f"{figures['answer_p50_ms']:.2f} ms", ""),
            (f"SearchIndex.answer p99, {label}", f"{figures['answer_p99_ms']:.2f} ms", target),
            (f"Assistant.ask p99, {label}", f"{figures['ask_p99_ms']:.2f} ms", ""),
            (f"naive matcher p99, {label}", f"{figures['naive_p99_ms']:.2f} ms", "baseline"),
            (
                f"answer/naive, {label}",
                f"p50 x{figures['answer_p50_ratio']:.2f}, p99 x{figures['answer_p99_ratio']:.2f}",
                "",
            ),
            (f"index build, {label}", f"{figures['build_s'] * 1000:.0f} ms", "once per program"),
        ]
    return rows


def matches_rows(result: dict[str, float], sizes: Sizes) -> list[Row]:
    among = f"{sizes.profiles:,} profiles"
    target = f"< {matches.TARGET_P99_MS:g} ms" + ("" if sizes.profiles == 5_000 else " (at 5,000)")
    return [
        (f"Matchmaker.suggest p50, {among}", f"{result['suggest_p50_ms']:.2f} ms", ""),
        (f"Matchmaker.suggest p99, {among}", f"{result['suggest_p99_ms']:.2f} ms", target),
        (f"sector overlap only p99, {among}", f"{result['baseline_p99_ms']:.2f} ms", "baseline"),
        ("suggest/sector overlap p99", f"x{result['p99_ratio']:.1f}", ""),
        (f"first request (every text read), {among}", f"{result['cold_ms']:.0f} ms", "once"),
        (
            "suggestions invariant",
            "holds" if result["invariant"] else "BROKEN",
            "at most 5, best first, never the asker",
        ),
    ]


def service_rows(result: dict[str, float], sizes: Sizes) -> list[Row]:
    among = f"{sizes.profiles:,} profiles"
    return [
        (
            f"Networking.suggestions p50 / p99, {among}",
            f"{result['warm_p50_ms']:.1f} / {result['warm_p99_ms']:.1f} ms",
            f"< {matches.TARGET_P99_MS:g} ms",
        ),
        (
            "the same right after a change (every profile re-read)",
            f"{result['after_change_p50_ms']:.1f} / {result['after_change_p99_ms']:.1f} ms",
            "baseline",
        ),
    ]


def throughput_rows(result: dict[str, float], sizes: Sizes) -> list[Row]:
    return [
        (
            f"bot updates/s ({sizes.updates} updates)",
            f"{result['bot_per_second']:.0f}/s, CPU {result['bot_cpu_ms_per_update']:.2f} ms each",
            "",
        ),
        (
            "bare PTB echo bot updates/s",
            f"{result['echo_per_second']:.0f}/s, CPU {result['echo_cpu_ms_per_update']:.2f} ms each",
            "baseline",
        ),
        ("throughput bot/echo", f"{result['ratio']:.2f}", ">= 0.8"),
        (
            f"bot/echo on the bot's transport ({throughput.BOT_TRANSPORT})",
            f"{result['same_transport_ratio']:.2f}",
            "like for like",
        ),
    ]


def signups_rows(result: dict[str, float], sizes: Sizes) -> list[Row]:
    crowd = f"{sizes.delegates} for {sizes.seats} seats"
    return [
        (f"concurrent sign-ups, {crowd}", f"{result['concurrent_s']:.2f} s", ""),
        ("same sign-ups one at a time", f"{result['sequential_s']:.2f} s", "baseline"),
        ("sign-ups concurrent/sequential time", f"{result['ratio']:.2f}", ""),
        (
            "capacity invariant",
            "holds" if result["invariant"] else "BROKEN",
            f"{sizes.seats} confirmed, rest waitlisted 1..n",
        ),
    ]


def broadcast_rows(result: dict[str, float], sizes: Sizes) -> list[Row]:
    return [
        (
            f"broadcast to {sizes.recipients:,} at {sizes.broadcast_rate:g}/s",
            f"{result['achieved']:.0f} msg/s",
            "",
        ),
        ("broadcast achieved/configured rate", f"{result['ratio']:.2f}", ">= 0.9"),
        (
            "a delegate's answer during it",
            f"p50 {result['answer_p50_ms']:.1f} ms, p99 {result['answer_p99_ms']:.1f} ms",
            "",
        ),
    ]


def reminders_rows(result: dict[str, float], sizes: Sizes) -> list[Row]:
    many = f"{sizes.reminders} due at once"
    return [
        (f"reminder lateness p50, {many}", ms(result["p50_s"]), ""),
        (
            f"reminder lateness p99, {many}",
            ms(result["p99_s"]),
            f"(floor n/rate: {ms(result['rate_floor_s'])})",
        ),
        ("reminder lateness, a single one", ms(result["single_s"]), "baseline"),
        ("reminder lateness p99 ratio", f"{result['ratio']:.1f}", ""),
    ]


def run_async(make: Callable[[], Coroutine[Any, Any, Any]], sizes: Sizes) -> Any:
    async def bounded() -> Any:
        async with asyncio.timeout(sizes.timeout):
            return await make()

    return asyncio.run(bounded())


Benchmark = tuple[str, Callable[[Sizes], Any], Callable[[Any, Sizes], list[Row]], str]

BENCHMARKS: list[Benchmark] = [
    (
        "answering",
        lambda s: answering.measure(s.sessions, s.rounds, s.big_rounds),
        answering_rows,
        "SearchIndex.answer p99",
    ),
    (
        "matches",
        lambda s: matches.measure(s.profiles, s.asking),
        matches_rows,
        "Matchmaker.suggest p99",
    ),
    (
        "networking service",
        lambda s: run_async(lambda: matches.measure_service(s.profiles, s.asking), s),
        service_rows,
        "Networking.suggestions p99",
    ),
    (
        "throughput",
        lambda s: run_async(lambda: throughput.measure(s.updates, s.users, s.repeats), s),
        throughput_rows,
        "throughput bot/echo",
    ),
    (
        "signups",
        lambda s: run_async(lambda: signups.measure(s.delegates, s.seats), s),
        signups_rows,
        "concurrent sign-ups",
    ),
    (
        "broadcast",
        lambda s: run_async(lambda: broadcast.measure(s.recipients, s.broadcast_rate), s),
        broadcast_rows,
        "broadcast achieved/configured rate",
    ),
    (
        "reminders",
        lambda s: run_async(lambda: reminders.measure(s.reminders, s.reminder_rate), s),
        reminders_rows,
        "reminder lateness",
    ),
]


def table(rows: list[Row]) -> str:
    header: Row = ("figure", "measured", "target")
    widths = [max(len(row[i]) for row in [header, *rows]) for i in range(3)]

    def line(row: Row) -> str:
        cells = (cell.ljust(width) for cell, width in zip(row, widths, strict=True))
        return " | ".join(cells).rstrip()

    rule = "-+-".join("-" * width for width in widths)
    return "\n".join([line(header), rule, *(line(row) for row in rows)])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true", help="small sizes, for a smoke run")
    parser.add_argument(
        "--only", nargs="+", choices=[name for name, *_ in BENCHMARKS], help="run only these"
    )
    args = parser.parse_args(argv)
    sizes = QUICK if args.quick else FULL
    rows: list[Row] = []
    failed: list[str] = []
    started = time.perf_counter()
    for name, run, to_rows, what in BENCHMARKS:
        if args.only and name not in args.only:
            continue
        print(f"\n=== {name} ===", flush=True)
        began = time.perf_counter()
        try:
            result = run(sizes)
        except Exception as error:  # one broken benchmark must not hide the others' figures
            traceback.print_exc()
            failed.append(name)
            rows.append((what, f"FAILED: {type(error).__name__}: {error}"[:70], ""))
            continue
        rows += to_rows(result, sizes)
        print(f"({name}: {time.perf_counter() - began:.1f} s)", flush=True)
    took = time.perf_counter() - started
    mode = "quick" if args.quick else "full"
    print(f"\n=== summary ({mode} run, {took:.0f} s, {os.cpu_count()} cores) ===")
    print(table(rows), flush=True)
    if failed:
        print(f"failed: {', '.join(failed)}", file=sys.stderr, flush=True)
        # a benchmark that died half-way may leave a worker thread behind: do not wait for it
        os._exit(1)
    return 0


if __name__ == "__main__":
    sys.exit(main())
