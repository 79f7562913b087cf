"""Answers a delegate's question from the program: a session, a list, a theme, a venue,
an FAQ entry, the delegate's agenda, or an honest "not in the program".

The index is built once per Program (never per message). This module finds the
question in a message (a long story's last question, a relayed guest's); bot.reader
reads it (its steps and their order are documented there); bot.terms scores what is
left, the topic, against every session, theme, venue and FAQ entry by how much of it
they explain (their coverage); bot.resolver tries the rules below in order, and once
something plausibly explains the topic, bot.topic_answers picks the document, the few
or the list.

Confidence rules (tests/test_question_classes.py and tests/test_search.py show each):
- A document answers confidently when it explains at least CONFIDENT of the topic and no
  other comes within TIE of it; an FAQ entry that leads at CONFIDENT answers even when
  the session it names ties ("who speaks at the opening?" is about speakers).
- Exact words and bigrams count in full; a typo counts at its similarity, a typo of a
  short word only beside an exact word, and a lookalike ("parking", "networking") is
  never taken for a typo (bot.terms). A homophone typo (南经 for 南京) is corrected
  only where no known word stood (bot.homophones), so it never overrides an exact match,
  and the word put in counts at a typo's weight (HOMOPHONE), not as if typed; so does a
  program word typed in pinyin (rongzi for 融资, bot.pinyin_words).
- Words nothing in the program explains weigh in full for the first UNKNOWN_FULL, then
  UNKNOWN_TAIL each: a short off-topic question stays unsure, a long story around a
  question (voice input, an e-mail) does not drown the words that name the session.
- Below CONFIDENT, a clear lead (nothing else within TIE) is the answer only with
  evidence: two exact words of the question, or one that explains more than ONE_OPTION
  of it (half is enough for an FAQ entry or a theme); never beside a lookalike word.
  So a "did you mean" with one option is not offered, and "speed networking" is no train.
  A delegate describing their business ("we make animations, which session?") gets the
  one plausible session that fits it, whatever the evidence.
- Such a thin answer (and a practical need beside a session, or the one session a city
  or day leaves on one word of evidence) is only offered when the question is worded as
  off-topic questions are (bot.doubt's model, trained on the tuning sets, questions the
  program answers and off-topic probes: "how do I finance a car", 郵箱滿了怎麼清理), unless it names the event, a session or a
  ceremony as such, or is asked as the delegate's business: an FAQ entry as one button,
  a building, the session, a theme's sessions. An answer on named evidence (above
  CONFIDENT, a session named beside a wrong city or day, the one session a city or day
  leaves on two words) is offered so only when worded far more like off-topic questions
  (STRONG_DOUBT_ABOVE) in more than one word ("跨境电商海外仓运费一般怎么算").
- Every venue asked for, whatever story stands around the request ("the addresses of
  all venues, to plan my route"), is the venues. One session meant where several fit
  (那场会议, "wen is the main conf? need 2 plan flights") asks which: neither a list word
  that only names sessions nor a story that names no fewer makes it a list, and the
  teller's own plan after it (…几点结束，要赶高铁) is no part of the question. Who comes to
  a session (which employers, a company's people, a list of them, whether a party named
  comes: "will COFCO attend…?", 中信来不来) is the speakers entry's "no list yet", not the
  card; something asked of the organizers (组委会能介绍房东不) offers their contacts.
- A count asked of what no card shows (bot.details: "how many projects will be signed
  at the opening?", 签约金额多少, 哪几个县; what a job pays), not of its seats or time,
  what happens at a session asked with a word nothing here explains (招聘会上有没有
  事业单位编制的岗位), what there is at it asked after its name in words mostly not its
  card's (旅游推介会有没有婚纱摄影套餐), what to bring (要带简历不), whether a role is
  hired (招不招普工), what is given away (有没有送门票), the seating (座次表), or anything
  asked of it in three or more words nothing here explains ("the ceiling height of the
  Shanghai Hall"; not a business seeking the session that suits it, nor a time or a field
  of the card) is the session's detail the program does not give: its card is offered,
  not answered (with when or where asked beside it, the card answers).
- An FAQ entry asked of a kind of event the program does not speak of ("what to wear to
  a charity gala", 电影节组委会电话) is offered, not answered; where a session is sought
  for someone ("is there a session for food exporters?", "which mtg fit us?"), an FAQ
  entry is no answer.
- A list question whose plausible matches are all sessions gets them as a list; the
  whole program asked for as such ("the full programme", 全部议程) lists every session.
- A "what's on" by day or city is that list when nothing explains its other words beyond
  doubt and no session there explains them: they tell the delegate's story ("staying").
- A practical need beside a session ("job fair entry fee?", 旅游推介会请了哪些领导讲话):
  an FAQ entry explaining at least PRACTICAL of the question with a word of its own
  answers, unless the question asks when or where (that is the session's card).
- A building named in full answers with its venue (or its one session, or the one at
  the time asked); a hall named in full answers with its session; a name that fits
  several buildings asks which; one word of a building's name ("any exhibition?") only
  suggests it. A room or hall no session is held in ("Hall 7B", 第五会议室) only offers
  the building named beside it. Beside words nothing in the program explains, and no
  session asked about, a building only locates something else ("a swimming pool at the
  InterContinental", an ATM near SICC): no answer (a street named beside it only says
  where it is: 南京洲际是在中央路吗 is the building's card); so does a building something is near
  (NEAR: "a print shop near SICC", 酒店旁边) or whose other place's hours are asked.
- A building named that the program does not have (bot.building_names: 上海中心大厦,
  国家会展中心, though 中心 and 国际 are its venues' words; a capitalised name ending in
  "Center", "Hotel", "Theatre"… that no venue holds) is no evidence for a venue or a
  session; what is on there is "none", unless the delegate only stays there
  (住在全季酒店, 25号有什么活动; "staying at the Jinjiang Tower Hotel").
- A need another name owns is not the event's (bot.owners): "Disneyland tickets", 张家界门票
  or "Douyin live streams" are no FAQ answer, nor is a document that only such words
  explain and that does not know the name; the words of one capitalised name ("Sany Heavy
  Industry") are one piece of evidence.
- Lookalikes (bot.terms, bot.owners): a short English word met only as another derivation
  ("speak" in "speakers", "open" in "opening") counts as a typo, never as evidence; a
  capitalised name no document holds as a whole ("West Lake", also opening the text), a
  brand however written ("apple store", "uber"), or a city outside the program as the
  destination ("a flight to Beijing", 去北京) owns the need beside it; a known head after an
  unknown word is a kind of it no FAQ entry knows ("bluetooth speaker", "dream
  interpretation"; unknown characters before a known word in Chinese); a known word before
  a head noun only describes it (电话卡 is a card; "the VIP lounge" or "Zoomlion crane
  rental", one or two unknown nouns ending the phrase, are a lounge and a rental; a
  request word, shorthand, a time word or a short form is no head); the need of a
  place a session only mentions (橘子洲门票, "Dongting Lake cruise": places it presents are
  its keywords, never its names) is neither the event's nor the session, nor is where
  it is (橘子洲的地址: the session is offered); two FAQ entries
  tied are no answer, unless the word is one's own need (a keyword: the tickets' "fee")
  and only a word of the other's phrases ("parking fee"). An FAQ need tied with the
  session it asks about answers for it; what to wear (穿什么) is the dress code.
- A delegate's own leisure or life (bot.own_affairs_words.LEISURE and OWN_LIFE: 好玩, 攻略, "day
  trip", "things to do", a hospital, 房价, "fact-check the GDP"), or a topic asked as
  knowledge or advice (ADVICE: "the difference between", a law, 多少家, 哪个部门, 手续),
  with no event named beside it, is no session's business: no answer, not the tourism
  session nor the sessions of the city it names.
- A place word before an FAQ entry's need that no document holds beside it says whose
  thing it is ("the hotel wifi", "train food", 家里的wifi): no answer; 高铁上, 出租车上,
  酒店里 only say where, so an entry that only the place explains is no answer.
- Needs the program says nothing of (bot.own_affairs_words.UNSTATED: a plus-one, a wheelchair,
  a parcel to send, roaming, 充电宝) get no answer, whatever event stands beside them.
  Leisure or advice "after the conference" (AFTER_EVENT, 会后) is still the delegate's
  own: the event only says when. What is asked of a need beyond it (bot.entry_aspects: a
  price, opening hours, when a meal is served, a deposit, an English version, a size
  limit, a line's speed, a night's stay, breakfast, a channel, an exit, a menu) is not
  answered by an FAQ entry whose answer says nothing of it ("机场到酒店打车多少钱", 地铁
  几点停运, 午餐几点开始, 停车场限高多少): the entry is offered, also when the detail
  follows the question unmarked.
- A street named after a city ("Nanjing Road", 湖南路) is a place in town, not the city;
  where the way to a name outside the program starts ("to Disneyland from our hotel")
  is no need of its own; a brand ("iPhone") is never a typo of a known word (bot.terms);
  a volunteer's "guest asks: …" (RELAYED) is the guest's question; a price asked of a
  session only is no answer ("glass bridge tour price"), nor of a building (a room).
- A kind of event the question names (bot.event_words.EVENT_KINDS: an expo, a summit, a
  festival, 峰会, 美食节) that the session found is not called by names another event:
  "the agriculture expo" is no answer of the poverty alleviation matchmaking, "the
  tourism expo" (an alias) is the tourism promotion's. A kind nothing in the program is
  called (an auction, a party, a regatta, 拍卖会, 赛马) is another event wherever it is
  asked: not the sessions of the building, hall, day or city named beside it.
- What one asks of a company (bot.vocabulary.COMPANY_NEED: a price list, specifications,
  a rental, 报价), with no event named, is not answered by the session that presents the
  company ("Sany excavator price list"), unless the need is the session's own word
  (hiring is the job fair's).
- Opening hours are a place's ("what time does the bank open", 银行几点开门; a theme
  has none: 老乡鸡几点开门 is a shop's, not the chamber of commerce's): a session
  that one word of the question names (banks come to the finance matchmaking), or only a
  place it presents (张家界的玻璃桥还开放吗), is no answer; one named in two ("when does
  the job fair open", 招聘会几点开门) is.
- Where a place in town is, or whether there is one ("where is the bank", 超市在哪, "the
  closest wholesale market", 有没有批发市场), is not the session about it
  (bot.vocabulary.PLACE_NOUNS: offered; near a building, none), unless an event noun
  or "the bank one" names the session; a person asked of a theme's idea (商会会长是谁) is
  offered its sessions. A session named by a need only FAQ entries speak of ("a parking
  session", 签证论坛) is not in the program; which session is held at a hotel
  (南京那俩会哪个是在酒店办的) is the one whose building is a hotel, in the city asked,
  or which of them; an event asked to be on ("is SEMICON China
  happening that week?") has its name as the subject; a building's name beside a city
  outside the program ("the convention center in Suzhou") is another building; "which
  hotel is the venue?", no session named, asks which of the hotel buildings. A program
  word in a compound of another sense ("theme park", "zip code", 文化衫) is one word
  nothing here explains (bot.chat_forms.OTHER_SENSES).
- Actions (bot.vocabulary.ACTIONS_*: lost, extend, cancel, 补办, 丢) name no need by
  themselves: one counts for a document only beside a word naming its thing ("lost my
  badge", not "lost my umbrella"), and an FAQ entry that never speaks of the action does
  not answer it ("extend my visa", 护照丢了 are not the visa entry, which gets one).
  Where nothing else answers, the entry such a need (an action, a diet, hours, a price)
  set aside is offered, never given: it is where a delegate would look.
- A word an FAQ entry or a theme holds only inside a longer phrase ("smart" of "smart
  casual", "pudong" of "pudong airport", "cities" of "between cities", "road" of "belt
  and road") counts only beside another of its words: "the smart city conference" is no
  dress code. A theme's English title is a sentence from the brief; its words describe
  the theme ("is there a building near here?" is not the chamber of commerce's). Unknown characters glued before an event
  noun name another event (纺织产业对接会 is not the poverty alleviation 产业对接会).
- Opposites (bot.vocabulary.OPPOSITES, both languages): a question word contradicting a
  word a document is named by ("closing" against "opening ceremony", 闭幕 against 开幕式)
  means that name does not match; the document is no answer.
- A capitalised name whose every word is in one session's English title or alias (and
  in no other's) names that session in full: it leads beyond doubt ("the Major Industry
  Promotion Conference", though "major" and "industry" are another session's words too).
- A session the topic names beyond doubt (CONFIDENT, nothing within TIE) wins over a
  wrong city, time or building in the question: its card puts them right.
- In a long story, the question at its end (after "can you tell me", 想问, "so which…",
  a turn such as "off topic", 不过, 对了, up to a "because"), or the sentences ending in
  "?" beside sentences that only state things, or the last clause of a long run-on
  question that asks on its own (not a tag, "could you confirm?", nor pointing back,
  "can you arrange it?"), decide when they answer on their own (bot.question_tail); a
  tail that names nothing ("请问会议几点开始？") leaves it to the whole text (where a day
  outside the event is the teller's when the story names one session beyond doubt); a tail whose
  topic nothing in the program plausibly explains, asking for no session ("…请问外滩晚上
  几点亮灯", "…which is the better family car?"), that nothing answers and that has two
  words of its own ("…does the rail network make money?"), or asking a place's hours, is
  not answered by the session in the story around it, nor, when it has words of its own,
  by the FAQ entry the story needed ("…酒店要自己订…自己开民宿要办哪些证").
- Another year, another week, a date outside the event, or a city outside the program
  asked about on its own (the Delta's other cities too: Changzhou is no typo of
  Hangzhou; "any sessions in Huzhou on Thursday"), is "outside": its dates and cities (a
  place a session presents, named on its own, is that session: "Zhangjiajie promotion
  event time", but "any session in Zhangjiajie?" is outside); but a
  question naming another event (an event kind inside a name the program does not
  hold, "Expo 2010", or one no session is called by, 车展, 世界…大会) is "none"; so is a
  question about another time that asks about no session and is about something else:
  a place's opening hours, the delegate's leisure, a city outside the program that no
  document plausibly explains beside it ("weather in Munich this weekend"), or a topic no
  session or theme plausibly explains ("the weather next week", a wallet lost yesterday,
  "will it snow next weekend"), unless the event itself is named ("the 2019 Hunan-YRD
  week", 2017年的洽谈周) or asked whether it is held ("a similar week in 2019?", 下周还有场不).
  A city outside the program with words of its own that nothing here explains, no
  session asked for, is that city's matter, "none" ("the Dalian soybean futures price
  today"); a branch venue asked for there is "outside" (长沙有没有分会场). The teller's own
  city (我们郴州…, 咱娄底…) is context, and owns nothing. A city inside a name ("the
  Canton Fair") is no place asked about. A topic nobody in the program explains is
  "none", never the whole program; so is a session asked for by a subject (bot.event_words.SUBJECT: "a
  session on quantum computing", 物联网的研讨会, a closing ceremony, 闭幕礼, "the smart
  city expo", 机器人大会), or a theme ("is ocean economy one of the themes?", 国企混改是
  哪个主题), with a word or a Chinese character nothing here explains, or
  with words no one document holds together, whatever city or day is named; so is a
  theme asked to be one that no theme is called, even in known words ("is Made in China
  2025 one of the themes?"), not the list of the five. A hall
  the program does not have ("Hall 7B") is no typo of one it has.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

from bot.answer import Answer, AnswerKind
from bot.details import asks_price_of_another_thing, asks_what_no_card_gives
from bot.doubt import OffTopicModel, shipped_model
from bot.entry_aspects import PRICE, aspects_asked, is_price_word
from bot.event_words import OTHER_EVENT
from bot.listing import Timetable
from bot.owners import Owners, goes_outside
from bot.program import Program, Session
from bot.question import MAX_QUESTION_CHARS, Intent, Lang, Question, question_language
from bot.question_tail import question_tail, words_pointed_back
from bot.ranking import PLAUSIBLE
from bot.reader import QuestionReader
from bot.resolver import QuestionResolver
from bot.terms import UNKNOWN_FULL, TermIndex
from bot.textnorm import normalize, stem
from bot.venue_finder import VenueFinder
from bot.vocabulary import RELAYED
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


class SearchIndex:
    """All lookups for one Program; immutable after construction."""

    def __init__(self, program: Program, doubt: OffTopicModel | None = None) -> None:
        self.program = program
        self._terms = TermIndex(program)
        self.reader = QuestionReader(
            program,
            self._terms.latin,
            self._terms.homophones,
            self._terms.grams,
            self._terms.together,
        )
        self._venue_finder = VenueFinder(program)
        self._timetable = Timetable(program, self._terms.venue_sessions)
        doubt = doubt if doubt is not None else shipped_model()
        self._resolver = QuestionResolver(program, self._terms, self._timetable, doubt)

    # ------------------------------------------------------------ answering

    def answer(self, text: str, now: datetime, user_language: str | None = None) -> Answer:
        """The pure core of the bot's replies to free text."""
        found = self._answer_message(text, now, user_language)
        if found.confident and found.kind != "outside" and OTHER_EVENT.search(normalize(text)):
            # "canton fair next session date", "a job fair for ESL schools? not the Hunan
            # one": another trade event, wherever in the message it is named (the week's
            # own dates and cities still answer "any session in Guangzhou? for the Canton
            # Fair after")
            return Answer("none", found.lang, found.intent)
        return found

    def _answer_message(self, text: str, now: datetime, user_language: str | None) -> Answer:
        text = RELAYED.sub("", text, count=1)  # "guest asks: …": the guest's question
        tail = question_tail(text)
        if tail is None:
            return self._answer(text, now, user_language)
        # A long story: the question at its end decides, if it answers on its own; the
        # whole text only narrows it ("…the tourism one; which floor of SICC is it?").
        asked_query = self.reader.read(tail, now, user_language)
        if not asked_query.goes_outside and goes_outside(normalize(text)):
            # "client wants go Xi'an to see the Terracotta Army. how from Nanjing?": the
            # story says where the journey goes, unless it ends at a building of the event
            # ("flying from Beijing to the SICC, how far from the airport?")
            whole = self.reader.read(text, now, user_language)
            if whole.goes_outside and not whole.venues:
                trip = Owners(
                    maybe_owned=frozenset(asked_query.words) | frozenset(asked_query.grams)
                )
                asked_query = replace(
                    asked_query, goes_outside=True, owners=asked_query.owners | trip
                )
        if asked_query.is_bare:  # "…湖南旅游推介会，请问会议几点开始？": the story names it
            return self._story_named(text, now, user_language, asked_query.intent)
        asked = self._resolver.answer(asked_query, now)
        lang = question_language(text, user_language)
        if asked.kind == "faq" and asks_price_of_another_thing(normalize(text)):
            # "…能不能上台讲5分钟，要另外交钱不": the stage slot's price, no admission fee
            return Answer("none", lang, asked.intent)
        offered = self._detail_unstated(text, tail, asked, asked_query.intent)
        if offered is not None:
            return replace(offered, lang=lang)
        if asked_query.unstated_need or (
            asked_query.own_affairs and not asked_query.self_described
        ):
            return replace(asked, lang=lang)  # "…at the conference all day; what can I do?"
        if not asked.confident or asked.kind == "venues":
            whole = self._answer(text, now, user_language)
            set_aside = whole.kind in ("session", "list") and asked.kind in ("none", "suggest")
            if whole.kind in ("faq", "theme") and asked.kind == "none":
                # "…酒店要自己订… 如果我自己开一个民宿，需要办哪些证？": the story's need
                # is not the question's, when the question has words of its own
                set_aside = self._terms.unexplained(asked_query) >= UNKNOWN_FULL
            unanswered = asked.kind == "none" and whole.kind in ("session", "list")
            unanswered = unanswered and (
                self._has_own_words(asked_query)
                or (whole.kind == "list" and self._subject_nothing_explains(asked_query))
            )
            if set_aside and (
                asked_query.hours or unanswered or self._about_nothing_here(asked_query)
            ):
                # "…请问外滩晚上几点亮灯": the question asks about what nothing here
                # explains; the session in the story around it is not its answer
                return replace(asked, lang=lang)
            # "which expo centre is it? need to brief the driver": which one beats nothing;
            # a time outside the event in the story is not the question's ("…renew my
            # permit since it expires next month")
            unsure = asked.kind == "suggest" and whole.kind == "none"
            # "wen is the main conf? need 2 plan flights": the story names no fewer
            several = asked.kind == "suggest" and len(asked.sessions) > 1
            unsure = unsure or (several and whole.sessions == asked.sessions)
            # "杭州的会几点结束，要赶高铁": the teller's train, not the question's need, is no
            # answer to which session
            asked_words = {*asked_query.words, *asked_query.grams}
            storys_need = whole.kind == "faq" and asked_words.isdisjoint(whole.evidence)
            unsure = unsure or (several and storys_need)
            unsure = unsure or (
                whole.kind == "outside" and not self._resolver.outside.asked(asked_query)
            )
            return replace(asked, lang=lang) if unsure else whole
        if asked.kind == "faq" and self._points_back_to_own_affairs(
            text, tail, asked, now, user_language
        ):
            return Answer("none", lang, asked.intent)
        if asked.kind == "venue" or (asked.kind == "theme" and not asked_query.listy):
            # the story narrows the building or theme asked to its session; a theme's
            # sessions asked for as such ("which sessions tie in with the FTZ? we ship
            # cross-border cargo") stay the theme's
            whole = self._answer(text, now, user_language)
            if whole.kind == "session" and set(whole.sessions) <= set(asked.sessions):
                return whole
        return replace(asked, lang=lang)

    def _detail_unstated(
        self, text: str, tail: str, asked: Answer, intent: Intent
    ) -> Answer | None:
        """The entry or session found for a message's question, offered instead of given
        when the message asks a detail of it that it does not tell: anywhere in the message
        for an entry (停车场能停大巴嘛？限高多少啊: bot.entry_aspects), after the question
        for a session (…招租？租金大概几多: the story before it holds counts of its own)."""
        entry = asked.faq if asked.kind == "faq" else None
        if entry is not None and self._terms.untold(entry, aspects_asked(normalize(text))):
            return Answer("suggest", asked.lang, asked.intent, faq=entry)
        if asked.kind == "session" and intent == "info":
            after = normalize(text.rpartition(tail)[2])
            if PRICE.search(after) or asks_what_no_card_gives(after):
                return replace(asked, kind="suggest", detail_unstated=True)
        return None

    def _points_back_to_own_affairs(
        self, text: str, tail: str, asked: Answer, now: datetime, user_language: str | None
    ) -> bool:
        """Whether an entry's word in the question points back at the story (…customs
        ask registration of the device; "where can I do this registration?"), or the
        question asks only a price (…想请人翻译成英文…，费用几何？), and the story is the
        delegate's own affair: the entry's need is not the story's."""
        evidence = {stem(word) for word in asked.evidence}
        pointed = {stem(word) for word in words_pointed_back(normalize(tail))}
        price_only = bool(asked.evidence) and all(is_price_word(word) for word in asked.evidence)
        if evidence.isdisjoint(pointed) and not price_only:
            return False
        whole = self.reader.read(text, now, user_language)
        return whole.own_affairs or whole.unstated_need

    def _story_named(
        self, text: str, now: datetime, user_language: str | None, intent: Intent
    ) -> Answer:
        """A bare question ("where is it and what time does it start?") after a story: the
        story names what it asks about. A day outside the event in it is the teller's
        ("in Shanghai on Monday for an interview anyway… there's a job fair…"), not the
        question's, when the story names one session beyond doubt."""
        query = self.reader.read(text, now, user_language)
        whole = self._resolver.answer(query, now)
        if whole.kind != "outside" or query.other_time:
            return whole
        undated = self._resolver.answer(replace(query, time=TimeFilter()), now)
        named = undated.kind == "session" and undated.confident
        return replace(undated, intent=intent) if named else whole

    def _has_own_words(self, query: Question) -> bool:
        """ "…does China's high-speed rail network make money?": a question nothing here
        answers, with two words nothing explains, asking for no session."""
        own = self._terms.unexplained(query) >= UNKNOWN_FULL
        return own and not (query.names_sessions or query.self_described)

    def _subject_nothing_explains(self, query: Question) -> bool:
        """Sessions asked for on a subject of two words nothing explains, with no city or
        day of their own (…他问这次洽谈周有没有专门讲宅基地政策的讲座): the story's city
        lists none of them."""
        unknown = self._terms.unexplained(query) >= UNKNOWN_FULL
        on_its_own = query.city is None and query.time.empty
        return unknown and on_its_own and query.names_sessions and not query.self_described

    def _about_nothing_here(self, query: Question) -> bool:
        """Whether the question has a topic and nothing in the program explains any of it."""
        return (
            query.has_topic
            and not (query.names_sessions or query.self_described)
            and max(self._terms.coverage(query).values(), default=0.0) < PLAUSIBLE
        )

    def _answer(self, text: str, now: datetime, user_language: str | None) -> Answer:
        return self._resolver.answer(self.reader.read(text, now, user_language), now)

    def browse(self, text: str, now: datetime, user_language: str | None = None) -> Answer | None:
        """A day and/or city list for /schedule; None when `text` names neither."""
        query = self.reader.read(text, now, user_language)
        if query.has_topic or (query.city is None and query.time.empty):
            return None
        return self._timetable.list(query, None, now)

    # ------------------------------------------------------------ other lookups

    def find_venue(self, text: str) -> list[Session]:
        """Sessions at the venue or building best matching `text` (for /venue)."""
        return self._venue_finder.find(text)
