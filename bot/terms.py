"""The program's words: every session, theme, venue and FAQ entry as a document of
weighted terms, and how much of a question's topic each document explains.

Built once per Program. English words are stemmed and typo-tolerant (rapidfuzz);
Chinese is matched by character bigrams. A document's score for a question is its
coverage: the share of the topic's IDF weight it explains (see `coverage`).
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Collection, Iterable
from dataclasses import dataclass
from functools import cached_property

from bot.actions import action_of
from bot.doc_fields import (
    FIELD_WEIGHT,
    MARKED_FIELDS,
    NAME_FIELDS,
    WORD_FIELDS,
    faq_fields,
    session_fields,
    theme_fields,
    venue_fields,
)
from bot.entry_aspects import untold_aspects
from bot.homophones import program_homophones
from bot.program import FaqEntry, Program, Session, Theme, Venue
from bot.question import Question
from bot.textnorm import KEEP_WHOLE, cjk_grams, has_cjk, latin_words, normalize, stem, word_kind
from bot.titles import Titles
from bot.typos import Typos
from bot.vocabulary import (
    GENERIC_EN,
    GENERIC_GRAMS_ZH,
    NOISE_CHARS,
    OPPOSITES,
    STOP_EN,
)

SHORT_WORD = 6  # a typo match of a shorter word needs an exact word beside it
STEM_ONLY = 0.85  # a short word met only as another derivation ("speak" for "speakers")
UNKNOWN_FULL = 2  # unexplained words that count in full: short off-topic questions stay unsure
UNKNOWN_TAIL = 0.35  # the weight of each unexplained word past those
# Homophone corrections aim only at short words an organizer wrote as names or vocabulary.
HOMOPHONE = 0.85  # how much a homophone correction counts, as a typo does
_SEPARATOR = "¦"  # printable, and neither a letter, a digit nor Chinese
STRONG = 0.5  # field weight from which a matching word is evidence for a document
# Each word and its opposites, stemmed as the index and the question are.
_OPPOSITE: dict[str, frozenset[str]] = defaultdict(frozenset)
for _pair in OPPOSITES:
    _tokens = [stem(word) if word.isascii() else word for word in _pair]
    for _token in _tokens:
        _OPPOSITE[_token] |= frozenset(_tokens) - {_token}


@dataclass(frozen=True)
class Doc:
    """One thing a question can be about."""

    session: Session | None = None
    faq: FaqEntry | None = None
    theme: Theme | None = None
    venue: Venue | None = None


class TermIndex:
    """Postings of one program's documents; immutable after construction."""

    def __init__(self, program: Program) -> None:
        self.docs: list[Doc] = []
        self._latin: dict[str, dict[int, float]] = defaultdict(dict)
        self._grams: dict[str, dict[int, float]] = defaultdict(dict)
        self._words: set[str] = set()  # short vocabulary: whole words, not text bigrams
        self._actions: dict[int, set[str]] = defaultdict(set)  # document -> actions it names
        self._needs: set[tuple[str, int]] = set()  # (token, document) of single keywords
        self._halls: set[tuple[str, int]] = set()  # (token, document) of its hall's name
        # (token, FAQ entry) met only in its longer phrases: "smart" of "smart casual"
        self._phrase_only: dict[str, set[int]] = defaultdict(set)
        self.titles = Titles()  # sessions by the words of their English names
        self._named: set[tuple[str, int]] = set()  # (token, document) of titles and aliases
        # short stems -> document -> the derivations written there ("er" for "speakers")
        self._kinds: dict[str, dict[int, set[str]]] = defaultdict(lambda: defaultdict(set))
        for session in program.sessions:
            self._add(Doc(session=session), session_fields(session))
        for theme in program.themes:
            self._add(Doc(theme=theme), theme_fields(theme))
        # session id -> its document
        self.session_docs = {doc.session.id: i for i, doc in enumerate(self.docs) if doc.session}
        self.venue_docs: dict[str, int] = {}  # venue id -> its document
        self.venue_sessions: dict[str, tuple[Session, ...]] = {}
        for venue in program.venues:
            held = program.venue_sessions(venue)
            if not held:
                continue  # its sessions were dropped from the program
            self.venue_sessions[venue.id] = held
            self.venue_docs[venue.id] = len(self.docs)
            self._add(Doc(venue=venue), venue_fields(venue))
        for entry in program.faq:
            self._add(Doc(faq=entry), faq_fields(entry))
        # what each FAQ entry says nothing of (a price, a time of day): read once
        self._faq_docs = [index for index, doc in enumerate(self.docs) if doc.faq is not None]
        self._untold = {
            entry.id: untold_aspects(f"{entry.answer} {entry.answer_zh}") for entry in program.faq
        }
        n = len(self.docs)
        self._idf = {
            token: math.log(1 + n / len(posting))
            for posting in (self._latin, self._grams)
            for token, posting in posting.items()
        }
        self._unknown_weight = math.log(1 + n)
        # what each document gains from each token, IDF included, computed once
        self._scored = {
            token: {doc: self._idf[token] * weight for doc, weight in posting.items()}
            for postings in (self._latin, self._grams)
            for token, posting in postings.items()
        }
        self._kinds = {  # only the stems written as different words somewhere
            token: dict(by_doc)
            for token, by_doc in self._kinds.items()
            if any(kinds != {""} for kinds in by_doc.values())
        }
        # typo matches aim at words only: "fortune" is no typo of "fortune500"
        self._typos = Typos(word for word in self._latin if word.isalpha())
        self.homophones = program_homophones(program, self._grams, self._words)

    @cached_property
    def latin(self) -> frozenset[str]:
        """Every English word of the index (stemmed)."""
        return frozenset(self._latin)

    @cached_property
    def grams(self) -> frozenset[str]:
        """Every Chinese bigram of the index."""
        return frozenset(self._grams)

    @cached_property
    def name_tokens(self) -> frozenset[str]:
        """Every token of a title or an alias: what something of the program is called."""
        return frozenset(token for token, _ in self._named)

    # ------------------------------------------------------------ building

    def _add(self, doc: Doc, fields: Iterable[tuple[str, str]]) -> None:
        index = len(self.docs)
        self.docs.append(doc)
        by_field: dict[str, list[str]] = defaultdict(list)
        for field_name, text in fields:
            by_field[field_name].append(text)
        in_phrases: set[str] = set()  # an entry's or theme's words met only in its phrases
        elsewhere: set[str] = set()
        for field_name, texts in by_field.items():
            weight = FIELD_WEIGHT[field_name]
            # One pass of the pipeline per field: the separator ends every word and every
            # run of Chinese, so the tokens are those of each text on its own.
            normalized = normalize(_SEPARATOR.join(texts))
            if field_name in NAME_FIELDS and doc.session is not None:
                for name in normalized.split(_SEPARATOR):
                    if not has_cjk(name):
                        self.titles.add(name, index)
            tokens: list[str] = []
            for word in latin_words(normalized):
                token = stem(word)
                if token in STOP_EN or token in GENERIC_EN or word in GENERIC_EN or len(token) < 2:
                    continue
                self._raise(self._latin[token], index, weight)
                if len(token) < SHORT_WORD:
                    self._kinds[token][index].add(word_kind(word, token))
                tokens.append(token)
            for gram in cjk_grams(normalized):
                if len(gram) == 2 and gram not in GENERIC_GRAMS_ZH:
                    self._raise(self._grams[gram], index, weight)
                    tokens.append(gram)
            if field_name in MARKED_FIELDS or doc.faq is not None:
                for token in tokens:
                    self._mark(token, index, field_name, doc.faq is not None)
            if field_name not in ("answer", "description") and (doc.faq or doc.theme):
                # the answer's prose says "network name" too: the need is a keyword's; a
                # theme's title sentence says "building" and "road": its names are aliases
                (in_phrases if field_name == "phrase" else elsewhere).update(tokens)
                if field_name == "phrase" and doc.theme:  # "Hunan natives": every title says Hunan
                    elsewhere.update(_lone_words(normalized))
            if field_name in WORD_FIELDS:
                # a short name or term is a word; a long title's bigrams are only fragments
                for piece in normalized.split(_SEPARATOR):
                    if len(piece.strip()) <= 4:
                        self._words.update(_whole_words(piece))
        for token in in_phrases - elsewhere:
            self._phrase_only[token].add(index)

    def _mark(self, token: str, doc: int, field_name: str, faq: bool) -> None:
        """What the word or bigram is to the document: a name, a need, its hall; and, for an
        FAQ entry, an action it speaks of."""
        if field_name in NAME_FIELDS:
            self._named.add((token, doc))
        elif field_name == "keyword":
            self._needs.add((token, doc))
        elif field_name == "hall":
            self._halls.add((token, doc))
        if faq and (action := action_of(token)) is not None:
            self._actions[doc].add(action)

    @staticmethod
    def _raise(posting: dict[int, float], doc: int, weight: float) -> None:
        if weight > posting.get(doc, 0.0):
            posting[doc] = weight

    # ------------------------------------------------------------ scoring

    def _latin_matches(self, token: str) -> tuple[tuple[str, float], ...]:
        if token in self._latin:
            return ((token, 1.0),)
        if len(token) < 4 or token in KEEP_WHOLE:  # "networking" is no typo of "network"
            return ()
        return self._typos.matches(token)

    def coverage(self, query: Question) -> dict[int, float]:
        total = 0.0
        scores: dict[int, float] = defaultdict(float)
        exact: set[int] = set()  # documents an exact word or bigram of the question hit
        short_typos: dict[int, float] = defaultdict(float)  # count only beside an exact hit
        actions: dict[int, float] = defaultdict(float)  # count only beside a thing's name
        partial: dict[int, float] = defaultdict(float)  # a phrase's word: only beside another
        phrase_words: dict[int, int] = defaultdict(int)
        things: set[int] = set()  # documents a typo of the question hit
        has_action = bool(query.actions)
        topics = [(word, self._word_matches(word, query)) for word in query.words]
        for gram in query.grams:
            if gram in self._grams:
                # a word put in by sound rescues a miss at a typo's weight, never more
                topics.append((gram, ((gram, HOMOPHONE if gram in query.by_sound else 1.0),)))
        for word, matches in topics:
            if not matches:
                continue
            total += max(self._idf[token] for token, _ in matches)
            if len(matches) == 1 and matches[0][1] == 1.0:  # the common case: an exact word
                postings = self._scored[matches[0][0]]
                other_word = self._other_word(word, query) if word in self._kinds else ()
                is_action = action_of(word) is not None
                in_phrase = self._phrase_only.get(word, ())
                if not (other_word or is_action or in_phrase):  # the fast path
                    for doc, value in postings.items():
                        scores[doc] += value
                    exact.update(postings)
                    continue
                for doc, value in postings.items():
                    if doc in other_word:  # "speak" met in "speakers": a lookalike, as a typo
                        short_typos[doc] += value * STEM_ONLY
                    elif is_action:  # "lost my umbrella" is not the lost-badge entry
                        actions[doc] += value
                    elif doc in in_phrase:  # "smart city" is no "smart casual"
                        partial[doc] += value
                        phrase_words[doc] += 1
                    else:
                        scores[doc] += value
                        exact.add(doc)
                continue
            best: dict[int, float] = {}
            for token, similarity in matches:
                for doc, value in self._scored[token].items():
                    if value * similarity > best.get(doc, 0.0):
                        best[doc] = value * similarity
            short = len(word) < SHORT_WORD and word.isascii()  # a Latin typo, not a homophone
            target = short_typos if short else scores
            for doc, value in best.items():
                target[doc] += value
            if has_action:
                things.update(best)
        for doc, value in short_typos.items():
            if doc in exact:
                scores[doc] += value
        for doc, value in actions.items():
            if doc in things or self._names_thing(doc, query):
                scores[doc] += value
        for doc, value in partial.items():
            if doc in scores or phrase_words[doc] >= 2:  # "smart casual" together
                scores[doc] += value
        # Words nothing in the program explains: in full for the first two, so a short
        # off-topic question stays unsure; then less, so a long story around a question
        # (voice input, an e-mail) does not drown the words that name the session.
        total += self._unknown_weight * _unexplained(self.unexplained(query))
        return {doc: value / total for doc, value in scores.items()} if total else {}

    def _names_thing(self, doc: int, query: Question) -> bool:
        """Whether a word of the question other than an action is one of the document's
        names or vocabulary (not only a word of its description)."""
        return any(
            action_of(token) is None and self._field_weight(token, doc) >= STRONG
            for token in (*query.words, *query.grams)
        )

    def _field_weight(self, token: str, doc: int) -> float:
        """The weight of the strongest field of the document holding the word or bigram."""
        return self._latin.get(token, {}).get(doc, 0) or self._grams.get(token, {}).get(doc, 0)

    def _word_matches(self, word: str, query: Question) -> tuple[tuple[str, float], ...]:
        """A question word's matches; a name outside the program ("iPhone") is no typo of
        a known word ("phone")."""
        if word in query.owners.owners and word not in self._latin:
            return ()
        return self._latin_matches(word)

    def unexplained(self, query: Question) -> int:
        """How many of the question's words nothing in the program explains (two unknown
        Chinese bigrams are one word)."""
        unknown = [word for word in query.words if not self._word_matches(word, query)]
        # "mid-size" is read as mid, size and midsize: one word, counted once
        unknown_words = sum(
            1
            for word in unknown
            if not any(len(other) > len(word) and word in other for other in unknown)
        )
        known_chars = {ch for gram in query.grams if gram in self._grams for ch in gram}
        unknown_grams = sum(
            1
            for gram in query.grams
            # A bigram straddling a known word and filler ("高铁要"), or holding a
            # function word (会对, 开到), is noise, not topic.
            if gram not in self._grams
            and not known_chars.intersection(gram)
            and not NOISE_CHARS.intersection(gram)
        )
        return unknown_words + math.ceil(unknown_grams / 2)

    def _other_word(self, token: str, query: Question) -> frozenset[int]:
        """The documents that hold a short stem only as another word than the question's:
        "speak" is not "speakers", "open" not "opening", "sign" not "signing"."""
        kind = word_kind(query.as_typed(token), token)
        return frozenset(doc for doc, kinds in self._kinds[token].items() if kind not in kinds)

    def _is_other_word(self, token: str, doc: int, query: Question) -> bool:
        """`_other_word` for one document: asked per document, it must not build the set
        over every document that holds the stem (10,000 of them in a big program)."""
        kinds = self._kinds[token].get(doc)
        return kinds is not None and word_kind(query.as_typed(token), token) not in kinds

    def named(self, doc: int, query: Question, halls: bool = False) -> bool:
        """Whether the question calls the document by its name (a title or an alias: 招聘会,
        "the job fair"; with `halls`, its hall too: "West Hall 1"), not only by something it
        mentions (橘子洲, "Dongting Lake")."""
        return any(
            (token, doc) in self._named or (halls and (token, doc) in self._halls)
            for token in self.evidence(doc, query)
        )

    def called(self, doc: int, tokens: Iterable[str]) -> bool:
        """Whether one of the tokens is in the document's names ("fair" of "job fair")."""
        return any((token, doc) in self._named for token in tokens)

    def keyword_among(self, doc: int, tokens: Iterable[str]) -> bool:
        """Whether one of the tokens is a keyword of the document (an FAQ entry's need:
        "tickets"), not only a word of one of its phrases ("pudong" of "pudong airport")."""
        return any((token, doc) in self._needs for token in tokens)

    def contradicted(self, doc: int, query: Question) -> bool:
        """Whether the document is named by the opposite of a question's word ("closing"
        against the "opening ceremony", 闭幕 against 开幕式) and not by that word too."""
        asked = [t for t in (*query.words, *query.grams) if t in _OPPOSITE]
        return any(
            (opposite, doc) in self._named and (token, doc) not in self._named
            for token in asked
            for opposite in _OPPOSITE[token] - set(asked)
        )

    def other_need(self, doc: int, query: Question) -> bool:
        """Whether the question does to the thing what the FAQ entry does not speak of:
        "extend my visa" or "lost my passport" is not the visa entry (getting one)."""
        if self.docs[doc].faq is None:
            return False
        return not query.actions <= self._actions.get(doc, set())

    def opposed(self, query: Question) -> bool:
        """Whether the question holds a word that has opposites (a cheap test first)."""
        return any(t in _OPPOSITE for t in (*query.words, *query.grams))

    def postings(self, token: str) -> Collection[int]:
        """The documents that hold an English word or a Chinese bigram."""
        return self._latin.get(token, {}).keys() | self._grams.get(token, {}).keys()

    def together(self, tokens: Collection[str]) -> bool:
        """Whether one document holds every one of these English words or bigrams."""
        postings = [self._latin.get(token) or self._grams.get(token, {}) for token in tokens]
        return bool(set.intersection(*(set(p) for p in postings))) if postings else False

    def holds_words(self, doc: int, text: str) -> bool:
        """Whether the document's names or vocabulary hold every word of the text (stemmed):
        "hiring" is the job fair's, a "factory tour" not the parks' that hold "factory"."""
        tokens = [stem(word) for word in latin_words(text)] + cjk_grams(text)
        return all(self._field_weight(token, doc) >= STRONG for token in tokens)

    def silent_on(self, doc: int, aspects: frozenset[str]) -> bool:
        """Whether the document is an FAQ entry whose answer says nothing of one of the
        aspects asked (a price, a time of day, a deposit: bot.entry_aspects)."""
        entry = self.docs[doc].faq
        return entry is not None and self.untold(entry, aspects)

    def untold(self, entry: FaqEntry, aspects: frozenset[str]) -> bool:
        """Whether the entry's answer says nothing of one of the aspects asked."""
        return not aspects.isdisjoint(self._untold[entry.id])

    def an_entrys_need(self, token: str) -> bool:
        """Whether an FAQ entry names the token beyond its answer's prose (the banquet)."""
        return any(self._field_weight(token, doc) >= STRONG for doc in self._faq_docs)

    def holds(self, doc: int, token: str) -> bool:
        """Whether any of the document's fields holds the word or bigram."""
        return doc in self._latin.get(token, ()) or doc in self._grams.get(token, ())

    def mostly_unheld(self, doc: int, text: str) -> bool:
        """Whether a phrase says more that the document does not hold than it holds:
        characters of bigrams it holds against those of other bigrams (grammar aside), or
        English words. 张家界婚纱摄影套餐 is mostly not the tourism session's; 南岳衡山的行程
        is; "the supply chain for edible-oil bottling lines" is not the industrial chain's."""
        if not has_cjk(text):
            words = [w for w in (stem(word) for word in latin_words(text)) if w not in STOP_EN]
            return sum(1 for word in words if not self.holds(doc, word)) * 2 > len(words)
        grams = cjk_grams(text)
        held = {ch for gram in grams if self.holds(doc, gram) for ch in gram}
        other = {
            ch
            for gram in grams
            if not held.intersection(gram) and not NOISE_CHARS.intersection(gram)
            for ch in gram
        }
        return len(other) > len(held)

    def owned_elsewhere(self, doc: int, query: Question) -> bool:
        """A document explained only by words a name outside it owns: "Disneyland tickets"
        are not the tickets entry, "a ticket to Zhangjiajie national park" not the
        industrial parks; but the tourism session knows Zhangjiajie, so "Zhangjiajie
        tourism" is its. Words after unknown Chinese characters only doubt an FAQ entry."""
        evidence = self.evidence(doc, query)
        owners = query.owners
        owned = owners.owned | owners.described
        if self.docs[doc].faq:
            owned |= owners.maybe_owned
        else:
            owned |= owners.buildings
        return (
            bool(evidence)
            and set(evidence) <= owned
            and not any(self.holds(doc, token) for token in owners.owners)
        )

    def evidence(self, doc: int, query: Question) -> tuple[str, ...]:
        """The question's words that the document's names or vocabulary hold exactly (a
        word of its description or of its building's name is too weak to go by)."""
        found = [
            w
            for w in query.words
            if self._latin.get(w, {}).get(doc, 0) >= STRONG
            and not (w in self._kinds and self._is_other_word(w, doc, query))
        ]
        found += [g for g in query.grams if self._grams.get(g, {}).get(doc, 0) >= STRONG]
        return tuple(found)


def _whole_words(piece: str) -> list[str]:
    """The two-character words of a short name: 报到时间 is 报到 and 时间, not 到时 (a
    homophone typo must never be "corrected" into a fragment: 祈祷室 is no 祈到时)."""
    grams = [g for g in cjk_grams(piece) if len(g) == 2]
    if len(piece.strip()) == 4 and len(grams) == 3:
        return [grams[0], grams[2]]
    return grams


def _unexplained(count: int) -> float:
    """How many words' weight `count` unexplained words carry: in full up to UNKNOWN_FULL,
    then UNKNOWN_TAIL each."""
    if count <= UNKNOWN_FULL:
        return float(count)
    return UNKNOWN_FULL + UNKNOWN_TAIL * (count - UNKNOWN_FULL)


def _lone_words(phrases: str) -> Iterable[str]:
    """The one word a phrase keeps once words no question keeps are gone."""
    for phrase in phrases.split(_SEPARATOR):
        kept = [t for w in latin_words(phrase) if (t := stem(w)) not in STOP_EN | GENERIC_EN]
        if len(kept) == 1 and not has_cjk(phrase):
            yield kept[0]
