"""Answer accuracy on the tuning set and on the frozen held-out set.

The tuning set (tests/data/labelled/) is what the vocabulary and rules were adjusted
against; its figure shows nothing regressed. The held-out set (tests/data/heldout/) was
written independently before any tuning and is never tuned against: its figure is the
one that counts, and the README reports it.
"""

from __future__ import annotations

import hashlib
from collections import Counter

from tests.helpers_core import (
    FIRST_SIGHT_DIR,
    HELDOUT_FILE,
    UNREAD_FIRST_SIGHT,
    first_sight_questions,
    heldout_questions,
    known_ids,
    labelled_questions,
)
from tests.offtopic_training import UNREAD_PROBES, UNTRAINED_DIR
from tests.scoring import LATER_CLASSES, report, score

# The issue asks 97% of the tuning set and 90% of the held-out set. Measured at the end of
# stop 31: 97.3% of the tuning set (2,623/2,696) and 95.9% of the held-out set (165/172; its
# misses are never read). These floors catch a regression; the issue stays open while a
# held-out off-topic question is still answered confidently.
TUNING_REQUIRED = 0.97
HELDOUT_REQUIRED = 0.93
# Held-out off-topic questions still answered confidently: only counted, never looked at.
# The tuning set has none (two later writers' sets came in with 43 and 31).
HELDOUT_CONFIDENT_OFF_TOPIC = 1
# Later writers' sets, measured when they arrived and not tuned on since
# (tests/data/firstsight/README.md: 1,843/2,050 (89.9%) and 28 confident off-topic answers
# when sets T, U and V came in; 2,044/2,247 (91.0%) and 28 with set W at the end of stop
# 28; sets X, Y and Z, stop 29, arrived at 176/202 and 6 of 48, 169/188 and 4 of 52,
# 168/187 and 5 of 50; the fourteen sets stood at 2,600/2,824 (92.1%) and 31 of 869 at
# the end of stop 29; sets AA and AB, stop 30, arrived at 163/196 and 5 of 35, 159/190
# and 10 of 38; the sixteen sets stood at 2,962/3,210 (92.3%) and 35 of 942 at the end of
# stop 30, 3,017 (94.0%) and 34 after stop 31's rules, written from the read sets'
# misses, and 3,036 (94.6%) and 16 after stop 32's; set AC, stop 32, arrived unread at
# 101/120 and 7 of 55, so the seventeen sets stood at 3,137/3,330 (94.2%) and 23 of 997;
# sets AD and AE, stop 33, arrived unread at 158/197 and 6 of 35, 157/193 and 6 of 36, so
# the nineteen sets stood at 3,460/3,720 (93.0%) and 30 of 1,068, and at 3,471 (93.3%)
# and 26 after stop 33's rules, written from AC's and AD's misses; sets AF and AG, stop
# 34, arrived unread at 159/197 and 2 of 30, 166/194 and 0 of 33, so the twenty-one sets
# stood at 3,802/4,111 (92.5%) at the start of stop 34; sets AL-AS, stop 42, arrived at
# 166/187, 154/188, 156/187, 160/183, 157/178, 163/189, 161/184 and 151/194 with 3 of 232
# off-topic questions answered confidently; the thirty-three sets stood at 5,880/6,370
# (92.3%) and 10 of 1,481 at the end of stop 42, with "not in the program" counted right
# for an off-topic label since then (tests/scoring.py); sets AT, AU and AV, stop 43,
# arrived at 139/185, 142/179 and 151/185 with 2 of 78 off-topic questions answered
# confidently, so the thirty-six sets stood at 6,319/6,919 (91.3%) and 12 of 1,559 on
# arrival):
# floors a little under, so that worse handling of fresh wording shows.
FIRST_SIGHT_REQUIRED = 0.90
FIRST_SIGHT_CONFIDENT_OFF_TOPIC = 28
# The held-out file as written; a change to it must change this line too, in plain sight.
HELDOUT_SHA256 = "952352f2e5fc1bc1de0b0cf342c06c659ae19440fa9447974c1fad530e4c3f53"
LABEL_KINDS = {
    "session",
    "list",
    "ambiguous",
    "faq",
    "theme",
    "themes",
    "venue",
    "venue-choice",
    "venues",
    "agenda",
    "outside",
    "none",
}
LABEL_ID_FIELDS = {
    "sessions": "session",
    "faq": "faq",
    "theme": "theme",
    "venue": "venue",
    "venues": "venue",
}
CLASSES = {
    "baseline",
    "traditional",
    "colloquial",
    "homophone",
    "shorthand",
    "paraphrase",
    "theme",
    "venue",
    "hedging",
    "false-confidence",
    "missing-intent",
} | LATER_CLASSES


def test_tuning_set_accuracy(index):
    result = score(labelled_questions(), index)
    print("\n" + report("tuning set", result))
    print("\n".join(result.misses) or "  no misses")
    assert result.accuracy >= TUNING_REQUIRED, "\n".join(result.misses)


def test_heldout_set_accuracy(index):
    result = score(heldout_questions(), index)
    print("\n" + report("held-out set (the figure that counts)", result))
    assert result.accuracy >= HELDOUT_REQUIRED


def test_first_sight_sets_do_not_regress(index):
    result = score(first_sight_questions(), index)
    print("\n" + report("first-sight sets", result))
    assert result.accuracy >= FIRST_SIGHT_REQUIRED
    assert len(result.confident_off_topic) <= FIRST_SIGHT_CONFIDENT_OFF_TOPIC


def test_no_off_topic_tuning_question_is_answered_confidently(index):
    confident = score(labelled_questions(), index).confident_off_topic
    assert list(confident) == []


def test_held_out_off_topic_questions_answered_confidently_do_not_grow(index):
    confident = score(heldout_questions(), index).confident_off_topic
    assert len(confident) <= HELDOUT_CONFIDENT_OFF_TOPIC


def test_heldout_set_is_frozen():
    assert hashlib.sha256(HELDOUT_FILE.read_bytes()).hexdigest() == HELDOUT_SHA256


def test_sets_are_large_and_cover_every_class_and_kind():
    tuning, heldout = labelled_questions(), heldout_questions()
    assert len(tuning) >= 400
    # written before tuning: a quarter of the 400, plus eight per class of issue #15
    assert len(heldout) >= 400 // 4 + 8 * len(LATER_CLASSES)
    assert {q["class"] for q in tuning} == CLASSES
    assert {q["class"] for q in heldout} == CLASSES - {"baseline"}  # all fresh wording
    first_sight = first_sight_questions()
    assert len(first_sight) >= 1100 and {q["class"] for q in first_sight} == CLASSES
    for questions in (tuning, heldout, first_sight):
        assert {q["answer"] for q in questions} <= LABEL_KINDS
    assert {q["answer"] for q in tuning} == LABEL_KINDS


def test_no_held_out_question_is_in_the_tuning_set():
    tuning = {q["text"].strip().lower() for q in labelled_questions()}
    assert [q["text"] for q in heldout_questions() if q["text"].strip().lower() in tuning] == []


def test_the_first_sight_sets_share_no_question_with_the_others():
    others = {q["text"].strip().lower() for q in labelled_questions() + heldout_questions()}
    assert [q["text"] for q in first_sight_questions() if q["text"].strip().lower() in others] == []


def test_labels_name_things_the_program_has():
    ids = known_ids()  # by label field: "sessions" and "venues" hold lists of ids
    known = {field: ids[kind] for field, kind in LABEL_ID_FIELDS.items()}
    problems = Counter()
    for q in labelled_questions() + heldout_questions() + first_sight_questions():
        for field, ids in known.items():
            values = q[field] if isinstance(q[field], list) else [q[field]] if q[field] else []
            for value in values:
                if value not in ids:
                    problems[f"{q['text']!r}: unknown {field} {value!r}"] += 1
    assert not problems


def test_the_files_kept_unread_are_there():
    """tests.transfer and tests.scoring print only counts for these: a rename must not
    quietly turn one into a file whose misses get printed."""
    assert all((FIRST_SIGHT_DIR / name).is_file() for name in UNREAD_FIRST_SIGHT)
    assert all((UNTRAINED_DIR / name).is_file() for name in UNREAD_PROBES)
