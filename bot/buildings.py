"""The answer to a question naming a building in full ("SICC", 杭州国际博览中心): the
venue with its sessions, the session there the question means, an FAQ entry asked about
the building, or no answer when it only locates something else (see bot.search's rules)."""

from __future__ import annotations

import re
from dataclasses import replace

from bot.answer import Answer
from bot.doc_answer import answer_with
from bot.listing import fits_time
from bot.places import (
    STREET_NAME_EN,
    STREET_NAME_ZH,
)
from bot.program import Program
from bot.question import Intent, Question
from bot.ranking import PLAUSIBLE, TIE, Ranked, clearly_named
from bot.terms import Doc, TermIndex
from bot.textnorm import HALL_TOKEN, cjk_grams, stem
from bot.vocabulary import PLACE_NOUNS


class BuildingAnswers:
    """Answers about the buildings of one program's index; immutable."""

    def __init__(self, program: Program, terms: TermIndex) -> None:
        self._program = program
        self._terms = terms
        self._docs = terms.docs
        self._venue_docs = terms.venue_docs
        self._venue_sessions = terms.venue_sessions
        self._held_at: dict[str, list[int]] = {}  # a building's name -> its sessions' documents
        for index, doc in enumerate(self._docs):
            if doc.session is not None:
                self._held_at.setdefault(doc.session.building, []).append(index)

    def answer(self, query: Question, ranked: Ranked) -> Answer:
        """A building named in full: that venue, or the session there the question means."""
        venues = [self._venue_docs[venue_id] for venue_id in query.venues]
        if len(venues) > 1:
            places = tuple(self._docs[d].venue for d in venues if self._docs[d].venue)
            return Answer("suggest", query.lang, "where", venues=places)
        building = self._docs[venues[0]].venue
        assert building is not None
        if query.event_kinds and not any(
            self._terms.called(doc, query.event_kinds)
            for doc in (venues[0], *self._held_at.get(building.name, ()))
        ):
            # "明天杭州国博有没有K歌晚会", "an antique auction at the SICC?": a kind of event
            # neither the building nor a session there is called is another event there
            return Answer("none", query.lang, query.intent)
        here = [
            (d, c)
            for d, c in ranked
            if (s := self._docs[d].session) is not None
            and s.building == building.name
            and c >= PLAUSIBLE
        ]
        if query.near:  # "a supermarket near the Huaqiao expo": a place, not the session
            here = [(d, c) for d, c in here if not self._only_a_place(d, query)]
        if here and (len(here) == 1 or here[1][1] < here[0][1] * TIE):
            return self._one(here[0][0], query)
        faq_led = ranked and ranked[0][1] >= PLAUSIBLE and self._docs[ranked[0][0]].faq is not None
        if faq_led and not (query.happening or query.names_sessions):
            # "which metro line for SICC?"; but "my guest stays at the InterContinental, is
            # anything held there?" asks what is on there, whatever the story's need
            return self._one(ranked[0][0], query)
        asks_sessions = query.names_sessions or query.happening or query.singular
        # the pool's hours, a room's price, breakfast's time (bot.entry_aspects)
        of_the_place = query.hours or bool(query.aspects)
        if not here and (
            (query.near and not query.happening) or (of_the_place and not asks_sessions)
        ):
            # "a print shop near SICC", "when does the observation deck on Zifeng Tower
            # close", 浦东香格里拉一晚几钱: the building only says where something else is
            return Answer("none", query.lang, query.intent)
        if not here and not asks_sessions and self._terms.unexplained(_without_streets(query)):
            # "a swimming pool at the InterContinental", "a business centre at the
            # Shangri-La to print brochures on 24 July": something at the building (a
            # street only says where it is: 南京洲际是在中央路吗, "is the SICC on Binjiang
            # Avenue?")
            return Answer("none", query.lang, query.intent)
        held = self._venue_sessions[building.id]
        at_that_time = [s for s in held if fits_time(s, query.time)]
        if not query.time.empty and len(at_that_time) == 1:  # "this afternoon's, which floor?"
            intent: Intent = "when" if query.intent == "when" else "where"
            return Answer("session", query.lang, intent, sessions=(at_that_time[0],))
        elsewhere = [
            d
            for d, _ in ranked
            if (s := self._docs[d].session) is not None
            and s.building != building.name
            and self._terms.evidence(d, query)
        ]
        named = clearly_named(self._docs, ranked) if ranked else None
        if named is not None and not here and self._only_a_hall(named, query):
            # 南京国博B厅几点开始: a hall of another building's; the building named is
            # offered (its halls and sessions), as for a room no session uses
            return Answer(
                "suggest", query.lang, query.intent, venues=(building,), detail_unstated=True
            )
        if named is not None and not here:  # "is the carriers one at the Nanjing expo?"
            return self._one(named, query)  # its card says where it really is
        if elsewhere and not here:  # "nearest bank to SICC": a topic the venue does not hold
            return Answer("none", query.lang, query.intent)
        return self._one(
            venues[0], replace(query, intent="where" if query.intent == "info" else query.intent)
        )

    def _only_a_hall(self, doc: int, query: Question) -> bool:
        """Whether a session is named only by its hall ("Hall B"), which another building
        may have too."""
        evidence = self._terms.evidence(doc, query)
        return bool(evidence) and all(HALL_TOKEN.fullmatch(word) for word in evidence)

    def _only_a_place(self, doc: int, query: Question) -> bool:
        """Whether the question's evidence for a session is only places in town it is
        about (bot.vocabulary.PLACE_NOUNS: a supermarket, a market, a bank)."""
        evidence = self._terms.evidence(doc, query)
        return bool(evidence) and PLACE_NOUNS.issuperset(evidence)

    def _one(self, index: int, query: Question) -> Answer:
        evidence = self._terms.evidence(index, query)
        return answer_with(self._docs[index], query, evidence, self._program, self._venue_sessions)


def _without_streets(query: Question) -> Question:
    streets = {
        gram for match in STREET_NAME_ZH.finditer(query.typed) for gram in cjk_grams(match.group())
    }
    roads = {
        stem(re.sub("['’-]", "", word))  # "yan'an" is the index's "yanan"
        for match in STREET_NAME_EN.finditer(query.typed)
        for word in match.group().split()
    }
    return replace(
        query,
        words=tuple(word for word in query.words if word not in roads),
        grams=tuple(gram for gram in query.grams if gram not in streets),
    )


def about_another_building(query: Question, best_doc: Doc | None) -> bool:
    """A building the program does not have, asked what is on there, or asked about
    with no other topic unless an FAQ entry's need leads (便宜酒店推荐一下: "cheap
    hotel" reads as a name): its name's words (中心, 会展) are no evidence for the
    program's buildings or sessions, nor its city for the question's ("what's on at
    the Shanghai New International Expo Centre")."""
    owners = query.owners
    topic = {*query.words, *query.grams}
    if not owners.building_asked or query.venues or query.hall or not topic:
        return False
    hall = any(HALL_TOKEN.fullmatch(word) for word in query.words)  # "West Hall 1"
    if query.happening and not (query.names_sessions or hall):
        return True
    # (an entry's need does not lead where the event is named: 和平饭店是会场吗)
    faq_need = best_doc is not None and best_doc.faq is not None and not query.names_event
    return topic <= owners.buildings and not faq_need
