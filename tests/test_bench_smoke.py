"""The benchmarks must not rot: every module imports, the throughput plan is the mix its
docstring promises, and the in-process benchmarks run on a tiny workload with their
invariants checked (their figures are for `python -m bench.run_all`, never asserted)."""

from __future__ import annotations

import importlib
from collections import Counter

import pytest

from bench.throughput import MAX_PER_USER, plan


@pytest.mark.parametrize(
    "name", ["answering", "broadcast", "echo_bot", "reminders", "run_all", "signups", "throughput"]
)
def test_every_benchmark_module_imports(name: str) -> None:
    assert importlib.import_module(f"bench.{name}") is not None


def test_throughput_plan_mixes_questions_cards_and_sign_ups_evenly() -> None:
    planned = plan(90, 9)
    kinds = Counter(item.kind for item in planned)
    assert kinds == {"question": 30, "button": 30, "signup": 30}
    per_user = Counter(item.user for item in planned)
    assert max(per_user.values()) <= MAX_PER_USER
    signups = [(item.user, item.payload) for item in planned if item.kind == "signup"]
    assert len(set(signups)) == len(signups)  # nobody signs up twice for one session


# ---------------------------------------------------------------- tiny workloads
# Each benchmark runs on a few items: the figures are meaningless at this size, but the
# code that measures runs, and the invariants it checks hold.


def test_answering_bench_runs_and_reports_every_figure(capsys: pytest.CaptureFixture) -> None:
    from bench.answering import measure

    figures = measure(sessions=30, rounds=1, big_rounds=1)
    for name in ("bundled", "generated"):
        program = figures[name]
        assert program["sessions"] == (10 if name == "bundled" else 30)
        assert program["build_s"] > 0
        assert 0 < program["answer_p50_ms"] <= program["answer_p99_ms"]
    assert "target: SearchIndex.answer p99" in capsys.readouterr().out


async def test_signups_bench_keeps_the_capacity_invariant() -> None:
    from bench.signups import measure

    figures = await measure(delegates=30, seats=5)
    assert figures["invariant"] == 1.0
    assert figures["concurrent_s"] > 0 and figures["sequential_s"] > 0


async def test_reminders_bench_delivers_every_reminder() -> None:
    from bench.reminders import measure

    figures = await measure(delegates=5, rate=1000.0)
    assert 0 <= figures["p50_s"] <= figures["p99_s"]
    assert figures["rate_floor_s"] == pytest.approx(5 / 1000.0)
