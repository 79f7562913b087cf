"""Chinese words typed in pinyin: "the rongzi djh in ks", "wen is the zhuhuichang?".

Delegates without a Chinese keyboard at hand, or writing in English about a session they
know by its Chinese name, type its words in toneless pinyin. A Latin word of five letters
or more that no English text of the program holds, and that sounds exactly like one
Chinese word of the program's vocabulary (its names, aliases and keywords, two to six
characters), stands in for that word. The word put in counts as a typo does
(bot.homophones), never as if typed: pinyin is a guess at the characters.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Collection, Iterable

from bot.homophones import sound
from bot.program import Program
from bot.textnorm import CJK, cjk_grams, normalize, stem

_LATIN_WORD = re.compile(r"(?<![\w'-])[a-z]{5,}(?![\w'-])")
_MIN_CHARS, _MAX_CHARS = 2, 6


class PinyinWords:
    """The program's Chinese words by their toneless pinyin; immutable once built."""

    def __init__(self, words: Iterable[str], english: Collection[str]) -> None:
        """`words` are the Chinese words aimed at; `english` the Latin words the program's
        English texts hold (never read as pinyin)."""
        by_sound: dict[str, set[str]] = defaultdict(set)
        for word in words:
            if _MIN_CHARS <= len(word) <= _MAX_CHARS and len(CJK.findall(word)) == len(word):
                by_sound[sound(word)].add(word)
        # put in as typed Chinese is read (主会场 is 主会, as bot.textnorm writes it)
        self._by_sound = {
            key: normalize(next(iter(found))) for key, found in by_sound.items() if len(found) == 1
        }
        self._english = frozenset(english)

    def corrections(self, text: str) -> tuple[str, frozenset[str]]:
        """The text with pinyin words replaced by their Chinese word, and the bigrams put in."""
        put_in: set[str] = set()

        def replace(match: re.Match[str]) -> str:
            typed = match.group()
            english = typed in self._english or stem(typed) in self._english
            word = None if english else self._by_sound.get(typed)
            if word is None:
                return typed
            put_in.update(cjk_grams(word))
            return f" {word} "

        return _LATIN_WORD.sub(replace, text), frozenset(put_in)


def program_pinyin(program: Program, english: Collection[str]) -> PinyinWords:
    """The pinyin reader for one program's Chinese vocabulary."""
    entries = [*program.sessions, *program.themes, *program.venues, *program.cities, *program.faq]
    words: list[str] = []
    for entry in entries:
        for field in ("name_zh", "title_zh"):
            words.append(getattr(entry, field, ""))
        words += [*getattr(entry, "aliases_zh", ()), *getattr(entry, "keywords_zh", ())]
    return PinyinWords(words, english)
