"""Whether a run of Chinese characters is a word of the language, from jieba's dictionary
(about 350,000 words with their counts in a large corpus).

The homophone corrector (bot.homophones) guesses that a two-character word the program
does not know is a typo of one it knows by sound: 南经 for 南京. A word of the language is
no typo (志愿者 is a volunteer, not 支援; 现金 is cash, not 先进; 迪士尼 is Disney, not a
taxi), so it is never rewritten; a word seen too rarely to tell (合做 is counted three
times, a typo of 合作 in the corpus itself) does not count as one.
"""

from __future__ import annotations

from functools import lru_cache

import jieba

# Seen at least this often in jieba's corpus: below it, typos and odd segments
MIN_COUNT = 10
LONGEST = 4  # longer words are names and idioms; none stands for a typo of a program word


@lru_cache(maxsize=1)
def _words() -> frozenset[str]:
    words = set()
    with jieba.get_dict_file() as lines:
        for line in lines:
            word, count, *_ = line.decode("utf-8").split(" ")
            if 2 <= len(word) <= LONGEST and int(count) >= MIN_COUNT:
                words.add(word)
    return frozenset(words)


def is_word(text: str) -> bool:
    """Whether `text` (two to four Chinese characters) is a word of the language."""
    return text in _words()


def in_a_longer_word(run: str, start: int) -> bool:
    """Whether the two characters at `start` of `run` belong to a word of three or four
    characters there (迪士 of 迪士尼, 积金 of 公积金)."""
    for length in range(3, LONGEST + 1):
        for begin in range(max(0, start + 2 - length), min(start, len(run) - length) + 1):
            if run[begin : begin + length] in _words():
                return True
    return False
