"""The benchmarks are not run here (they measure; tests assert), but they must not rot:
every module imports, and the throughput plan is the mix its docstring promises."""

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
