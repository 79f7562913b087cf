"""Whose thing a question asks about: the event's, or a name's the program does not hold.

An FAQ entry answers for the event: its tickets, its live stream, its hotel. The same
need word owned by another name is someone else's: "Disneyland tickets", 迪士尼门票,
张家界门票, "Douyin live streams", "a tour to Zhangjiajie". The owner is a name outside
the program: a city the program does not hold (bot.places.OTHER_CITIES_*), or a name
none of its words explains: in English a word capitalised inside a sentence, in Chinese
two or more characters no word of the program holds, glued before the need word (Chinese
puts the owner first). The words it owns are `owned`; an FAQ entry that only they explain
is no answer (bot.search).

Words of one name ("Sany Heavy Industry", capitalised inside a sentence) are one piece of
evidence, not three: a company the program mentions is not a session asked for by name.
This module reads Chinese and holds what both languages share; bot.owners_en reads
English.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable
from dataclasses import dataclass

from bot.event_words import EVENT_NOUN_END_ZH
from bot.patterns import word_set
from bot.places import (
    CONTEXT_PLACES_EN,
    CONTEXT_PLACES_ZH,
    COUNTRIES_EN_ALTERNATIVES,
    COUNTRIES_ZH_ALTERNATIVES,
    HEAD_NOUNS_ZH,
    LOCATED_ZH,
    OTHER_CITIES_EN,
    OTHER_CITIES_EN_ALTERNATIVES,
    OTHER_CITIES_ZH,
    OTHER_CITIES_ZH_ALTERNATIVES,
    OTHER_CITY_PHRASES,
    OWN_PLACES_ZH,
)
from bot.textnorm import CJK_RUN, cjk_grams, stem
from bot.vocabulary import NOISE_CHARS, TIME_WORDS_ZH

# Stands where a city outside the program was cut from a Chinese question, so the need
# glued after it (张家界门票) is still seen as that place's.
PLACE_MARK = "◆"
_AFTER_PLACE = re.compile(PLACE_MARK + r"[ 的]*([\u3400-\u4dbf\u4e00-\u9fff]+)")
_TIME_GRAMS_ZH = frozenset(TIME_WORDS_ZH)
MIN_UNKNOWN_ZH = 2  # characters: one unknown character is a particle, not a name
# A city outside the program as where the delegate is going: "a flight to Beijing",
# 去北京的机票. Where they come from ("from Tokyo") is only context.
_DESTINATION_OUTSIDE = re.compile(
    # ("go Changsha", "want go Changsha", as chat English leaves out the "to")
    r"\b(?:to|into|towards|go|going|fly|flying|head|heading|visit|visiting)\s+(?:the\s+)?(?:"
    + OTHER_CITIES_EN_ALTERNATIVES
    + "|"
    + COUNTRIES_EN_ALTERNATIVES
    + r")\b(?!\s+(?:fair|expo))|(?:去|到|飞|往|回)(?:"  # the Canton Fair is an event
    + OTHER_CITIES_ZH_ALTERNATIVES
    + "|"
    + COUNTRIES_ZH_ALTERNATIVES
    + ")"
)

# A journey from a city outside the program whose length or way is asked (衡阳到昆山开车要
# 多久, 郴州到上海有直飞没, "how long is the drive from Changsha to Shanghai"): the road's or
# the airline's, no entry of the event's.
_JOURNEY_FROM_OUTSIDE = re.compile(
    rf"(?:{OTHER_CITIES_ZH_ALTERNATIVES})(?:到|去|至)[^，。？?！!]{{0,12}}?"
    r"(?:多久|多长时间|几个小时|几小时|多少小时|多远|几个钟|直达|直飞|航班|机票|飞机|高铁|动车|火车|车次"
    r"|大巴|班车)"
    rf"|\bfrom\s+(?:{OTHER_CITIES_EN_ALTERNATIVES})\s+to\b.{{0,30}}"
    r"\b(?:how (?:long|far)|direct|flights?|trains?)\b"
    rf"|\bhow (?:long|far)\b.{{0,40}}\bfrom\s+(?:{OTHER_CITIES_EN_ALTERNATIVES})\b"
)

# A city outside the program the delegate goes home to (回长沙, "fly back to Changsha
# on Friday"): their story, not a place they ask about.
_HOME_OUTSIDE = re.compile(
    rf"\b(?:back|home)\s+to\s+(?:{OTHER_CITIES_EN_ALTERNATIVES})\b"
    rf"|(?:回到|返回|飞回|回)(?:{OTHER_CITIES_ZH_ALTERNATIVES})"
)

# "我们郴州搞石墨的", 咱娄底钢厂: the teller's own city, context; nothing after it is its
_TELLERS_CITY_ZH = re.compile(
    rf"(我们|咱们|咱|我是|来自)(?:是|在|这边)?(?:{OTHER_CITIES_ZH_ALTERNATIVES})"  # 我们是株洲做…的
)

# A country before a party (越南代表, 美国客户, 日本的朋友): who the party is, context; the
# topic is what they need (越南代表要签证吗 asks for China's visa)
_PARTYS_COUNTRY_ZH = re.compile(
    rf"(?:{COUNTRIES_ZH_ALTERNATIVES})(?=的?(?:代表|客户|客商|朋友|同事|嘉宾|买家|籍|人|企业|公司|老板))"
)


@dataclass(frozen=True)
class Owners:
    """Names outside the program in a question, and the topic words they own."""

    owners: frozenset[str] = frozenset()  # the names' own tokens: "douyin", 士尼, 张家
    owned: frozenset[str] = frozenset()  # topic tokens they own: "live", "stream", 门票
    names: tuple[frozenset[str], ...] = ()  # words of one name: "Sany Heavy Industry"
    # after unknown Chinese characters, which may be a name (迪士尼门票) or a describing
    # word (配套厂, 便宜酒店): enough to doubt the event's practical answers, no more
    maybe_owned: frozenset[str] = frozenset()
    # known English words that only describe an unknown head noun after them ("the VIP
    # lounge", "Zoomlion crane rental"): the question is about that other thing
    described: frozenset[str] = frozenset()
    # the bigrams of buildings the program does not have (上海中心大厦): no evidence for
    # a venue or a session (bot.building_names)
    buildings: frozenset[str] = frozenset()
    building_asked: bool = False  # one of them is asked about, not stayed at

    def __or__(self, other: Owners) -> Owners:
        return Owners(
            self.owners | other.owners,
            self.owned | other.owned,
            self.names + other.names,
            self.maybe_owned | other.maybe_owned,
            self.described | other.described,
            self.buildings | other.buildings,
            self.building_asked or other.building_asked,
        )

    @property
    def owned_tokens(self) -> frozenset[str]:
        """Every topic token some name may own: none of them in a question, nothing is."""
        return self.owned | self.maybe_owned | self.described | self.buildings

    @property
    def city_in_a_name(self) -> bool:
        """A city outside the program inside a longer name ("the Canton Fair"): another
        event or body, not a place asked about."""
        return any(len(name) > 1 and not name.isdisjoint(OTHER_CITIES_EN) for name in self.names)


def owned_zh(text: str, original: str, known_grams: Collection[str]) -> Owners:
    """In a normalised Chinese topic: the run after a cut place (PLACE_MARK: 张家界门票,
    张家界的门票), or the known characters glued after two or more characters no known
    bigram holds (迪士尼门票 -> 门票). `original` is the question before places were cut."""
    owners: set[str] = set()
    owned: set[str] = set()
    maybe_owned: set[str] = set()
    if PLACE_MARK in text:
        for match in _AFTER_PLACE.finditer(text):
            owned.update(cjk_grams(match.group(1)))
        places = [name for name in OTHER_CITIES_ZH if name in original]
        owners.update(gram for name in places for gram in cjk_grams(name))
    for match in CJK_RUN.finditer(text):
        run = match.group()
        known = _known_characters(run, known_grams)
        start = 0
        while start < len(run):
            if known[start]:
                start += 1
                continue
            end = start
            while end < len(run) and not known[end]:
                end += 1
            name = [ch for ch in run[start:end] if ch not in NOISE_CHARS]  # 只带: no name
            if len(name) >= MIN_UNKNOWN_ZH and end < len(run):
                stop = end
                while stop < len(run) and known[stop]:
                    stop += 1
                owners.update(cjk_grams(run[start:end]))
                glued = [g for g in cjk_grams(run[end:stop]) if g in known_grams]
                if EVENT_NOUN_END_ZH.search(run[end:stop]):  # 纺织产业对接会: another event
                    owned.update(glued)
                else:
                    maybe_owned.update(glued)
            start = end
        maybe_owned.update(_before_head(run, known, known_grams))
    where: set[str] = set()
    for match in LOCATED_ZH.finditer(original):  # before places and stop words are cut
        place = match.group().rstrip("的")
        where.update(cjk_grams(place))
        # 家里的wifi: the home's; 高铁上有wifi吗: the train's
        if match.group()[-1] in "的上里内" or place in OWN_PLACES_ZH:
            maybe_owned.update(_next_word(original[match.end() :]))
    return Owners(
        frozenset(owners),
        frozenset(owned),
        (),
        frozenset(maybe_owned),
        described=frozenset(where),
    )


def _next_word(text: str) -> list[str]:
    """The word a Chinese place is glued before: a Latin word, or two or three characters."""
    text = text.lstrip("的有能 ")
    latin = re.match(r"[a-z][a-z-]*", text)
    if latin:
        return [stem(latin.group())]
    run = CJK_RUN.match(text)
    return cjk_grams(run.group()[:3]) if run else []


def _before_head(run: str, known: list[bool], known_grams: Collection[str]) -> list[str]:
    """Chinese puts the head last: a known word glued before unknown characters ending in
    a head noun (电话卡 is a card, 无线耳机 headphones) only describes another thing."""
    if len(run) < 3 or known[-1] or run[-1] not in HEAD_NOUNS_ZH:
        return []
    last_known = max((i for i, k in enumerate(known) if k), default=-1)
    if last_known < 1:
        return []
    start = last_known
    while start > 0 and known[start - 1]:
        start -= 1
    return [g for g in cjk_grams(run[start : last_known + 1]) if g in known_grams]


_NOT_PROVINCES = frozenset(["china", "europe", "asia", "africa"])  # "an ambulance in China"
# what is asked to be in a province ("any events in Guangdong", "held in Zhejiang"), not
# a company there ("we are a company in Zhejiang")
_ASKED_IN = word_set("""event events session sessions meeting meetings activity activities
    anything something held on happening conference conferences forum week also""")


def cut_other_cities(text: str) -> tuple[str, list[str]]:
    """Cities outside the program, provinces and countries: context ("I'm from
    Changsha", "a German company"), not topic; and the cities cut."""
    found: list[str] = []
    for phrase, joined in OTHER_CITY_PHRASES.items():
        text = text.replace(phrase, joined)
    text = _HOME_OUTSIDE.sub(" ", text)
    text = _TELLERS_CITY_ZH.sub(r"\1 ", text)
    text = _PARTYS_COUNTRY_ZH.sub(" ", text)
    for name in CONTEXT_PLACES_ZH:
        # 广东有没有分会场, 安徽有活动吗: the province asked as where the event is (not
        # where the delegate's company is: 我们公司在广东)
        if re.search(
            rf"{name}(?:那边|这边)?(?:也)?有(?:没有)?(?:什么|哪些|分会场|活动|会|场)", text
        ):
            found.append(name)
            text = text.replace(name, PLACE_MARK)
        text = text.replace(name, " ")
    for name in OTHER_CITIES_ZH:
        if name in text:
            found.append(name)
            text = text.replace(name, PLACE_MARK)  # 张家界门票: the place's tickets
    kept = []
    for word in text.split(" "):
        if word.strip("?!.,") in OTHER_CITIES_EN:
            found.append(word.strip("?!.,"))
            continue
        if word.strip("?!.,") in CONTEXT_PLACES_EN:
            province = word.strip("?!.,") not in _NOT_PROVINCES
            asked_there = len(kept) > 1 and kept[-1] == "in" and kept[-2] in _ASKED_IN
            if province and asked_there:  # "any events in Guangdong": the place
                found.append(word.strip("?!.,"))
            continue
        kept.append(word)
    return " ".join(kept), found


def goes_outside(text: str) -> bool:
    """Whether a normalised question names a city outside the program as where the
    delegate is going, or asks how long the journey from one takes: then its needs (a
    flight, a hotel, a train, the drive) are that city's or the road's."""
    return (
        _DESTINATION_OUTSIDE.search(text) is not None
        or _JOURNEY_FROM_OUTSIDE.search(text) is not None
    )


def _known_characters(run: str, known_grams: Collection[str]) -> list[bool]:
    """Which characters a known bigram, or a time word (中午管饭吗: noon owns nothing),
    holds."""
    known = [False] * len(run)
    for i in range(len(run) - 1):
        if run[i : i + 2] in known_grams or run[i : i + 2] in _TIME_GRAMS_ZH:
            known[i] = known[i + 1] = True
    return known


def evidence_pieces(evidence: Iterable[str], names: Iterable[frozenset[str]]) -> int:
    """How many pieces of evidence: the words of one name ("Sany Heavy Industry") are one."""
    of_name = {word: index for index, name in enumerate(names) for word in name}
    return len({of_name.get(word, word) for word in evidence})
