"""Homophone typos in Chinese: pinyin input methods turn 南京 into 南经, 旅游 into 旅由.

A delegate's two-character word that the bot does not know is compared, by its toneless
pinyin, with the words it does know (session, theme, venue and FAQ vocabulary, city names,
question words); when exactly one known word sounds the same, it stands in. A word the
bot knows is never rewritten, so an exact match always wins over a homophone; nor is a
word of the language (pypinyin's phrase list, and jieba's dictionary through
bot.chinese_words: 放假 is a day off, not 房价; 志愿者 a volunteer, not 支援), unless it
sounds like a city of the program (商海 is a word, but typed for 上海); nor a pair inside
a longer word (迪士尼); nor a character of a phrase-list word beside it (湖南今年: 南今
sounds like 南京, but 今 is of 今年, a question word).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection, Iterable
from functools import lru_cache

from pypinyin import lazy_pinyin
from pypinyin.constants import PHRASES_DICT

from bot.chinese_words import in_a_longer_word, is_word
from bot.places import (
    CONTEXT_PLACES_ZH,
    OTHER_CITIES_ZH,
    OWN_PLACES_ZH,
)
from bot.program import Program
from bot.textnorm import CJK_RUN, cjk_grams
from bot.vocabulary import (
    ACTIONS_ZH,
    COMMON_CHARS,
    LIST_ZH,
    STOP_ZH,
    TIME_WORDS_ZH,
    WHEN_ZH,
    WHERE_ZH,
)


@lru_cache(maxsize=16384)
def sound(word: str) -> str:
    """A word's toneless pinyin, read as a word (长沙 is changsha, not zhangsha)."""
    return "".join(lazy_pinyin(word, errors="ignore"))


_BLURRED = [("zh", "z"), ("ch", "c"), ("sh", "s"), ("ing", "in"), ("eng", "en"), ("ang", "an")]


@lru_cache(maxsize=16384)
def blurred_sound(word: str) -> str:
    """The sound as a southern speaker's pinyin input blurs it (扶平 fuping for 扶贫 fupin):
    zh/ch/sh and -ng finals fold into z/c/s and -n."""
    syllables = []
    for syllable in lazy_pinyin(word, errors="ignore"):
        for blurred, plain in _BLURRED:
            syllable = syllable.replace(blurred, plain)
        syllables.append(syllable)
    return "".join(syllables)


class Homophones:
    """Known two-character words by sound; immutable once built."""

    def __init__(
        self,
        known: Iterable[str],
        targets: Iterable[str],
        words: Iterable[str],
        places: Iterable[str] = (),
        far: Iterable[str] = (),
    ) -> None:
        """`known` bigrams are never rewritten; unknown ones may become one of `targets`;
        `words` are whole two-character words, whose characters stay where they are; a
        word of the language (pypinyin's phrase list, jieba's dictionary) becomes only one
        of `places`; one of the `far` targets (cities outside the program) only keeping one
        of its characters."""
        self._known = frozenset(word for word in known if len(word) == 2)
        self._places = frozenset(places)
        self._far = frozenset(far)
        self._words = frozenset(word for word in words if len(word) == 2)
        by_sound: dict[str, set[str]] = defaultdict(set)
        by_blur: dict[str, set[str]] = defaultdict(set)
        for word in targets:
            if len(word) != 2:
                continue
            by_sound[sound(word)].add(word)
            by_blur[blurred_sound(word)].add(word)
        self._by_sound, self._by_blur = dict(by_sound), dict(by_blur)

    def correct(self, text: str) -> str:
        """`text` with unknown words replaced by the one known word that sounds the same."""
        return self.corrections(text)[0]

    def corrections(self, text: str) -> tuple[str, frozenset[str]]:
        """The corrected text, and the words that were put in by sound (they count as
        less sure than words the delegate typed)."""
        put_in: set[str] = set()
        corrected = CJK_RUN.sub(lambda match: self._correct_run(match.group(), put_in), text)
        return corrected, frozenset(put_in)

    def _correct_run(self, run: str, put_in: set[str]) -> str:
        chars = list(run)
        i = 0
        while i < len(chars) - 1:
            gram = chars[i] + chars[i + 1]
            common = chars[i] in COMMON_CHARS or chars[i + 1] in COMMON_CHARS
            twin = None if gram in self._known or common else self._twin(gram)
            if twin is not None and in_a_longer_word(run, i):
                twin = None  # 迪士尼 is Disney: its 迪士 is no 的士
            if twin is not None and not self._protected(chars, i, twin):
                chars[i], chars[i + 1] = twin
                put_in.add(twin)
                i += 2
            else:
                i += 1
        return "".join(chars)

    def _protected(self, chars: list[str], i: int, twin: str) -> bool:
        """A character that would change but belongs to a known word next door stays
        (在开什么: 开什 sounds like 开始, but 什 is part of 什么), or to a word of the
        language (湖南今年: 南今 sounds like 南京, but 今 is part of 今年)."""
        first_changes, second_changes = chars[i] != twin[0], chars[i + 1] != twin[1]
        n = len(chars)
        before = i > 0 and self._holds(
            chars[i - 1] + chars[i], chars[i - 2] + chars[i - 1] if i > 1 else ""
        )
        after = i + 2 < n and self._holds(
            chars[i + 1] + chars[i + 2], chars[i + 2] + chars[i + 3] if i + 3 < n else ""
        )
        return (first_changes and before) or (second_changes and after)

    def _holds(self, word: str, rival: str) -> bool:
        """Whether a word beside a typo keeps its character: the program's own word, or a
        word of the language unless its other character makes, with the next one, the
        program's word (湖男人才 is 湖南 人才, not 湖男 and 男人)."""
        if word in self._words:
            return True
        return word in PHRASES_DICT and rival not in self._words

    def _twin(self, gram: str) -> str | None:
        # the exact sound first; a blurred one only rescues a pair that shares a character
        candidates = self._by_sound.get(sound(gram)) or {
            word
            for word in self._by_blur.get(blurred_sound(gram), ())
            if word[0] == gram[0] or word[1] == gram[1]
        }
        if gram in PHRASES_DICT or is_word(gram):  # 放假 is no typo of 房价; 商海 of 上海 is
            candidates = candidates & self._places
        # 株州 and 问州 are 株洲 and 温州, but 医务室 is a medical room, not Yiwu: a place the
        # program lacks is guessed only from a typo that keeps half of its name
        candidates = {
            word
            for word in candidates
            if word not in self._far or word[0] == gram[0] or word[1] == gram[1]
        }
        if len(candidates) > 1:  # 上五: 上午 rather than 商务, as one wrong key is the usual typo
            candidates = {word for word in candidates if word[0] == gram[0] or word[1] == gram[1]}
        return next(iter(candidates)) if len(candidates) == 1 else None


# A time of day (九点半, 两点): never a typo, though 九点 sounds like 酒店.
CLOCK_GRAMS = frozenset(digit + "点" for digit in "一二两三四五六七八九十") | {"点半", "点钟"}


def program_homophones(
    program: Program, grams: Collection[str], words: Collection[str]
) -> Homophones:
    """The corrector for one program's index: its bigrams (`grams`) are never rewritten;
    only its names and vocabulary (`words`), its cities and question words are aimed at."""
    question_words = {
        gram
        for phrases in (
            WHERE_ZH,
            WHEN_ZH,
            LIST_ZH,
            TIME_WORDS_ZH,
            OTHER_CITIES_ZH,
            CONTEXT_PLACES_ZH,  # 江浙 is no typo of 讲者
            OWN_PLACES_ZH,  # 店里 is no typo of 电力
            ACTIONS_ZH,  # 加急 is no typo of 家级 (国家级)
        )
        for phrase in phrases
        for gram in cjk_grams(phrase)
    }
    cities = {
        gram
        for city in program.cities
        for name in (city.name_zh, *city.aliases_zh)
        for gram in cjk_grams(name)
    }
    targets = set(words) | cities | question_words
    known = set(grams) | targets | CLOCK_GRAMS
    # words that ask nothing (你们, 一下) are never rewritten, but nothing is rewritten into
    # one: 迪士尼门票 typed 迪士尼门漂 is no 你们 (尼门), and a guess at a word that says
    # nothing only hides the name it was part of
    stop_words = {gram for phrase in STOP_ZH for gram in cjk_grams(phrase)}
    known |= stop_words - targets
    far = {gram for city in OTHER_CITIES_ZH for gram in cjk_grams(city)}
    return Homophones(known=known, targets=targets, words=targets, places=cities, far=far)
