"""Chinese question particles that are halves of words.

A question's one-character particles (能, 有, 请, 在) are dropped, except where one is half
of a word of the language beside a character of substance the program does not know
(新能源, 有机: the topic, not a particle), or half of the program's own word (邀请函, 在线).
"""

from __future__ import annotations

import re
from collections.abc import Collection

from pypinyin.constants import PHRASES_DICT

from bot.vocabulary import NOISE_CHARS


def without_particle(text: str, phrase: str, known: Collection[str]) -> str:
    """The text without a question phrase; a one-character one (能, 有) stays where it
    is part of a word of the language beside a character of substance that the program
    does not know (新能源, 有机): its topic, not a particle (过去 stays a phrase); and
    请, 在 and the like where they are half of the program's own word (邀请函, 在线)."""
    if len(phrase) > 1:
        return text.replace(phrase, " ")
    return re.sub(
        re.escape(phrase),
        lambda match: phrase if _in_word(text, match.start(), known) else " ",
        text,
    )


# Particles that are also halves of the program's words (邀请函, 在线, 能源); the others
# (的, 吗, 去) are never its topic, even beside a character that makes a word of them.
WORD_HALVES = frozenset("请在能有要")


def _in_word(text: str, i: int, known: Collection[str]) -> bool:
    def word(pair: str) -> bool:
        if pair in known:  # the program's own word (邀请函), if the particle is a half of one
            return text[i] in WORD_HALVES
        return pair in PHRASES_DICT  # a word of the language the program lacks (新能源)

    pairs = (text[i - 1 : i + 1] if i else "", text[i : i + 2])
    return any(
        len(pair) == 2 and word(pair) and not set(pair.replace(text[i], "")) <= NOISE_CHARS
        for pair in pairs
    )
