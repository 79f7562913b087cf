"""The code stays ruff-clean, formatted and in modules under 500 lines: part of the
suite, so CI holds it."""

from __future__ import annotations

import subprocess
import sys

from bot.config import PROJECT_ROOT


def ruff(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "ruff", *args],
        cwd=PROJECT_ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def test_ruff_check_passes() -> None:
    result = ruff("check", ".")
    assert result.returncode == 0, result.stdout + result.stderr


def test_ruff_format_is_applied() -> None:
    result = ruff("format", "--check", ".")
    assert result.returncode == 0, result.stdout + result.stderr


MAX_MODULE_LINES = 500  # the team's rule: a module over this has more than one job


def test_every_module_outside_the_tests_stays_under_500_lines() -> None:
    modules = [PROJECT_ROOT / "run_bot.py"]
    for folder in ("bot", "handlers", "bench"):
        modules += sorted((PROJECT_ROOT / folder).rglob("*.py"))
    long = {
        str(path.relative_to(PROJECT_ROOT)): lines
        for path in modules
        if (lines := len(path.read_text(encoding="utf-8").splitlines())) >= MAX_MODULE_LINES
    }
    assert long == {}
