"""The Bot API as the emulator speaks it: limits, parameters, errors, records."""

from __future__ import annotations

import asyncio
import contextlib
import json
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

JsonDict = dict[str, Any]
Handler = Callable[[JsonDict], Any]
ChatId = int | str

MAX_MESSAGE_LENGTH = 4096
MAX_CAPTION_LENGTH = 1024
MAX_CALLBACK_DATA_BYTES = 64
MAX_UPDATES_LIMIT = 100

DEFAULT_BOT_USER: JsonDict = {
    "id": 123,
    "is_bot": True,
    "first_name": "Test Bot",
    "username": "test_bot",
    "can_join_groups": True,
    "can_read_all_group_messages": False,
    "supports_inline_queries": False,
}

# Parameters that python-telegram-bot JSON-encodes before form-encoding them. Free-text
# parameters (text, caption, callback_query_id, inline_message_id...) must never be listed:
# decoding "123" or "[x]" typed by a user would change their type.
JSON_FIELDS = frozenset(
    {
        "allow_sending_without_reply",
        "allowed_updates",
        "cache_time",
        "caption_entities",
        "chat_id",
        "commands",
        "disable_content_type_detection",
        "disable_notification",
        "disable_web_page_preview",
        "drop_pending_updates",
        "entities",
        "from_chat_id",
        "heading",
        "horizontal_accuracy",
        "is_personal",
        "latitude",
        "limit",
        "link_preview_options",
        "live_period",
        "longitude",
        "max_connections",
        "menu_button",
        "message_id",
        "message_ids",
        "message_thread_id",
        "offset",
        "protect_content",
        "proximity_alert_radius",
        "reply_markup",
        "reply_parameters",
        "reply_to_message_id",
        "scope",
        "show_alert",
        "timeout",
        "user_id",
    }
)

_COMMAND_TOKEN = re.compile(r"/[A-Za-z0-9_]{1,64}(?:@[A-Za-z0-9_]{3,32})?")


class BotApiError(Exception):
    """A Bot API failure, carrying what Telegram would put in the error envelope."""

    def __init__(self, error_code: int, description: str, retry_after: int | None = None) -> None:
        super().__init__(description)
        self.error_code = error_code
        self.description = description
        self.retry_after = retry_after

    def to_payload(self) -> JsonDict:
        """The JSON body Telegram sends, which PTB reads to pick the exception class."""
        payload: JsonDict = {
            "ok": False,
            "error_code": self.error_code,
            "description": self.description,
        }
        if self.retry_after is not None:
            payload["parameters"] = {"retry_after": self.retry_after}
        return payload


@dataclass(frozen=True, slots=True)
class UploadedFile:
    """A file part of a multipart request; transports hand uploads over in this shape."""

    content: bytes
    filename: str | None = None
    mime_type: str | None = None


@dataclass(slots=True)
class BotCall:
    """One request the bot made, kept so tests can assert on the conversation."""

    method: str
    params: JsonDict
    result: Any = None
    error: BotApiError | None = None

    @property
    def ok(self) -> bool:
        return self.error is None


@dataclass(slots=True)
class CallWaiter:
    """A wait_for_call in progress; each newly recorded call is offered to it, once."""

    predicate: Callable[[BotCall], bool]
    after: int
    future: asyncio.Future[BotCall]


# --------------------------------------------------------------------------------------------
# Parameter decoding and text helpers
# --------------------------------------------------------------------------------------------


def decode_params(raw: Mapping[str, Any], json_fields: frozenset[str] = JSON_FIELDS) -> JsonDict:
    """Undo PTB's JSON-in-form encoding, so handlers see the same types from every transport.

    Values that are not valid JSON (e.g. ``chat_id="@channel"``) are kept as strings.
    """
    decoded: JsonDict = {}
    for key, value in raw.items():
        if key in json_fields and isinstance(value, str):
            with contextlib.suppress(ValueError):
                value = json.loads(value)
        decoded[key] = value
    return decoded


def utf16_len(text: str) -> int:
    """Entity offsets and lengths are counted in UTF-16 code units, not code points."""
    return len(text.encode("utf-16-le")) // 2


def command_entity(text: str) -> JsonDict | None:
    """The bot_command entity Telegram attaches to "/cmd[@bot]" at the start of a message.

    PTB's CommandHandler looks for this entity, not for the slash.
    """
    match = _COMMAND_TOKEN.match(text)
    if match is None:
        return None
    return {"type": "bot_command", "offset": 0, "length": utf16_len(match.group())}


def bad_request(detail: str) -> BotApiError:
    """The 400 error most checks raise, with Telegram's "Bad Request: " prefix."""
    return BotApiError(400, f"Bad Request: {detail}")


def public_copy(message: JsonDict) -> JsonDict:
    """A copy without the emulator's private "_" keys, safe to hand to PTB or JSON."""
    return {key: value for key, value in message.items() if not key.startswith("_")}
