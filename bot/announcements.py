"""An announcement in one or two languages: how an organizer writes both in one message,
and who among its recipients reads which.

In chat both versions come in one message, English and Chinese on either side of a line
of dashes ("---"); whichever side is written in Chinese is the Chinese version, so the
order is forgiving. The command line takes them as TEXT and --text-zh.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable

from bot.delegate import Delegate, Lang
from bot.storage import Announcement
from bot.textnorm import CJK

MAX_TEXT = 3500  # a version, leaving room for the header within Telegram's 4096 characters
# A line of three hyphens or more; phones' smart punctuation turns "---" into "—-" and a
# Chinese keyboard types "——", so a line of dashes of any kind counts too.
SEPARATOR = re.compile(r"^[ \t]*(?:-{3,}|[—–][-—–]*)[ \t]*$", re.MULTILINE)
_LATIN = re.compile(r"[A-Za-z]")


def written_in(text: str) -> Lang:
    """Chinese if Chinese characters are at least as many as Latin letters: an English
    text naming a venue in Chinese stays English, a Chinese one naming a hotel stays
    Chinese."""
    return "zh" if len(CJK.findall(text)) >= max(1, len(_LATIN.findall(text))) else "en"


def parse_announcement(text: str) -> Announcement:
    """What an organizer typed: one text for everyone, or English and Chinese separated
    by a line of dashes (only the first such line separates)."""
    first, _, second = (part.strip()[:MAX_TEXT] for part in _split(text))
    if not first or not second:
        return Announcement(first or second)
    if written_in(first) == "zh" and written_in(second) == "en":
        first, second = second, first
    return Announcement(first, second)


def _split(text: str) -> tuple[str, str, str]:
    found = SEPARATOR.search(text)
    if found is None:
        return text, "", ""
    return text[: found.start()], found.group(), text[found.end() :]


def languages_of(recipients: Iterable[Delegate]) -> Counter[Lang]:
    """How many recipients read each language (the one their replies are in)."""
    return Counter(recipient.lang for recipient in recipients)


def untranslated(announcement: Announcement, readers: Counter[Lang]) -> Lang | None:
    """The language some recipients read that the announcement has no version in."""
    if announcement.text_zh:
        return None
    other: Lang = "en" if written_in(announcement.text) == "zh" else "zh"
    return other if readers[other] else None
