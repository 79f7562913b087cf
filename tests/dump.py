"""Every read question's answer, a line each, to compare before and after a rule.

`python -m tests.dump OUT` writes one tab-separated line per question of the tuning set,
the read first-sight sets and the read probe files: source, R/W (right or wrong; C or -
for a probe answered confidently or not), what the label wants, what the bot answered,
and the question. `python -m tests.dump --compare OLD NEW` prints the lines whose answer
changed, gains (+) and losses (-) first, and the counts. The held-out set, the unread
first-sight sets and the unread probe files are never written: their answers are read
only as totals (tests.transfer, tests.scoring heldout).
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

from bot.search import Answer, SearchIndex
from tests.helpers_core import (
    DEFAULT_NOW,
    UNREAD_FIRST_SIGHT,
    asked_at,
    bundled_program,
    first_sight_sets,
    labelled_questions,
)
from tests.offtopic_training import OFFTOPIC_DIR, UNREAD_PROBES, UNTRAINED_DIR, file_questions
from tests.scoring import matches_label, wanted


def summary(answer: Answer) -> str:
    """kind|C or u (confident or not)|the FAQ, theme or venue id|session ids|nN (venues)."""
    detail = next((d.id for d in (answer.faq, answer.theme, answer.venue) if d), "")
    sessions = ",".join(s.id for s in answer.sessions)
    confident = "C" if answer.confident else "u"
    return f"{answer.kind}|{confident}|{detail}|{sessions}|n{len(answer.venues)}"


def _one_line(text: str) -> str:
    return " ".join(text.split())


def _labelled(index: SearchIndex, source: str, labels: list[dict]) -> Iterator[str]:
    for label in labels:
        now = asked_at(label)
        answer = index.answer(label["text"], now)
        mark = "R" if matches_label(answer, label) else "W"
        yield "\t".join([source, mark, wanted(label), summary(answer), _one_line(label["text"])])


def lines(index: SearchIndex) -> Iterator[str]:
    """The dump's lines: read data only."""
    yield from _labelled(index, "tuning", labelled_questions())
    for name, labels in first_sight_sets().items():
        if name not in UNREAD_FIRST_SIGHT:
            yield from _labelled(index, name.removesuffix(".toml"), labels)
    probe_files = sorted(UNTRAINED_DIR.glob("*.txt")) + sorted(OFFTOPIC_DIR.glob("*.txt"))
    for path in probe_files:
        if path.name in UNREAD_PROBES:
            continue
        for text in file_questions(path):
            answer = index.answer(text, DEFAULT_NOW)
            mark = "C" if answer.confident else "-"
            yield "\t".join([path.stem, mark, "none", summary(answer), _one_line(text)])


def compare(old: list[str], new: list[str]) -> list[str]:
    """The changed lines of two dumps of the same questions, gains and losses first."""
    if len(old) != len(new):
        raise SystemExit(f"the dumps differ in length ({len(old)} and {len(new)} lines)")
    gains, losses, changed = [], [], []
    for before, after in zip(old, new, strict=True):
        if before == after:
            continue
        source, was, _, _, text = before.split("\t")
        _, now, want, got, _ = after.split("\t")
        line = f"{source}\t{want}\t{got}\t{text}"
        if (was, now) in (("W", "R"), ("C", "-")):
            gains.append("+ " + line)
        elif (was, now) in (("R", "W"), ("-", "C")):
            losses.append("- " + line)
        else:
            changed.append("~ " + line)
    counts = f"{len(gains)} gained, {len(losses)} lost, {len(changed)} changed otherwise"
    return [*gains, *losses, *changed, counts]


def main(arguments: list[str]) -> None:
    if arguments[:1] == ["--compare"] and len(arguments) == 3:
        old, new = (Path(name).read_text(encoding="utf-8").splitlines() for name in arguments[1:])
        print("\n".join(compare(old, new)))
    elif len(arguments) == 1:
        dump = list(lines(SearchIndex(bundled_program())))
        Path(arguments[0]).write_text("\n".join(dump) + "\n", encoding="utf-8")
        wrong = sum(line.split("\t")[1] in ("W", "C") for line in dump)
        print(f"{arguments[0]}: {len(dump)} lines, {wrong} wrong or confident probes")
    else:
        raise SystemExit("usage: python -m tests.dump OUT | --compare OLD NEW")


if __name__ == "__main__":
    main(sys.argv[1:])
