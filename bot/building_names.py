"""Buildings a Chinese question names that the program does not have.

上海中心大厦, 国家会展中心 or 南京国际青年文化中心 share words with the program's venues
and sessions (中心, 大厦, 国际, 文化), but are other places: their words are no evidence
for a venue or a session (bot.terms.TermIndex.owned_elsewhere), and a question asking
what happens there, with nothing else explained, is answered "not in the program".

A building name is the run of Chinese characters before a building's ending (大厦, 酒店,
会展中心…), back to a word that cannot be part of a name (的, 在, 去…); it is the
program's when a venue's Chinese name or short form holds it or is held by it, also
with a city of the program taken off its front. Two characters of name at least: 住酒店
names no building.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from pypinyin.constants import PHRASES_DICT

from bot.textnorm import cjk_grams

# Endings that make a run of characters a building's name (中心 alone does not: 市中心,
# 数据中心 and 研发中心 are no buildings one goes to).
BUILDING_END_ZH = re.compile(
    "中心大厦|会展中心|博览中心|展览中心|会议中心|文化中心|体育中心|奥体中心|青奥中心|艺术中心|商务中心"
    "|大酒店|酒店|饭店|宾馆|大厦|展览馆|体育馆|博物馆|大剧院|剧院|会堂|大楼|广场|商务城"
)
# Characters that end a name looking back from its ending: particles, pronouns, verbs of
# going and staying.
_BEFORE_NAME = frozenset("的在去到从往离那这是个和跟与及或问我你他她们住有没要想找就还也都")
# Before a name, these make it where the delegate stays or sets out from (住在全季酒店,
# 从金陵饭店出发, 我在希尔顿酒店): their own context, not a place asked about.
_STAYING = re.compile("(?:住|住在|从|离|回|我在|我们在|人在)$")
_CHINESE = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff]")
_WORDS = frozenset(word for word in PHRASES_DICT if len(word) == 2)  # words of the language
MAX_NAME = 10  # characters before the ending
MIN_NAME = 2


class BuildingNames:
    """The Chinese names of one program's buildings; immutable."""

    def __init__(self, venue_names: Iterable[str], city_names: Iterable[str]) -> None:
        self._venues = tuple(sorted({name for name in venue_names if name}, key=len))
        self._cities = tuple(sorted({name for name in city_names if name}, key=len, reverse=True))

    def others(self, text: str) -> tuple[frozenset[str], bool]:
        """The bigrams of the buildings `text` names that the program does not have, and
        whether one of them is asked about (not where the delegate stays)."""
        grams: set[str] = set()
        asked = False
        for match in BUILDING_END_ZH.finditer(text):
            start = match.start()
            while (
                start > 0
                and match.start() - start < MAX_NAME
                and _CHINESE.match(text[start - 1])
                and (text[start - 1] not in _BEFORE_NAME or text[start - 1 : start + 1] in _WORDS)
            ):
                start -= 1  # 和平饭店: 和 of 和平 (peace) is no "and"
            if match.start() - start < MIN_NAME:
                continue
            name = text[start : match.end()]
            if not self._known(name):
                grams.update(cjk_grams(name))
                asked = asked or not _STAYING.search(text, 0, start)
        return frozenset(grams), asked

    def _known(self, name: str) -> bool:
        for city in self._cities:
            if name.startswith(city) and len(name) > len(city):
                return self._known(name[len(city) :]) or self._held(name)
        return self._held(name)

    def _held(self, name: str) -> bool:
        return any(name in venue or venue in name for venue in self._venues)
