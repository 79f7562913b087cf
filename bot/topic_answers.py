"""The answer a ranking of documents gives when the question has a topic something in
the program plausibly explains: one session, FAQ entry, theme or venue; a few to choose
from; a list; or none (the rules are stated in bot.search's docstring)."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import datetime

from bot.answer import Answer, AnswerKind
from bot.doc_answer import answer_with, fits
from bot.doc_fields import faq_fields
from bot.doubt import DOUBT_ABOVE, STRONG_DOUBT_ABOVE, OffTopicModel
from bot.event_roles import ATTENDING_TOPIC
from bot.event_words import event_kind_tokens
from bot.listing import MAX_SUGGESTIONS, Timetable, in_time_order
from bot.owners import evidence_pieces
from bot.program import Program, Session
from bot.question import Question
from bot.ranking import CONFIDENT, ONE_OPTION, PLAUSIBLE, PRACTICAL, TIE, Ranked, clearly_named
from bot.terms import TermIndex
from bot.textnorm import normalize, stem
from bot.vocabulary import ASKS_WHO, IDEA_FACTS, ONE_MEANT, PERSON_WORDS, PLACE_NOUNS, THERE_IS

# The theme asked for as a theme ("the theme concerning…", "more about the … theme"): its
# card, whatever words beside its name it does not explain
_THE_THEME_ASKED = re.compile(
    r"\b(?:more about|tell me about|explain|details of|information on) the theme\b"
    r"|\bthe theme (?:concerning|about|of|on|regarding)\b"
)

# A hall or floor asked for: only a session has one
_HALL_ASKED = re.compile(r"\b(?:halls?|floors?|rooms?)\b|厅|几楼|哪层|楼层")


class TopicAnswers:
    """Answers from one program's ranked documents; immutable."""

    def __init__(
        self, program: Program, terms: TermIndex, timetable: Timetable, doubt: OffTopicModel
    ) -> None:
        self._program = program
        self._doubt = doubt
        self._terms = terms
        self._docs = terms.docs
        self._venue_sessions = terms.venue_sessions
        self._timetable = timetable
        self._faq_docs = [index for index, doc in enumerate(self._docs) if doc.faq]
        # the entry whose need is who attends (the speakers' "no list yet")
        self._attendees_entry = next(
            (doc for doc in self._faq_docs if terms.keyword_among(doc, [stem(ATTENDING_TOPIC)])),
            None,
        )
        # the kinds of event each FAQ entry speaks of as events (the meals entry's banquet;
        # not the Expo Center it gives the address of)
        self._entry_kinds = {
            index: {
                kind
                for _, text in faq_fields(doc.faq)
                for kind in event_kind_tokens(normalize(text))
            }
            for index, doc in enumerate(self._docs)
            if doc.faq
        }

    def enough_evidence(self, doc: int, coverage: float, query: Question) -> bool:
        """Below CONFIDENT, a document answers only on two exact words of the question, or
        on one that explains more than ONE_OPTION of it (an FAQ entry or a theme: half is
        enough, as their words name one need or idea: "hotel recommendations?"); never beside a
        lookalike word ("speed networking" is not a train, nor the Wi-Fi network)."""
        if query.lookalike:
            return False
        evidence = self._terms.evidence(doc, query)
        if evidence_pieces(evidence, query.owners.names) >= 2:
            return True
        named = self._docs[doc].faq is not None or self._docs[doc].theme is not None
        return bool(evidence) and (coverage >= ONE_OPTION if named else coverage > ONE_OPTION)

    def answer(self, query: Question, ranked: Ranked, now: datetime) -> Answer:
        """The documents the topic found, best first: which one, which few, or a list."""
        lead = self._docs[ranked[0][0]]
        if lead.session and self._asks_something_else(query, ranked[0][0]):
            # "what time does the bank open", "Sany excavator price list", "the agriculture
            # expo": a place's hours, a company's goods, another event; not this session
            return Answer("suggest", query.lang, query.intent, sessions=self._one_session(ranked))
        if lead.faq and self._of_another_event(query, ranked[0][0]):
            # "慈善晚会穿什么", 电影节组委会怎么联系: another event's dress code or contacts
            return Answer("suggest", query.lang, query.intent, faq=lead.faq)
        alone = len(ranked) == 1 or ranked[1][1] < ranked[0][1] * TIE
        if lead.venue and alone and len(self._terms.evidence(ranked[0][0], query)) < 2:
            # "any exhibition?", 有没有展览: one word of a building's name is no building
            return Answer("suggest", query.lang, query.intent, venues=(lead.venue,))
        if lead.theme and query.hours:
            return Answer("none", query.lang, query.intent)  # 老乡鸡几点开门: an idea has no doors
        if len(ranked) > 1 and ranked[1][1] >= ranked[0][1] * TIE:  # 开幕式穿什么: a tie
            by_session = sorted(ranked[:2], key=lambda item: self._docs[item[0]].session is None)
            asked_about = by_session + ranked[2:]  # the session first: the need is about it
        else:
            asked_about = ranked
        need = self._practical_need(query, asked_about)
        if (
            need is not None
            and not query.attending
            and not self._terms.named(asked_about[0][0], query)
        ):
            # 橘子洲门票: the tickets of a place the session presents, neither the event's
            # tickets nor the session (who comes to it is the attendees' entry however the
            # session is named: "any PE/VC ppl at the kunshan conf? who's attending")
            session = self._one_session(asked_about)
            return Answer("suggest", query.lang, query.intent, sessions=session)
        if need is not None:
            return self._on_thin_evidence(need, query, now)
        if query.asks_price and self._docs[asked_about[0][0]].session is not None:
            # "Zhangjiajie glass bridge tour price": no session has a price to tell
            return Answer("suggest", query.lang, query.intent, sessions=self._one_session(ranked))
        if self._where_a_presented_place_is(query, asked_about[0][0]):
            # 橘子洲的地址: where a place the session presents is, not where the session is
            return Answer("suggest", query.lang, query.intent, sessions=self._one_session(ranked))
        fitting = [(d, c) for d, c in ranked if fits(self._docs[d], query, self._venue_sessions)]
        named = clearly_named(self._docs, ranked)
        if named is not None and (not fitting or fitting[0][0] != named):
            # "the tourism promotion is in Hangzhou, right?": the session named wins over a
            # wrong city or time, and its card puts them right
            return self._on_named_evidence(named, query, now)
        nothing_then = query.time.part == "evening" and not any(
            self._docs[d].session for d, _ in fitting
        )
        if nothing_then and query.names_sessions:
            # "any matchmaking tonight?": nothing is scheduled then, and what comes next
            return self._timetable.without_topic(replace(query, words=(), grams=()), now)
        if self._list_around_story(query, ranked, fitting):
            return self._timetable.without_topic(replace(query, words=(), grams=()), now)
        narrowed = [d for d, c in fitting if c >= PLAUSIBLE and self._docs[d].session]
        is_narrowed = len(narrowed) == 1 and (query.city or not query.time.empty)
        evidence = self._terms.evidence(narrowed[0], query) if is_narrowed else ()
        if is_narrowed and self._docs[ranked[0][0]].session and evidence:
            # "the Nanjing main conference": the city or day leaves one session; on one word
            # of evidence that is thin ("timber market in kunshan where is")
            if evidence_pieces(evidence, query.owners.names) < 2:
                return self._on_thin_evidence(narrowed[0], query, now)
            return self._on_named_evidence(narrowed[0], query, now)
        if fitting and fitting[0][1] >= PLAUSIBLE:
            ranked = fitting
        best = ranked[0][1]
        tied = [d for d, c in ranked if c >= best * TIE and c >= PLAUSIBLE]
        if len(tied) > 1 and all(self._docs[d].faq for d in tied):
            # "any fee to attend?": the entry whose own need it is (the tickets' fee), not
            # one a word of whose phrases it is ("parking fee")
            needs = [
                d for d in tied if self._terms.keyword_among(d, self._terms.evidence(d, query))
            ]
            if len(needs) == 1:
                tied = needs
                ranked = sorted(ranked, key=lambda item: item[0] != needs[0])
        leader = self._docs[ranked[0][0]]  # the best of the fitting ones, now
        # a practical question names a session as its context ("who speaks at the
        # opening?"); a theme called by its name leads a session that only shares a word
        # with it (跟世界500强企业对接有关的活动: 对接 is the matchmaking's word too)
        named_theme = leader.theme is not None and self._terms.named(ranked[0][0], query)
        if best >= CONFIDENT and (len(tied) == 1 or leader.faq is not None or named_theme):
            return self._on_named_evidence(ranked[0][0], query, now)
        tied_docs = [self._docs[d] for d in tied]
        if len(tied) > 1 and all(doc.venue for doc in tied_docs):
            venues = tuple(doc.venue for doc in tied_docs if doc.venue)[:MAX_SUGGESTIONS]
            return Answer("suggest", query.lang, "where", venues=venues)
        plausible = [d for d, c in ranked if c >= PLAUSIBLE]
        sessions = [s for d in plausible if (s := self._docs[d].session) is not None]
        leads_with_session = self._docs[ranked[0][0]].session is not None
        moment = query.time.moment and leads_with_session and self._terms.unexplained(query) < 2
        if moment or (query.listy and len(sessions) == len(plausible) > 1):
            return self._timetable.list(query, in_time_order(sessions), now)
        if len(tied) == 1 and self.enough_evidence(tied[0], best, query):
            return self._on_thin_evidence(tied[0], query, now)  # a clear lead, with evidence
        only_one = len(sessions) == 1 and self._docs[ranked[0][0]].session is sessions[0]
        one_option = only_one or (not sessions and len(tied) == 1)  # two FAQ entries: neither
        if one_option and self.enough_evidence(ranked[0][0], best, query):
            # one option is the answer, not a question
            return self._on_thin_evidence(ranked[0][0], query, now)
        asks_which = query.self_described and query.names_sessions
        if asks_which and len(sessions) == 1 and not query.lookalike:
            # "we make animations, which session?": the one session that fits is the answer
            return self._one(self._terms.session_docs[sessions[0].id], query, now)
        if not sessions:
            return Answer("none", query.lang, query.intent)
        return Answer(
            "suggest", query.lang, query.intent, sessions=tuple(sessions[:MAX_SUGGESTIONS])
        )

    def _asks_something_else(self, query: Question, lead: int) -> bool:
        """Whether the question asks of the session found what is another thing's: a
        place's opening hours (unless the session is named in full), where a place in town
        it is about is ("where is the bank"), a company's goods (unless the need is the
        session's own word: hiring is the job fair's), or a kind of event the session is
        not called."""
        if query.hours:
            evidence = self._terms.evidence(lead, query)
            if len(evidence) < 2 or not self._terms.named(lead, query, halls=True):
                return True
        meant = query.names_event or query.names_sessions or ONE_MEANT.search(query.typed)
        if (query.intent == "where" or THERE_IS.search(query.typed)) and not meant:
            # "where is the bank", 哪里有超市, "a wholesale market in Nanjing got or not?":
            # a place in town, not the session about it
            evidence = self._terms.evidence(lead, query)
            if evidence and PLACE_NOUNS.issuperset(evidence):
                return True
        if query.company_need and not self._terms.holds_words(lead, query.company_need):
            return True
        return bool(query.event_kinds) and not self._terms.called(lead, query.event_kinds)

    def _where_a_presented_place_is(self, query: Question, lead: int) -> bool:
        """Whether the question asks where something is that the session only mentions (its
        keywords: 橘子洲, "Dongting Lake"), neither calling the session by its name nor
        naming an event."""
        return (
            query.intent == "where"
            and self._docs[lead].session is not None
            and not (query.names_event or query.names_sessions)
            and not _HALL_ASKED.search(query.typed)  # "the sightseeing promotion, which hall"
            and not self._terms.named(lead, query, halls=True)
        )

    def _of_another_event(self, query: Question, entry: int) -> bool:
        """Whether the question names a kind of event (a gala, a food expo) that the FAQ
        entry does not speak of, nor any entry names as the week's own (the banquet), and
        not the event."""
        kinds = query.event_kinds
        if not kinds or query.names_event:
            return False
        return not any(
            kind in self._entry_kinds[entry] or self._terms.an_entrys_need(kind) for kind in kinds
        )

    def _asks_of_the_idea(self, query: Question, theme: int) -> bool:
        """ "世界500强湖南有几家", "which countries are on the Belt and Road?": a question
        about the theme's idea, not for its sessions: its members, figures or rankings
        (bot.vocabulary.IDEA_FACTS), a person (商会会长是谁), or words the theme does not
        explain."""
        if query.names_sessions or query.happening:
            return False
        if IDEA_FACTS.search(query.typed):  # its members, figures, rankings
            return True
        if ASKS_WHO.search(query.typed):
            return True  # 商会会长是谁, "who heads the chamber": a person, not its sessions
        if _THE_THEME_ASKED.search(query.typed):
            return False  # "learn more about the theme concerning the Belt and Road…"
        return not query.listy and self._terms.coverage(query).get(theme, 0.0) < 1.0

    def _one_session(self, ranked: Ranked) -> tuple[Session, ...]:
        session = self._docs[ranked[0][0]].session
        return (session,) if session is not None else ()

    def _practical_need(self, query: Question, ranked: Ranked) -> int | None:
        """ "job fair entry fee?", 旅游推介会请了哪些领导讲话: a session named beside an FAQ
        entry's own word asks that practical question about the session; the entry answers.
        Not when the question asks when or where: that is the session's card."""
        if query.intent != "info" or query.happening or self._docs[ranked[0][0]].session is None:
            return None
        if query.attending and self._attendees_entry is not None:
            return self._attendees_entry  # "will COFCO attend the industrial chain conference?"
        about_session = set(self._terms.evidence(ranked[0][0], query))

        def own_need(doc: int) -> bool:  # a keyword of the entry, not a word of the session
            own = set(self._terms.evidence(doc, query)) - about_session - PERSON_WORDS
            return self._terms.keyword_among(doc, own)

        if not self._terms.named(ranked[0][0], query):
            # the tickets of a place the session only presents are a need however many
            # words name the place, or whoever owns them ("张家界玻璃桥门票")
            return next((doc for doc in self._faq_docs if own_need(doc)), None)
        for doc, coverage in ranked[1:]:
            if coverage < PRACTICAL:
                break
            if self._docs[doc].faq is not None:
                return doc if own_need(doc) and not query.lookalike else None
        return None

    def _list_around_story(self, query: Question, ranked: Ranked, fitting: Ranked) -> bool:
        """ "I'm staying in Hangzhou; on Thursday what's on in Nanjing?": a list asked for by
        day or city, whose other words no session there explains and nothing explains
        beyond doubt, is that list; the words tell the delegate's own story."""
        if not query.happening or not (query.city or not query.time.empty):
            return False
        if ranked[0][1] >= CONFIDENT:
            return False
        return not any(self._docs[d].session and c >= PLAUSIBLE for d, c in fitting)

    def _on_thin_evidence(self, index: int, query: Question, now: datetime) -> Answer:
        """Below CONFIDENT, a practical need beside a session, or the one session a city
        or day leaves on one word of evidence: the document, unless doubted (DOUBT_ABOVE)."""
        return self._unless_doubted(index, query, now, DOUBT_ABOVE)

    def _on_named_evidence(self, index: int, query: Question, now: datetime) -> Answer:
        """Above CONFIDENT, a session named beside a wrong city or day, or the one a city or
        day leaves on two words: the document, unless worded far more like off-topic
        questions (bot.doubt.STRONG_DOUBT_ABOVE) in more than the document's one word."""
        if query.topic_size > 1:
            return self._unless_doubted(index, query, now, STRONG_DOUBT_ABOVE)
        return self._one(index, query, now)

    def _unless_doubted(self, index: int, query: Question, now: datetime, above: float) -> Answer:
        """The document is the answer unless the question is worded as off-topic
        questions are (bot.doubt's log-odds above `above`: "how do I finance a car",
        郵箱滿了怎麼清理), names no event (the week, a session or a ceremony as such: "do I need a visa for
        the trade week") and is not asked as the delegate's business ("I work for a bank
        in Beijing, need a visa?"): then it is only offered."""
        sure = query.names_event or query.self_described
        if sure or not self._doubt.doubts(query.typed, above):
            return self._one(index, query, now)
        doc = self._docs[index]
        if doc.theme is not None:
            sessions = self._program.theme_sessions(doc.theme.id)[:MAX_SUGGESTIONS]
            kind: AnswerKind = "suggest" if sessions else "none"
            return Answer(kind, query.lang, query.intent, sessions=sessions)
        return Answer(
            "suggest",
            query.lang,
            query.intent,
            sessions=(doc.session,) if doc.session else (),
            venues=(doc.venue,) if doc.venue else (),
            faq=doc.faq,
        )

    def _one(self, index: int, query: Question, now: datetime) -> Answer:
        """The answer when one document is it."""
        doc = self._docs[index]
        if doc.theme is not None and self._asks_of_the_idea(query, index):
            sessions = self._program.theme_sessions(doc.theme.id)[:MAX_SUGGESTIONS]
            return Answer("suggest", query.lang, query.intent, sessions=sessions)
        evidence = self._terms.evidence(index, query)
        return answer_with(self._docs[index], query, evidence, self._program, self._venue_sessions)
