"""The scoring rule for off-topic questions (tests/scoring.py).

A question labelled `none` must not be answered confidently. The "not in the program"
reply (kind `outside`) is what the issue's class 9 asks for another edition, city or
session the program does not have; it names nothing of the program, so it is right for
a `none` label, and `Score.not_in_program` counts it apart so the stricter figure can be
reported beside it. Any reply that names a session, list, theme, venue or FAQ entry is
still a confident off-topic answer.
"""

from __future__ import annotations

from bot.answer import Answer
from tests.helpers_core import DEFAULT_NOW, bundled_program
from tests.scoring import matches_label, score

NONE_LABEL = {
    "text": "how many contracts did the 2017 edition sign?",
    "answer": "none",
    "class": "false-confidence",
    "sessions": [],
    "faq": "",
    "theme": "",
    "venue": "",
    "venues": [],
}


def test_not_in_the_program_is_right_for_an_off_topic_label():
    assert matches_label(Answer(kind="outside", lang="en"), NONE_LABEL)
    assert matches_label(Answer(kind="none", lang="en"), NONE_LABEL)
    assert matches_label(Answer(kind="suggest", lang="en"), NONE_LABEL)


def test_a_reply_naming_something_of_the_program_is_still_confident_off_topic():
    session = bundled_program().sessions[0]
    assert not matches_label(Answer(kind="session", lang="en", sessions=(session,)), NONE_LABEL)
    assert not matches_label(Answer(kind="venues", lang="en"), NONE_LABEL)


def test_an_outside_label_still_wants_not_in_the_program():
    label = dict(NONE_LABEL, answer="outside")
    assert matches_label(Answer(kind="outside", lang="en"), label)
    assert not matches_label(Answer(kind="none", lang="en"), label)


def test_the_score_counts_not_in_the_program_apart(index):
    questions = [
        dict(NONE_LABEL, text="Is there a session in Wuhan?"),
        dict(NONE_LABEL, text="bitcoin price today"),
    ]
    result = score(questions, index)
    assert result.right == 2
    assert result.confident_off_topic == ()
    assert result.not_in_program == 1
    assert index.answer("Is there a session in Wuhan?", DEFAULT_NOW).kind == "outside"
