"""Checks and small builders the method handlers share."""

from __future__ import annotations

import itertools
import json
from typing import Any

from botapi_emulator.protocol import (
    _BOT_COMMAND_NAME,
    _BUTTON_ACTIONS,
    MAX_CALLBACK_DATA_BYTES,
    JsonDict,
    _bad_request,
)
from botapi_emulator.telegram_html import parse_html

# --------------------------------------------------------------------------------------------
# Module helpers for the handlers
# --------------------------------------------------------------------------------------------


def _private_chat(user: JsonDict) -> JsonDict:
    chat: JsonDict = {"id": user["id"], "type": "private", "first_name": user["first_name"]}
    for name in ("last_name", "username"):
        if user.get(name):
            chat[name] = user[name]
    return chat


def _placeholder_chat(chat_id: int) -> JsonDict:
    if chat_id > 0:
        return {"id": chat_id, "type": "private", "first_name": f"User {chat_id}"}
    kind = "supergroup" if chat_id <= -1_000_000_000_000 else "group"
    return {"id": chat_id, "type": kind, "title": f"Chat {chat_id}"}


def _update_type(update: JsonDict) -> str:
    return next((key for key in update if key != "update_id"), "")


def _commands_key(scope: Any, language_code: str) -> tuple[str, str]:
    return json.dumps(scope or {"type": "default"}, sort_keys=True), language_code


def _validate_command(command: Any) -> None:
    if not isinstance(command, dict):
        raise _bad_request("can't parse BotCommand JSON object")
    if not _BOT_COMMAND_NAME.fullmatch(str(command.get("command", ""))):
        raise _bad_request("BOT_COMMAND_INVALID")
    if not 1 <= len(str(command.get("description", ""))) <= 256:
        raise _bad_request("BOT_COMMAND_DESCRIPTION_INVALID")


def _formatted_text(params: JsonDict, text_key: str, entities_key: str) -> tuple[str, list[Any]]:
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
    raise _bad_request(f"unsupported parse_mode: {parse_mode}")


def _location(params: JsonDict) -> JsonDict:
    try:
        latitude = float(params["latitude"])
        longitude = float(params["longitude"])
    except (KeyError, TypeError, ValueError):
        raise _bad_request("wrong latitude or longitude specified") from None
    if not (-90 <= latitude <= 90 and -180 <= longitude <= 180):
        raise _bad_request("wrong latitude or longitude specified")
    return {"latitude": latitude, "longitude": longitude}


def _validated_markup(markup: Any) -> JsonDict | None:
    """Rejects keyboards Telegram rejects; catches over-long callback_data in particular."""
    if markup is None or markup == "":
        return None
    if not isinstance(markup, dict):
        raise _bad_request("can't parse reply keyboard markup JSON object")
    rows = markup.get("inline_keyboard")
    if rows is None:
        return markup
    if not isinstance(rows, list) or not all(isinstance(row, list) for row in rows):
        raise _bad_request('field "inline_keyboard" of the InlineKeyboardMarkup must be an Array')
    for button in itertools.chain.from_iterable(rows):
        _validate_inline_button(button)
    return markup


def _validate_inline_button(button: Any) -> None:
    if not isinstance(button, dict) or not button.get("text"):
        raise _bad_request("can't parse inline keyboard button: Text must be non-empty")
    if not _BUTTON_ACTIONS.intersection(button):
        raise _bad_request(
            "can't parse inline keyboard button: Text buttons are unallowed in the inline keyboard"
        )
    data = button.get("callback_data")
    if data is not None and not 1 <= len(str(data).encode("utf-8")) <= MAX_CALLBACK_DATA_BYTES:
        raise _bad_request("BUTTON_DATA_INVALID")


def _require_button(message: JsonDict | None, data: str) -> None:
    if message is None or message.get("_deleted"):
        raise ValueError("cannot press a button on a message that does not exist (any more)")
    rows = (message.get("reply_markup") or {}).get("inline_keyboard", [])
    if not any(button.get("callback_data") == data for button in itertools.chain(*rows)):
        raise ValueError(f"the message has no button with callback_data {data!r}")


def _set_or_drop(message: JsonDict, key: str, value: Any) -> None:
    if value is None:
        message.pop(key, None)
    else:
        message[key] = value
