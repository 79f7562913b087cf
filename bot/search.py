"""Answers a delegate's question from the program: a session, a list, a theme, a venue,
an FAQ entry, the delegate's agenda, or an honest "not in the program".

The index is built once per Program (never per message). bot.question reads the
question (its steps and their order are documented there); what is left is the topic,
scored against every session, theme, venue and FAQ entry by how much of it they explain
(IDF-weighted English words, typo-tolerant; Chinese character bigrams).

Confidence rules (each has a test in tests/test_search.py):
- A document answers confidently when it explains at least CONFIDENT of the topic's
  weight and no other document comes within TIE of it.
- Exact words and bigrams count in full. A typo match counts at its similarity, and a
  typo match of a short word (under 6 letters) counts only for a document that another
  word of the question matched exactly: "parks" never answers "parking" on its own.
- A homophone typo (南经 for 南京) is corrected only where no known word stood
  (bot.homophones), so it never overrides an exact match.
- When only one document is above PLAUSIBLE and either two exact words of the question
  chose it, or one did and it explains more than ONE_OPTION of the topic,
  that session is the answer: a "did you mean" with one option is not offered.
- A list question whose plausible matches are all sessions gets them as a list.
- A question about another year, another week or a date outside the event, or only
  about a city outside the program, is answered "outside": the event's dates and cities.
  A topic nobody in the program explains is "none", never the whole program.
"""

from __future__ import annotations

import bisect
import heapq
import itertools
import math
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import datetime

from rapidfuzz import fuzz, process
from rapidfuzz.distance import OSA

from bot.answer import Answer, AnswerKind
from bot.homophones import Homophones
from bot.listing import Timetable, fits_time, in_time_order
from bot.program import FaqEntry, Program, Session, Theme, Venue
from bot.question import (
    MAX_QUESTION_CHARS,
    Intent,
    Lang,
    Question,
    QuestionReader,
    question_language,
)
from bot.textnorm import KEEP_WHOLE, cjk_grams, has_cjk, latin_words, normalize, stem
from bot.vocabulary import (
    GENERIC_EN,
    LIST_ZH,
    NOISE_CHARS,
    OTHER_CITIES_ZH,
    STOP_EN,
    STOP_ZH,
    TIME_WORDS_ZH,
    VENUE_GENERIC,
    WHEN_ZH,
    WHERE_ZH,
)
from bot.when import TimeFilter

__all__ = [
    "MAX_QUESTION_CHARS",
    "Answer",
    "AnswerKind",
    "Intent",
    "Lang",
    "SearchIndex",
    "question_language",
]

# Coverage = share of the topic's weight a document explains.
CONFIDENT = 0.55  # at or above: answer with that document
PLAUSIBLE = 0.3  # at or above: worth offering as a suggestion
ONE_OPTION = 0.5  # above: the only plausible document is the answer, not a "did you mean"
TIE = 0.8  # documents within this ratio of the best are equally likely
SHORT_WORD = 6  # a typo match of a shorter word needs an exact word beside it
UNKNOWN_FULL = 2  # unexplained words that count in full: short off-topic questions stay unsure
UNKNOWN_TAIL = 0.35  # the weight of each unexplained word past those
MAX_SUGGESTIONS = 3
RANKED = 50  # candidates considered for the answer, best first

_FIELD_WEIGHT = {
    "title": 1.0,
    "alias": 1.0,
    "keyword": 1.0,
    "hall": 1.0,
    "building": 0.3,
    "description": 0.3,
    "question": 0.6,
    "answer": 0.25,
}
# Homophone corrections aim only at short words an organizer wrote as names or vocabulary.
_WORD_FIELDS = {"title", "alias", "keyword", "building"}


@dataclass(frozen=True)
class _Doc:
    session: Session | None = None
    faq: FaqEntry | None = None
    theme: Theme | None = None
    venue: Venue | None = None


class SearchIndex:
    """All lookups for one Program; immutable after construction."""

    def __init__(self, program: Program) -> None:
        self.program = program
        self._docs: list[_Doc] = []
        self._latin: dict[str, dict[int, float]] = defaultdict(dict)
        self._grams: dict[str, dict[int, float]] = defaultdict(dict)
        self._words: set[str] = set()  # short vocabulary: whole words, not text bigrams
        for session in program.sessions:
            self._add(_Doc(session=session), self._session_fields(session))
        for theme in program.themes:
            self._add(_Doc(theme=theme), self._theme_fields(theme))
        self._venue_docs: dict[str, int] = {}
        self._venue_sessions: dict[str, tuple[Session, ...]] = {}
        for venue in program.venues:
            held = program.venue_sessions(venue)
            if not held:
                continue  # its sessions were dropped from the program
            self._venue_sessions[venue.id] = held
            self._venue_docs[venue.id] = len(self._docs)
            self._add(_Doc(venue=venue), self._venue_fields(venue))
        for entry in program.faq:
            self._add(_Doc(faq=entry), self._faq_fields(entry))
        n = len(self._docs)
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
        # typo matches aim at words only: "fortune" is no typo of "fortune500"
        self._vocabulary = sorted(word for word in self._latin if word.isalpha())
        self.reader = QuestionReader(program, self._latin, self._build_homophones(program))
        self._venues = self._build_venues(program)
        self._timetable = Timetable(program)
        self._venue_names = list(self._venues)

    # ------------------------------------------------------------ building

    @staticmethod
    def _session_fields(session: Session) -> Iterable[tuple[str, str]]:
        yield "title", session.title
        yield "title", session.title_zh
        for text in (*session.aliases, *session.aliases_zh):
            yield "alias", text
        for text in (*session.keywords, *session.keywords_zh):
            yield "keyword", text
        # The hall ("Shanghai Hall (7F)") names this session; the building is shared.
        yield "building", VENUE_GENERIC.sub(" ", normalize(session.building))
        yield "building", VENUE_GENERIC.sub(" ", normalize(session.building_zh))
        yield "hall", session.venue[len(session.building) :]
        yield "hall", session.venue_zh[len(session.building_zh) :]
        yield "description", session.description
        yield "description", session.description_zh

    @staticmethod
    def _theme_fields(theme: Theme) -> Iterable[tuple[str, str]]:
        yield "title", theme.title
        yield "title", theme.title_zh
        for text in (*theme.aliases, *theme.aliases_zh):
            yield "alias", text

    @staticmethod
    def _venue_fields(venue: Venue) -> Iterable[tuple[str, str]]:
        # "hotel" in a hotel's name is not a question about the venue
        for text in (venue.name, venue.name_zh, *venue.aliases, *venue.aliases_zh):
            yield "alias", VENUE_GENERIC.sub(" ", normalize(text))

    @staticmethod
    def _faq_fields(entry: FaqEntry) -> Iterable[tuple[str, str]]:
        for text in (*entry.keywords, *entry.keywords_zh, *entry.aliases, *entry.aliases_zh):
            yield "keyword", text
        yield "question", entry.question
        yield "question", entry.question_zh
        yield "answer", entry.answer
        yield "answer", entry.answer_zh

    def _add(self, doc: _Doc, fields: Iterable[tuple[str, str]]) -> None:
        index = len(self._docs)
        self._docs.append(doc)
        for field_name, text in fields:
            weight = _FIELD_WEIGHT[field_name]
            normalized = normalize(text)
            for word in latin_words(normalized):
                token = stem(word)
                if token in STOP_EN or token in GENERIC_EN or word in GENERIC_EN or len(token) < 2:
                    continue
                self._raise(self._latin[token], index, weight)
            for gram in cjk_grams(normalized):
                if len(gram) == 2:
                    self._raise(self._grams[gram], index, weight)
            if field_name in _WORD_FIELDS and len(normalized) <= 4:
                # a short name or term is a word; a long title's bigrams are only fragments
                self._words.update(gram for gram in cjk_grams(normalized) if len(gram) == 2)

    @staticmethod
    def _raise(posting: dict[int, float], doc: int, weight: float) -> None:
        if weight > posting.get(doc, 0.0):
            posting[doc] = weight

    def _build_homophones(self, program: Program) -> Homophones:
        """Known words are never rewritten; only names and vocabulary are aimed at."""
        question_words = {
            gram
            for phrases in (WHERE_ZH, WHEN_ZH, LIST_ZH, STOP_ZH, TIME_WORDS_ZH, OTHER_CITIES_ZH)
            for phrase in phrases
            for gram in cjk_grams(phrase)
        }
        cities = {
            gram
            for city in program.cities
            for name in (city.name_zh, *city.aliases_zh)
            for gram in cjk_grams(name)
        }
        words = self._words | cities | question_words
        return Homophones(known=set(self._grams) | words, targets=words, words=words)

    @staticmethod
    def _build_venues(program: Program) -> dict[str, list[Session]]:
        """Sessions by hall, by building and by the building's aliases, for /venue."""
        venues: dict[str, list[Session]] = defaultdict(list)
        aliases = {
            venue.name: (venue.name_zh, *venue.aliases, *venue.aliases_zh)
            for venue in program.venues
        }
        for session in program.sessions:
            names = (
                session.venue,
                session.venue_zh,
                session.building,
                session.building_zh,
                *aliases.get(session.building, ()),
            )
            for name in dict.fromkeys(normalize(name) for name in names):
                venues[name].append(session)
        return venues

    # ------------------------------------------------------------ scoring

    def _latin_matches(self, token: str) -> list[tuple[str, float]]:
        if token in self._latin:
            return [(token, 1.0)]
        if len(token) < 4 or token in KEEP_WHOLE:  # "networking" is no typo of "network"
            return []
        cutoff = 85 if len(token) <= 7 else 78  # "summit" is not "suit"
        found = process.extract(
            token, self._vocabulary, scorer=fuzz.ratio, score_cutoff=cutoff, limit=3
        )
        matches = [(word, score / 100) for word, score, _ in found]
        if not matches:  # one swapped, missing or wrong letter: "fiar", "tourim"
            close = process.extract(
                token, self._vocabulary, scorer=OSA.distance, score_cutoff=1, limit=3
            )
            matches = [(word, 0.85) for word, _, _ in close if len(word) >= 4]
        if not matches:  # a word cut short: "recruit" for "recruitment" (sorted: bisect)
            start = bisect.bisect_right(self._vocabulary, token)
            after = itertools.islice(self._vocabulary, start, None)
            longer = itertools.takewhile(lambda word: word.startswith(token), after)
            matches = [(word, 0.8) for word in itertools.islice(longer, 3)]
        return matches

    def _coverage(self, query: Question) -> dict[int, float]:
        total = 0.0
        scores: dict[int, float] = defaultdict(float)
        exact: set[int] = set()  # documents an exact word or bigram of the question hit
        short_typos: dict[int, float] = defaultdict(float)  # count only beside an exact hit
        topics = [(word, self._latin_matches(word)) for word in query.words]
        unknown_words = sum(1 for _, matches in topics if not matches)
        known_chars = {ch for gram in query.grams if gram in self._grams for ch in gram}
        unknown_grams = 0
        for gram in query.grams:
            if gram in self._grams:
                topics.append((gram, [(gram, 1.0)]))
            elif not known_chars.intersection(gram) and not NOISE_CHARS.intersection(gram):
                # A bigram straddling a known word and filler ("高铁要"), or holding a
                # function word (会对, 开到), is noise, not topic.
                unknown_grams += 1
        for word, matches in topics:
            if not matches:
                continue
            total += max(self._idf[token] for token, _ in matches)
            if len(matches) == 1 and matches[0][1] == 1.0:  # the common case: an exact word
                for doc, value in self._scored[matches[0][0]].items():
                    scores[doc] += value
                    exact.add(doc)
                continue
            best: dict[int, float] = {}
            for token, similarity in matches:
                for doc, value in self._scored[token].items():
                    if value * similarity > best.get(doc, 0.0):
                        best[doc] = value * similarity
            target = short_typos if len(word) < SHORT_WORD else scores
            for doc, value in best.items():
                target[doc] += value
        for doc, value in short_typos.items():
            if doc in exact:
                scores[doc] += value
        # Words nothing in the program explains: in full for the first two, so a short
        # off-topic question stays unsure; then less, so a long story around a question
        # (voice input, an e-mail) does not drown the words that name the session.
        unknown = unknown_words + math.ceil(unknown_grams / 2)
        total += self._unknown_weight * _unexplained(unknown)
        return {doc: value / total for doc, value in scores.items()} if total else {}

    def _enough_evidence(self, doc: int, coverage: float, query: Question) -> bool:
        """Below CONFIDENT, a document answers only on two exact words of the question, or
        on one that explains more than ONE_OPTION of it (an FAQ entry or a theme: half is
        enough, as their words name one need or idea: "hotel recommendations?"); never beside a
        lookalike word ("speed networking" is not a train, nor the Wi-Fi network)."""
        if query.lookalike:
            return False
        evidence = self._evidence(doc, query)
        if len(evidence) >= 2:
            return True
        named = self._docs[doc].faq is not None or self._docs[doc].theme is not None
        return bool(evidence) and (coverage >= ONE_OPTION if named else coverage > ONE_OPTION)

    def _evidence(self, doc: int, query: Question) -> tuple[str, ...]:
        """The question's words that the document explains exactly."""
        found = [w for w in query.words if doc in self._latin.get(w, {})]
        found += [g for g in query.grams if doc in self._grams.get(g, {})]
        return tuple(found)

    # ------------------------------------------------------------ answering

    def answer(self, text: str, now: datetime, user_language: str | None = None) -> Answer:
        """The pure core of the bot's replies to free text."""
        query = self.reader.read(text, now, user_language)
        if query.agenda:
            return Answer("agenda", query.lang, query.intent)
        coverage = self._coverage(query)
        ranked = heapq.nlargest(RANKED, coverage.items(), key=lambda item: item[1])
        best_doc = self._docs[ranked[0][0]] if ranked else None
        # a practical question (a hotel for the 23rd) is not bounded by the event's dates
        practical = best_doc is not None and best_doc.faq is not None and ranked[0][1] >= PLAUSIBLE
        if query.themes and not (best_doc and best_doc.theme and ranked[0][1] >= CONFIDENT):
            return Answer("themes", query.lang, query.intent)
        if self._outside(query) and not practical:
            return Answer("outside", query.lang, query.intent, time=query.time)
        if query.hall is not None:
            session = self.program.session(query.hall)
            intent: Intent = "when" if query.intent == "when" else "where"
            return Answer("session", query.lang, intent, sessions=(session,) if session else ())
        if query.venues:
            return self._at_venue(query, ranked, now)
        if query.first_or_last and not (best_doc and ranked[0][1] >= CONFIDENT):
            return self._first_or_last(query, now)
        if not query.has_topic:
            return self._without_topic(query, now)
        if not ranked or ranked[0][1] < PLAUSIBLE:
            asks_sessions = query.listy or query.singular
            if query.other_city and not query.city and asks_sessions and not query.is_story:
                return Answer("outside", query.lang, query.intent)  # "any session in Beijing?"
            if query.is_story and query.listy and (query.city or not query.time.empty):
                return self._without_topic(replace(query, words=(), grams=()), now)
            return Answer("none", query.lang, query.intent, time=query.time, city=query.city)
        fitting = [(d, c) for d, c in ranked if self._fits(self._docs[d], query)]
        if fitting and fitting[0][1] >= PLAUSIBLE:
            ranked = fitting
        best = ranked[0][1]
        tied = [d for d, c in ranked if c >= best * TIE and c >= PLAUSIBLE]
        if best >= CONFIDENT and (len(tied) == 1 or self._docs[ranked[0][0]].faq is not None):
            # a practical question names a session as its context: "who speaks at the opening?"
            return self._one(ranked[0][0], query, now)
        tied_docs = [self._docs[d] for d in tied]
        if len(tied) > 1 and all(doc.venue for doc in tied_docs):
            venues = tuple(doc.venue for doc in tied_docs if doc.venue)[:MAX_SUGGESTIONS]
            return Answer("suggest", query.lang, "where", venues=venues)
        plausible = [d for d, c in ranked if c >= PLAUSIBLE]
        sessions = [s for d in plausible if (s := self._docs[d].session) is not None]
        leads_with_session = self._docs[ranked[0][0]].session is not None
        if (query.time.moment and leads_with_session) or (
            query.listy and len(sessions) == len(plausible) > 1
        ):
            return self._timetable.list(query, in_time_order(sessions), now)
        if len(tied) == 1 and self._enough_evidence(tied[0], best, query):
            return self._one(tied[0], query, now)  # a clear lead, with evidence behind it
        only_one = len(sessions) == 1 and self._docs[ranked[0][0]].session is sessions[0]
        if only_one and self._enough_evidence(ranked[0][0], best, query):
            return self._one(ranked[0][0], query, now)  # one option is the answer, not a question
        if not sessions and self._enough_evidence(ranked[0][0], best, query):
            return self._one(ranked[0][0], query, now)
        if not sessions:
            return Answer("none", query.lang, query.intent)
        return Answer(
            "suggest", query.lang, query.intent, sessions=tuple(sessions[:MAX_SUGGESTIONS])
        )

    def _at_venue(self, query: Question, ranked: list[tuple[int, float]], now: datetime) -> Answer:
        """A building named in full: that venue, or the session there the question means."""
        venues = [self._venue_docs[venue_id] for venue_id in query.venues]
        if len(venues) > 1:
            places = tuple(self._docs[d].venue for d in venues if self._docs[d].venue)
            return Answer("suggest", query.lang, "where", venues=places)
        building = self._docs[venues[0]].venue
        assert building is not None
        here = [
            (d, c)
            for d, c in ranked
            if (s := self._docs[d].session) is not None and s.building == building.name
        ]
        if here and here[0][1] >= PLAUSIBLE and (len(here) == 1 or here[1][1] < here[0][1] * TIE):
            return self._one(here[0][0], query, now)
        if ranked and ranked[0][1] >= PLAUSIBLE:
            best = self._docs[ranked[0][0]]
            if best.faq is not None:  # "which metro line for SICC": the practical answer
                return self._one(ranked[0][0], query, now)
            if best.session is not None and not here:  # a topic held elsewhere, not here
                return Answer("none", query.lang, query.intent)
        held = self._venue_sessions[building.id]
        at_that_time = [s for s in held if fits_time(s, query.time)]
        if not query.time.empty and len(at_that_time) == 1:  # "this afternoon's, which floor?"
            intent: Intent = "when" if query.intent == "when" else "where"
            return Answer("session", query.lang, intent, sessions=(at_that_time[0],))
        elsewhere = [d for d, _ in ranked if self._docs[d].session and self._evidence(d, query)]
        if elsewhere and not here:  # "nearest bank to SICC": a topic the venue does not hold
            return Answer("none", query.lang, query.intent)
        return self._one(
            venues[0],
            replace(query, intent="where" if query.intent == "info" else query.intent),
            now,
        )

    def _one(self, index: int, query: Question, now: datetime) -> Answer:
        """The answer when one document is it."""
        doc = self._docs[index]
        base = Answer(
            "none",
            query.lang,
            query.intent,
            evidence=self._evidence(index, query),
            self_described=query.self_described,
        )
        if doc.faq is not None:
            return replace(base, kind="faq", faq=doc.faq)
        if doc.theme is not None:
            sessions = self.program.theme_sessions(doc.theme.id)
            fitting = [s for s in sessions if self._fits(_Doc(session=s), query)]
            return replace(
                base,
                kind="theme",
                theme=doc.theme,
                sessions=tuple(fitting or sessions),
                city=query.city,
                time=query.time if fitting else TimeFilter(),
            )
        if doc.venue is not None:
            sessions = self._venue_sessions[doc.venue.id]
            if len(sessions) == 1:  # a building with one session: that session is meant
                intent: Intent = "when" if query.intent == "when" else "where"
                return replace(base, kind="session", intent=intent, sessions=sessions)
            return replace(base, kind="venue", intent="where", venue=doc.venue, sessions=sessions)
        assert doc.session is not None
        return replace(base, kind="session", sessions=(doc.session,))

    def _first_or_last(self, query: Question, now: datetime) -> Answer:
        """ "The first session of the week", "最后一场在南京": by its place in time."""
        listed = self._timetable.list(
            replace(query, time=replace(query.time, moment=None)), None, now
        )
        if not listed.sessions:
            return listed
        chosen = listed.sessions[0] if query.first_or_last == "first" else listed.sessions[-1]
        return Answer("session", query.lang, query.intent, sessions=(chosen,))

    def _outside(self, query: Question) -> bool:
        """Another year or week, or a day outside the event."""
        if query.other_time:
            return True
        day = query.time.day
        days = self.program.days()
        return day is not None and bool(days) and not days[0] <= day <= days[-1]

    def _without_topic(self, query: Question, now: datetime) -> Answer:
        """A question of time, place or kind only: a list, the venues, a greeting."""
        if query.other_city and not query.city and query.time.empty:
            return Answer("outside", query.lang, query.intent)  # "what's on in Beijing?"
        if query.intent == "where" and not query.city and query.time.empty:
            return Answer("venues", query.lang, query.intent)  # "where are the venues?"
        if not (query.city or not query.time.empty or query.listy):
            if query.other_city and query.singular:
                return Answer("outside", query.lang, query.intent)
            if query.intent == "where":  # "where are the venues?": no session named
                return Answer("venues", query.lang, query.intent)
            kind: AnswerKind = "greeting" if query.greeting else "none"
            return Answer(kind, query.lang, query.intent)
        listed = self._timetable.list(query, None, now)
        if query.singular and not query.listy and query.time.moment is None:
            if len(listed.sessions) == 1:
                return replace(listed, kind="session")
            if 1 < len(listed.sessions) <= MAX_SUGGESTIONS:
                return replace(listed, kind="suggest")
        return listed

    def browse(self, text: str, now: datetime, user_language: str | None = None) -> Answer | None:
        """A day and/or city list for /schedule; None when `text` names neither."""
        query = self.reader.read(text, now, user_language)
        if query.has_topic or (query.city is None and query.time.empty):
            return None
        return self._timetable.list(query, None, now)

    def _fits(self, doc: _Doc, query: Question) -> bool:
        if doc.venue is not None and query.city is not None:  # 花桥那个博览中心: the one there
            return any(s.city == query.city.name for s in self._venue_sessions[doc.venue.id])
        session = doc.session
        if session is None:
            return True
        if query.city and session.city != query.city.name:
            return False
        return fits_time(session, query.time)

    # ------------------------------------------------------------ other lookups

    def find_venue(self, text: str) -> list[Session]:
        """Sessions at the venue or building best matching `text` (for /venue), in time order.

        On a tie the name closest in length wins: "Huaqiao" finds the building with all
        its halls, a hall's full name finds just that hall.
        """
        if not text.strip():
            return []
        query = normalize(text)
        # token_set_ratio ignores word order and extra words; Chinese has no spaces to split on
        scorer = fuzz.partial_ratio if has_cjk(query) else fuzz.token_set_ratio
        found = process.extract(
            query, self._venue_names, scorer=scorer, score_cutoff=70, limit=None
        )
        if not found:
            return []
        name = max(found, key=lambda hit: (hit[1], -abs(len(hit[0]) - len(query))))[0]
        return sorted(self._venues[name], key=lambda s: (s.start, s.id))


def _unexplained(count: int) -> float:
    """How many words' weight `count` unexplained words carry: in full up to UNKNOWN_FULL,
    then UNKNOWN_TAIL each."""
    if count <= UNKNOWN_FULL:
        return float(count)
    return UNKNOWN_FULL + UNKNOWN_TAIL * (count - UNKNOWN_FULL)
