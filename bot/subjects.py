"""The subject of a session asked for ("a session on new energy", 物联网的研讨会, "is
SEMICON China happening?", "a parking session"): read from the question, then judged
against the program. A subject nothing here explains, or one only FAQ entries speak of,
is a session the program does not have (bot.search answers "none")."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from bot.event_words import SUBJECT, SUBJECT_NOUN_EN
from bot.textnorm import cjk_grams, has_cjk, hyphen_joined, latin_words, stem
from bot.vocabulary import NEED_BEFORE_SESSION, NOISE_CHARS

if TYPE_CHECKING:  # bot.reader reads subjects with this module's subject_tokens
    from bot.question import Question
    from bot.terms import Doc, TermIndex


def subject_phrases(text: str) -> list[str]:
    """The subjects of the sessions asked for, as written (bot.event_words.SUBJECT)."""
    return [part for match in SUBJECT.finditer(text) for part in match.groups() if part]


def subject_tokens(text: str, words: list[str], grams: list[str]) -> tuple[str, ...]:
    """The topic tokens inside the subject of a session asked for (bot.event_words.SUBJECT)."""
    if not has_cjk(text) and not SUBJECT_NOUN_EN.search(text):
        return ()
    phrases = subject_phrases(text)
    if not phrases:
        return ()
    tokens: set[str] = set()
    for phrase in phrases:
        joined = hyphen_joined(phrase)  # "the bank-and-fund matchmaking": its parts, not one
        tokens.update(stem(word) for word in latin_words(phrase) if word not in joined)
        tokens.update(cjk_grams(phrase))
    return tuple(token for token in dict.fromkeys([*words, *grams]) if token in tokens)


class Subjects:
    """Whether a subject asked for is one the program has."""

    def __init__(self, terms: TermIndex, docs: Sequence[Doc]) -> None:
        self._terms = terms
        self._docs = docs

    def unknown(self, query: Question) -> bool:
        """A session asked for about something nothing in the program explains."""
        if not query.subject:
            return False
        words = tuple(w for w in query.words if w in query.subject)
        grams = [gram for gram in query.grams if gram in query.subject]
        known = {ch for gram in grams if gram in self._terms.grams for ch in gram}
        # a character no known bigram covers: 物联网 (联网 is known, 物 is not), while 行贷
        # between 银行 and 贷款 is covered
        uncovered = {ch for gram in grams for ch in gram} - known - NOISE_CHARS
        # words no one document holds together ("smart city": the dress code's "smart"
        # and another entry's "city") are no subject of the program's either
        exact = [word for word in words if word in self._terms.latin]
        apart = len(exact) > 1 and not self._terms.together(exact)
        # nor are bigrams of one subject that no document holds together: 高铁技术交流会
        # (the trains' 高铁, another's 技术)
        apart = apart or any(self._apart(phrase, grams) for phrase in subject_phrases(query.typed))
        unknown = self._terms.unexplained(replace(query, words=words, grams=())) > 0
        return (
            bool(uncovered) or unknown or apart or self._faqs_only(grams) or self.only_a_need(query)
        )

    def _faqs_only(self, tokens: Sequence[str]) -> bool:
        """ "A parking-lot investment session", 停车场项目的招商推介: a subject only FAQ
        entries speak of is a need, and no session of the program."""
        held = [self._terms.postings(token) for token in tokens]
        held = [postings for postings in held if postings]
        return bool(held) and all(self._docs[d].faq is not None for p in held for d in p)

    def _apart(self, phrase: str, grams: Sequence[str]) -> bool:
        known = [g for g in cjk_grams(phrase) if g in grams and g in self._terms.grams]
        return len(known) > 1 and not self._terms.together(known)

    def only_a_need(self, query: Question) -> bool:
        """ "Is there a parking session?", 签证论坛: a session named by a need that only FAQ
        entries speak of is a session the program does not have."""
        found = NEED_BEFORE_SESSION.search(query.typed)
        if found is None:
            return False
        token = stem(found.group(1)) if found.group(1) else found.group(2)
        postings = self._terms.postings(token)
        return bool(postings) and all(self._docs[doc].faq is not None for doc in postings)
