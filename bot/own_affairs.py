"""The delegate's own affairs, which no session or FAQ entry answers: leisure, health,
money, advice, needs the program says nothing of (bot.search states the rules).

Kept apart from bot.vocabulary, whose words shape a question, because these decide that
a question is not the event's at all. The four big patterns (LEISURE, OWN_LIFE, UNSTATED,
ADVICE) are built in bot.own_affairs_words; this module reads them beside the event.
"""

from __future__ import annotations

import re

from bot.own_affairs_words import ADVICE, LEISURE, OWN_LIFE, UNSTATED
from bot.patterns import bilingual
from bot.places import COUNTRIES_EN_ALTERNATIVES, COUNTRIES_ZH_ALTERNATIVES
from bot.vocabulary import WHOLE_EVENT

# An event named as such: leisure beside it is a visit to it ("去招聘会逛逛").
EVENT_NOUNS = bilingual(
    r"\b(?:fairs?|ceremon(?:y|ies)|conferences?|confs?|sessions?|forums?|meetings?|summits?"
    r"|matchmaking|venues?)\b|会场|推介会|对接会|招聘会|洽谈会|博览会|交易会|大会|仪式|开幕式|闭幕式|论坛|场次|哪一?场"
    r"|(?<=[的个])会(?![员长费计])"  # 有个跨境电商的会: a session named by its subject
)
# The event as the time of something else: "tour deals after the conf", 会后去哪玩.
AFTER_EVENT = bilingual(
    r"\b(?:after|before) (?:all )?(?:the|these|those|my|our) (?:morning |afternoon |evening |last )?"
    r"(?:conf|conference|event|week|meetings?"
    r"|sessions?|fair)\b"
    r"|会后|开完会|散会后|(?:会议|活动|洽谈周)(?:结束)?(?:以?后|之后)"
)


# Another country's visa, for a trip on from the event (美国签证, "visa for my vietnam
# trip"): the visa entry is China's. A delegate from there ("I'm from Vietnam, do I need
# a visa?", 越南代表要签证吗) still asks China's.
FOREIGN_VISA = bilingual(
    rf"\b(?:{COUNTRIES_EN_ALTERNATIVES}|schengen) visas?\b"
    rf"|\bvisas? (?:for|to) (?:my |our |a |the )?(?:\w+ )?(?:trip to )?(?:{COUNTRIES_EN_ALTERNATIVES})\b"
    # (a trip there beside a visa: "a session for europe travel agencies" is a business)
    rf"|\b(?:{COUNTRIES_EN_ALTERNATIVES}) (?:trip|travel|holiday|tour)\b[^?.!]{{0,40}}\bvisas?\b"
    rf"|\bvisas?\b[^?.!]{{0,40}}\b(?:{COUNTRIES_EN_ALTERNATIVES}) (?:trip|travel|holiday|tour)\b"
    rf"|(?:{COUNTRIES_ZH_ALTERNATIVES}|申根)的?签证|(?:去|到)(?:{COUNTRIES_ZH_ALTERNATIVES})[^，,。？?]{{0,8}}签证"
)


def names_unstated_need(text: str) -> bool:
    """Whether a normalised question names a need the program never speaks of (UNSTATED,
    another country's visa)."""
    return UNSTATED.search(text) is not None or FOREIGN_VISA.search(text) is not None


def is_own_affairs(text: str, unstated: bool) -> bool:
    """The delegate's own leisure, life or a topic asked as advice: leisure beside an
    event is a visit to it and advice a question about it; a hospital or a tax never is.
    `unstated`: whether the text names a need the program never speaks of (searched once
    per text, names_unstated_need)."""
    if unstated or OWN_LIFE.search(text):
        return True
    asked = LEISURE.search(text) or ADVICE.search(text)
    if asked is None:
        return False
    text = AFTER_EVENT.sub(" ", text)  # "tour deals after the conf": the event is a time
    if WHOLE_EVENT.search(text):
        return False
    # beside the event named ("去招聘会逛逛", "anything fun at the job fair"), not a
    # story's event far before it ("…the job fair tomorrow, then a West Lake boat ride")
    events = list(EVENT_NOUNS.finditer(text))
    if any(SESSION_ASKED.fullmatch(event.group()) for event in events):
        return False  # "we run outlet centres: which session?" asks for one
    return not any(_near(event, asked) for event in events)


SESSION_ASKED = re.compile(r"sessions?|哪一?场|场次")


def asks_unstated_need(text: str, unstated: bool) -> bool:
    """A need the program never speaks of (UNSTATED: 场租, a spouse programme), asked for
    itself, whoever the delegate says they are; a business that has such a need and asks
    which session suits it ("we ship parcels for online sellers: which session?") asks
    for a session. `unstated` as for is_own_affairs."""
    return unstated and SESSION_ASKED.search(text) is None


BESIDE = 10  # characters between two phrases (a Chinese one counts two) that are one ask


def _near(one: re.Match[str], other: re.Match[str]) -> bool:
    first, second = sorted((one, other), key=lambda match: match.start())
    gap = first.string[first.end() : second.start()]
    return len(gap) + len(re.findall(r"[\u4e00-\u9fff]", gap)) <= BESIDE
