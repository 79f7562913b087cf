"""Trains bot/doubt.py's off-topic model on the tuning data and writes it beside the module.

`python -m tests.offtopic_training` after adding a labelled set or a probe file;
tests/test_doubt.py fails until the shipped model is the one the data trains. The
held-out set is never read here.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import bot
from bot.doubt import MODEL_FILE, OffTopicModel, train
from tests.helpers_core import labelled_questions

OFFTOPIC_DIR = Path(__file__).resolve().parent / "data" / "offtopic"
ANSWERABLE_DIR = Path(__file__).resolve().parent / "data" / "answerable"
# Probes kept out of training: with them the first-sight sets got worse (its README)
UNTRAINED_DIR = OFFTOPIC_DIR / "untrained"
# Untrained probe files whose answers have never been read (tests/data/offtopic/README.md):
# only their counts are ever printed (tests.transfer).
UNREAD_PROBES = frozenset(
    [
        "probe_x.txt",
        "probe_af.txt",
        "probe_ai.txt",
        "probe_aj.txt",
        "probe_an.txt",
        "probe_au.txt",
        "probe_bd.txt",
        "probe_bj.txt",
        "probe_bk.txt",
        "probe_bn.txt",
        "probe_bo.txt",
        "probe_bt.txt",
        "probe_by.txt",
    ]
)
MODEL_PATH = Path(bot.__file__).resolve().parent / MODEL_FILE


def file_questions(path: Path) -> list[str]:
    """The questions of one file: one per line, "\\n" for a newline, "#" a comment."""
    lines: list[str] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        text = line.strip().replace("\\n", "\n")
        if text and not text.startswith("#"):
            lines.append(text)
    return lines


def _lines(directory: Path) -> list[str]:
    """The questions of a directory's *.txt files (not of its subdirectories)."""
    return [text for path in sorted(directory.glob("*.txt")) for text in file_questions(path)]


def probe_questions() -> list[str]:
    """Every off-topic probe of tests/data/offtopic/."""
    return _lines(OFFTOPIC_DIR)


def answerable_questions() -> list[tuple[str, str, str]]:
    """(kind, id, question) of tests/data/answerable/: what answers each question."""
    found = []
    for line in _lines(ANSWERABLE_DIR):
        label, _, text = line.partition("\t")
        kind, _, ident = label.partition(":")
        found.append((kind, ident, text.strip()))
    return found


def training_examples() -> Iterator[tuple[str, bool]]:
    """(question, off-topic) pairs: the labelled tuning sets, the questions the program
    answers, then the probes."""
    for label in labelled_questions():
        yield label["text"], label["answer"] == "none"
    for _, _, text in answerable_questions():
        yield text, False
    for text in probe_questions():
        yield text, True


def trained_model() -> OffTopicModel:
    return train(training_examples())


if __name__ == "__main__":
    model = trained_model()
    MODEL_PATH.write_text(model.to_json() + "\n", encoding="utf-8")
    print(f"{MODEL_PATH}: {len(model.weights)} features, prior {model.prior}")
