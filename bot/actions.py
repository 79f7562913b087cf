"""What a delegate does to a thing ("lost", "extend", 补办, 丢): such a word names no
need by itself (bot.terms counts it only beside a word naming a document's thing), and
an FAQ entry that never speaks of the action does not answer it (bot.search). A diet
asked of a meal (kosher, 无麸质) is held to the same rule."""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache

from bot.textnorm import has_cjk, stem
from bot.vocabulary import ACTIONS_EN, ACTIONS_ZH, DIETS_EN, DIETS_ZH, LOSE_ZH

_ACTIONS = frozenset(stem(word) for word in ACTIONS_EN | DIETS_EN) | ACTIONS_ZH | DIETS_ZH
# The other side of an action is the same action: an entry saying "no tickets are sold"
# speaks of buying them.
_SAME_ACTION = {
    stem(word): "buy" for word in ("bought", "buying", "sold", "sell", "sells", "selling")
} | {"出售": "购买", "售卖": "购买"}


@lru_cache(maxsize=16384)
def action_of(token: str) -> str | None:
    """The action a word or bigram names, one name per action (丢了, 丢失, 证丢: 丢)."""
    if has_cjk(token) and any(mark in token for mark in LOSE_ZH):
        return LOSE_ZH[0]
    if token in _SAME_ACTION:
        return _SAME_ACTION[token]
    return token if token in _ACTIONS else None


def actions_in(words: Iterable[str], text: str) -> frozenset[str]:
    """The actions a question names: its topic words, and the Chinese of its text (a
    one-character action, 丢 in 我丢了护照, is no bigram of the topic)."""
    found = {action for word in words if (action := action_of(word)) is not None}
    found.update(_SAME_ACTION.get(gram, gram) for gram in ACTIONS_ZH | DIETS_ZH if gram in text)
    if any(mark in text for mark in LOSE_ZH):
        found.add(LOSE_ZH[0])
    return frozenset(found)
