"""Text normalisation shared by the index and the questions, so both sides agree."""

from __future__ import annotations

import re
import unicodedata

CJK = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
CJK_RUN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+")
LATIN_WORD = re.compile(r"[a-z0-9]+(?:[-'][a-z0-9]+)*")
# Control and format characters (including zero-width ones) carry no meaning in a question.
_INVISIBLE = {"Cc", "Cf", "Cs", "Co", "Cn"}

_SUFFIXES = ("ings", "ing", "ions", "ion", "ment", "ers", "er", "ies", "es", "s", "ed")


def normalize(text: str) -> str:
    """NFKC (full-width to ASCII), lower case, invisible characters dropped, spaces folded."""
    text = unicodedata.normalize("NFKC", text)
    text = "".join(" " if unicodedata.category(ch) in _INVISIBLE else ch for ch in text)
    text = text.replace("’", "'").replace("‘", "'").lower()
    return " ".join(text.split())


def is_number(text: str) -> bool:
    """ASCII digits only: str.isdigit() also accepts "²" and "①", which int() refuses."""
    return text.isascii() and text.isdigit()


def has_cjk(text: str) -> bool:
    return CJK.search(text) is not None


def stem(word: str) -> str:
    """A light English stemmer: enough that 'recruiting' finds 'recruitment'."""
    if word.endswith("'s"):
        word = word[:-2]
    for suffix in _SUFFIXES:
        if len(word) - len(suffix) >= 4 and word.endswith(suffix):
            return word[: -len(suffix)] + ("y" if suffix == "ies" else "")
    return word


def latin_words(text: str) -> list[str]:
    """Words of a normalised text; hyphenated words also yield their joined form."""
    words: list[str] = []
    for match in LATIN_WORD.finditer(text):
        token = match.group().replace("'", "")
        if "-" in token:
            parts = token.split("-")
            words.extend(parts)
            words.append("".join(parts))
        else:
            words.append(token)
    return words


def cjk_grams(text: str) -> list[str]:
    """Character bigrams of each run of Chinese characters; a lone character stays as is."""
    grams: list[str] = []
    for run in CJK_RUN.findall(text):
        if len(run) == 1:
            grams.append(run)
        else:
            grams.extend(run[i : i + 2] for i in range(len(run) - 1))
    return grams
