"""Whether a change carries over to wording nobody has read: counts only, never a line.

`python -m tests.transfer` prints, on the current code, the tuning set's total, each
first-sight set's right answers and confident off-topic answers, each untrained probe
file's confident answers (and how many of them are the honest "not in the program" of
another edition, date or city), the trained probes' total and how many answerable lines get
their document confidently. Run it before and after a rule and compare: the files marked
unread below are the check on whether a rule written from read questions carries over
(their misses must never be printed; `tests.scoring firstsight` leaves them out too).
The held-out set is not here: `python -m tests.scoring heldout` prints its totals, and
every reading of them is counted in the README.
"""

from __future__ import annotations

from bot.search import SearchIndex
from tests.helpers_core import (
    DEFAULT_NOW,
    UNREAD_FIRST_SIGHT,
    asked_at,
    bundled_program,
    first_sight_sets,
    labelled_questions,
)
from tests.offtopic_training import (
    OFFTOPIC_DIR,
    UNREAD_PROBES,
    UNTRAINED_DIR,
    answerable_questions,
    file_questions,
)
from tests.scoring import matches_label, names_nothing_of_the_program


def _right(index: SearchIndex, label: dict) -> bool:
    now = asked_at(label)
    return matches_label(index.answer(label["text"], now), label)


def _confident_off_topic(index: SearchIndex, label: dict) -> bool:
    now = asked_at(label)
    return label["answer"] == "none" and not matches_label(index.answer(label["text"], now), label)


def _not_in_program(index: SearchIndex, label: dict) -> bool:
    now = asked_at(label)
    return label["answer"] == "none" and names_nothing_of_the_program(
        index.answer(label["text"], now)
    )


def transfer_report(index: SearchIndex) -> list[str]:
    """The counts, a line each."""
    tuning = labelled_questions()
    lines = [f"tuning: {sum(_right(index, q) for q in tuning)}/{len(tuning)}"]
    for name, questions in first_sight_sets().items():
        right = sum(_right(index, q) for q in questions)
        off = sum(_confident_off_topic(index, q) for q in questions)
        off_total = sum(q["answer"] == "none" for q in questions)
        outside = sum(_not_in_program(index, q) for q in questions)
        mark = " (unread)" if name in UNREAD_FIRST_SIGHT else ""
        lines.append(
            f"  {name}: {right}/{len(questions)}, off-topic {off}/{off_total}"
            f" (and {outside} 'not in the program'){mark}"
        )
    for path in sorted(UNTRAINED_DIR.glob("*.txt")):
        texts = file_questions(path)
        kinds = [
            answer.kind for text in texts if (answer := index.answer(text, DEFAULT_NOW)).confident
        ]
        # "outside" is the honest "not in the program: the week runs…", counted apart
        outside = kinds.count("outside")
        mark = " (unread)" if path.name in UNREAD_PROBES else ""
        lines.append(
            f"  untrained {path.name}: {len(kinds)}/{len(texts)} confident"
            f" ({outside} of them 'not in the program'){mark}"
        )
    trained = [text for path in sorted(OFFTOPIC_DIR.glob("*.txt")) for text in file_questions(path)]
    confident = sum(index.answer(text, DEFAULT_NOW).confident for text in trained)
    lines.append(f"trained probes: {confident}/{len(trained)} confident")
    answerable = answerable_questions()
    found = 0
    for kind, ident, text in answerable:
        answer = index.answer(text, DEFAULT_NOW)
        docs = [s.id for s in answer.sessions]
        docs += [d.id for d in (answer.faq, answer.theme, answer.venue) if d is not None]
        found += answer.confident and ident in docs and answer.kind == kind
    lines.append(f"answerable: {found}/{len(answerable)} answered with their document")
    return lines


if __name__ == "__main__":
    print("\n".join(transfer_report(SearchIndex(bundled_program()))))
