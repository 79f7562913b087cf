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
