"""Answers a delegate's question from the program: which session, which list, which FAQ.

The index is built once per Program (never per message). A question is read in three
passes: time words (bot.when), a city, then question and filler words; what is left is
the topic, scored against every session and FAQ entry by how much of it they explain
(IDF-weighted, typo-tolerant words for Latin script, character bigrams for Chinese).
"""

from __future__ import annotations

import bisect
import heapq
import itertools
import math
import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta
from typing import Literal

from rapidfuzz import fuzz, process
from rapidfuzz.distance import OSA

from bot.program import City, FaqEntry, Program, Session
from bot.textnorm import cjk_grams, has_cjk, latin_words, normalize, stem
from bot.vocabulary import (
    BETWEEN_CITIES_TOPIC,
    GENERIC_EN,
    GREETING,
    HAPPENING,
    LIST_EN,
    LIST_ZH,
    SINGULAR_EN,
    STOP_EN,
    STOP_ZH,
    WHEN_EN,
    WHEN_ZH,
    WHERE_EN,
    WHERE_ZH,
    WHOLE_EVENT,
)
from bot.when import TimeFilter, read_time

Lang = Literal["en", "zh"]
Intent = Literal["where", "when", "info"]
AnswerKind = Literal["session", "list", "venues", "faq", "suggest", "greeting", "none"]

# Coverage = share of the topic's weight a document explains.
CONFIDENT = 0.55  # at or above: answer with that document
PLAUSIBLE = 0.3  # at or above: worth offering as a suggestion
TIE = 0.8  # documents within this ratio of the best are equally likely
MAX_SUGGESTIONS = 3
RANKED = 50  # candidates considered for the answer, best first
MAX_QUESTION_CHARS = 500  # a delegate's question; the rest of a pasted wall of text is noise

_FIELD_WEIGHT = {
    "title": 1.0,
    "alias": 1.0,
    "keyword": 1.0,
    "venue": 0.5,
    "theme": 0.4,
    "description": 0.3,
    "question": 0.6,
    "answer": 0.25,
}


@dataclass(frozen=True)
class Answer:
    """What the bot understood and found; rendering turns it into a reply."""

    kind: AnswerKind
    lang: Lang
    intent: Intent = "info"
    sessions: tuple[Session, ...] = ()
    faq: FaqEntry | None = None
    time: TimeFilter = field(default_factory=TimeFilter)
    city: City | None = None
    upcoming: tuple[Session, ...] = ()  # for "what's on now" when nothing is: what comes next

    @property
    def confident(self) -> bool:
        return self.kind in ("session", "list", "venues", "faq")


@dataclass(frozen=True)
class _Doc:
    session: Session | None = None
    faq: FaqEntry | None = None


@dataclass
class _Query:
    lang: Lang
    intent: Intent
    time: TimeFilter
    city: City | None
    listy: bool
    happening: bool  # "what's on": today, while the event runs
    singular: bool  # "the Nanjing conference": one thing is meant, even if two could be
    greeting: bool
    words: list[str]
    grams: list[str]


def question_language(text: str, user_language: str | None) -> Lang:
    """Chinese characters mean a Chinese reply; otherwise the user's Telegram language."""
    if has_cjk(text):
        return "zh"
    if text.strip() and any(ch.isalpha() for ch in text):
        return "en"
    return "zh" if (user_language or "").lower().startswith("zh") else "en"


class SearchIndex:
    """All lookups for one Program; immutable after construction."""

    def __init__(self, program: Program) -> None:
        self.program = program
        self._docs: list[_Doc] = []
        self._latin: dict[str, dict[int, float]] = defaultdict(dict)
        self._grams: dict[str, dict[int, float]] = defaultdict(dict)
        for session in program.sessions:
            self._add(_Doc(session=session), self._session_fields(session, program))
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
        self._vocabulary = list(self._latin)
        self._city_names = self._build_city_names(program.cities)
        self._city_patterns = [  # compiled once: every question is read for cities
            (re.compile(rf"\b{re.escape(name)}\b"), city)
            for name, city in self._city_names
            if len(name) > 3
        ]
        self._zh_cities = sorted(
            ((name, city) for city in program.cities for name in (city.name_zh, *city.aliases_zh)),
            key=lambda pair: -len(pair[0]),
        )
        self._venues = self._build_venues(program.sessions)
        # program.sessions is in time order; these make day, "now" and "next" lookups cheap
        self._by_day: dict[date, list[Session]] = defaultdict(list)
        for session in program.sessions:
            self._by_day[session.day].append(session)
        self._starts = [session.start for session in program.sessions]
        self._longest = max((s.end - s.start for s in program.sessions), default=timedelta(0))
        self._venue_names = list(self._venues)

    # ------------------------------------------------------------ building

    @staticmethod
    def _session_fields(session: Session, program: Program) -> Iterable[tuple[str, str]]:
        yield "title", session.title
        yield "title", session.title_zh
        for text in (*session.aliases, *session.aliases_zh):
            yield "alias", text
        for text in (*session.keywords, *session.keywords_zh):
            yield "keyword", text
        yield "venue", session.venue
        yield "venue", session.venue_zh
        yield "description", session.description
        yield "description", session.description_zh
        for theme in program.themes:
            if theme.id in session.themes:
                yield "theme", theme.title
                yield "theme", theme.title_zh

    @staticmethod
    def _faq_fields(entry: FaqEntry) -> Iterable[tuple[str, str]]:
        for text in (*entry.keywords, *entry.keywords_zh):
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
                if token in STOP_EN or token in GENERIC_EN or len(token) < 2:
                    continue
                self._raise(self._latin[token], index, weight)
            for gram in cjk_grams(normalized):
                if len(gram) == 2:
                    self._raise(self._grams[gram], index, weight)

    @staticmethod
    def _raise(posting: dict[int, float], doc: int, weight: float) -> None:
        if weight > posting.get(doc, 0.0):
            posting[doc] = weight

    @staticmethod
    def _build_city_names(cities: Iterable[City]) -> list[tuple[str, City]]:
        names = [(normalize(name), city) for city in cities for name in (city.name, *city.aliases)]
        return sorted(names, key=lambda pair: -len(pair[0]))

    @staticmethod
    def _build_venues(sessions: Iterable[Session]) -> dict[str, list[Session]]:
        """Sessions by venue and by building, so "/venue Huaqiao" finds every hall there."""
        venues: dict[str, list[Session]] = defaultdict(list)
        for session in sessions:
            names = (session.venue, session.venue_zh, session.building, session.building_zh)
            for name in dict.fromkeys(names):
                venues[normalize(name)].append(session)
        return venues

    # ------------------------------------------------------------ reading a question

    def _read(self, text: str, now: datetime, user_language: str | None) -> _Query:
        lang = question_language(text, user_language)
        text = normalize(text[:MAX_QUESTION_CHARS])
        text, greetings = GREETING.subn(" ", text)  # before time words: "good morning"
        happening = HAPPENING.search(text) is not None
        whole_event = WHOLE_EVENT.search(text) is not None
        time_filter, text = read_time(text, now.date(), self.program.days())
        cities, text = self._read_cities(text)
        city = cities[0] if len(cities) == 1 else None
        intent: Intent = "info"
        listy = singular = False
        for phrases, marks in (
            (WHERE_ZH, "where"),
            (WHEN_ZH, "when"),
            (LIST_ZH, "list"),
            (STOP_ZH, None),
        ):
            for phrase in phrases:
                if phrase in text:
                    text = text.replace(phrase, " ")
                    if marks == "list":
                        listy = True
                    elif marks and intent == "info":
                        intent = marks  # type: ignore[assignment]
        words: list[str] = [BETWEEN_CITIES_TOPIC] if len(cities) > 1 else []
        for word in latin_words(text):
            token = stem(word)
            if word in WHERE_EN or token in WHERE_EN:
                intent = "where" if intent == "info" else intent
            elif word in WHEN_EN or token in WHEN_EN:
                intent = "when" if intent == "info" else intent
            elif word in LIST_EN:
                listy = True
            elif word in SINGULAR_EN:
                singular = True
            elif word in STOP_EN or token in GENERIC_EN or word in GENERIC_EN or len(word) < 2:
                continue
            elif not word.isdigit():
                words.extend(self._split_compound(token))
        listy = listy or happening or whole_event
        grams = [gram for gram in cjk_grams(text) if len(gram) == 2]
        # A word said twice is not twice the topic (and a pasted wall of text stays cheap).
        words, grams = list(dict.fromkeys(words)), list(dict.fromkeys(grams))
        return _Query(
            lang, intent, time_filter, city, listy, happening, singular, greetings > 0, words, grams
        )

    def _split_compound(self, token: str) -> list[str]:
        """ "jobfair" -> ["job", "fair"] when the word is unknown but its halves are not."""
        if token in self._latin or len(token) < 6:
            return [token]
        for cut in range(3, len(token) - 2):
            head, tail = token[:cut], stem(token[cut:])
            if head in self._latin and tail in self._latin:
                return [head, tail]
        return [token]

    def _read_cities(self, text: str) -> tuple[list[City], str]:
        """The cities a question names, and the question without them."""
        found: list[City] = []
        for name, city in self._zh_cities:
            if name in text:
                found.append(city)
                text = text.replace(name, " ")
        for pattern, city in self._city_patterns:
            if pattern.search(text):
                found.append(city)
                text = pattern.sub(" ", text)
        for word in latin_words(text):
            for name, city in self._city_names:
                if word == name or (len(word) >= 5 and fuzz.ratio(word, name) >= 85):
                    found.append(city)
                    text = re.sub(rf"\b{re.escape(word)}\b", " ", text)
                    break
        return list({city.name: city for city in found}.values()), text

    # ------------------------------------------------------------ scoring

    def _latin_matches(self, token: str) -> list[tuple[str, float]]:
        if token in self._latin:
            return [(token, 1.0)]
        if len(token) < 4:
            return []
        cutoff = 85 if len(token) <= 5 else 78
        found = process.extract(
            token, self._vocabulary, scorer=fuzz.ratio, score_cutoff=cutoff, limit=3
        )
        matches = [(word, score / 100) for word, score, _ in found]
        if not matches:  # one swapped, missing or wrong letter: "fiar", "tourim"
            close = process.extract(
                token, self._vocabulary, scorer=OSA.distance, score_cutoff=1, limit=3
            )
            matches = [(word, 0.85) for word, _, _ in close if len(word) >= 4]
        if not matches:
            matches = [
                (word, 0.8)
                for word in self._vocabulary
                if len(word) > len(token) and word.startswith(token)
            ][:3]
        return matches

    def _coverage(self, query: _Query) -> dict[int, float]:
        total = 0.0
        scores: dict[int, float] = defaultdict(float)
        topics = [self._latin_matches(word) for word in query.words]
        known_chars = {ch for gram in query.grams if gram in self._grams for ch in gram}
        for gram in query.grams:
            if gram in self._grams:
                topics.append([(gram, 1.0)])
            elif not known_chars.intersection(gram):
                # A bigram straddling a known word and filler ("高铁要") is noise, not topic.
                topics.append([])
        for matches in topics:
            total += max((self._idf[token] for token, _ in matches), default=self._unknown_weight)
            if len(matches) == 1 and matches[0][1] == 1.0:  # the common case: an exact word
                for doc, value in self._scored[matches[0][0]].items():
                    scores[doc] += value
                continue
            best: dict[int, float] = {}
            for token, similarity in matches:
                for doc, value in self._scored[token].items():
                    if value * similarity > best.get(doc, 0.0):
                        best[doc] = value * similarity
            for doc, value in best.items():
                scores[doc] += value
        return {doc: value / total for doc, value in scores.items()} if total else {}

    # ------------------------------------------------------------ answering

    def answer(self, text: str, now: datetime, user_language: str | None = None) -> Answer:
        """The pure core of the bot's replies to free text."""
        query = self._read(text, now, user_language)
        coverage = self._coverage(query)
        has_topic = bool(query.words or query.grams)
        if not has_topic:
            if not (query.city or not query.time.empty or query.listy):
                if query.intent == "where":  # "where are the venues?": no session named
                    return Answer("venues", query.lang, query.intent)
                kind: AnswerKind = "greeting" if query.greeting else "none"
                return Answer(kind, query.lang, query.intent)
            listed = self._list(query, None, now)
            if query.singular and not query.listy and query.time.moment is None:
                if len(listed.sessions) == 1:
                    return replace(listed, kind="session")
                if 1 < len(listed.sessions) <= MAX_SUGGESTIONS:
                    return replace(listed, kind="suggest")
            return listed
        plausible = [(d, c) for d, c in coverage.items() if c >= PLAUSIBLE]
        if not plausible:
            return Answer("none", query.lang, query.intent, time=query.time, city=query.city)
        if query.time.moment:
            matching = [s for d, _ in plausible if (s := self._docs[d].session) is not None]
            return self._list(query, _in_time_order(matching), now)
        # Only the best few can be the answer: no need to sort or filter thousands.
        ranked = heapq.nlargest(RANKED, coverage.items(), key=lambda item: item[1])
        fitting = [(d, c) for d, c in ranked if self._fits(self._docs[d], query)]
        if fitting and fitting[0][1] >= PLAUSIBLE:
            ranked = fitting
        best = ranked[0][1]
        tied = [d for d, c in ranked if c >= best * TIE and c >= PLAUSIBLE]
        if best >= CONFIDENT and len(tied) == 1:
            doc = self._docs[tied[0]]
            if doc.faq is not None:
                return Answer("faq", query.lang, query.intent, faq=doc.faq)
            return Answer("session", query.lang, query.intent, sessions=(doc.session,))  # type: ignore[arg-type]
        tied_sessions = [self._docs[d].session for d in tied]
        if best >= CONFIDENT and query.listy and all(tied_sessions):
            return self._list(query, _in_time_order(tied_sessions), now)  # type: ignore[arg-type]
        suggestions = [self._docs[d].session for d, c in ranked if c >= PLAUSIBLE]
        suggestions = [s for s in suggestions if s is not None][:MAX_SUGGESTIONS]
        if not suggestions:
            doc = self._docs[ranked[0][0]]
            if doc.faq is not None and best >= PLAUSIBLE:
                return Answer("faq", query.lang, query.intent, faq=doc.faq)
            return Answer("none", query.lang, query.intent)
        return Answer("suggest", query.lang, query.intent, sessions=tuple(suggestions))

    def browse(self, text: str, now: datetime, user_language: str | None = None) -> Answer | None:
        """A day and/or city list for /schedule; None when `text` names neither."""
        query = self._read(text, now, user_language)
        if query.words or query.grams or (query.city is None and query.time.empty):
            return None
        return self._list(query, None, now)

    def _fits(self, doc: _Doc, query: _Query) -> bool:
        session = doc.session
        if session is None:
            return True
        if query.city and session.city != query.city.name:
            return False
        return _fits_time(session, query.time)

    def _list(self, query: _Query, pool: Sequence[Session] | None, now: datetime) -> Answer:
        """Sessions of `pool` (in time order; None: the whole program) that fit the
        question's city and time."""
        time_filter = query.time
        if time_filter.empty and not query.city and query.happening and now.date() in self._by_day:
            time_filter = TimeFilter(day=now.date())  # a bare "what's on?" during the event: today
        if pool is None and not query.city and time_filter.part is None and time_filter.day is None:
            sessions, upcoming = self._whole_program_at(time_filter, now)
        else:
            if pool is None:
                pool = (
                    self._by_day.get(time_filter.day, [])
                    if time_filter.day
                    else (self.program.sessions)
                )
            sessions = [
                s
                for s in pool
                if (not query.city or s.city == query.city.name) and _fits_time(s, time_filter)
            ]
            upcoming = []
            if time_filter.moment == "now":
                upcoming = _next_after(sessions, now)
                sessions = [s for s in sessions if s.is_running(now)]
            elif time_filter.moment == "next":
                sessions = _next_after(sessions, now)
        return Answer(
            "list",
            query.lang,
            query.intent,
            sessions=tuple(sessions),
            time=time_filter,
            city=query.city,
            upcoming=tuple(upcoming),
        )

    def _whole_program_at(
        self, time_filter: TimeFilter, now: datetime
    ) -> tuple[Sequence[Session], list[Session]]:
        """ "now", "next" or everything over the whole program, by bisecting start times;
        returns the sessions and, for "now", what comes next."""
        sessions = self.program.sessions
        if time_filter.moment is None:
            return sessions, []
        later = bisect.bisect_right(self._starts, now)
        following = _next_after(itertools.islice(sessions, later, None), now)
        if time_filter.moment == "next":
            return following, []
        earliest = bisect.bisect_left(self._starts, now - self._longest)
        return [s for s in sessions[earliest:later] if s.is_running(now)], following

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


def _fits_time(session: Session, time_filter: TimeFilter) -> bool:
    if time_filter.day and session.day != time_filter.day:
        return False
    if time_filter.part == "morning":
        return session.start.hour < 12
    if time_filter.part == "afternoon":
        return 12 <= session.start.hour < 18
    if time_filter.part == "evening":
        return session.start.hour >= 18 or session.end.hour >= 19
    return True


def _in_time_order(sessions: Iterable[Session]) -> list[Session]:
    return sorted(sessions, key=lambda s: (s.start, s.id))


def _next_after(sessions: Iterable[Session], now: datetime) -> list[Session]:
    """The sessions sharing the earliest start after `now`; `sessions` in time order."""
    following = (s for s in sessions if s.start > now)
    first = next(following, None)
    if first is None:
        return []
    return [first, *itertools.takewhile(lambda s: s.start == first.start, following)]
