"""An answer depends on the question, the program and the clock only: never on the order
a process happens to iterate a set in (Python salts string hashes per process)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from bot.patterns import phrase_list
from bot.search import SearchIndex
from bot.vocabulary import WHERE_ZH
from tests.helpers_core import DEFAULT_NOW, bundled_program

ROOT = Path(__file__).resolve().parent.parent
# Every labelled and first-sight question's answer, one line each.
_ANSWERS = """
from bot.search import SearchIndex
from tests.helpers_core import asked_at, bundled_program, first_sight_questions, labelled_questions
from tests.scoring import described

index = SearchIndex(bundled_program())
for label in labelled_questions() + first_sight_questions():
    now = asked_at(label)
    answer = index.answer(label["text"], now)
    print(repr(label["text"]), described(answer), answer.confident)
"""


def _answers_with_hash_seed(seed: str) -> str:
    env = {**os.environ, "PYTHONHASHSEED": seed}
    done = subprocess.run(
        [sys.executable, "-c", _ANSWERS], cwd=ROOT, env=env, capture_output=True, text=True
    )
    assert done.returncode == 0, done.stderr
    return done.stdout


def test_answers_are_the_same_whatever_the_hash_seed():
    # Seed 8 split 会场地址 as 场地 before the phrases were ordered as written.
    first, second = (_answers_with_hash_seed(seed) for seed in ("1", "8"))
    assert first.count("\n") > 4000
    assert first == second


def test_phrases_of_one_length_keep_the_order_they_were_written_in():
    assert phrase_list("场地 会场 在哪里 会场") == ("在哪里", "场地", "会场")
    assert WHERE_ZH.index("会场") < WHERE_ZH.index("场地")


def test_a_venue_list_asked_for_is_read_as_its_words():
    answer = SearchIndex(bundled_program()).answer("所有会场地址发我一下", DEFAULT_NOW)
    assert answer.kind == "venues" and answer.confident
