"""What a delegate does to a thing ("lost", "extend", 补办, 丢): such a word names no
need by itself (bot.terms counts it only beside a word naming a document's thing), and
an FAQ entry that never speaks of the action does not answer it (bot.search)."""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache

from bot.textnorm import has_cjk, stem
from bot.vocabulary import ACTIONS_EN, ACTIONS_ZH, LOSE_ZH

_ACTIONS = frozenset(stem(word) for word in ACTIONS_EN) | ACTIONS_ZH


@lru_cache(maxsize=16384)
def action_of(token: str) -> str | None:
    """The action a word or bigram names, one name per action (丢了, 丢失, 证丢: 丢)."""
    if has_cjk(token) and any(mark in token for mark in LOSE_ZH):
        return LOSE_ZH[0]
    return token if token in _ACTIONS else None


def actions_in(words: Iterable[str], text: str) -> frozenset[str]:
    """The actions a question names: its topic words, and the Chinese of its text (a
    one-character action, 丢 in 我丢了护照, is no bigram of the topic)."""
    found = {action for word in words if (action := action_of(word)) is not None}
    found.update(gram for gram in ACTIONS_ZH if gram in text)
    if any(mark in text for mark in LOSE_ZH):
        found.add(LOSE_ZH[0])
    return frozenset(found)
