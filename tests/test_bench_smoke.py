"""The benchmarks must not rot: every module imports, the throughput plan is the mix its
docstring promises, and the in-process benchmarks run on a tiny workload with their
invariants checked (their figures are for `python -m bench.run_all`, never asserted)."""

from __future__ import annotations

import importlib
from collections import Counter

import pytest

from bench.throughput import MAX_PER_USER, plan
from bot.textnorm import CJK as CJK_TEXT


@pytest.mark.parametrize(
    "name",
    [
        "answering",
        "broadcast",
        "echo_bot",
        "matches",
        "reminders",
        "run_all",
        "signups",
        "throughput",
    ],
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
        assert program["cold_answer_p99_ms"] > 0
    assert "target: SearchIndex.answer p99" in capsys.readouterr().out


def test_matches_bench_runs_and_its_profiles_are_varied(capsys: pytest.CaptureFixture) -> None:
    from bench.common import bundled
    from bench.matches import measure, synthetic_profiles

    figures = measure(profiles=60, delegates=5)
    assert figures["profiles"] == 60 and figures["delegates"] == 5
    assert figures["invariant"] == 1.0
    assert 0 < figures["suggest_p50_ms"] <= figures["suggest_p99_ms"]
    assert 0 < figures["baseline_p50_ms"] <= figures["baseline_p99_ms"]
    assert 0 < figures["mean_suggestions"] <= 5 and figures["with_suggestions"] > 0
    assert "target: Matchmaker.suggest p99" in capsys.readouterr().out
    profiles = synthetic_profiles(bundled()[0], 60)
    assert len({p.user_id for p in profiles}) == 60
    assert len({p.role for p in profiles}) >= 4 and len({p.languages for p in profiles}) == 3
    assert any(CJK_TEXT.search(p.seek) for p in profiles)
    assert any(not CJK_TEXT.search(p.offer) for p in profiles)
    assert synthetic_profiles(bundled()[0], 60) == profiles  # seeded: the same every run


async def test_the_networking_service_bench_runs_on_a_real_database(
    capsys: pytest.CaptureFixture,
) -> None:
    from bench.matches import measure_service

    figures = await measure_service(profiles=40, delegates=4)
    assert figures["profiles"] == 40 and figures["delegates"] == 4
    assert 0 < figures["warm_p50_ms"] <= figures["warm_p99_ms"]
    assert 0 < figures["after_change_p50_ms"] <= figures["after_change_p99_ms"]
    assert "Networking.suggestions" in capsys.readouterr().out


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
