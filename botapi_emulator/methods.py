"""The Bot API methods the bot uses, one handler each."""

from __future__ import annotations

import asyncio
from typing import Any

from botapi_emulator.protocol import (
    MAX_CAPTION_LENGTH,
    MAX_MESSAGE_LENGTH,
    MAX_UPDATES_LIMIT,
    BotApiError,
    JsonDict,
    bad_request,
    public_copy,
)
from botapi_emulator.validation import (
    commands_key,
    formatted_text,
    validate_command,
    validated_location,
    validated_markup,
)

# Telegram refuses an edit that changes nothing (a common bot bug: editing on every press).
_NOT_MODIFIED = (
    "message is not modified: specified new message content and reply markup "
    "are exactly the same as a current content and reply markup of the message"
)


def _set_or_drop(message: JsonDict, key: str, value: Any) -> None:
    """An edit sets a field, or removes it when the new message has none."""
    if value is None:
        message.pop(key, None)
    else:
        message[key] = value


class BotApiMethods:
    """Method handlers of BotApiEmulator (a mixin: the state lives there)."""

    # -------------------------------------------------------------------- method handlers

    def _always_true(self, params: JsonDict) -> bool:
        return True

    def _get_me(self, params: JsonDict) -> JsonDict:
        return dict(self.bot_user)

    async def _get_updates(self, params: JsonDict) -> list[JsonDict]:
        if self.webhook_url:
            raise BotApiError(
                409,
                "Conflict: can't use getUpdates method while webhook is active; "
                "use deleteWebhook to delete the webhook first",
            )
        offset = int(params.get("offset") or 0)
        limit = min(max(int(params.get("limit") or MAX_UPDATES_LIMIT), 1), MAX_UPDATES_LIMIT)
        timeout = max(float(params.get("timeout") or 0), 0.0)
        allowed = params.get("allowed_updates")
        if isinstance(allowed, list):
            self._allowed_updates = frozenset(allowed) or None
        # Like Telegram, a new poll terminates an older one, which also frees polls whose
        # HTTP client went away without the server noticing.
        self._wake_poller("superseded")
        updates = self._collect_updates(offset, limit)
        if updates or timeout <= 0:
            return updates
        waiter: asyncio.Future[str] = asyncio.get_running_loop().create_future()
        self._poll_waiter = waiter
        try:
            await asyncio.wait({waiter}, timeout=timeout)
        finally:
            if self._poll_waiter is waiter:
                self._poll_waiter = None
            waiter.cancel()
        if waiter.done() and not waiter.cancelled() and waiter.result() == "superseded":
            raise BotApiError(
                409,
                "Conflict: terminated by other getUpdates request; "
                "make sure that only one bot instance is running",
            )
        return self._collect_updates(offset, limit)

    def _set_webhook(self, params: JsonDict) -> bool:
        self.webhook_url = str(params.get("url") or "")
        return True

    def _delete_webhook(self, params: JsonDict) -> bool:
        self.webhook_url = ""
        if params.get("drop_pending_updates"):
            self._updates.clear()
        return True

    def _get_webhook_info(self, params: JsonDict) -> JsonDict:
        return {
            "url": self.webhook_url,
            "has_custom_certificate": False,
            "pending_update_count": len(self._updates),
        }

    def _set_my_commands(self, params: JsonDict) -> bool:
        commands = params.get("commands")
        if not isinstance(commands, list):
            raise bad_request("can't parse commands JSON object")
        for command in commands:
            validate_command(command)
        key = commands_key(params.get("scope"), params.get("language_code") or "")
        self.commands[key] = [dict(command) for command in commands]
        return True

    def _get_my_commands(self, params: JsonDict) -> list[JsonDict]:
        return self.my_commands(params.get("scope"), params.get("language_code") or "")

    def _delete_my_commands(self, params: JsonDict) -> bool:
        key = commands_key(params.get("scope"), params.get("language_code") or "")
        self.commands.pop(key, None)
        return True

    def _send_message(self, params: JsonDict) -> JsonDict:
        chat = self._resolve_chat(params)
        text, entities = formatted_text(params, "text", "entities")
        if not text.strip():
            raise bad_request("message text is empty")
        if len(text) > MAX_MESSAGE_LENGTH:
            raise bad_request("message is too long")
        message = self._new_message(chat, params)
        message["text"] = text
        if entities:
            message["entities"] = entities
        if params.get("parse_mode"):
            message["_source_text"] = params["text"]
        return self._store_sent(message)

    def _send_venue(self, params: JsonDict) -> JsonDict:
        chat = self._resolve_chat(params)
        location = validated_location(params)
        for name in ("title", "address"):
            if not params.get(name):
                raise bad_request(f"{name} is empty")
        venue: JsonDict = {
            "location": location,
            "title": params["title"],
            "address": params["address"],
        }
        for name in ("foursquare_id", "foursquare_type", "google_place_id", "google_place_type"):
            if params.get(name):
                venue[name] = params[name]
        message = self._new_message(chat, params)
        message["venue"] = venue
        message["location"] = location
        return self._store_sent(message)

    def _send_location(self, params: JsonDict) -> JsonDict:
        chat = self._resolve_chat(params)
        location = validated_location(params)
        for name in ("horizontal_accuracy", "live_period", "heading", "proximity_alert_radius"):
            if params.get(name) is not None:
                location[name] = params[name]
        message = self._new_message(chat, params)
        message["location"] = location
        return self._store_sent(message)

    def _send_document(self, params: JsonDict) -> JsonDict:
        chat = self._resolve_chat(params)
        stored = self._resolve_upload(params, "document")
        caption, entities = formatted_text(params, "caption", "caption_entities")
        if len(caption) > MAX_CAPTION_LENGTH:
            raise bad_request("message caption is too long")
        message = self._new_message(chat, params)
        message["document"] = dict(stored.meta)
        if caption:
            message["caption"] = caption
        if entities:
            message["caption_entities"] = entities
        message["_document_bytes"] = stored.content
        return self._store_sent(message)

    def _get_file(self, params: JsonDict) -> JsonDict:
        stored = self._files.get(str(params.get("file_id") or ""))
        if stored is None:
            raise bad_request("invalid file_id")
        return {
            "file_id": stored.meta["file_id"],
            "file_unique_id": stored.meta["file_unique_id"],
            "file_size": stored.meta["file_size"],
            "file_path": stored.file_path,
        }

    def _edit_message_text(self, params: JsonDict) -> JsonDict:
        message = self._editable_message(params)
        if "text" not in message:
            raise bad_request("there is no text in the message to edit")
        text, entities = formatted_text(params, "text", "entities")
        if not text.strip():
            raise bad_request("message text is empty")
        if len(text) > MAX_MESSAGE_LENGTH:
            raise bad_request("message is too long")
        markup = validated_markup(params.get("reply_markup"))
        unchanged = (
            text == message["text"]
            and entities == message.get("entities", [])
            and markup == message.get("reply_markup")
        )
        if unchanged:
            raise bad_request(_NOT_MODIFIED)
        message["text"] = text
        _set_or_drop(message, "entities", entities or None)
        _set_or_drop(message, "_source_text", params["text"] if params.get("parse_mode") else None)
        _set_or_drop(message, "reply_markup", markup)
        _set_or_drop(message, "_reply_markup", markup)
        message["edit_date"] = self._timestamp()
        return public_copy(message)

    def _edit_message_reply_markup(self, params: JsonDict) -> JsonDict:
        message = self._editable_message(params)
        markup = validated_markup(params.get("reply_markup"))
        if markup == message.get("reply_markup"):
            raise bad_request(_NOT_MODIFIED)
        _set_or_drop(message, "reply_markup", markup)
        _set_or_drop(message, "_reply_markup", markup)
        message["edit_date"] = self._timestamp()
        return public_copy(message)

    def _delete_message(self, params: JsonDict) -> bool:
        message = self._target_message(params, "message to delete not found")
        message["_deleted"] = True
        del self._messages[(message["chat"]["id"], message["message_id"])]
        return True

    def _answer_callback_query(self, params: JsonDict) -> bool:
        query_id = str(params.get("callback_query_id") or "")
        if query_id not in self._pending_callbacks:
            raise bad_request(
                "query is too old and response timeout expired or query ID is invalid"
            )
        self._pending_callbacks.discard(query_id)
        return True

    def _send_chat_action(self, params: JsonDict) -> bool:
        self._resolve_chat(params)
        if not params.get("action"):
            raise bad_request("action is empty")
        return True
