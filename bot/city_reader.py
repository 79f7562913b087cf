"""Which of the program's cities a question names: in English, in Chinese, by an alias
or misspelled ("Nanjin", "Hangzou"), in the order last named."""

from __future__ import annotations

import re
from functools import lru_cache

from rapidfuzz import fuzz, process

from bot.patterns import any_phrase
from bot.places import (
    OTHER_CITIES_EN,
)
from bot.program import City, Program
from bot.textnorm import normalize

CITY_TYPO_CACHE = 4096  # words whose nearest city spelling is remembered, per reader
MIN_TYPO = 5  # letters: shorter words are too like other words to be a misspelled city
TYPO_SCORE = 85  # rapidfuzz ratio at or above which a word is a city misspelled


_BEFORE_A_CITY = re.compile(r"\b(?:to|from|between|via) ([a-z]+)\b")
# A journey's way asked ("how", 怎么, 坐什么车): with a city only as where it starts, the
# delegate is going somewhere the program is not.
_ASKS_THE_WAY = re.compile(
    r"\bhow\b|\bbest way\b|怎么|如何|怎样|咋|坐什么|搭什么|坐啥|多久|多长时间|几个小时|几耐|几远"
)
# The way or the time of a journey asked ("how long is the flight", 飞过去要几耐)
_JOURNEY_ASKED = re.compile(
    r"\bhow (?:long|far|do i get|can i get|to get)\b|\bwhich (?:train|flight|airport)\b"
    r"|多久|多长时间|几个小时|几耐|几远|怎么去|怎么走|怎么过去|坐什么|搭什么|飞过去|开车过去"
)


def asks_a_journey(text: str) -> bool:
    """Whether a normalised question asks the way or the time of a journey."""
    return _JOURNEY_ASKED.search(text) is not None


# Where it goes, named ("go Xi'an", "to Moganshan", 去趟潍坊): a journey with no
# destination named ("from Shanghai, how long does the train take?") is the intercity one.
_GOES_TO = re.compile(
    r"\b(?:to|go|going|visit|visiting|head|heading)\s+(?!get\b|go\b|the\b|there\b|reach\b)[a-z]"
    r"|(?:去|到|往|飞|顺访)(?!哪|会场|现场|场馆)[\u4e00-\u9fff]"
)
# The event's own buildings as where the journey ends (从南京怎么去会场)
_TO_THE_EVENT = re.compile(
    r"\bvenues?\b|\bhotels?\b|\bexpo\b|\bcent(?:er|re)\b|会场|场馆|酒店|宾馆|现场|会展|博览"
)


class CityReader:
    """Reads one program's cities out of a normalised question; immutable."""

    def __init__(self, program: Program) -> None:
        names = sorted(
            (
                (normalize(name), city)
                for city in program.cities
                for name in (city.name, *city.aliases)
            ),
            key=lambda pair: -len(pair[0]),
        )
        # one pattern for every spelling of every city: each question is read for them
        self._pattern = any_phrase([name for name, _ in names if len(name) > 3])
        self._exact = {name: city for name, city in names}
        self._spellings = list(self._exact)
        self._misspelled = lru_cache(maxsize=CITY_TYPO_CACHE)(self._closest)
        self._chinese = sorted(
            ((name, city) for city in program.cities for name in (city.name_zh, *city.aliases_zh)),
            key=lambda pair: -len(pair[0]),
        )

    def travelled_to(self, text: str) -> bool:
        """Whether a normalised English text goes to, from or between cities of the
        program ("Shanghai to Hangzhou", "from Nanjing"), not "sorry to ask"."""
        return any(
            (word := match.group(1)) in self._exact
            or (len(word) >= MIN_TYPO and self._misspelled(word) is not None)
            for match in _BEFORE_A_CITY.finditer(text)
        )

    def only_set_out_from(self, text: str, city: City) -> bool:
        """Whether a normalised question names its one program city only as where a
        journey starts and asks the way (从南京出发怎么去, "how from Nanjing?"): the
        destination is none of the program's."""
        if (
            not _ASKS_THE_WAY.search(text)
            or not _GOES_TO.search(text)
            or _TO_THE_EVENT.search(text)
        ):
            return False
        names_zh = "|".join(sorted((city.name_zh, *city.aliases_zh), key=len, reverse=True))
        names_en = "|".join(
            re.escape(normalize(name))
            for name in sorted((city.name, *city.aliases), key=len, reverse=True)
        )
        named = re.findall(rf"{names_zh}|\b(?:{names_en})\b", text)
        setting_out = re.findall(rf"(?:从|由|自)(?:{names_zh})|\bfrom (?:{names_en})\b", text)
        return bool(named) and len(setting_out) == len(named)

    def _closest(self, word: str) -> City | None:
        close = process.extractOne(
            word, self._spellings, scorer=fuzz.ratio, score_cutoff=TYPO_SCORE
        )
        return self._exact[close[0]] if close else None

    def read(self, text: str) -> tuple[list[City], str]:
        """The program's cities a question names, in the order last named, and the
        question without them."""
        found: dict[str, tuple[int, City]] = {}

        def note(position: int, city: City) -> None:
            if city.name not in found or position > found[city.name][0]:
                found[city.name] = (position, city)  # where it was last named

        for name, city in self._chinese:
            position = text.rfind(name)
            if position >= 0:
                note(position, city)
                text = text.replace(name, " " * len(name))

        def cut(match: re.Match[str]) -> str:
            note(match.start(), self._exact[match.group()])
            return " " * len(match.group())

        text = self._pattern.sub(cut, text)
        for match in re.finditer(r"[a-z0-9]+", text):
            word = match.group()
            city = self._exact.get(word)
            other = word in OTHER_CITIES_EN  # Changzhou is no typo of Hangzhou
            if city is None and len(word) >= MIN_TYPO and not other:  # "Nanjin", "Hangzou"
                city = self._misspelled(word)
            if city is not None:
                note(match.start(), city)
                text = text[: match.start()] + " " * len(word) + text[match.end() :]
        ordered = [city for _, city in sorted(found.values(), key=lambda pair: pair[0])]
        return ordered, " ".join(text.split())
