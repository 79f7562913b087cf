"""The one normalisation pipeline: the index and every question go through `normalize`.

In this order, each step relying on the ones before it:

1. Unicode NFKC: full-width letters, digits and punctuation become ASCII ("ＷｉＦｉ" -> "WiFi").
2. Control and format characters (zero-width spaces and the like) become spaces; curly
   apostrophes become straight ones; everything is lower-cased.
3. Traditional -> simplified Chinese with OpenCC's `tw2sp` (characters, and Taiwan usage
   such as 計程車 -> 出租车), so a Hong Kong or Taiwan delegate's question meets the same
   index as a mainland one. Only text with a traditional character goes through it: its
   Taiwan phrases would rewrite words typed in simplified (文件 -> 文档, 么 -> 幺).
4. Chinese dialect and chat words (chinese_forms.CHINESE_VARIANTS): Cantonese (喺 -> 在,
   边度 -> 哪里, 听日 -> 明天, 有冇好嘅…推介 -> 推荐) and colloquial forms (咋 -> 怎么,
   哪儿 -> 哪里) become standard Mandarin; sentence particles (嘛, 哦, 啦, 呀…) are
   dropped. Cantonese comes after step 3 because OpenCC turns 係/邊 into 系/边 first.
5. English chat shorthand (chat_forms.SHORTHAND): u -> you, 2moro -> tomorrow, nxt -> next;
   "park" as a verb ("where do I park?", "can we park") is parking, never the parks; a
   compound in which a program word means something else is one word (chat_forms.
   OTHER_SENSES: "theme park" -> "themepark", "time zone" -> "timezone"); a fair that is
   no job fair ("the Frankfurt book fair") reads as an expo, another event.
6. Floors and halls: "7th floor", "floor 7", "7/F", 七楼 and 7层 all become "7f"; "Hall 5A"
   and 5A厅 become "hall5a", "Meeting Room 3" and 第三会议室 "room3", as the halls are written.
7. White space folded.

Homophone typos (南经 for 南京) are not rewritten here: they are a weaker signal that the
index applies only where no exact word matched (see bot.search).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Collection
from functools import lru_cache

import opencc

from bot.chat_forms import OTHER_SENSES, SHORTHAND
from bot.chinese_forms import CHINESE_VARIANTS

CJK = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
CJK_RUN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+")
_LATIN_OR_DIGIT = re.compile(r"[a-z0-9]")
LATIN_WORD = re.compile(r"[a-z0-9]+(?:[-'][a-z0-9]+)*")
# Control and format characters (including zero-width ones) carry no meaning in a question.
_INVISIBLE = {"Cc", "Cf", "Cs", "Co", "Cn"}

_SUFFIXES = ("ings", "ing", "ions", "ion", "ment", "ers", "er", "ies", "es", "s", "ed")
# Words whose stem would make them another word: "parking" is not "parks", "networking"
# is not the Wi-Fi "network", a "building" is not "build"; and the compounds of another
# sense ("themepark"), never split into the program's words nor taken for a typo of one.
KEEP_WHOLE = frozenset(
    [
        "parking",
        "parked",
        "networking",
        "building",
        "buildings",
        "housing",
        "booking",
        "bookings",
        "clothing",
        "catering",
        "securities",  # the finance session's; "information security" is no such thing
        "security",
        "foreigner",  # a person, the visa entry's; "foreign" trade or buyers are a session's
        "foreigners",
    ]
) | frozenset(word for word in OTHER_SENSES.values() if " " not in word)

_TO_SIMPLIFIED = opencc.OpenCC("tw2sp")
_CHARACTERS_ONLY = opencc.OpenCC("t2s")
_VARIANTS = re.compile(
    "|".join(re.escape(k) for k in sorted(CHINESE_VARIANTS, key=len, reverse=True))
)
# Cantonese 推介 is "recommend" where a good thing is asked for (有冇好嘅點心舖推介):
# a shop to recommend, not a promotion conference.
_RECOMMEND_YUE = re.compile(
    r"(有冇(?:好|靓|平)[^，。？！?!,.]{0,12}?)推介(?!会)|推介(?=(?:一?[间个家]|几[间个家]|啲)[^会]{0,8}$)"
)
# A fair that is not a job fair ("the Frankfurt book fair", "the Canton Fair"): another
# event, named as the expos are (bot.event_words.EVENT_KINDS), never the job fair.
_OTHER_FAIR = re.compile(
    r"\b(?!(?:job|jobs|career|careers|talent|talents|recruitment|recruiting|employment|hiring"
    r"|graduate|grad|grads|campus|hr|staffing|labou?r|internship|the|a|an|this|that|these|those"
    r"|any|some|which|what|main|same"
    r"|other|next|first|trade|big|huge|large|ur|your|our|my)\b)([a-z][a-z-]+) fair(s?)\b"
)
_PARK_VERB = re.compile(r"\b(i|we|you|to|can|could|should|i'll|we'll)\s+park\b")
# Quotes around a phrase ('free trade zone') end it; an apostrophe inside a word ("u'd",
# "o'clock") does not.
_SHORTHAND = re.compile(
    r"(?<!\w)(?<!\w')("
    + "|".join(map(re.escape, sorted(SHORTHAND, key=len, reverse=True)))
    + r")(?!\w|'\w|-\w)"
)

ZH_DIGITS = {
    "零": 0,
    "一": 1,
    "二": 2,
    "两": 2,
    "三": 3,
    "四": 4,
    "五": 5,
    "六": 6,
    "七": 7,
    "八": 8,
    "九": 9,
    "十": 10,
}
_EN_ORDINALS = {
    "first": 1,
    "second": 2,
    "third": 3,
    "fourth": 4,
    "fifth": 5,
    "sixth": 6,
    "seventh": 7,
    "eighth": 8,
    "ninth": 9,
    "tenth": 10,
    "ground": 1,
}
_FLOOR_EN = re.compile(
    r"\b(?:(\d{1,2})(?:st|nd|rd|th)?|(" + "|".join(_EN_ORDINALS) + r"))[ -]?(?:floor|fl|/f)\b"
    r"|\bfloor (\d{1,2})\b|\b(\d{1,2})f\b"
)
# Halls and rooms become one word each, as the program writes them: "Hall 5A", "5A厅" and
# "hall 5a" are all "hall5a"; 第三会议室 and "Meeting Room 3" are both "room3".
HALL_TOKEN = re.compile(r"(?:hall|room)(?:\d{1,2}[a-z]?|[a-z])")  # what a hall becomes
_HALL_EN = re.compile(r"\b(hall|room)\s+(\d{1,2}[a-z]?|[a-z])\b")
_HALL_ZH = re.compile(r"(?<![a-z0-9])(\d{1,2}[a-z]?|[a-z])\s*(?:厅|馆)")
_ROOM_ZH = re.compile(r"第([一二三四五六七八九十])会议(室|厅)")
_DIGIT_F = re.compile(r"\df\b")
_FLOOR_ZH = re.compile(r"(?<![第\d])([一二两三四五六七八九十]|\d{1,2})(?:楼|层)")


def normalize(text: str) -> str:
    """The pipeline above; the same for the index and for questions."""
    text = unicodedata.normalize("NFKC", text)
    if not text.isprintable():  # the common case skips this per-character pass
        text = "".join(" " if unicodedata.category(ch) in _INVISIBLE else ch for ch in text)
    text = text.replace("’", "'").replace("‘", "'").lower()
    if has_cjk(text):
        if _CHARACTERS_ONLY.convert(text) != text:
            # only traditional text: Taiwan phrases would also rewrite mainland words
            # typed in simplified (文件 -> 文档, 行程 -> 进程, 么 -> 幺)
            text = _TO_SIMPLIFIED.convert(text)
        if "推介" in text:
            text = _RECOMMEND_YUE.sub(lambda match: (match.group(1) or "") + "推荐", text)
        text = _VARIANTS.sub(lambda match: CHINESE_VARIANTS[match.group()], text)
        # each pattern only where its anchor character is: most text has none
        if "楼" in text or "层" in text:
            text = _FLOOR_ZH.sub(_zh_floor, text)
        if "会议" in text:
            text = _ROOM_ZH.sub(_zh_room, text)
        if "厅" in text or "馆" in text:
            text = _HALL_ZH.sub(lambda match: f" hall{match.group(1)} ", text)
    if _LATIN_OR_DIGIT.search(text):
        text = _SHORTHAND.sub(lambda match: SHORTHAND[match.group()], text)
        if "fair" in text:
            text = _OTHER_FAIR.sub(r"\1 expo\2", text)
        if "park" in text:
            text = _PARK_VERB.sub(r"\1 parking", text)
        if "floor" in text or "/f" in text or " fl" in text or _DIGIT_F.search(text):
            text = _FLOOR_EN.sub(_en_floor, text)
        if "hall" in text or "room" in text:
            text = _HALL_EN.sub(lambda match: match.group(1) + match.group(2), text)
    return " ".join(text.split())


def _zh_floor(match: re.Match[str]) -> str:
    return f" {zh_number(match.group(1))}f "


def _zh_room(match: re.Match[str]) -> str:
    kind = "room" if match.group(2) == "室" else "hall"
    return f" {kind}{ZH_DIGITS[match.group(1)]} "


def _en_floor(match: re.Match[str]) -> str:
    digits, ordinal, after, bare = match.groups()
    return f"{digits or after or bare or _EN_ORDINALS[ordinal]}f"


def zh_number(text: str) -> int:
    """ "二十五" -> 25, "十" -> 10, "7" -> 7: the day and floor numbers people write."""
    if text.isdigit():
        return int(text)
    if text.startswith("十"):
        return 10 + (ZH_DIGITS[text[1]] if len(text) > 1 else 0)
    if "十" in text:
        tens, _, ones = text.partition("十")
        return ZH_DIGITS[tens] * 10 + (ZH_DIGITS[ones] if ones else 0)
    return ZH_DIGITS[text]


def is_number(text: str) -> bool:
    """ASCII digits only: str.isdigit() also accepts "²" and "①", which int() refuses."""
    return text.isascii() and text.isdigit()


def has_cjk(text: str) -> bool:
    return CJK.search(text) is not None


@lru_cache(maxsize=8192)
def stem(word: str) -> str:
    """A light English stemmer: enough that 'recruiting' finds 'recruitment'."""
    if word.endswith("'s"):
        word = word[:-2]
    if word in KEEP_WHOLE:
        return word
    for suffix in _SUFFIXES:
        if len(word) - len(suffix) >= 4 and word.endswith(suffix):
            return word[: -len(suffix)] + ("y" if suffix == "ies" else "")
    return word


# What a suffix the stemmer cut makes of a word: inflections keep it the same word
# ("meals", "opened"); the others make another one ("speakers", "opening", "signing").
_DERIVATIONS = {"ings": "ing", "ing": "ing", "ions": "ion", "ion": "ion", "ment": "ment"}
_DERIVATIONS |= {"ers": "er", "er": "er"}


def word_kind(word: str, token: str) -> str:
    """The derivation the stemmer cut from `word` to get `token`: "er" for "speakers",
    "ing" for "opening", "" for an inflection or none ("speak", "meals")."""
    return _DERIVATIONS.get(word.removesuffix("'s")[len(token) :], "")


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


def hyphen_joined(text: str, parts_in: Collection[str] | None = None) -> frozenset[str]:
    """The joined forms latin_words adds for a normalised text's hyphenated words; with
    `parts_in`, only those whose every part is in it ("hunanyangtze" of "Hunan-Yangtze")."""
    tokens = (match.group().replace("'", "") for match in LATIN_WORD.finditer(text))
    return frozenset(
        token.replace("-", "")
        for token in tokens
        if "-" in token and (parts_in is None or all(p in parts_in for p in token.split("-")))
    )


def cjk_grams(text: str) -> list[str]:
    """Character bigrams of each run of Chinese characters; a lone character stays as is."""
    grams: list[str] = []
    for run in CJK_RUN.findall(text):
        if len(run) == 1:
            grams.append(run)
        else:
            grams.extend(run[i : i + 2] for i in range(len(run) - 1))
    return grams
