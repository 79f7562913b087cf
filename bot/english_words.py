"""Whether a word is a word of English, from pyspellchecker's word list (about 160,000
words with their counts in a large corpus).

The typo reader (bot.typos) guesses that a word the program does not know is a misspelt
one it knows: "fiar" is "fair", "recuritment" "recruitment". A word of the language is no
such typo ("properly" is not "property", "horticulture" not "agriculture"), so it is never
read as one; a word seen too rarely to tell does not count as one. A word cut short
("recruit" for "recruitment") is still read as the longer word.
"""

from __future__ import annotations

import gzip
import json
from functools import lru_cache
from importlib import resources

from bot.textnorm import stem

# Seen at least this often in the list's corpus: below it, typos and rare forms
MIN_COUNT = 100


@lru_cache(maxsize=1)
def _stems() -> frozenset[str]:
    # the list ships inside the package as gzipped JSON (word -> count)
    data = resources.files("spellchecker").joinpath("resources", "en.json.gz").read_bytes()
    counts: dict[str, int] = json.loads(gzip.decompress(data))
    return frozenset(stem(word) for word, count in counts.items() if count >= MIN_COUNT)


def load() -> None:
    """Read the list now (at an index's build), so that no question waits for it."""
    _stems()


def is_english_word(token: str) -> bool:
    """Whether a stemmed token (bot.textnorm.stem) is the stem of an English word."""
    return token in _stems()
