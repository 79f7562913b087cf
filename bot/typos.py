"""English typos: the words of a program's vocabulary a misspelt word may be.

"fiar" is "fair", "recruit" is "recruitment" cut short; a short word must be close
("summit" is not "suit"). Real traffic repeats words, so a lookup is done once per word,
in bounded memory.
"""

from __future__ import annotations

import bisect
import itertools
from collections.abc import Iterable
from functools import lru_cache

from rapidfuzz import fuzz, process
from rapidfuzz.distance import OSA

from bot import english_words

TYPO_CACHE = 8192  # words whose typo lookup is remembered, per index
# Shorter words of English may still be typos ("fair" typed "far", "bank" "rank")
MIN_WORD_LENGTH = 6


class Typos:
    """Typo lookups in one sorted vocabulary; immutable but for its caches."""

    def __init__(self, vocabulary: Iterable[str]) -> None:
        self._vocabulary = sorted(vocabulary)
        self._candidates: dict[tuple[int, int | None], list[str]] = {}  # by length, cutoff
        self.matches = lru_cache(maxsize=TYPO_CACHE)(self._lookup)
        english_words.load()

    def _lookup(self, token: str) -> tuple[tuple[str, float], ...]:
        """The words `token` may be a typo of; through `matches`, a bounded cache."""
        if len(token) >= MIN_WORD_LENGTH and english_words.is_english_word(token):
            # "properly" is no typo of "property", nor "horticulture" of "agriculture"; a
            # word is only another form of the program's ("native" of "nativ", natives' stem)
            forms = [
                (word, score) for word, score in self._typo_of(token) if _one_form(token, word)
            ]
            return tuple(forms) or self._cut_short(token)
        return self._typo_of(token)

    def _typo_of(self, token: str) -> tuple[tuple[str, float], ...]:
        cutoff = 85 if len(token) <= 7 else 78  # "summit" is not "suit"
        found = process.extract(
            token, self._of_length(token, cutoff), scorer=fuzz.ratio, score_cutoff=cutoff, limit=3
        )
        matches = [(word, score / 100) for word, score, _ in found]
        if not matches and len(token) < 8:  # one swapped, missing or wrong letter: "fiar"
            # (from 8 letters on, one letter off scores above the cutoff already)
            close = process.extract(
                token, self._of_length(token, None), scorer=OSA.distance, score_cutoff=1, limit=3
            )
            matches = [(word, 0.85) for word, _, _ in close if len(word) >= 4]
        return tuple(matches) or self._cut_short(token)

    def _cut_short(self, token: str) -> tuple[tuple[str, float], ...]:
        """A word cut short: "recruit" for "recruitment" (sorted: bisect)."""
        start = bisect.bisect_right(self._vocabulary, token)
        after = itertools.islice(self._vocabulary, start, None)
        longer = itertools.takewhile(lambda word: word.startswith(token), after)
        return tuple((word, 0.8) for word in itertools.islice(longer, 3))

    def _of_length(self, token: str, cutoff: int | None) -> list[str]:
        """The vocabulary words (in order) that can reach `cutoff` with fuzz.ratio, or one
        edit (OSA) when None: fuzz.ratio is at most 2 * shorter / (both lengths), and one
        edit changes the length by one at most. The same matches, from fewer candidates."""
        key = (len(token), cutoff)
        if key not in self._candidates:
            size = len(token)
            if cutoff is None:
                fits = range(size - 1, size + 2)
            else:
                fits = range(1, 2 * size + 2)
                fits = [n for n in fits if 200 * min(n, size) >= cutoff * (n + size)]
            lengths = set(fits)
            self._candidates[key] = [w for w in self._vocabulary if len(w) in lengths]
        return self._candidates[key]


def _one_form(token: str, word: str) -> bool:
    """Whether two words differ only at the end, as a word's forms do."""
    return word.startswith(token) or token.startswith(word)
