"""Sessions by the words of their English titles and aliases, generic words included: a
capitalised name in a question ("the Hunan Major Industry Promotion Conference") whose
every word is in one session's title or alias, and in no other's, names that session."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from bot.textnorm import latin_words, stem
from bot.vocabulary import STOP_EN


class Titles:
    """An inverted index of the English names of sessions; filled once, then read."""

    def __init__(self) -> None:
        self._phrase_docs: list[int] = []  # title or alias -> its document
        self._phrases_with: dict[str, set[int]] = defaultdict(set)  # word -> those phrases

    def add(self, normalized: str, doc: int) -> None:
        """One English title or alias (normalised) of the session that is document `doc`."""
        phrase = len(self._phrase_docs)
        self._phrase_docs.append(doc)
        for word in latin_words(normalized):
            if word not in STOP_EN:
                self._phrases_with[stem(word)].add(phrase)

    def named(self, names: Iterable[frozenset[str]]) -> int | None:
        """The one document a name of two or more words (stemmed) calls in full."""
        for name in names:
            postings = [self._phrases_with.get(word, set()) for word in name]
            if len(name) < 2 or not all(postings):
                continue
            docs = {self._phrase_docs[phrase] for phrase in set.intersection(*postings)}
            if len(docs) == 1:
                return docs.pop()
        return None
