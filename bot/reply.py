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
    # For a button press: replaces the message the button was on (a choice being toggled)
    # instead of adding a new one
    edits: bool = False

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


MAX_TEXT_LENGTH = 4096  # Telegram's limit for one message's text

# A tag, an entity or one character: a message is never cut inside the first two.
_ATOM = re.compile(r"<[^>]*>|&#?\w+;|.", re.DOTALL)
_TAG_NAME = re.compile(r"</?\s*([A-Za-z0-9-]+)")


def split_text(text: str, limit: int = MAX_TEXT_LENGTH) -> list[str]:
    """Telegram HTML in parts of at most `limit` characters, cut between lines; a single
    line longer than that is cut between words (or, with no space, anywhere outside a tag
    or entity). A tag open at a cut is closed there and opened again in the next part, so
    every part parses on its own. Lengths count the HTML in UTF-16 units, never less than
    what Telegram counts after parsing it."""
    if _length(text) <= limit:
        return [text]
    atoms: list[str] = _ATOM.findall(text)
    parts: list[str] = []
    start, opened = 0, ()
    while start < len(atoms):
        part, start, opened = _next_part(atoms, start, opened, limit)
        if html_to_plain(part).strip():
            parts.append(part)
    return parts or [text]


def _next_part(
    atoms: list[str], start: int, opened: tuple[str, ...], limit: int
) -> tuple[str, int, tuple[str, ...]]:
    """The part beginning at atoms[start] (after reopening `opened`), where the next one
    begins, and the tags open at the cut."""
    open_tags = opened
    size = _length("".join(opened))
    at_line: tuple[int, int, tuple[str, ...]] | None = None  # (end, resume, open tags)
    at_word: tuple[int, int, tuple[str, ...]] | None = None
    index = start
    while index < len(atoms):
        atom = atoms[index]
        after = _open_after(open_tags, atom)
        if index > start and size + _length(atom) + _length(_closing(after)) > limit:
            end, resume, open_tags = at_line or at_word or (index, index, open_tags)
            part = "".join(opened) + "".join(atoms[start:end]) + _closing(open_tags)
            return part, resume, open_tags
        if atom == "\n":
            at_line = (index, index + 1, open_tags)
        elif atom == " ":
            at_word = (index, index + 1, open_tags)
        open_tags = after
        size += _length(atom)
        index += 1
    return "".join(opened) + "".join(atoms[start:]), len(atoms), open_tags


def _open_after(open_tags: tuple[str, ...], atom: str) -> tuple[str, ...]:
    if not atom.startswith("<") or (name := _TAG_NAME.match(atom)) is None:
        return open_tags
    if not atom.startswith("</"):
        return (*open_tags, atom)
    for position in range(len(open_tags) - 1, -1, -1):
        if _name(open_tags[position]) == name.group(1).lower():
            return open_tags[:position] + open_tags[position + 1 :]
    return open_tags


def _name(tag: str) -> str:
    found = _TAG_NAME.match(tag)
    return found.group(1).lower() if found else ""


def _closing(open_tags: tuple[str, ...]) -> str:
    return "".join(f"</{_name(tag)}>" for tag in reversed(open_tags))


def _length(text: str) -> int:
    """Characters as Telegram counts them at most: UTF-16 code units."""
    return len(text.encode("utf-16-le")) // 2
