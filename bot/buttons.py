"""Button (callback) data: short, typed and checked, because any client can forge it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Literal

from bot.textnorm import is_number

MAX_BYTES = 64  # Telegram's limit for callback_data

ActionName = Literal[
    "session",
    "where",
    "day",
    "city",
    "browse",
    "take_seat",
    "take_seat_anyway",
    "give_up_seat",
    "give_up_seat_sure",
    "show_agenda",
    "calendar",
    "erase_data",
    "keep",
    "set_reminders",
    "organizer",
    "venue",
    "edit_profile",
    "profile_questions",
    "network",
    "meet",
    "answer_request",
    "faq",
]
_CODES: dict[str, ActionName] = {
    "s": "session",
    "w": "where",
    "d": "day",
    "c": "city",
    "h": "browse",
    "u": "take_seat",
    "U": "take_seat_anyway",
    "x": "give_up_seat",  # asks first when a confirmed seat would go
    "X": "give_up_seat_sure",
    "m": "show_agenda",
    "i": "calendar",
    "f": "erase_data",
    "k": "keep",
    "r": "set_reminders",
    "o": "organizer",  # checked against ORGANIZER_IDS on every press
    "v": "venue",
    "p": "edit_profile",  # change the name or the organization
    "q": "profile_questions",  # go on with them, or stop
    "n": "network",  # a step of the networking profile, or showing/hiding it
    "e": "meet",  # ask a delegate (named by their random handle) for a meeting
    "a": "answer_request",  # accept, decline, block or report a meeting request
    "Q": "faq",  # an FAQ entry offered when the question was not clearly about it
}
# Buttons that act on one delegate's data carry that delegate's id, checked on press.
OWNED: frozenset[ActionName] = frozenset(
    {"give_up_seat", "give_up_seat_sure", "erase_data", "answer_request"}
)
_NAMES = {name: code for code, name in _CODES.items()}


@dataclass(frozen=True)
class Action:
    name: ActionName
    arg: str = ""
    owner: int | None = None  # for OWNED actions: the only delegate who may press it


def encode(name: ActionName, arg: str = "", owner: int | None = None) -> str:
    if (owner is None) != (name not in OWNED):
        raise ValueError(f"{name} buttons {'need' if name in OWNED else 'take no'} owner")
    if owner is not None:
        arg = f"{arg}:{owner}"
    data = f"{_NAMES[name]}:{arg}" if arg else _NAMES[name]
    if len(data.encode()) > MAX_BYTES:
        raise ValueError(f"button data over {MAX_BYTES} bytes: {data!r}")
    return data


def decode(data: str | None) -> Action | None:
    """The action a button stands for, or None for anything malformed."""
    if not data or len(data.encode("utf-8", "replace")) > MAX_BYTES:
        return None
    code, _, arg = data.partition(":")
    name = _CODES.get(code)
    if name is None or not arg.isprintable():
        return None
    if name == "day" and not _is_day(arg):
        return None
    if name in OWNED:
        target, _, owner = arg.rpartition(":")
        if not is_number(owner):
            return None
        return Action(name, target, int(owner))
    return Action(name, arg)


def _is_day(text: str) -> bool:
    try:
        date.fromisoformat(text)
    except ValueError:
        return False
    return True
