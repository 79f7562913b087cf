"""Checks and small builders the method handlers share."""

from __future__ import annotations

import itertools
import json
import re
from typing import Any

from botapi_emulator.protocol import MAX_CALLBACK_DATA_BYTES, JsonDict, bad_request
from botapi_emulator.telegram_html import parse_html

# An inline button must do one of these; a button with only a text is rejected.
_BUTTON_ACTIONS = frozenset(
    {
        "url",
        "callback_data",
        "web_app",
        "login_url",
        "switch_inline_query",
        "switch_inline_query_current_chat",
        "switch_inline_query_chosen_chat",
        "copy_text",
        "callback_game",
        "pay",
    }
)
_BOT_COMMAND_NAME = re.compile(r"[a-z0-9_]{1,32}")


# --------------------------------------------------------------------------------------------
# Module helpers for the handlers
# --------------------------------------------------------------------------------------------


def commands_key(scope: Any, language_code: str) -> tuple[str, str]:
    """Telegram keeps one command list per (scope, language); this is the dict key for it."""
    return json.dumps(scope or {"type": "default"}, sort_keys=True), language_code


def validate_command(command: Any) -> None:
    """Rejects a BotCommand Telegram rejects (setMyCommands fails as a whole on one)."""
    if not isinstance(command, dict):
        raise bad_request("can't parse BotCommand JSON object")
    if not _BOT_COMMAND_NAME.fullmatch(str(command.get("command", ""))):
        raise bad_request("BOT_COMMAND_INVALID")
    if not 1 <= len(str(command.get("description", ""))) <= 256:
        raise bad_request("BOT_COMMAND_DESCRIPTION_INVALID")


def formatted_text(params: JsonDict, text_key: str, entities_key: str) -> tuple[str, list[Any]]:
    """Text as Telegram stores it: HTML parsed into plain text plus entities."""
    text = params.get(text_key)
    if text is None:
        return "", []
    text = str(text)
    entities = params.get(entities_key)
    if isinstance(entities, list):
        return text, entities
    parse_mode = str(params.get("parse_mode") or "")
    if parse_mode.lower() == "html":
        return parse_html(text)
    if parse_mode.lower() in ("", "markdown", "markdownv2"):
        return text, []
    raise bad_request(f"unsupported parse_mode: {parse_mode}")


def validated_location(params: JsonDict) -> JsonDict:
    """The Location sendVenue and sendLocation share, with Telegram's range checks."""
    try:
        latitude = float(params["latitude"])
        longitude = float(params["longitude"])
    except (KeyError, TypeError, ValueError):
        raise bad_request("wrong latitude or longitude specified") from None
    if not (-90 <= latitude <= 90 and -180 <= longitude <= 180):
        raise bad_request("wrong latitude or longitude specified")
    return {"latitude": latitude, "longitude": longitude}


def validated_markup(markup: Any) -> JsonDict | None:
    """Rejects keyboards Telegram rejects; catches over-long callback_data in particular."""
    if markup is None or markup == "":
        return None
    if not isinstance(markup, dict):
        raise bad_request("can't parse reply keyboard markup JSON object")
    rows = markup.get("inline_keyboard")
    if rows is None:
        return markup
    if not isinstance(rows, list) or not all(isinstance(row, list) for row in rows):
        raise bad_request('field "inline_keyboard" of the InlineKeyboardMarkup must be an Array')
    for button in itertools.chain.from_iterable(rows):
        _validate_inline_button(button)
    return markup


def _validate_inline_button(button: Any) -> None:
    if not isinstance(button, dict) or not button.get("text"):
        raise bad_request("can't parse inline keyboard button: Text must be non-empty")
    if not _BUTTON_ACTIONS.intersection(button):
        raise bad_request(
            "can't parse inline keyboard button: Text buttons are unallowed in the inline keyboard"
        )
    data = button.get("callback_data")
    if data is not None and not 1 <= len(str(data).encode("utf-8")) <= MAX_CALLBACK_DATA_BYTES:
        raise bad_request("BUTTON_DATA_INVALID")
