"""Shared, side-effect-free helpers for the core (bot/) unit tests.

Kept out of conftest.py on purpose: tests import what they use, explicitly.
"""

from __future__ import annotations

import re
import tomllib
from datetime import date, datetime
from functools import cache
from pathlib import Path

from bot import render
from bot.clock import EVENT_TZ
from bot.program import Program, load_program
from bot.search import Answer, SearchIndex
from botapi_emulator import BotApiError
from botapi_emulator.telegram_html import parse_html

ROOT = Path(__file__).resolve().parent.parent
PROGRAM_FILE = ROOT / "data" / "program.toml"
LABELLED_DIR = Path(__file__).resolve().parent / "data" / "labelled"
HELDOUT_FILE = Path(__file__).resolve().parent / "data" / "heldout" / "questions.toml"
FIRST_SIGHT_DIR = Path(__file__).resolve().parent / "data" / "firstsight"
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
ENGLISH_WEEKDAY = re.compile(
    r"\b(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)(?:day|nesday|rsday|urday)?\b",
    re.IGNORECASE,
)

# Chinese characters, and what a Chinese message may show in Latin letters: commands and
# their arguments in <code>, the delegate's own words in quotes, placeholders, tags and
# entities, and the few names that have no Chinese form.
CJK = re.compile(r"[\u3400-\u9fff]")
NOT_PROSE = re.compile(r"<code>.*?</code>|“[^”]*”|\{[a-z_]+\}|<[^>]+>|/[a-z_]+|&[a-z]+;")
LATIN_ALLOWED = {"CSV"}

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


def known_ids() -> dict[str, set[str]]:
    """The bundled program's ids by kind: what a label or an answerable question may name."""
    program = bundled_program()
    return {
        "session": {s.id for s in program.sessions},
        "faq": {f.id for f in program.faq},
        "theme": {t.id for t in program.themes},
        "venue": {v.id for v in program.venues},
    }


def answered(index: SearchIndex, text: str, now: datetime | None = None) -> Answer:
    """The index's answer to `text`, asked at `now` (the first morning before anything)."""
    return index.answer(text, now or DEFAULT_NOW)


def session_ids(answer: Answer) -> list[str]:
    return [session.id for session in answer.sessions]


def one_offer(index: SearchIndex, text: str, prompt: str, lang: str) -> str:
    """The data of the one button a reply offers, asserting the reply says `prompt` (a
    catalog key) in `lang`."""
    reply = render.render_answer(answered(index, text), index.program, DEFAULT_NOW)
    assert reply.text == render.message(prompt, lang)
    [[button]] = reply.buttons
    return button.data


def answered_with_card(index: SearchIndex, text: str) -> list[str]:
    """The sessions whose card is the answer (asserting a card is the answer)."""
    answer = answered(index, text)
    assert answer.kind == "session"
    return session_ids(answer)


def offered(index: SearchIndex, text: str) -> list[str]:
    """The sessions offered, not given, for a question (asserting it is an offer)."""
    answer = answered(index, text)
    assert answer.kind == "suggest", answer.kind
    return session_ids(answer)


def entry_given(answer: Answer) -> str | None:
    """The FAQ entry an answer gives, or None when it gives none."""
    return answer.faq.id if answer.kind == "faq" and answer.faq is not None else None


def offered_for_its_detail(index: SearchIndex, text: str) -> list[str]:
    """The sessions offered for a detail no card gives (asserting that is the answer)."""
    answer = answered(index, text)
    assert answer.kind == "suggest" and answer.detail_unstated
    return session_ids(answer)


def at(text: str) -> datetime:
    """An ISO time; without an offset it is taken as Asia/Shanghai."""
    moment = datetime.fromisoformat(text)
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=EVENT_TZ)
    return moment


def asked_at(label: dict) -> datetime:
    """When a labelled question is asked: its `now`, or the first morning before anything."""
    return at(label["now"]) if "now" in label else DEFAULT_NOW


# Two moments the storage tests record users at.
T0 = at("2018-07-24T09:00:00")
T1 = at("2018-07-25T14:30:00")


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


# First-sight sets whose misses have never been read (tests/data/firstsight/README.md):
# only their totals are ever printed (tests.transfer, tests.scoring firstsight).
UNREAD_FIRST_SIGHT = frozenset(
    [
        "fresh_ag.toml",
        "fresh_ah.toml",
        "fresh_ai.toml",
        "fresh_ak.toml",
        "fresh_am.toml",
        "fresh_ap.toml",
        "fresh_aq.toml",
        "fresh_av.toml",
        "fresh_aw.toml",
    ]
)


def first_sight_sets() -> dict[str, list[dict]]:
    """Later writers' sets by file name (tests/data/firstsight/README.md)."""
    return {path.name: _questions(path) for path in sorted(FIRST_SIGHT_DIR.glob("*.toml"))}


def first_sight_questions() -> list[dict]:
    """Later writers' sets, not tuned on (tests/data/firstsight/README.md)."""
    return [q for questions in first_sight_sets().values() for q in questions]


# ---------------------------------------------------------------- Telegram HTML


def telegram_html_problems(text: str) -> list[str]:
    """Why `text` would be refused by Telegram's HTML parse mode ([] when it is fine): the
    emulator's parser is the one definition of valid Telegram HTML."""
    try:
        parse_html(text)
    except BotApiError as error:
        return [error.description]
    return []


def latin_words(text: str) -> set[str]:
    """The Latin words of `text` outside what NOT_PROSE and LATIN_ALLOWED let through."""
    return set(re.findall(r"[A-Za-z]{2,}", NOT_PROSE.sub("", text))) - LATIN_ALLOWED
