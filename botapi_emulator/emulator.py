"""An in-process emulation of the Telegram Bot API server.

Why it exists: end-to-end tests (through a fake HTTP server) and the offline terminal chat
mode (through an in-process ``telegram.request.BaseRequest``) must both drive the *real*
``telegram.ext.Application``. Both need the same behaviour from "Telegram", so the behaviour
lives here, as a pure asyncio object with no transport. It imports the standard library only,
so production code (the offline mode) can use it without test dependencies.

The emulation is deliberately strict where real Telegram is strict and bots commonly break:
HTML parse errors (unescaped user data), message and callback-data length limits, editing a
message without changing it, answering an unknown callback query. Those failures surface as
``BotApiError`` here and as the matching ``telegram.error`` exceptions in python-telegram-bot.

Not thread-safe: call everything from the event loop that runs the bot (use
``loop.call_soon_threadsafe`` to push updates from another thread).
"""

from __future__ import annotations

import asyncio
import hashlib
import inspect
import itertools
import mimetypes
import time
from collections import deque
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

from botapi_emulator.methods import BotApiMethods
from botapi_emulator.protocol import (
    DEFAULT_BOT_USER,
    BotApiError,
    BotCall,
    CallWaiter,
    ChatId,
    Handler,
    JsonDict,
    UploadedFile,
    bad_request,
    decode_params,
    public_copy,
)
from botapi_emulator.users import PlayedUsers
from botapi_emulator.validation import validated_markup

# Telegram's default when a bot never set allowed_updates: everything but these.
_OPT_IN_UPDATE_TYPES = frozenset({"chat_member", "message_reaction", "message_reaction_count"})


@dataclass(slots=True)
class _StoredFile:
    """A file the emulator holds: what getFile tells about it, its bytes, its download path."""

    meta: JsonDict
    content: bytes
    file_path: str


def _placeholder_chat(chat_id: int) -> JsonDict:
    """A chat the bot names by id before anyone wrote from it (Telegram knows every chat)."""
    if chat_id > 0:
        return {"id": chat_id, "type": "private", "first_name": f"User {chat_id}"}
    kind = "supergroup" if chat_id <= -1_000_000_000_000 else "group"
    return {"id": chat_id, "type": kind, "title": f"Chat {chat_id}"}


def _update_type(update: JsonDict) -> str:
    """An update's one payload field ("message", "callback_query"...): its type."""
    return next((key for key in update if key != "update_id"), "")


# --------------------------------------------------------------------------------------------
# The emulator
# --------------------------------------------------------------------------------------------


class BotApiEmulator(PlayedUsers, BotApiMethods):
    """Emulates one bot's view of the Telegram Bot API, in memory.

    Transports call :meth:`call` (or :meth:`respond` for a ready HTTP envelope); tests play
    the users with ``push_*`` and assert on :attr:`calls`, :attr:`sent` and
    :meth:`messages_to`.
    """

    def __init__(
        self, bot_user: JsonDict | None = None, now: Callable[[], float] = time.time
    ) -> None:
        self.bot_user: JsonDict = dict(bot_user or DEFAULT_BOT_USER)
        self.calls: list[BotCall] = []
        self.sent: list[JsonDict] = []
        self.commands: dict[tuple[str, str], list[JsonDict]] = {}
        self.webhook_url = ""
        self._now = now
        self._updates: deque[JsonDict] = deque()
        self._update_ids = itertools.count(1)
        self._callback_ids = itertools.count(1)
        self._file_ids = itertools.count(1)
        self._message_ids: dict[ChatId, Iterator[int]] = {}
        self._messages: dict[tuple[ChatId, int], JsonDict] = {}
        self._sent_by_chat: dict[ChatId, list[JsonDict]] = {}
        self._chats: dict[ChatId, JsonDict] = {}
        self._chats_by_username: dict[str, JsonDict] = {}
        self._pending_callbacks: set[str] = set()
        self._files: dict[str, _StoredFile] = {}
        self._files_by_path: dict[str, _StoredFile] = {}
        self._allowed_updates: frozenset[str] | None = None
        self._poll_waiter: asyncio.Future[str] | None = None
        self._call_waiters: list[CallWaiter] = []
        self._handlers = self._build_handlers()

    def _build_handlers(self) -> dict[str, tuple[str, Handler]]:
        """Maps lower-cased method names (Telegram ignores case) to (canonical name, handler)."""
        handlers: dict[str, Handler] = {
            "getMe": self._get_me,
            "getUpdates": self._get_updates,
            "setWebhook": self._set_webhook,
            "deleteWebhook": self._delete_webhook,
            "getWebhookInfo": self._get_webhook_info,
            "setMyCommands": self._set_my_commands,
            "getMyCommands": self._get_my_commands,
            "deleteMyCommands": self._delete_my_commands,
            "sendMessage": self._send_message,
            "sendVenue": self._send_venue,
            "sendLocation": self._send_location,
            "sendDocument": self._send_document,
            "getFile": self._get_file,
            "editMessageText": self._edit_message_text,
            "editMessageReplyMarkup": self._edit_message_reply_markup,
            "deleteMessage": self._delete_message,
            "answerCallbackQuery": self._answer_callback_query,
            "sendChatAction": self._send_chat_action,
            "close": self._always_true,
            "logOut": self._always_true,
        }
        return {name.lower(): (name, handler) for name, handler in handlers.items()}

    # ---------------------------------------------------------------- transport entry points

    async def call(self, method: str, params: Mapping[str, Any]) -> Any:
        """Runs one Bot API method and returns its "result"; failures raise BotApiError.

        ``params`` may be raw (PTB's form encoding) or already decoded.
        """
        decoded = decode_params(params)
        canonical, handler = self._handlers.get(method.lower(), (method, None))
        try:
            if handler is None:
                raise BotApiError(404, "Not Found: method not found")
            self._before_handler(method.lower(), decoded)
            result = handler(decoded)
            if inspect.isawaitable(result):
                result = await result
        except BotApiError as error:
            self._record(BotCall(canonical, decoded, error=error))
            raise
        except Exception as exc:
            # An emulator bug or unforeseen input: keep it visible in ``calls`` (the bot
            # would only see a 500) and let the original traceback propagate.
            crash = BotApiError(500, f"Internal Server Error: emulator failed: {exc!r}")
            self._record(BotCall(canonical, decoded, error=crash))
            raise
        self._record(BotCall(canonical, decoded, result=result))
        return result

    async def respond(self, method: str, params: Mapping[str, Any]) -> tuple[int, JsonDict]:
        """The HTTP status and JSON envelope Telegram would answer with.

        Both transports need exactly this, so it lives here rather than in each of them.
        """
        try:
            result = await self.call(method, params)
        except BotApiError as error:
            return error.error_code, error.to_payload()
        return 200, {"ok": True, "result": result}

    def interrupt_long_polls(self) -> None:
        """Ends a pending long-polling getUpdates now (with whatever is queued).

        Servers call this on shutdown so an in-flight poll cannot hold the stop up.
        """
        self._wake_poller("interrupt")

    # ---------------------------------------------------------------- bookkeeping internals

    def _record(self, call: BotCall) -> None:
        index = len(self.calls)
        self.calls.append(call)
        for waiter in self._call_waiters:
            if waiter.future.done() or index < waiter.after:
                continue
            try:
                matched = waiter.predicate(call)
            except Exception as error:  # a broken predicate must fail its test, not the bot
                waiter.future.set_exception(error)
                continue
            if matched:
                waiter.future.set_result(call)

    def _describe_missed_wait(self, timeout: float, after: int) -> str:
        recent = [
            f"{call.method}({'ok' if call.ok else call.error})"
            for call in self.calls[max(after, len(self.calls) - 10) :]
        ]
        return f"no matching Bot API call within {timeout}s; calls since #{after}: {recent}"

    def _before_handler(self, method_key: str, params: JsonDict) -> None:
        """Runs before every known method's handler; a BotApiError raised here fails the call
        as Telegram would, and is recorded. Nothing here: the tests override it to inject
        faults (tests/support.py), so the package carries no test-only machinery."""

    def _wake_poller(self, reason: str) -> None:
        if self._poll_waiter is not None and not self._poll_waiter.done():
            self._poll_waiter.set_result(reason)

    def _timestamp(self) -> int:
        return int(self._now())

    def _next_message_id(self, chat_id: ChatId) -> int:
        counter = self._message_ids.setdefault(chat_id, itertools.count(1))
        return next(counter)

    def _remember_chat(self, chat: JsonDict) -> None:
        self._chats[chat["id"]] = chat
        username = chat.get("username")
        if username:
            self._chats_by_username[username.lower()] = chat

    def _register_incoming(self, message: JsonDict) -> None:
        chat = message["chat"]
        self._remember_chat(chat)
        if "message_id" not in message:
            message["message_id"] = self._next_message_id(chat["id"])
        message.setdefault("date", self._timestamp())
        self._messages[(chat["id"], message["message_id"])] = message

    def _resolve_chat(self, params: JsonDict) -> JsonDict:
        """The chat a request targets; unknown numeric ids are accepted, like chats the bot
        has simply not heard from yet in this emulation."""
        chat_id = params.get("chat_id")
        if chat_id is None or chat_id == "":
            raise bad_request("chat_id is empty")
        if isinstance(chat_id, str) and chat_id.startswith("@"):
            chat = self._chats_by_username.get(chat_id[1:].lower())
            if chat is None:
                raise bad_request("chat not found")
            return chat
        if isinstance(chat_id, bool) or not isinstance(chat_id, int):
            raise bad_request("chat not found")
        chat = self._chats.get(chat_id)
        if chat is None:
            chat = _placeholder_chat(chat_id)
            self._remember_chat(chat)
        return chat

    def _store_sent(self, message: JsonDict) -> JsonDict:
        chat_id = message["chat"]["id"]
        self._messages[(chat_id, message["message_id"])] = message
        self.sent.append(message)
        self._sent_by_chat.setdefault(chat_id, []).append(message)
        return public_copy(message)

    def _new_message(self, chat: JsonDict, params: JsonDict) -> JsonDict:
        """A bot message skeleton with the options every send method shares.

        Everything is validated before the message_id is taken, so rejected sends leave no
        gaps in a chat's ids (tests may assert on them).
        """
        reply_to = self._replied_message(chat, params)
        markup = validated_markup(params.get("reply_markup"))
        message: JsonDict = {
            "message_id": self._next_message_id(chat["id"]),
            "from": self.bot_user,
            "chat": chat,
            "date": self._timestamp(),
        }
        if params.get("message_thread_id") is not None:
            message["message_thread_id"] = params["message_thread_id"]
        if reply_to is not None:
            message["reply_to_message"] = reply_to
        if markup is not None:
            message["_reply_markup"] = markup  # any keyboard, for tests to inspect
            if "inline_keyboard" in markup:
                message["reply_markup"] = markup  # Telegram echoes inline keyboards only
        return message

    def _replied_message(self, chat: JsonDict, params: JsonDict) -> JsonDict | None:
        reply = params.get("reply_parameters") or {}
        if not isinstance(reply, dict):
            raise bad_request("can't parse reply parameters JSON object")
        message_id = reply.get("message_id", params.get("reply_to_message_id"))
        if message_id is None:
            return None
        target = self._messages.get((reply.get("chat_id", chat["id"]), message_id))
        if target is not None and not target.get("_deleted"):
            replied = public_copy(target)
            replied.pop("reply_to_message", None)  # Telegram nests one level only
            return replied
        lenient = reply.get(
            "allow_sending_without_reply", params.get("allow_sending_without_reply")
        )
        if lenient:
            return None
        raise bad_request("message to be replied not found")

    def _target_message(self, params: JsonDict, missing: str) -> JsonDict:
        if params.get("inline_message_id"):
            raise bad_request("inline messages are not supported by the emulator")
        chat = self._resolve_chat(params)
        message_id = params.get("message_id")
        if message_id is None:
            raise bad_request("message identifier is not specified")
        message = self._messages.get((chat["id"], message_id))
        if message is None or message.get("_deleted"):
            raise bad_request(missing)
        return message

    def _editable_message(self, params: JsonDict) -> JsonDict:
        message = self._target_message(params, "message to edit not found")
        if message.get("from", {}).get("id") != self.bot_user["id"]:
            raise bad_request("message can't be edited")
        return message

    def _store_file(self, content: bytes, file_name: str, mime_type: str | None) -> _StoredFile:
        number = next(self._file_ids)
        digest = hashlib.sha1(content, usedforsecurity=False).hexdigest()
        guessed = mimetypes.guess_type(file_name)[0]
        meta: JsonDict = {
            "file_id": f"DOC{number}-{digest[:12]}",
            "file_unique_id": digest[:16],
            "file_name": file_name,
            "mime_type": guessed or mime_type or "application/octet-stream",
            "file_size": len(content),
        }
        suffix = file_name.rsplit(".", 1)[-1] if "." in file_name else "bin"
        stored = _StoredFile(
            meta=meta, content=content, file_path=f"documents/file_{number}.{suffix}"
        )
        self._files[meta["file_id"]] = stored
        self._files_by_path[stored.file_path] = stored
        return stored

    def _resolve_upload(self, params: JsonDict, name: str) -> _StoredFile:
        """Accepts every shape a transport may hand over: UploadedFile, raw bytes, PTB's
        (filename, content, mime) field tuple, an attach:// reference, a file_id or a URL."""
        value = params.get(name)
        if isinstance(value, str) and value.startswith("attach://"):
            value = params.get(value.removeprefix("attach://"))
        if isinstance(value, UploadedFile):
            return self._store_file(value.content, value.filename or name, value.mime_type)
        if isinstance(value, bytes | bytearray):
            return self._store_file(bytes(value), params.get("filename") or name, None)
        if isinstance(value, tuple) and len(value) >= 2:
            mime = value[2] if len(value) > 2 else None
            return self._store_file(bytes(value[1]), value[0] or name, mime)
        if isinstance(value, str) and value in self._files:
            return self._files[value]
        if isinstance(value, str) and value.startswith(("http://", "https://")):
            file_name = urlsplit(value).path.rsplit("/", 1)[-1] or name
            return self._store_file(b"", file_name, None)
        if value is None or value == "":
            raise bad_request(f"there is no {name} in the request")
        raise bad_request("wrong file identifier/HTTP URL specified")

    def _collect_updates(self, offset: int, limit: int) -> list[JsonDict]:
        """Acknowledges everything below ``offset`` (forgetting it) and returns the rest."""
        if offset < 0:
            while len(self._updates) > -offset:
                self._updates.popleft()
        else:
            while self._updates and self._updates[0]["update_id"] < offset:
                self._updates.popleft()
        result: list[JsonDict] = []
        for update in self._updates:
            if self._is_wanted(update):
                result.append(update)
                if len(result) >= limit:
                    break
        return result

    def _is_wanted(self, update: JsonDict) -> bool:
        """Telegram withholds update types the bot did not ask for via allowed_updates."""
        kind = _update_type(update)
        if self._allowed_updates is None:
            return kind not in _OPT_IN_UPDATE_TYPES
        return kind in self._allowed_updates
