"""Turns one read question (bot.question.Question) into an answer: the order in which
the rules of bot.search's docstring are tried, from the delegate's own agenda and needs
the program never speaks of, through other cities, buildings, times and halls, to the
topic scored against every document (bot.topic_answers). bot.search finds the question
in a message (a long story, a relayed question) and asks this module about it."""

from __future__ import annotations

import heapq
import re
from dataclasses import replace
from datetime import datetime

from bot.answer import Answer, AnswerKind
from bot.buildings import BuildingAnswers, about_another_building
from bot.city_reader import asks_a_journey
from bot.details import (
    asked_at_the_session,
    asks_a_card_field,
    asks_at_the_session,
    asks_pay,
    asks_price_of_another_thing,
    asks_what_no_card_gives,
    asks_what_to_bring,
    asks_yes_or_no,
)
from bot.doubt import OffTopicModel
from bot.entry_aspects import is_price_word, untold_on_a_card
from bot.event_roles import ASKED_OF_ORGANIZERS, ORGANIZERS_CONTACT, ORGANIZERS_NAMED
from bot.event_words import (
    SESSION_DESCRIBED,
    SESSION_SOUGHT,
    SESSION_SUITED,
    TRADE_EVENT_KINDS,
)
from bot.listing import Timetable, fits_time
from bot.outside import OutsideTimes
from bot.own_affairs_words import LEISURE
from bot.places import ARRIVES_FROM_ELSEWHERE, SESSIONS_ASKED_ELSEWHERE
from bot.program import FaqEntry, Program
from bot.question import Intent, Question
from bot.ranking import CONFIDENT, PLAUSIBLE, RANKED, TIE, Ranked
from bot.subjects import Subjects
from bot.terms import UNKNOWN_FULL, TermIndex
from bot.topic_answers import TopicAnswers
from bot.vocabulary import (
    ALL_VENUES_ASKED,
    HOTEL_VENUE,
    SESSION_AT_A_HOTEL,
    THEME_ASKED_OF,
)

# A room or hall as the reader writes it (第五会议室 -> room5, "Hall 7B" -> hall7b)
_ROOM = re.compile(r"(?:room|hall)(?:\d{1,2}[a-z]?|[a-z])")
# Words nothing here explains, asked of a session named: what its card does not give
DETAIL_UNEXPLAINED = UNKNOWN_FULL + 1


class QuestionResolver:
    """The answer to one read question, for one Program; immutable after construction."""

    def __init__(
        self, program: Program, terms: TermIndex, timetable: Timetable, doubt: OffTopicModel
    ) -> None:
        self._program = program
        self._terms = terms
        self._docs = terms.docs
        self._timetable = timetable
        self._topic = TopicAnswers(program, terms, timetable, doubt)
        self._buildings = BuildingAnswers(program, terms)
        self.outside = OutsideTimes(program, terms)
        self._subjects = Subjects(terms, self._docs)
        self._hotel_venues = tuple(v for v in program.venues if "酒店" in v.name_zh)

    def _practical(self, ranked: Ranked, query: Question) -> bool:
        """An FAQ entry answers it: a hotel for the 23rd is not bounded by the event's dates."""
        return (
            bool(ranked)
            and self._docs[ranked[0][0]].faq is not None
            and self._topic.enough_evidence(ranked[0][0], ranked[0][1], query)
        )

    def answer(self, query: Question, now: datetime) -> Answer:
        """The answer to a question read on its own."""
        found = self._answer_found(query, now)
        # a trip to a place outside the program, not to a building of the event ("flying
        # from Beijing to the SICC, how far from the airport?" is the building's)
        trip = query.goes_outside and not (
            query.names_sessions or query.names_event or query.venues
        )
        if found.confident and trip and asks_a_journey(query.typed):
            # 想顺路带学生去张家界，由上海飞过去要几耐: the trip's time, no session's or entry's
            return Answer("none", query.lang, query.intent)
        if found.sessions and found.kind != "suggest" and self._of_another_event(query):
            # "is there an awards night on Friday?", "a product launch in the Shanghai
            # Hall?": a kind of event nothing in the program is called is not its sessions
            # (an empty evening says so: "今晚有没有晚会")
            return Answer("none", query.lang, query.intent)
        if found.kind == "faq" and SESSION_SOUGHT.search(query.typed):
            return Answer("none", query.lang, query.intent)  # "a session for food exporters?"
        if found.kind == "faq" and (
            asks_pay(query.typed) or asks_price_of_another_thing(query.typed)
        ):
            # a job's pay, or samples' or a stage slot's price, is no entry fee
            return Answer("none", query.lang, query.intent)
        if found.kind == "faq" and self._asks_the_organizers(query, found):
            # 会后主办方会不会出一份签约项目清单: something asked of the organizers, not how
            # to reach them; their contacts are where to ask it, offered
            return Answer("suggest", query.lang, query.intent, faq=found.faq)
        if found.kind == "session" and self._asks_a_detail(query, found):
            # "how many projects will be signed at the opening?": what the card does not
            # give; the session is where to look, offered
            return replace(found, kind="suggest", detail_unstated=True)
        return found

    def _asks_the_organizers(self, query: Question, found: Answer) -> bool:
        """Whether an FAQ entry was found on the organizers' name alone, beside words
        nothing here explains: what they are asked to do, not how to reach them (组委会在哪,
        "organizers?")."""
        return (
            query.intent == "info"
            and bool(found.evidence)
            and ORGANIZERS_NAMED.issuperset(found.evidence)
            and (
                ASKED_OF_ORGANIZERS.search(query.typed) is not None
                or self._terms.unexplained(query) >= 1
            )
        )

    def _asked_there(self, query: Question, found: Answer) -> bool:
        """Whether there is something at the session asked after its name (…会有没有X,
        …那场会不会发X) with a word of its own that the session's card does not hold."""
        asked = asked_at_the_session(query.typed)
        if asked is None:
            return False
        doc = self._terms.session_docs[found.sessions[0].id]
        return self._terms.mostly_unheld(doc, asked)

    def _asks_a_detail(self, query: Question, found: Answer) -> bool:
        """A count no card shows, who there does something, a role hired, a job's pay or
        terms, the order of speakers (bot.details); what there is at the session asked in
        words mostly not its card's, what to bring, or what happens there asked in words
        nothing here explains."""
        if asks_what_no_card_gives(query.typed):
            return True
        if untold_on_a_card(query.aspects):
            return True  # 扶贫对接会中午吃啥菜: a menu, a deposit, a channel… no card tells
        if query.intent == "info" and self._asked_there(query, found):
            return True  # 旅游推介会有冇推介张家界婚纱摄影套餐: what the card does not hold
        if query.intent == "info" and asks_what_to_bring(query.typed):
            return True  # 招聘会要带简历不; "when is it, and do I bring a CV?" is the card
        if query.intent == "info" and self._asks_around_the_card(query):
            return True  # 主席台的座次怎么安排, "the ceiling height of West Hall 1"
        yes_or_no = query.intent == "info" and asks_yes_or_no(query.typed)
        if yes_or_no and self._asks_around_the_card(query, UNKNOWN_FULL):
            return True  # 招聘会可唔可以俾学生坐喺后面: what the card does not say
        at_the_session = query.intent == "info" and asks_at_the_session(query.typed)
        return at_the_session and self._terms.unexplained(query) >= 1

    def _asks_around_the_card(self, query: Question, unexplained: int = DETAIL_UNEXPLAINED) -> bool:
        """Whether a question about a session asks, in words nothing in the program
        explains, what its card does not give: no time asked or named, no field of the
        card (seats, tables, length, address) named, and not the delegate's business
        looking for the session that suits it (their story is those words)."""
        return (  # the cheap tests first: counting unexplained words matches each word
            query.time.empty
            and not query.self_described
            and not SESSION_SUITED.search(query.typed)
            and not asks_a_card_field(query.typed)
            and self._terms.unexplained(query) >= unexplained
        )

    def _names_a_room_not_used(self, query: Question) -> bool:
        """A room or hall no session of the program is held in ("Hall 7B at SICC"): what
        is on there is not the building's sessions."""
        return not query.hall and any(
            _ROOM.fullmatch(word) and word not in self._terms.latin for word in query.words
        )

    def _of_another_event(self, query: Question) -> bool:
        kinds = query.event_kinds
        return bool(kinds) and self._terms.name_tokens.isdisjoint(kinds)

    @staticmethod
    def _seeks_a_session(query: Question) -> bool:
        """Whether a delegate who says who they are seeks a session with their own affair
        ("I run a travel agency: where can I pick up tour packages?", "we make outlet
        malls: which session?"); advice about their business that asks for none (我们公司
        想申请高新技术企业认定，要哪些条件) is theirs."""
        if not query.self_described:
            return False
        typed = query.typed
        return bool(
            SESSION_SUITED.search(typed) or SESSION_SOUGHT.search(typed) or LEISURE.search(typed)
        )

    def _answer_found(self, query: Question, now: datetime) -> Answer:
        if query.agenda:
            return Answer("agenda", query.lang, query.intent)
        described = SESSION_DESCRIBED.search(query.typed) is not None
        own = query.unstated_need or (
            query.own_affairs and not self._seeks_a_session(query) and not described
        )
        if own and not ORGANIZERS_CONTACT.search(query.typed):  # their phone is theirs to give
            # "南京有什么好玩的"; 场租 whoever asks ("我们做会展服务，上海厅的场租…")
            return Answer("none", query.lang, query.intent)
        if self._names_a_room_not_used(query):
            # 花桥国博二楼第五会议室开什么会: nothing of the program is there; the building
            # named is offered (its halls and sessions), not given as the answer
            buildings = tuple(v for v in self._program.venues if v.id in query.venues[:1])
            kind: AnswerKind = "suggest" if buildings else "none"
            return Answer(
                kind, query.lang, query.intent, venues=buildings, detail_unstated=bool(buildings)
            )
        if ALL_VENUES_ASKED.search(query.typed) and not query.city:
            return Answer("venues", query.lang, "where")  # "addresses of all venues, for my route"
        if not query.city and SESSIONS_ASKED_ELSEWHERE.search(query.typed):
            return Answer("outside", query.lang, query.intent)  # "a session in Nairobi?"
        if self._subjects.unknown(query):
            # "a session on new energy?"; asked of a city outside the program ("a session in
            # Tokyo for Japanese investors?"), no session is held there at all
            kind: AnswerKind = "outside" if self._asked_elsewhere(query) else "none"
            return Answer(kind, query.lang, query.intent)
        coverage = self._terms.coverage(query)
        ranked = heapq.nlargest(RANKED, coverage.items(), key=lambda item: item[1])
        owned = query.owners.owned_tokens
        if owned and not owned.isdisjoint((*query.words, *query.grams)):  # "Disneyland tickets"
            ranked = [(d, c) for d, c in ranked if not self._terms.owned_elsewhere(d, query)]
        titled = self._terms.titles.named(query.owners.names)
        if titled is not None and ranked:  # "the Hunan Major Industry Promotion Conference"
            ranked = [(titled, max(ranked[0][1] / TIE + 0.01, CONFIDENT))] + [
                (d, c) for d, c in ranked if d != titled
            ]
        leader = ranked[0] if ranked else None
        if query.actions:  # "extend my visa" is not getting one
            ranked = [(d, c) for d, c in ranked if not self._terms.other_need(d, query)]
        if query.aspects:  # "机场到酒店打车多少钱": the transport entry names no fare
            ranked = [(d, c) for d, c in ranked if not self._terms.silent_on(d, query.aspects)]
        ranked = self._price_of_the_need_named(query, ranked)
        set_aside = self._set_aside_entry(leader, ranked)
        if self._terms.opposed(query):  # "the closing ceremony" is no "opening ceremony"
            ranked = [(d, c) for d, c in ranked if not self._terms.contradicted(d, query)]
        best_doc = self._docs[ranked[0][0]] if ranked else None
        if SESSION_AT_A_HOTEL.search(query.typed):
            return self._at_a_hotel(query)
        if HOTEL_VENUE.search(query.typed) and not (best_doc and best_doc.session):
            # "which hotel is the venue?": the buildings that are hotels, asked which
            return Answer("suggest", query.lang, "where", venues=self._hotel_venues)
        if about_another_building(query, best_doc):
            return Answer("none", query.lang, query.intent)  # 深圳会展中心有什么会
        if self._in_another_city(query):
            # "who speaks at the Hefei forum?": another city's event, whatever is asked of it
            kind: AnswerKind = "none" if self._of_another_kind(query) else "outside"
            return Answer(kind, query.lang, query.intent)
        if query.themes and not (best_doc and best_doc.theme and ranked[0][1] >= CONFIDENT):
            if THEME_ASKED_OF.search(query.typed):
                # "is Made in China 2025 one of the themes?": what no theme is called
                return Answer("none", query.lang, query.intent)
            return Answer("themes", query.lang, query.intent)
        edition = query.asks_held and query.other_time  # 明年的洽谈周会移到台湾办吗
        if self.outside.asked(query) and (edition or not self._practical(ranked, query)):
            if self.outside.about_something_else(query, ranked):
                return Answer("none", query.lang, query.intent)  # a flight worry on Saturday
            return Answer("outside", query.lang, query.intent, time=query.time)
        hall = self._program.session(query.hall) if query.hall else None
        if hall is not None:  # "the Shanghai Hall on the 7th floor"
            intent: Intent = "when" if query.intent == "when" else "where"
            return Answer("session", query.lang, intent, sessions=(hall,))
        if query.venues:
            elsewhere = query.other_city and not ARRIVES_FROM_ELSEWHERE.search(query.typed)
            if elsewhere and not query.city and not query.owners.city_in_a_name:
                # "the convention center in Suzhou": a building of that name elsewhere
                return Answer("none", query.lang, query.intent)
            return self._buildings.answer(query, ranked)
        if query.first_or_last and not (best_doc and ranked[0][1] >= CONFIDENT):
            return self._timetable.first_or_last(query, now)
        if not query.has_topic and not self._asked_elsewhere(query):
            if query.goes_outside and not query.names_sessions and query.time.empty:
                # "after the event I go to Xi'an, how from Nanjing?": Nanjing is where the
                # journey starts, not the sessions asked for (…下周一回长沙…这周五上午昆山那个
                # 会是什么 asks a day's sessions)
                return Answer("none", query.lang, query.intent)
            return self._timetable.without_topic(query, now)
        if not ranked or ranked[0][1] < (CONFIDENT if query.whole_program else PLAUSIBLE):
            # (the whole programme asked for as such is every session unless a session is
            # named beyond doubt: "the entire programme, our travel department needs it")
            found = self._unexplained(query, now)
            if found.kind == "none" and set_aside is not None:
                # "is the lunch kosher?": the meals entry does not say, but it is where a
                # delegate would look, and it says whom to ask; offered, never answered
                return Answer("suggest", query.lang, query.intent, faq=set_aside)
            return found
        return self._topic.answer(query, ranked, now)

    def _price_of_the_need_named(self, query: Question, ranked: Ranked) -> Ranked:
        """ "Is the parking free of charge?": an entry found on price words alone (the
        tickets' "free", "charge") is set aside for the entry whose need the question
        names by its own keyword, whose price it asks."""
        if len(ranked) < 2 or ranked[1][1] < PLAUSIBLE:
            return ranked
        (lead, _), (second, _) = ranked[0], ranked[1]
        if self._docs[lead].faq is None or self._docs[second].faq is None:
            return ranked
        lead_words = self._terms.evidence(lead, query)
        second_words = self._terms.evidence(second, query)
        only_price = bool(lead_words) and all(is_price_word(w) for w in lead_words)
        need = [w for w in second_words if not is_price_word(w)]
        if only_price and self._terms.keyword_among(second, need):
            # the price words are explained too, as asked of the need
            return [(second, ranked[0][1]), *ranked[2:]]
        return ranked

    def _at_a_hotel(self, query: Question) -> Answer:
        """The sessions held at a hotel in the city and at the time asked: the one, or
        which of them."""
        hotels = {venue.name for venue in self._hotel_venues}
        found = tuple(
            s
            for s in self._program.sessions
            if s.building in hotels
            and (query.city is None or s.city == query.city.name)
            and fits_time(s, query.time)
        )
        kind: AnswerKind = "session" if len(found) == 1 else "suggest" if found else "none"
        return Answer(kind, query.lang, "where", sessions=found)

    def _set_aside_entry(self, leader: tuple[int, float] | None, ranked: Ranked) -> FaqEntry | None:
        """The FAQ entry that led before a need it does not speak of (an action, a diet,
        hours, a price) set it aside, when it would have been the answer."""
        if leader is None or leader[1] < CONFIDENT or (ranked and ranked[0] == leader):
            return None
        return self._docs[leader[0]].faq

    def _asked_elsewhere(self, query: Question) -> bool:
        """Sessions asked for in a city outside the program, and in none of its cities."""
        asks_sessions = query.listy or query.singular or query.names_sessions
        elsewhere = query.other_city and not query.owners.city_in_a_name
        return elsewhere and not query.city and asks_sessions and not query.is_story

    def _elsewheres_own(self, query: Question) -> bool:
        """ "What's the Dalian soybean futures price today?": words nothing here explains,
        no session asked for: the other city's own matter, not the event's."""
        asks_sessions = query.names_sessions or query.happening
        return not asks_sessions and self._terms.unexplained(query) >= UNKNOWN_FULL

    def _in_another_city(self, query: Question) -> bool:
        """An event no session is called, in a city outside the program and none of its."""
        elsewhere = query.other_city and not query.city and not query.owners.city_in_a_name
        return elsewhere and self._of_another_event(query)

    def _of_another_kind(self, query: Question) -> bool:
        """Another event of a kind no trade week holds (a marathon, a festival): not one
        of this week's taken elsewhere ("is the Changsha marathon this week?")."""
        return self._of_another_event(query) and TRADE_EVENT_KINDS.isdisjoint(query.event_kinds)

    def _unexplained(self, query: Question, now: datetime) -> Answer:
        """Nothing in the program explains the topic: another city, a story around a list
        question, or an honest "not found"."""
        if self._asked_elsewhere(query) and not self._elsewheres_own(query):
            return Answer("outside", query.lang, query.intent)  # "any session in Beijing?"
        about_sessions = query.listy and (query.names_sessions or query.happening)
        if query.owners.building_asked and not query.whole_program:
            return Answer("none", query.lang, query.intent)  # "国家会展中心有哪场活动"
        by_day_or_city = about_sessions and (query.city or not query.time.empty)
        if (by_day_or_city and not query.subject) or query.whole_program:
            # "今天有啥活动 闲着呢": a list of sessions asked for, with words around it (not
            # a session on a subject: "is the sports conf on thu?")
            return self._timetable.without_topic(replace(query, words=(), grams=()), now)
        return Answer("none", query.lang, query.intent, time=query.time, city=query.city)
