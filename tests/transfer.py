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


def transfer_report(index: SearchIndex) -> list[str]:
    """The counts, a line each."""
    tuning = labelled_questions()
    lines = [f"tuning: {sum(_right(index, q) for q in tuning)}/{len(tuning)}"]
    for name, questions in first_sight_sets().items():
        answered = [(q, index.answer(q["text"], asked_at(q))) for q in questions]
        right = sum(matches_label(answer, q) for q, answer in answered)
        off_topic = [(q, answer) for q, answer in answered if q["answer"] == "none"]
        off = sum(not matches_label(answer, q) for q, answer in off_topic)
        # "not in the program" is right for an off-topic label, counted apart
        outside = sum(names_nothing_of_the_program(answer) for _, answer in off_topic)
        mark = " (unread)" if name in UNREAD_FIRST_SIGHT else ""
        lines.append(
            f"  {name}: {right}/{len(questions)}, off-topic {off}/{len(off_topic)}"
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
