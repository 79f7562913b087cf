"""Shared, side-effect-free helpers for the core (bot/) unit tests.

Kept out of conftest.py on purpose: tests import what they use, explicitly.
"""

from __future__ import annotations

import re
import tomllib
from datetime import date, datetime
from functools import cache
from html.parser import HTMLParser
from pathlib import Path

from bot.clock import EVENT_TZ
from bot.program import Program, load_program

ROOT = Path(__file__).resolve().parent.parent
PROGRAM_FILE = ROOT / "data" / "program.toml"
LABELLED_DIR = Path(__file__).resolve().parent / "data" / "labelled"
HELDOUT_FILE = Path(__file__).resolve().parent / "data" / "heldout" / "questions.toml"
LABEL_FIELDS = {
    "class": "baseline",
    "sessions": [],
    "faq": "",
    "theme": "",
    "venue": "",
    "venues": [],
}

EVENT_DAYS = [date(2018, 7, 24), date(2018, 7, 25), date(2018, 7, 26), date(2018, 7, 27)]
DEFAULT_NOW = datetime(2018, 7, 24, 8, 0, tzinfo=EVENT_TZ)

SESSION_IDS = (
    "sh-industrial-chain",
    "talent-recruiting",
    "poverty-alleviation-matchmaking",
    "tourism-promotion",
    "hz-industry-promotion",
    "cross-border-ecommerce",
    "cultural-creative-parks",
    "nj-parks-promotion",
    "commercial-carriers",
    "industry-finance-matchmaking",
)


@cache
def bundled_program() -> Program:
    """The bundled program, parsed once per test run (Program is immutable)."""
    return load_program(PROGRAM_FILE)


def at(text: str) -> datetime:
    """An ISO time; without an offset it is taken as Asia/Shanghai."""
    moment = datetime.fromisoformat(text)
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=EVENT_TZ)
    return moment


def _questions(path: Path) -> list[dict]:
    with path.open("rb") as handle:
        return [{**LABEL_FIELDS, **label} for label in tomllib.load(handle)["question"]]


@cache
def _tuning_questions() -> tuple[dict, ...]:
    return tuple(q for path in sorted(LABELLED_DIR.glob("*.toml")) for q in _questions(path))


def labelled_questions() -> list[dict]:
    """The tuning set: every file in tests/data/labelled/."""
    return list(_tuning_questions())


def heldout_questions() -> list[dict]:
    """The frozen held-out set: never tuned against (see its header)."""
    return _questions(HELDOUT_FILE)


# ---------------------------------------------------------------- Telegram HTML

TELEGRAM_TAGS = {"b", "i", "code", "a"}


class _TelegramHtmlChecker(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[str] = []
        self.problems: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag not in TELEGRAM_TAGS:
            self.problems.append(f"tag <{tag}> is not allowed")
        if tag == "a" and not any(name == "href" and value for name, value in attrs):
            self.problems.append("<a> without href")
        self.stack.append(tag)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.problems.append(f"self-closing <{tag}/> is not allowed")

    def handle_endtag(self, tag: str) -> None:
        if not self.stack:
            self.problems.append(f"</{tag}> closes nothing")
        elif self.stack[-1] != tag:
            self.problems.append(f"</{tag}> closes <{self.stack[-1]}>")
            self.stack.pop()
        else:
            self.stack.pop()

    def unknown_decl(self, data: str) -> None:
        self.problems.append(f"declaration {data!r}")

    def handle_comment(self, data: str) -> None:
        self.problems.append(f"comment {data!r}")


def telegram_html_problems(text: str) -> list[str]:
    """Why `text` would be refused by Telegram's HTML parse mode ([] when it is fine)."""
    checker = _TelegramHtmlChecker()
    checker.feed(text)
    checker.close()
    problems = list(checker.problems)
    problems += [f"<{tag}> is never closed" for tag in checker.stack]
    # A bare '<' or '&' that is not an entity: html.parser keeps it as text, Telegram refuses it.
    stripped = text
    for tag in TELEGRAM_TAGS:
        stripped = stripped.replace(f"<{tag}>", "").replace(f"</{tag}>", "")
    stripped = re.sub(r'<a href="[^"<>]*">', "", stripped)
    if "<" in stripped or ">" in stripped:
        problems.append("unescaped '<' or '>' outside a tag")
    if re.search(r"&(?!(?:lt|gt|amp|quot|#\d+|#x[0-9a-fA-F]+);)", stripped):
        problems.append("unescaped '&'")
    return problems
