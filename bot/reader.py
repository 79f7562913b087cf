"""Reads a delegate's question into what it asks (bot.question.Question): intent, time,
place and topic words.

The order matters and is the one below: each step cuts out what it understood, so the
next one sees less noise.

1. A pasted e-mail loses its salutation, sign-off and signature lines (bot.question_tail);
   the text goes through bot.textnorm.normalize (NFKC, traditional -> simplified,
   Cantonese and chat forms, English shorthand, floors and halls); courtesy phrases go.
2. Chinese homophone typos of known words are corrected (bot.homophones), program words
   typed in pinyin become their characters (bot.pinyin_words), and the words put in are
   remembered: they count as typos, not as typed.
3. Whole-question intents are noted: the delegate's own agenda, the five themes, a
   self-description ("we are a bank"), a duration, the first or last session, another
   year or week.
4. Greetings, then time words (bot.when: the last day named wins, as the question comes
   last), then halls and buildings named in full (before cities: 杭州国际博览中心 holds
   杭州; buildings the program does not have are noted, bot.building_names), then the
   program's cities (in the order last named, bot.city_reader), then cities outside the
   program and provinces (context, never topic).
5. Question words (where / when / list) and filler; a one-character filler (能, 有)
   stays inside a word of the language the program does not know (新能源 is a topic).
6. What is left is the topic: English words (stemmed; "jobfair" split) and Chinese
   bigrams. Two cities in a list question: the last named; with a travel word ("to",
   去): a question about travelling between them; otherwise neither filters.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Iterable
from datetime import datetime
from typing import Literal

from bot.actions import actions_in
from bot.building_names import BuildingNames
from bot.city_reader import CityReader
from bot.entry_aspects import aspects_asked
from bot.event_roles import ATTENDING, ATTENDING_TOPIC
from bot.event_words import EDITION, RELATIVE_WHERE, event_kind_tokens
from bot.homophones import Homophones
from bot.own_affairs import (
    EVENT_NOUNS,
    asks_unstated_need,
    is_own_affairs,
    names_unstated_need,
)
from bot.own_affairs_words import LEISURE
from bot.owners import Owners, cut_other_cities, goes_outside, owned_zh
from bot.owners_en import name_words, owned_en
from bot.particles import without_particle
from bot.patterns import any_phrase
from bot.pinyin_words import program_pinyin
from bot.places import (
    CITY_AS_SUBJECT,
    NEAR,
    STREET,
    STREETS,
    cut_bodies_elsewhere,
)
from bot.program import City, Program
from bot.question import MAX_QUESTION_CHARS, Intent, Question, question_language
from bot.question_tail import without_email_frame
from bot.subjects import subject_tokens
from bot.textnorm import (
    HALL_TOKEN,
    KEEP_WHOLE,
    cjk_grams,
    has_cjk,
    hyphen_joined,
    latin_words,
    normalize,
    stem,
)
from bot.vocabulary import (
    AFTER_THE_EVENT,
    AGENDA,
    BETWEEN_CITIES_TOPIC,
    BUILDING_WORDS,
    COMPANY_NEED,
    DURATION,
    EMAIL_CLOSING,
    EMAIL_NOISE,
    FIRST_SESSION,
    GENERIC_EN,
    GREETING,
    HAPPENING,
    LAST_SESSION,
    LIST_EN,
    OTHER_TIME,
    PURPOSE,
    QUESTION_PHRASES_EN,
    QUESTION_PHRASES_ZH,
    RELUCTANCE,
    SELF_DESCRIBED,
    SESSION_NOUNS,
    SESSION_NOUNS_ZH,
    SINGULAR_EN,
    SINGULAR_ZH,
    STOP_EN,
    THEMES,
    THIS_EDITION,
    TRAVEL_CUE,
    WEAR,
    WEAR_TOPIC,
    WEEKDAY,
    WHEN_EN,
    WHERE_EN,
    WHOLE_EVENT,
    WHOLE_PROGRAM,
)
from bot.when import read_time

_FLOOR_MARK = re.compile(r"\(?\b\d{1,2}f\b\)?")


def _hall_phrases(program: Program) -> dict[str, str]:
    """Hall names that name one session and hold a city's name ("Shanghai Hall",
    上海厅), so the city reader does not take them; floors and punctuation dropped."""
    sessions: dict[str, set[str]] = {}
    for session in program.sessions:
        for hall in (
            session.venue[len(session.building) :],
            session.venue_zh[len(session.building_zh) :],
        ):
            phrase = " ".join(_FLOOR_MARK.sub(" ", normalize(hall)).strip(" ,").split())
            sessions.setdefault(phrase, set()).add(session.id)
    city_names = [normalize(name) for c in program.cities for name in (c.name, c.name_zh)]
    return {
        phrase: next(iter(ids))
        for phrase, ids in sessions.items()
        if len(ids) == 1 and any(name in phrase for name in city_names)
    }


class QuestionReader:
    """Reads questions against one program's cities and vocabulary; immutable."""

    def __init__(
        self,
        program: Program,
        latin_vocabulary: Collection[str],
        homophones: Homophones,
        known_grams: Collection[str] = frozenset(),
        known_together: Callable[[Collection[str]], bool] = lambda _: True,
    ) -> None:
        self._program = program
        self._latin = latin_vocabulary
        self._known_together = known_together  # one document holds all these words
        self._grams = known_grams
        self._homophones = homophones
        self._pinyin = program_pinyin(program, latin_vocabulary)
        # the FAQ entries' needs ("wifi", "breakfast"): what a place word can own
        self._needs = frozenset(stem(word) for faq in program.faq for word in faq.keywords)
        # places outside the program that a session presents (its keywords: Zhangjiajie)
        self._presented = frozenset(
            word.lower() for session in program.sessions for word in session.keywords
        ) | frozenset(word for session in program.sessions for word in session.keywords_zh)
        self._hall_phrases = _hall_phrases(program)
        self._hall_pattern = any_phrase(self._hall_phrases)
        self._cities = CityReader(program)
        self._city_words = frozenset(w for c in program.cities for w in c.name.lower().split())
        self._building_names = frozenset(
            name_words(name) for venue in program.venues for name in (venue.name, *venue.aliases)
        )
        # Buildings named in full are read before cities: 杭州国际博览中心 holds 杭州.
        phrases = [
            (normalize(name), venue.id)
            for venue in program.venues
            if program.venue_sessions(venue)
            for name in (venue.name, venue.name_zh, *venue.aliases, *venue.aliases_zh)
        ]
        # a Chinese name after its city's (昆山花桥国博中心) is the building named in full
        phrases += [
            (city.name_zh + name, venue.id)
            for venue in program.venues
            for city in dict.fromkeys(program.city(s.city) for s in program.venue_sessions(venue))
            if city is not None
            for name in (venue.name_zh, *venue.aliases_zh)
            if not name.startswith(city.name_zh)
        ]
        self._venue_ids = {name: venue_id for name, venue_id in phrases if len(name) >= 2}

        # every English word of a building's names: a capitalised name holding one of its
        # short forms and other words is another building ("National Exhibition and
        # Convention Center" is not SICC's "convention center")
        def words_of(names: Iterable[str]) -> frozenset[str]:
            return frozenset(
                form
                for name in names
                for word in latin_words(normalize(name))
                for form in (word, stem(word))
            )

        self._venue_words = {v.id: words_of((v.name, *v.aliases)) for v in program.venues}
        # with its halls' words: "Shanghai Exhibition Center West Hall 1" is the building
        self._venue_hall_words = {
            v.id: self._venue_words[v.id]
            | words_of(s.venue for s in program.sessions if s.building == v.name)
            for v in program.venues
        }
        self._buildings = BuildingNames(
            (name for venue in program.venues for name in (venue.name_zh, *venue.aliases_zh)),
            (name for city in program.cities for name in (city.name_zh, *city.aliases_zh)),
        )
        self._venue_pattern = any_phrase(self._venue_ids)

    def read(self, text: str, now: datetime, user_language: str | None) -> Question:
        lang = question_language(text, user_language)
        text = without_email_frame(text[:MAX_QUESTION_CHARS])
        raw = text
        text = normalize(text)
        self_described = SELF_DESCRIBED.search(text) is not None
        event_kinds = event_kind_tokens(text)
        # "Sany excavator price list" (no event named: "hiring at the job fair" is one)
        needed = COMPANY_NEED.search(text)
        company_need = needed.group() if needed and not EVENT_NOUNS.search(text) else ""
        # "a travel agency in Ningbo" says who the delegate is, not where the need is
        owners = owned_en(
            raw,
            self._latin,
            self._known_together,
            self_described,
            self._needs,
            self._city_words,
            self._building_names,
        )
        text = EMAIL_CLOSING.sub(" ", text)
        text = EMAIL_NOISE.sub(" ", text)
        text = RELUCTANCE.sub(" ", text)
        text = PURPOSE.sub(" ", text)
        typed = text  # before homophones: 报税 (taxes) is no typo of 保税 (bonded)
        text, by_sound = self._homophones.corrections(text)
        text, by_pinyin = self._pinyin.corrections(text)  # "the rongzi djh": 融资
        by_sound |= by_pinyin
        text = STREETS.sub(STREET, text)  # "shopping on Nanjing Road" is not in Nanjing
        # 浙江商会 is not the Hunan chambers, 苏州工业园区 no park of the program's: what
        # they do or hold is their own
        text, other_bodies = cut_bodies_elsewhere(text)
        original = text
        aspects = aspects_asked(original)  # a price, hours, a deposit (bot.entry_aspects)
        agenda = AGENDA.search(text) is not None
        text, found_themes = THEMES.subn(" ", text)
        themes = found_themes > 0
        text, durations = DURATION.subn(" ", text)  # "before lunch" asks when, not for lunch
        duration = durations > 0
        first_or_last: Literal["first", "last"] | None = (
            "first" if FIRST_SESSION.search(text) else "last" if LAST_SESSION.search(text) else None
        )
        text = LAST_SESSION.sub(" ", FIRST_SESSION.sub(" ", text)) if first_or_last else text
        other_time = self._asks_other_time(text, now)
        text = OTHER_TIME.sub(" ", text)
        text, greetings = GREETING.subn(" ", text)  # before time words: "good morning"
        happening = HAPPENING.search(text) is not None
        whole_event = WHOLE_EVENT.search(text) is not None
        whole_program = WHOLE_PROGRAM.search(text) is not None
        time_filter, text = read_time(text, now.date(), self._program.days())
        halls = [self._hall_phrases[m.group()] for m in self._hall_pattern.finditer(text)]
        hall = halls[0] if halls else None  # "the Shanghai Hall" is no city
        text = self._hall_pattern.sub(" ", text)
        buildings, building_asked = self._buildings.others(text)  # 上海中心大厦
        owners |= Owners(buildings=buildings, building_asked=building_asked)
        venues, text = self._read_venues(text)
        venues = tuple(v for v in venues if not self._in_another_name(v, owners.names))
        cities, text = self._cities.read(text)
        subject_city = CITY_AS_SUBJECT.search(original)  # "a session on Wuhan": not a place
        text, places = (text, []) if subject_city else cut_other_cities(text)
        other_city = bool(places)
        intent: Intent = "when" if duration else "info"
        text = RELATIVE_WHERE.sub(r"\1", text)
        listy, singular = False, SINGULAR_ZH.search(text) is not None
        phrases_read = QUESTION_PHRASES_ZH if has_cjk(text) else QUESTION_PHRASES_EN
        for phrases, marks in phrases_read:
            for phrase in phrases:
                if phrase in text:
                    text = without_particle(text, phrase, self._grams)
                    # "那场会议几点开始": one session meant, 会议 only names it
                    if marks == "list" and not (singular and phrase in SESSION_NOUNS_ZH):
                        listy = True
                    elif marks and intent == "info":
                        intent = marks  # type: ignore[assignment]
        words: list[str] = []
        spelled: dict[str, str] = {}
        # "Hunan-Yangtze", "Hunan-YRD": a joined form whose parts are all generic is no word
        generic_joins = hyphen_joined(text, GENERIC_EN)
        for word in latin_words(text):
            if word in generic_joins:
                continue
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
            elif not word.isdigit() or (len(word) >= 3 and word in self._latin):
                parts = self._split_compound(token)  # "500" of Fortune 500 is a word
                words.extend(parts)
                spelled.update((part, word) for part in parts if part == token)
        listy = listy or happening or whole_event or whole_program
        attending = ATTENDING.search(original) is not None
        if attending:
            words.insert(0, stem(ATTENDING_TOPIC))  # "who else is coming?": the attendees
        if WEAR.search(original):  # "晚宴穿什么": what to wear, at the dinner
            topic = {stem(word): word for word in WEAR_TOPIC.split()}
            words[:0] = topic
            spelled.update(topic)
        if len(cities) > 1 and listy:
            cities = cities[-1:]  # "from Nanjing on Friday; anything on in Kunshan?": the last
        elif len(cities) > 1 and (
            TRAVEL_CUE.search(original) or self._cities.travelled_to(original)
        ):
            words.insert(0, BETWEEN_CITIES_TOPIC)  # "Shanghai to Hangzhou?": travelling
        elif len(cities) > 1:
            cities = []  # "in Shanghai, not Hangzhou?": no one city to filter by
        city = cities[0] if len(cities) == 1 else None
        if has_cjk(text):
            owners |= owned_zh(text, original, self._grams)
        grams = [gram for gram in cjk_grams(text) if len(gram) == 2]
        topics = [
            name for name in places if name in self._presented and not _located_in(name, original)
        ]
        if not words and not grams and not cities and topics:
            # "Zhangjiajie promotion event time": a place outside the program that a session
            # presents is that session's topic when nothing else is ("in Zhangjiajie?" is
            # still outside the program)
            words = [stem(name) for name in topics if stem(name) in self._latin]
            grams = [g for name in topics for g in cjk_grams(name) if g in self._grams]
        # a hall or room the program does not have is no typo of one it has ("Hall 7B")
        owners |= Owners(frozenset(w for w in words if HALL_TOKEN.fullmatch(w)) - self._latin)
        outward = goes_outside(original) or self._sets_out_elsewhere(original, city, venues)
        if other_bodies:  # 宁波商会会不会组团来: the chamber's doings, none of the event's
            owners |= Owners(owned=frozenset(words) | frozenset(grams))
        if outward:  # "book me a flight to Beijing": Beijing's, not the event's
            owners |= Owners(maybe_owned=frozenset(words) | frozenset(grams))
        unstated = names_unstated_need(typed)
        # A word said twice is not twice the topic (and a pasted wall of text stays cheap).
        return Question(
            lang=lang,
            intent=intent,
            time=time_filter,
            city=city,
            listy=listy,
            happening=happening,
            singular=singular,
            greeting=greetings > 0,
            agenda=agenda,
            themes=themes,
            self_described=self_described,
            hours="hours" in aspects,
            company_need=company_need,
            event_kinds=event_kinds,
            other_time=other_time,
            other_city=other_city and not cities,
            venues=venues,
            first_or_last=first_or_last,
            hall=hall,
            # a venue's name (上海国际会议中心) holds 会议 but asks for no session
            names_sessions=SESSION_NOUNS.search(
                AFTER_THE_EVENT.sub(" ", LEISURE.sub(" ", self._venue_pattern.sub(" ", original)))
            )
            is not None,
            # as typed (报税 is no typo of 保税) or as meant (快第到哪了 is a parcel)
            own_affairs=is_own_affairs(typed, unstated)
            or (original != typed and is_own_affairs(original, names_unstated_need(original))),
            unstated_need=asks_unstated_need(typed, unstated),
            actions=actions_in(words, original),
            names_buildings=BUILDING_WORDS.search(original) is not None,
            whole_program=whole_program,
            asks_price="price" in aspects,
            aspects=aspects,
            attending=attending,
            near=NEAR.search(original) is not None,
            asks_held=EDITION.search(original) is not None,
            subject=subject_tokens(original, words, grams),
            owners=owners,
            by_sound=by_sound,
            spelled=tuple(spelled.items()),
            lookalike=any(w in KEEP_WHOLE and w not in self._latin for w in words),
            words=tuple(dict.fromkeys(words)),
            grams=tuple(dict.fromkeys(grams)),
            typed=typed,
            names_event=bool(EVENT_NOUNS.search(typed) or whole_event),
            goes_outside=outward,
        )

    def _sets_out_elsewhere(self, text: str, city: City | None, venues: tuple[str, ...]) -> bool:
        """A journey from the program's one city named to no building of the event
        ("how from Nanjing?", 从南京坐什么车过去; not 从南京怎么去会场)."""
        return city is not None and not venues and self._cities.only_set_out_from(text, city)

    def _asks_other_time(self, text: str, now: datetime) -> bool:
        """Another year or week is asked about, unless a weekday of the event or this
        edition is named after it ("next week I'm in Guangzhou, so what's on Wednesday?",
        去年…这次有没有…)."""
        found = list(OTHER_TIME.finditer(text))
        if not found:
            return False
        after = text[found[-1].end() :]
        if THIS_EDITION.search(after):
            return False  # 去年评上了老字号，这次有没有…: last year is the story's
        if not WEEKDAY.search(after):
            return True
        day = read_time(after, now.date(), self._program.days())[0].day
        return day is None or day not in self._program.days()

    def _split_compound(self, token: str) -> list[str]:
        """ "jobfair" -> ["job", "fair"] when the word is unknown but its halves are not."""
        if token in self._latin or len(token) < 6 or token in KEEP_WHOLE:
            return [token]
        for cut in range(3, len(token) - 2):
            head, tail = token[:cut], stem(token[cut:])
            if head in self._latin and tail in self._latin:
                return [head, tail]
        return [token]

    def _in_another_name(self, venue: str, names: Iterable[frozenset[str]]) -> bool:
        words, with_halls = self._venue_words[venue], self._venue_hall_words[venue]
        for name in names:  # a name's words are as typed: "Intl", "Centre"
            forms = [_forms(word) for word in name - STOP_EN]
            named = any(not form.isdisjoint(words) for form in forms)
            if named and not all(not form.isdisjoint(with_halls) for form in forms):
                return True
        return False

    def _read_venues(self, text: str) -> tuple[tuple[str, ...], str]:
        found: list[str] = []

        def cut(match: re.Match[str]) -> str:
            found.append(self._venue_ids[match.group()])
            return " "

        text = self._venue_pattern.sub(cut, text)
        return tuple(dict.fromkeys(found)), text


def _forms(word: str) -> set[str]:
    """A word as typed, and its normalised words and their stems (Centre: center, cent)."""
    return {word, *(form for part in latin_words(normalize(word)) for form in (part, stem(part)))}


def _located_in(place: str, text: str) -> bool:
    """Whether the text asks what happens in the place ("in Zhangjiajie", 在张家界,
    张家界有没有分会场)."""
    name = re.escape(place)
    return (
        re.search(
            rf"\b(?:in|at)\s+{name}|(?:在|去|到){name}"
            rf"|{name}(?:那边|这边|本地|当地)?(?:也)?(?:是否)?(?:有没有|有无|设有|有)得?"
            r"(?:分会场|分场|场次|活动)",
            text,
        )
        is not None
    )
