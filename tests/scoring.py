"""Scores the bot's answers against labelled questions (the tuning and held-out sets).

A label says what an organizer would call the right reply; tests/data/labelled/README.md
documents the kinds. `python -m tests.scoring [heldout|firstsight]` prints the figures per
class and the misses, never the held-out set's nor an unread first-sight set's.
"""

from __future__ import annotations

import sys
from collections import Counter
from dataclasses import dataclass

from bot.search import Answer, SearchIndex
from tests.helpers_core import (
    UNREAD_FIRST_SIGHT,
    asked_at,
    bundled_program,
    first_sight_questions,
    first_sight_sets,
    heldout_questions,
    labelled_questions,
)

# The classes issue #15 added; the held-out figure is reported with and without them.
LATER_CLASSES = frozenset(
    [
        "cantonese",
        "run-on",
        "email",
        "hall",
        "duration",
        "evening",
        "outside-dates",
        "no-data",
        "business",
    ]
)


def _ids(items) -> list[str]:
    return [item.id for item in items]


def matches_label(answer: Answer, label: dict) -> bool:
    expected = label["answer"]
    if expected in ("session", "list"):
        return answer.kind == expected and _ids(answer.sessions) == label["sessions"]
    if expected == "ambiguous":
        return answer.kind == "suggest" and set(label["sessions"]) <= set(_ids(answer.sessions))
    if expected == "faq":
        return answer.kind == "faq" and answer.faq is not None and answer.faq.id == label["faq"]
    if expected == "theme":
        return (
            answer.kind == "theme"
            and answer.theme is not None
            and answer.theme.id == label["theme"]
        )
    if expected == "venue":
        return (
            answer.kind == "venue"
            and answer.venue is not None
            and answer.venue.id == label["venue"]
        )
    if expected == "venue-choice":
        return answer.kind == "suggest" and set(label["venues"]) <= set(_ids(answer.venues))
    if expected in ("themes", "venues", "agenda", "outside"):
        return answer.kind == expected
    if expected == "none":
        return not answer.confident or names_nothing_of_the_program(answer)
    raise AssertionError(f"unknown label {expected!r} for {label['text']!r}")


def names_nothing_of_the_program(answer: Answer) -> bool:
    """A "not in the program" reply (kind `outside`): the issue's class 9 asks it for another
    edition, city or session the program does not have, and it asserts nothing but the
    week's own dates and cities, so it is no confident answer to an off-topic question.
    Until stop 42 the scoring counted it as one; `Score.not_in_program` keeps that count so
    the stricter figure can still be reported beside the new one."""
    return answer.kind == "outside"


def described(answer: Answer) -> str:
    parts = [answer.kind]
    for value in (answer.faq, answer.theme, answer.venue):
        if value is not None:
            parts.append(value.id)
    if answer.sessions:
        parts.append(str(_ids(answer.sessions)))
    if answer.venues:
        parts.append(str(_ids(answer.venues)))
    return " ".join(parts)


def wanted(label: dict) -> str:
    detail = (
        label["faq"] or label["theme"] or label["venue"] or label["venues"] or label["sessions"]
    )
    return f"{label['answer']} {detail}" if detail else label["answer"]


@dataclass(frozen=True)
class Score:
    total: int
    right: int
    misses: tuple[str, ...]
    by_class: dict[str, tuple[int, int]]  # class -> (right, total)
    confident_off_topic: tuple[str, ...]  # "none" labels answered confidently
    not_in_program: int = 0  # "none" labels answered "not in the program" (right since stop 42)

    @property
    def accuracy(self) -> float:
        return self.right / self.total if self.total else 0.0

    def without(self, classes: frozenset[str]) -> tuple[int, int]:
        kept = [v for k, v in self.by_class.items() if k not in classes]
        return sum(r for r, _ in kept), sum(t for _, t in kept)


def score(questions: list[dict], index: SearchIndex | None = None) -> Score:
    index = index or SearchIndex(bundled_program())
    right: Counter[str] = Counter()
    total: Counter[str] = Counter()
    misses: list[str] = []
    off_topic: list[str] = []
    not_in_program = 0
    for label in questions:
        now = asked_at(label)
        answer = index.answer(label["text"], now)
        total[label["class"]] += 1
        if label["answer"] == "none" and names_nothing_of_the_program(answer):
            not_in_program += 1
        if matches_label(answer, label):
            right[label["class"]] += 1
        else:
            misses.append(
                f"  [{label['class']}] {label['text']!r}: want {wanted(label)}, got {described(answer)}"
            )
            if label["answer"] == "none":
                off_topic.append(label["text"])
    return Score(
        total=len(questions),
        right=sum(right.values()),
        misses=tuple(misses),
        by_class={k: (right[k], total[k]) for k in sorted(total)},
        confident_off_topic=tuple(off_topic),
        not_in_program=not_in_program,
    )


def report(name: str, result: Score) -> str:
    lines = [f"{name}: {result.right}/{result.total} = {result.accuracy:.1%}"]
    earlier = result.without(LATER_CLASSES)
    if earlier[1] != result.total:
        lines.append(f"  without issue #15's classes: {earlier[0]}/{earlier[1]}")
    lines += [f"  {k}: {r}/{t}" for k, (r, t) in result.by_class.items()]
    lines.append(f"  off-topic answered 'not in the program' (right): {result.not_in_program}")
    return "\n".join(lines)


def read_first_sight_questions() -> list[dict]:
    """The first-sight sets whose misses may be printed (not UNREAD_FIRST_SIGHT)."""
    sets = first_sight_sets()
    return [
        q for name, questions in sets.items() if name not in UNREAD_FIRST_SIGHT for q in questions
    ]


if __name__ == "__main__":
    which = sys.argv[1] if len(sys.argv) > 1 else "tuning"
    if which == "firstsight":  # every set's total; the misses of the read ones only
        print(report(which, score(first_sight_questions())))
        which, questions = "firstsight (read sets)", read_first_sight_questions()
    else:
        questions = heldout_questions() if which == "heldout" else labelled_questions()
    result = score(questions)
    print(report(which, result))
    print(f"  off-topic answered confidently: {len(result.confident_off_topic)}")
    if which != "heldout":  # never look at the held-out misses while tuning
        print("\n".join(result.misses))
