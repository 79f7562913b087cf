"""Patterns written in both languages, run only on the script a text is in.

A big alternation costs at every position of the text, and most questions are in one
language: an English question never needs the Chinese alternatives, nor a Chinese one the
English. `bilingual()` compiles a pattern whole and in two halves, and each call picks
the one the text needs; a text in both scripts gets the whole pattern. The answers are
the same (tests/test_patterns.py holds it over every labelled question).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Iterator

from bot.textnorm import CJK

_CJK_ESCAPE = re.compile(r"\\u(?:3[4-9a-f]|4[0-9a-f]|[5-9][0-9a-f]|f[9a])", re.IGNORECASE)
_NO_LETTER = re.compile(r"\\(?:u[0-9a-fA-F]{4}|x[0-9a-fA-F]{2}|.)|\{\d*,?\d*\}")
_LATIN = re.compile(r"[a-zA-Z0-9]")


class Bilingual:
    """A compiled pattern that runs only the alternatives a text's script can match."""

    __slots__ = ("_both", "_chinese", "_english", "pattern", "whole")

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self.pattern = pattern
        self.whole = re.compile(pattern, flags)  # as written: what the halves must find
        english, chinese = _halves(pattern)
        self._english = re.compile(_factored(english), flags)
        self._chinese = re.compile(_factored(chinese), flags)
        # a text in both scripts glues Latin words to Chinese ("有冇MC", "backdrop系边间"):
        # there a word's edge is where Latin letters end, not where \w does
        self._both = re.compile(_latin_edges(_factored(_alternatives(pattern))), flags)

    def _for(self, text: str) -> re.Pattern[str]:
        script = _script(text)
        if script is _BOTH:
            return self._both
        return self._chinese if script is _CHINESE else self._english

    def as_written(self, text: str) -> re.Pattern[str]:
        """The whole pattern, unsplit, as it reads `text` (what the halves must find)."""
        if _script(text) is not _BOTH:
            return self.whole
        return re.compile(_latin_edges(self.pattern), self.whole.flags)  # for tests: not kept

    def search(self, text: str) -> re.Match[str] | None:
        return self._for(text).search(text)

    def match(self, text: str) -> re.Match[str] | None:
        return self._for(text).match(text)

    def fullmatch(self, text: str) -> re.Match[str] | None:
        return self._for(text).fullmatch(text)

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        return self._for(text).finditer(text)

    def findall(self, text: str) -> list[str]:
        return self._for(text).findall(text)

    def sub(
        self, replacement: str | Callable[[re.Match[str]], str], text: str, count: int = 0
    ) -> str:
        return self._for(text).sub(replacement, text, count=count)

    def subn(
        self, replacement: str | Callable[[re.Match[str]], str], text: str, count: int = 0
    ) -> tuple[str, int]:
        return self._for(text).subn(replacement, text, count=count)


_BOTH, _CHINESE, _ENGLISH = "both", "chinese", "english"
_SCRIPTS: dict[str, str] = {}  # one question's texts are each read by dozens of patterns
_REMEMBERED = 64


def _script(text: str) -> str:
    """Which scripts the text holds: a Latin letter or digit, a Chinese character."""
    script = _SCRIPTS.get(text)
    if script is None:
        chinese = CJK.search(text) is not None
        latin = _LATIN.search(text) is not None
        script = _BOTH if chinese == latin else _CHINESE if chinese else _ENGLISH
        if len(_SCRIPTS) >= _REMEMBERED:
            _SCRIPTS.clear()
        _SCRIPTS[text] = script
    return script


# A word boundary for Latin words only: Chinese characters count as \w to Python, so \b
# finds no edge between "有冇" and "mc"; Latin letters (with their accented forms), digits
# and the underscore make a word, anything else is outside one.
_LATIN_WORD = r"[A-Za-z0-9_\u00c0-\u024f]"
_LATIN_EDGE = rf"(?:(?<!{_LATIN_WORD})(?={_LATIN_WORD})|(?<={_LATIN_WORD})(?!{_LATIN_WORD}))"
# \b beside a Chinese character in a pattern stays (its edge is the Chinese word's)
_WORD_EDGE = re.compile(r"(?<![\u4e00-\u9fff])(?<!\\)\\b(?![\u4e00-\u9fff])")


def _latin_edges(pattern: str) -> str:
    """The pattern with each \b that bounds a Latin word made a Latin word's edge."""
    return _WORD_EDGE.sub(lambda _: _LATIN_EDGE, pattern)


def bilingual(pattern: str, flags: int = 0) -> Bilingual:
    return Bilingual(pattern, flags)


def any_of(*pieces: str, flags: int = 0) -> Bilingual:
    """bilingual() of the pieces joined by "|", each piece one need's words in both
    languages. They are tried in the order given: where two match at one place, the first
    decides where the match ends, which a caller may read."""
    if not pieces or not all(pieces):
        raise ValueError("an empty piece would match everywhere")  # "a||b" matches ""
    return bilingual("|".join(pieces), flags)


def _halves(pattern: str) -> tuple[list[str], list[str]]:
    """The top-level alternatives an English text can match, and those a Chinese one can:
    an alternative with Chinese characters and no Latin letters is Chinese only, one with
    Latin letters and no Chinese is English only, any other is in both."""
    english: list[str] = []
    chinese: list[str] = []
    for alternative in _alternatives(pattern):
        bare = _NO_LETTER.sub("", alternative)  # \b, \u4e00 and {0,4} are no letters
        has_chinese = bool(CJK.search(alternative) or _CJK_ESCAPE.search(alternative))
        has_latin = bool(_LATIN.search(bare))
        if has_latin or not has_chinese:
            english.append(alternative)
        if has_chinese or not has_latin:
            chinese.append(alternative)
    return english, chinese


def _factored(alternatives: list[str]) -> str:
    r"""The alternatives joined in their order, each run of them that starts at a word
    boundary behind one \b: the engine then tests the boundary once at each position
    instead of once per alternative (four times faster on a long e-mail), and tries the
    words only where a word starts."""
    parts: list[str] = []
    run: list[str] = []
    for alternative in [*alternatives, ""]:
        if alternative.startswith(r"\b"):
            run.append(alternative[2:])
            continue
        if run:
            parts.append(r"\b" + (run[0] if len(run) == 1 else "(?:" + "|".join(run) + ")"))
            run = []
        parts.append(alternative)
    return "|".join(parts[:-1]) or "(?!)"


def _alternatives(pattern: str) -> list[str]:
    """The pattern split at its top-level "|" (not inside a group or a character class)."""
    parts: list[str] = []
    depth = 0
    in_class = False
    start = 0
    index = 0
    while index < len(pattern):
        char = pattern[index]
        if char == "\\":
            index += 2
            continue
        if in_class:
            in_class = char != "]" or pattern[index - 1] == "["
        elif char == "[":
            in_class = True
            if pattern[index + 1 : index + 2] == "^":
                index += 1
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif char == "|" and depth == 0:
            parts.append(pattern[start:index])
            start = index + 1
        index += 1
    parts.append(pattern[start:])
    return parts


def any_phrase(phrases: Collection[str]) -> re.Pattern[str]:
    """One pattern for many phrases, longest first, each a whole word at its edges."""
    if not phrases:
        return re.compile(r"(?!x)x")  # matches nothing
    alternatives = "|".join(re.escape(p) for p in sorted(phrases, key=len, reverse=True))
    return re.compile(rf"(?<![a-z0-9])(?:{alternatives})(?![a-z0-9])")


def word_set(text: str) -> frozenset[str]:
    """The words of a plain string of words."""
    return frozenset(text.split())


def phrase_list(text: str) -> tuple[str, ...]:
    """Longest first, so "在哪里" is cut out before "哪里" can split it; phrases of one
    length in the order written (会场 before 场地: "会场地址" is 会场 and 地址), never in a
    set's order, which changes from one process to the next."""
    return tuple(sorted(dict.fromkeys(text.split()), key=len, reverse=True))
