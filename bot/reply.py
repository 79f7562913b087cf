"""What the bot says, independent of Telegram: HTML text, buttons, an optional map pin."""

from __future__ import annotations

import html
import re
from collections.abc import Iterable
from dataclasses import dataclass, replace


@dataclass(frozen=True)
class Button:
    label: str
    data: str  # callback data, at most 64 bytes (see bot.buttons)


@dataclass(frozen=True)
class VenuePin:
    latitude: float
    longitude: float
    title: str
    address: str


@dataclass(frozen=True)
class Attachment:
    filename: str
    content: bytes
    mime_type: str


@dataclass(frozen=True)
class Reply:
    text: str  # Telegram HTML
    buttons: tuple[tuple[Button, ...], ...] = ()
    venue: VenuePin | None = None
    alert: bool = False  # for a button press: show `text` as a pop-up instead of a message
    document: Attachment | None = None  # sent after the text, e.g. the .ics agenda
    follow_up: Reply | None = None  # a second message, sent after this one
    asks_announcement: bool = False  # an organizer is asked for an announcement's text

    @property
    def plain(self) -> str:
        """The text as a person reads it: tags dropped, entities decoded."""
        return html_to_plain(self.text)


def with_follow_up(reply: Reply, then: Reply) -> Reply:
    """The reply, and `then` as a message after it (after any follow-up it has)."""
    if reply.follow_up is not None:
        then = with_follow_up(reply.follow_up, then)
    return replace(reply, follow_up=then)


_TAG = re.compile(r"<[^>]+>")


def html_to_plain(text: str) -> str:
    return html.unescape(_TAG.sub("", text))


def numbered_buttons(rows: Iterable[Iterable[str]]) -> list[str]:
    """Button labels as text, a line a row, numbered across rows ("[1] ✍️ Sign up   [2] 📍
    Map"): how the offline chat (type the number to press) and `ask` show them."""
    lines: list[str] = []
    count = 0
    for row in rows:
        labels = []
        for label in row:
            count += 1
            labels.append(f"[{count}] {label}")
        lines.append("   ".join(labels))
    return lines
