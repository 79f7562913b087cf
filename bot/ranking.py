"""How sure a ranking of documents is: the thresholds bot.search's rules are stated in,
and the session a ranking names beyond doubt."""

from __future__ import annotations

from collections.abc import Sequence

from bot.terms import Doc

Ranked = list[tuple[int, float]]  # (document, coverage), best first

# Coverage = share of the topic's weight a document explains.
CONFIDENT = 0.55  # at or above: answer with that document
PLAUSIBLE = 0.3  # at or above: worth offering as a suggestion
ONE_OPTION = 0.5  # above: the only plausible document is the answer, not a "did you mean"
TIE = 0.8  # documents within this ratio of the best are equally likely
PRACTICAL = 0.2  # at or above: an FAQ entry's need asked about a session answers for it
RANKED = 50  # candidates considered for the answer, best first


def clearly_named(docs: Sequence[Doc], ranked: Ranked) -> int | None:
    """The session the topic names beyond doubt: confident, and nothing else close."""
    doc, best = ranked[0]
    if docs[doc].session is None or best < CONFIDENT:
        return None
    if len(ranked) > 1 and ranked[1][1] >= best * TIE:
        return None
    return doc
