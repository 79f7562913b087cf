"""What an offer or a request names: the program's sectors, and its other plain words.

A text goes through the question answering's pipeline (bot.textnorm: NFKC, traditional
to simplified Chinese, lower case, English stems, Chinese character bigrams), so
"融資", "融资" and "financing" all reach the sector whose aliases hold them, and
"investors" meets "investor". A sector is named when every token of one of its names or
aliases is in the text, in any order. The plain words are the text's tokens that neither
name a sector it names nor are stop words; they let two texts meet on words no sector
lists ("bamboo", "竹制品"), within one language.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from bot.program import Sector
from bot.textnorm import CJK_RUN, cjk_grams, latin_words, normalize, stem
from bot.vocabulary import GENERIC_EN, NOISE_CHARS, STOP_EN, STOP_ZH

# Words every offer and request uses: they say "I offer" or "we are a company", not what.
_COMMON_EN = """seek seeking sought looking offer offers offering provide provides providing
    provider providers supply supplies supplier suppliers partner partners partnership
    cooperate cooperation collaborate collaboration project projects opportunity
    opportunities china chinese local new good high quality best large small big enterprise
    enterprises product products service services customer customers client clients market
    markets help support work working meet meeting connect contact development develop
    solution solutions resource resources experience years province city"""
_COMMON_ZH = """寻找 寻求 提供 希望 合作 合作伙伴 伙伴 项目 企业 产品 服务 客户 市场 对接 我司 本公司
    有限 欢迎 洽谈 资源 优质 专业 领域 行业 上海 中国 以及"""
_STOP_EN = frozenset(stem(word) for word in _COMMON_EN.split()) | STOP_EN | GENERIC_EN
_STOP_ZH = (*STOP_ZH, *_COMMON_ZH.split())
# Stop phrases are cut before bigrams are taken, so they do not leave halves behind; a
# single character is not cut (能 is half of 能源), the bigram filter drops its pairs.
_STOP_ZH_PATTERN = re.compile(
    "|".join(sorted((re.escape(p) for p in _STOP_ZH if len(p) > 1), key=len, reverse=True))
)
_CUT = " ¦ "  # ends every English word and every run of Chinese

CACHED_TEXTS = 1 << 15  # offers and requests read once each (two per profile)


@dataclass(frozen=True)
class TextTerms:
    """One offer or request, read."""

    sectors: frozenset[str]  # ids of the sectors it names
    sector_bits: int  # the same as a mask of SectorLexicon.bits
    words: frozenset[str]  # its plain words: English stems and Chinese bigrams
    # how to show a plain word: an English stem as written ("investors"), and the text
    # with its stop phrases cut, where shared Chinese bigrams are joined back into words
    spelled: Mapping[str, str] = field(default_factory=dict, compare=False)
    cut_text: str = field(default="", compare=False)

    def shown(self, words: Iterable[str]) -> tuple[str, ...]:
        """The given plain words as this text writes them: English words as typed,
        Chinese bigrams joined into the longest runs of this text they cover."""
        wanted = frozenset(words)
        shown = [self.spelled[w] for w in sorted(wanted) if w in self.spelled]
        grams = wanted - self.spelled.keys()
        for run in CJK_RUN.findall(self.cut_text) if grams else ():
            start = 0
            for end in range(1, len(run) + 1):
                # a span ends where the next bigram is not shared (or the run ends)
                if end == len(run) or run[end - 1 : end + 1] not in grams:
                    if end - start >= 2:
                        shown.append(run[start:end])
                    start = end
        return tuple(dict.fromkeys(shown))


def latin_tokens(normalized: str) -> list[tuple[str, str]]:
    """(stem, word) for each English word of a normalised text that is not a stop word."""
    pairs = []
    for word in latin_words(normalized):
        token = stem(word)
        if len(token) >= 2 and token not in STOP_EN:
            pairs.append((token, word))
    return pairs


def all_tokens(normalized: str) -> set[str]:
    """Every token of a normalised text a sector's alias could be made of."""
    return {token for token, _ in latin_tokens(normalized)} | set(cjk_grams(normalized))


class SectorLexicon:
    """The program's sectors as token sets; reads offers and requests (cached by text)."""

    def __init__(self, sectors: Sequence[Sector]) -> None:
        # one bit per sector, in the file's order: sets of sectors as ints, for speed
        self.bits = {sector.id: 1 << index for index, sector in enumerate(sectors)}
        # each alias's tokens, filed under one of them so a text looks up only its own
        self._aliases: dict[str, list[tuple[frozenset[str], str]]] = defaultdict(list)
        for sector in sectors:
            for name in (sector.name, sector.name_zh, *sector.aliases, *sector.aliases_zh):
                tokens = frozenset(all_tokens(normalize(name)))
                if tokens:  # an alias of stop words only would name every text
                    self._aliases[min(tokens)].append((tokens, sector.id))
        self.read = lru_cache(maxsize=CACHED_TEXTS)(self._read)

    def _read(self, text: str) -> TextTerms:
        normalized = normalize(text)
        tokens = all_tokens(normalized)
        sectors: set[str] = set()
        naming: set[str] = set()  # the tokens that name those sectors
        for token in tokens:
            for alias, sector_id in self._aliases.get(token, ()):
                if alias <= tokens:
                    sectors.add(sector_id)
                    naming |= alias
        cut_text = _STOP_ZH_PATTERN.sub(_CUT, normalized) if CJK_RUN.search(normalized) else ""
        spelled: dict[str, str] = {}
        for token, word in latin_tokens(normalized):
            if token not in _STOP_EN and token not in naming and len(token) >= 3:
                spelled.setdefault(token, word)
        grams = {
            gram
            for gram in cjk_grams(cut_text)
            if len(gram) == 2 and gram not in naming and not NOISE_CHARS.intersection(gram)
        }
        return TextTerms(
            sectors=frozenset(sectors),
            sector_bits=sum(self.bits[sector_id] for sector_id in sectors),
            words=frozenset(spelled.keys() | grams),
            spelled=spelled,
            cut_text=cut_text,
        )
