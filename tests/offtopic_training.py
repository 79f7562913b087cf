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
MODEL_PATH = Path(bot.__file__).resolve().parent / MODEL_FILE


def probe_questions() -> list[str]:
    """Every off-topic probe line of tests/data/offtopic/*.txt."""
    questions: list[str] = []
    for path in sorted(OFFTOPIC_DIR.glob("*.txt")):
        for line in path.read_text(encoding="utf-8").splitlines():
            text = line.strip().replace("\\n", "\n")
            if text and not text.startswith("#"):
                questions.append(text)
    return questions


def training_examples() -> Iterator[tuple[str, bool]]:
    """(question, off-topic) pairs: the labelled tuning sets, then the probes."""
    for label in labelled_questions():
        yield label["text"], label["answer"] == "none"
    for text in probe_questions():
        yield text, True


def trained_model() -> OffTopicModel:
    return train(training_examples())


if __name__ == "__main__":
    model = trained_model()
    MODEL_PATH.write_text(model.to_json() + "\n", encoding="utf-8")
    print(f"{MODEL_PATH}: {len(model.weights)} features, prior {model.prior}")
