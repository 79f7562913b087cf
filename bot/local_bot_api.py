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
import contextlib
import hashlib
import inspect
import itertools
import json
import mimetypes
import re
import time
from collections import deque
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

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

# Telegram's default when a bot never set allowed_updates: everything but these.
_OPT_IN_UPDATE_TYPES = frozenset({"chat_member", "message_reaction", "message_reaction_count"})
_NOT_MODIFIED = (
    "Bad Request: message is not modified: specified new message content and reply markup "
    "are exactly the same as a current content and reply markup of the message"
)
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
_COMMAND_TOKEN = re.compile(r"/[A-Za-z0-9_]{1,64}(?:@[A-Za-z0-9_]{3,32})?")
_BOT_COMMAND_NAME = re.compile(r"[a-z0-9_]{1,32}")


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
class _Fault:
    error: BotApiError
    remaining: int
    chat_id: ChatId | None


@dataclass(slots=True)
class _CallWaiter:
    predicate: Callable[[BotCall], bool]
    after: int
    future: asyncio.Future[BotCall]


@dataclass(slots=True)
class _StoredFile:
    meta: JsonDict
    content: bytes
    file_path: str


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


def _bad_request(detail: str) -> BotApiError:
    return BotApiError(400, f"Bad Request: {detail}")


def _public(message: JsonDict) -> JsonDict:
    """A copy without the emulator's private "_" keys, safe to hand to PTB or JSON."""
    return {key: value for key, value in message.items() if not key.startswith("_")}


# --------------------------------------------------------------------------------------------
# Telegram HTML
# --------------------------------------------------------------------------------------------

_SPACES = frozenset(" \t\r\n\v\f")
_PLAIN_RUN = re.compile(r"[^<&]+")
_NAME_TOKEN = re.compile(r"[A-Za-z0-9.\-]*")
_HTML_ENTITY = re.compile(r"&(?:#([0-9]{1,7})|#[xX]([0-9a-fA-F]{1,6})|([A-Za-z]+));")
_NAMED_ENTITIES = {"lt": "<", "gt": ">", "amp": "&", "quot": '"'}
_TAG_ENTITY_TYPES = {
    "b": "bold",
    "strong": "bold",
    "i": "italic",
    "em": "italic",
    "u": "underline",
    "ins": "underline",
    "s": "strikethrough",
    "strike": "strikethrough",
    "del": "strikethrough",
    "tg-spoiler": "spoiler",
    "span": "spoiler",
    "code": "code",
    "pre": "pre",
    "blockquote": "blockquote",
    "a": "text_link",
    "tg-emoji": "custom_emoji",
}


@dataclass(slots=True)
class _OpenTag:
    name: str
    argument: str
    offset: int


def _decode_html_entity(source: str, pos: int) -> tuple[str, int] | None:
    """Telegram decodes only &lt; &gt; &amp; &quot; and numeric references; any other "&"
    stays literal text (it is not an error)."""
    match = _HTML_ENTITY.match(source, pos)
    if match is None:
        return None
    decimal, hexadecimal, name = match.groups()
    if name is not None:
        char = _NAMED_ENTITIES.get(name)
        return (char, match.end()) if char else None
    code = int(decimal) if decimal is not None else int(hexadecimal, 16)
    if not 0 < code <= 0x10FFFF or 0xD800 <= code <= 0xDFFF:
        return None
    return chr(code), match.end()


def _tag_argument(tag: str, attribute: str, value: str) -> str | None:
    """Which attribute values matter to Telegram (everything else is silently ignored)."""
    if tag == "a" and attribute == "href":
        return value
    if tag == "code" and attribute == "class" and value.startswith("language-"):
        return value.removeprefix("language-")
    if tag == "span" and attribute == "class" and value.startswith("tg-"):
        return value.removeprefix("tg-")
    if tag == "tg-emoji" and attribute == "emoji-id":
        return value
    if tag == "blockquote" and attribute == "expandable":
        return "expandable"
    return None


class _TelegramHtmlParser:
    """A port of tdlib's ``parse_html``, the parser behind ``parse_mode="HTML"``.

    ``html.parser`` is not used because it is lenient where Telegram is not: it reads
    "a < b" as text, whereas Telegram rejects any "<" that does not open a supported tag -
    exactly the unescaped-user-data bug the emulator exists to catch.
    """

    def __init__(self, source: str) -> None:
        self._src = source
        self._pos = 0
        self._chunks: list[str] = []
        self._offset = 0
        self._open: list[_OpenTag] = []
        self._entities: list[JsonDict] = []

    def parse(self) -> tuple[str, list[JsonDict]]:
        while self._pos < len(self._src):
            char = self._src[self._pos]
            if char == "<":
                self._parse_tag()
            elif char == "&":
                self._parse_ampersand()
            else:
                run = _PLAIN_RUN.match(self._src, self._pos)
                assert run is not None  # the current char is neither "<" nor "&"
                self._emit(run.group())
                self._pos = run.end()
        if self._open:
            raise self._error(
                f'Can\'t find end tag corresponding to start tag "{self._open[-1].name}"'
            )
        for entity in self._entities:
            if entity["type"] == "code":
                entity.pop("language", None)
        self._entities.sort(key=lambda entity: (entity["offset"], -entity["length"]))
        return "".join(self._chunks), self._entities

    def _emit(self, text: str) -> None:
        self._chunks.append(text)
        self._offset += utf16_len(text)

    def _error(self, detail: str) -> BotApiError:
        return _bad_request(f"can't parse entities: {detail}")

    def _error_at(self, detail: str, pos: int, suffix: str = "") -> BotApiError:
        byte_offset = len(self._src[:pos].encode("utf-8"))
        return self._error(f"{detail} at byte offset {byte_offset}{suffix}")

    def _skip_spaces(self, pos: int) -> int:
        while pos < len(self._src) and self._src[pos] in _SPACES:
            pos += 1
        return pos

    def _scan_name(self, pos: int, stop: str) -> int:
        while pos < len(self._src) and self._src[pos] not in _SPACES and self._src[pos] not in stop:
            pos += 1
        return pos

    def _parse_ampersand(self) -> None:
        decoded = _decode_html_entity(self._src, self._pos)
        if decoded is None:
            self._emit("&")
            self._pos += 1
        else:
            self._emit(decoded[0])
            self._pos = decoded[1]

    def _parse_tag(self) -> None:
        if self._src.startswith("</", self._pos):
            self._parse_end_tag(self._pos)
        else:
            self._parse_start_tag(self._pos)

    def _parse_start_tag(self, begin: int) -> None:
        end = self._scan_name(begin + 1, ">")
        if end >= len(self._src):
            raise self._error_at("Unclosed start tag", begin)
        name = self._src[begin + 1 : end].lower()
        if name not in _TAG_ENTITY_TYPES:
            raise self._error_at(f'Unsupported start tag "{name}"', begin)
        argument, close = self._parse_attributes(name, end, begin)
        if name == "span" and argument != "spoiler":
            raise self._error_at('Tag "span" must have class "tg-spoiler"', begin)
        self._open.append(_OpenTag(name, argument, self._offset))
        self._pos = close + 1

    def _parse_attributes(self, tag: str, pos: int, begin: int) -> tuple[str, int]:
        """Returns the tag's meaningful argument and the index of its closing ">"."""
        argument = ""
        while True:
            pos = self._skip_spaces(pos)
            if pos >= len(self._src):
                raise self._error_at("Unclosed start tag", begin)
            if self._src[pos] == ">":
                return argument, pos
            name_end = self._scan_name(pos, "=>")
            attribute = self._src[pos:name_end]
            if not attribute:
                raise self._error_at(f'Empty attribute name in the tag "{tag}"', begin)
            pos = self._skip_spaces(name_end)
            if pos < len(self._src) and self._src[pos] != "=":
                if tag == "blockquote" and attribute == "expandable":
                    argument = "expandable"
                    continue
                raise self._error_at(
                    f'Expected equal sign in declaration of an attribute of the tag "{tag}"',
                    begin,
                )
            pos = self._skip_spaces(pos + 1)
            if pos >= len(self._src):
                raise self._error_at(f'Unclosed start tag "{tag}"', begin)
            value, pos = self._parse_attribute_value(pos, begin)
            argument = _tag_argument(tag, attribute, value) or argument

    def _parse_attribute_value(self, pos: int, begin: int) -> tuple[str, int]:
        quote = self._src[pos]
        if quote not in "'\"":
            token = _NAME_TOKEN.match(self._src, pos)
            assert token is not None  # the pattern matches the empty string
            end = token.end()
            if end >= len(self._src):
                raise self._error_at("Unclosed start tag", begin)
            if self._src[end] not in _SPACES and self._src[end] != ">":
                raise self._error_at("Unexpected end of name token", pos)
            return token.group().lower(), end
        chars: list[str] = []
        pos += 1
        while pos < len(self._src) and self._src[pos] != quote:
            decoded = _decode_html_entity(self._src, pos) if self._src[pos] == "&" else None
            if decoded is None:
                chars.append(self._src[pos])
                pos += 1
            else:
                chars.append(decoded[0])
                pos = decoded[1]
        if pos >= len(self._src):
            raise self._error_at("Unclosed start tag", begin)
        return "".join(chars), pos + 1

    def _parse_end_tag(self, begin: int) -> None:
        if not self._open:
            raise self._error_at("Unexpected end tag", begin)
        name_end = self._scan_name(begin + 2, ">")
        name = self._src[begin + 2 : name_end].lower()
        close = self._skip_spaces(name_end)
        if close >= len(self._src) or self._src[close] != ">":
            raise self._error_at("Unclosed end tag", begin)
        tag = self._open.pop()
        if name and name != tag.name:
            found = f', expected "</{tag.name}>", found "</{name}>"'
            raise self._error_at("Unmatched end tag", begin, found)
        self._add_entity(tag)
        self._pos = close + 1

    def _add_entity(self, tag: _OpenTag) -> None:
        length = self._offset - tag.offset
        if length <= 0:
            return
        entity: JsonDict = {"type": _TAG_ENTITY_TYPES[tag.name], "offset": tag.offset}
        entity["length"] = length
        if tag.name == "a":
            if not tag.argument:
                return
            entity["url"] = tag.argument
        elif tag.name == "tg-emoji":
            if not tag.argument:
                return
            entity["custom_emoji_id"] = tag.argument
        elif tag.name == "blockquote" and tag.argument:
            entity["type"] = "expandable_blockquote"
        elif tag.name == "code" and tag.argument:
            entity["language"] = tag.argument  # only kept if a <pre> absorbs it
        elif tag.name == "pre":
            self._absorb_inner_code(entity)
        self._entities.append(entity)

    def _absorb_inner_code(self, pre: JsonDict) -> None:
        """<pre><code class="language-x"> is one "pre" entity with a language, as in tdlib."""
        if not self._entities:
            return
        inner = self._entities[-1]
        same_span = inner["offset"] == pre["offset"] and inner["length"] == pre["length"]
        if inner["type"] == "code" and same_span:
            self._entities.pop()
            if "language" in inner:
                pre["language"] = inner["language"]


def parse_html(text: str) -> tuple[str, list[JsonDict]]:
    """Telegram's view of an HTML message: the plain text and its entities.

    Raises BotApiError(400, "Bad Request: can't parse entities: ...") like Telegram does.
    """
    return _TelegramHtmlParser(text).parse()


# --------------------------------------------------------------------------------------------
# The emulator
# --------------------------------------------------------------------------------------------


class LocalBotApi:
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
        self.callback_answers: dict[str, JsonDict] = {}
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
        self._faults: dict[str, list[_Fault]] = {}
        self._chat_faults: dict[ChatId, BotApiError] = {}
        self._allowed_updates: frozenset[str] | None = None
        self._poll_waiter: asyncio.Future[str] | None = None
        self._call_waiters: list[_CallWaiter] = []
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
            self._raise_injected_fault(method.lower(), decoded)
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

    @property
    def long_poll_pending(self) -> bool:
        """Whether a getUpdates is parked waiting for updates (lets tests sequence on it)."""
        return self._poll_waiter is not None and not self._poll_waiter.done()

    def interrupt_long_polls(self) -> None:
        """Ends a pending long-polling getUpdates now (with whatever is queued).

        Servers call this on shutdown so an in-flight poll cannot hold the stop up.
        """
        self._wake_poller("interrupt")

    # ------------------------------------------------------------------ playing the users

    def make_user(
        self,
        user_id: int,
        first_name: str = "Delegate",
        language_code: str | None = "en",
        *,
        username: str | None = None,
    ) -> JsonDict:
        user: JsonDict = {"id": user_id, "is_bot": False, "first_name": first_name}
        if username is not None:
            user["username"] = username
        if language_code is not None:
            user["language_code"] = language_code
        return user

    def make_document(
        self, content: bytes, file_name: str, mime_type: str | None = None
    ) -> JsonDict:
        """Registers a file as if a user uploaded it; the dict goes into a pushed message.

        The bot can then getFile it and download it from the file URL.
        """
        return dict(self._store_file(content, file_name, mime_type).meta)

    def push_message(
        self,
        user: JsonDict,
        text: str | None,
        *,
        chat: JsonDict | None = None,
        **message_fields: Any,
    ) -> JsonDict:
        """Queues a message from ``user`` (private chat unless ``chat`` is given).

        ``text=None`` leaves the text out, e.g. for a document with only ``message_fields``.
        """
        message: JsonDict = {"from": user, "chat": chat or _private_chat(user)}
        if text is not None:
            message["text"] = text
            entity = command_entity(text)
            if entity is not None:
                message["entities"] = [entity]
        message.update(message_fields)
        kind = "channel_post" if message["chat"].get("type") == "channel" else "message"
        return self.push_update({kind: message})

    def push_callback(
        self, user: JsonDict, message: JsonDict, data: str, *, check_button: bool = True
    ) -> JsonDict:
        """Queues a button press on a message the bot sent.

        By default the button must exist in the message's *current* keyboard, because a real
        user cannot press a button the bot has since removed; pass ``check_button=False`` to
        simulate forged or stale data.
        """
        key = (message["chat"]["id"], message["message_id"])
        current = self._messages.get(key)
        if check_button:
            _require_button(current, data)
        query_id = str(next(self._callback_ids))
        self._pending_callbacks.add(query_id)
        query: JsonDict = {
            "id": query_id,
            "from": user,
            "message": _public(current if current is not None else message),
            "chat_instance": str(message["chat"]["id"]),
            "data": data,
        }
        return self.push_update({"callback_query": query})

    def push_update(self, update_fields: JsonDict) -> JsonDict:
        """Queues any update (edited messages, stickers, member changes...) and returns it.

        New messages (``message``/``channel_post``) get a message_id and date if they lack
        them, and are remembered so the bot can reply to, edit or delete them.
        """
        update: JsonDict = {"update_id": next(self._update_ids), **update_fields}
        for kind in ("message", "channel_post"):
            message = update.get(kind)
            if isinstance(message, dict):
                self._register_incoming(message)
        self._updates.append(update)
        self._wake_poller("update")
        return update

    # ------------------------------------------------------------------------ fault injection

    def fail_next(
        self,
        method: str,
        error_code: int,
        description: str,
        *,
        retry_after: int | None = None,
        times: int = 1,
        chat_id: ChatId | None = None,
    ) -> None:
        """Makes the next ``times`` calls of ``method`` (to ``chat_id``, if given) fail."""
        error = BotApiError(error_code, description, retry_after)
        fault = _Fault(error=error, remaining=times, chat_id=chat_id)
        self._faults.setdefault(method.lower(), []).append(fault)

    def block_chat(self, chat_id: ChatId) -> None:
        """Every request to this chat fails as if the user blocked the bot."""
        self._chat_faults[chat_id] = BotApiError(403, "Forbidden: bot was blocked by the user")

    def chat_not_found(self, chat_id: ChatId) -> None:
        """Every request to this chat fails as if it never existed."""
        self._chat_faults[chat_id] = _bad_request("chat not found")

    def unblock_chat(self, chat_id: ChatId) -> None:
        self._chat_faults.pop(chat_id, None)

    # ------------------------------------------------------------------------- inspection

    async def wait_for_call(
        self,
        predicate: Callable[[BotCall], bool],
        timeout: float = 5.0,  # noqa: ASYNC109 - a deadline per wait reads best in tests
        after: int = 0,
    ) -> BotCall:
        """The first call at index >= ``after`` matching ``predicate``, waiting if needed.

        Take ``after = len(api.calls)`` before acting so earlier calls cannot match. Waiters
        are checked against each new call only, so waiting never rescans the history.
        """
        for call in itertools.islice(self.calls, after, None):
            if predicate(call):
                return call
        future: asyncio.Future[BotCall] = asyncio.get_running_loop().create_future()
        waiter = _CallWaiter(predicate=predicate, after=after, future=future)
        self._call_waiters.append(waiter)
        try:
            return await asyncio.wait_for(future, timeout)
        except TimeoutError:
            raise TimeoutError(self._describe_missed_wait(timeout, after)) from None
        finally:
            self._call_waiters.remove(waiter)

    async def wait_for_sent(
        self,
        chat_id: ChatId | None = None,
        *,
        after: int = 0,
        timeout: float = 5.0,  # noqa: ASYNC109 - same convention as wait_for_call
    ) -> JsonDict:
        """The next message the bot successfully sent (to ``chat_id``), as returned to it."""

        def is_sent_message(call: BotCall) -> bool:
            if not call.ok or not isinstance(call.result, dict) or "message_id" not in call.result:
                return False
            return chat_id is None or call.result["chat"]["id"] == chat_id

        call = await self.wait_for_call(is_sent_message, timeout, after)
        result: JsonDict = call.result
        return result

    def messages_to(self, chat_id: ChatId, *, include_deleted: bool = False) -> list[JsonDict]:
        """The bot's messages in a chat, oldest first, reflecting later edits."""
        messages = self._sent_by_chat.get(chat_id, [])
        if include_deleted:
            return list(messages)
        return [message for message in messages if not message.get("_deleted")]

    def pending_updates(self) -> list[JsonDict]:
        """Updates not yet acknowledged by a getUpdates offset."""
        return list(self._updates)

    def my_commands(self, scope: JsonDict | None = None, language_code: str = "") -> list[JsonDict]:
        return list(self.commands.get(_commands_key(scope, language_code), []))

    def file_content(self, file_path: str) -> bytes | None:
        """Bytes behind a getFile path; the HTTP server serves downloads from here."""
        stored = self._files_by_path.get(file_path)
        return None if stored is None else stored.content

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

    def _raise_injected_fault(self, method_key: str, params: JsonDict) -> None:
        chat_id = params.get("chat_id")
        faults = self._faults.get(method_key)
        if faults:
            for fault in faults:
                if fault.chat_id is None or fault.chat_id == chat_id:
                    fault.remaining -= 1
                    if fault.remaining <= 0:
                        faults.remove(fault)
                    raise fault.error
        if chat_id is not None and chat_id in self._chat_faults:
            raise self._chat_faults[chat_id]

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
            raise _bad_request("chat_id is empty")
        if isinstance(chat_id, str) and chat_id.startswith("@"):
            chat = self._chats_by_username.get(chat_id[1:].lower())
            if chat is None:
                raise _bad_request("chat not found")
            return chat
        if isinstance(chat_id, bool) or not isinstance(chat_id, int):
            raise _bad_request("chat not found")
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
        return _public(message)

    def _new_message(self, chat: JsonDict, params: JsonDict) -> JsonDict:
        """A bot message skeleton with the options every send method shares.

        Everything is validated before the message_id is taken, so rejected sends leave no
        gaps in a chat's ids (tests may assert on them).
        """
        reply_to = self._replied_message(chat, params)
        markup = _validated_markup(params.get("reply_markup"))
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
            raise _bad_request("can't parse reply parameters JSON object")
        message_id = reply.get("message_id", params.get("reply_to_message_id"))
        if message_id is None:
            return None
        target = self._messages.get((reply.get("chat_id", chat["id"]), message_id))
        if target is not None and not target.get("_deleted"):
            replied = _public(target)
            replied.pop("reply_to_message", None)  # Telegram nests one level only
            return replied
        lenient = reply.get(
            "allow_sending_without_reply", params.get("allow_sending_without_reply")
        )
        if lenient:
            return None
        raise _bad_request("message to be replied not found")

    def _target_message(self, params: JsonDict, missing: str) -> JsonDict:
        if params.get("inline_message_id"):
            raise _bad_request("inline messages are not supported by the emulator")
        chat = self._resolve_chat(params)
        message_id = params.get("message_id")
        if message_id is None:
            raise _bad_request("message identifier is not specified")
        message = self._messages.get((chat["id"], message_id))
        if message is None or message.get("_deleted"):
            raise _bad_request(missing)
        return message

    def _editable_message(self, params: JsonDict) -> JsonDict:
        message = self._target_message(params, "message to edit not found")
        if message.get("from", {}).get("id") != self.bot_user["id"]:
            raise _bad_request("message can't be edited")
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
            raise _bad_request(f"there is no {name} in the request")
        raise _bad_request("wrong file identifier/HTTP URL specified")

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
            raise _bad_request("can't parse commands JSON object")
        for command in commands:
            _validate_command(command)
        key = _commands_key(params.get("scope"), params.get("language_code") or "")
        self.commands[key] = [dict(command) for command in commands]
        return True

    def _get_my_commands(self, params: JsonDict) -> list[JsonDict]:
        return self.my_commands(params.get("scope"), params.get("language_code") or "")

    def _delete_my_commands(self, params: JsonDict) -> bool:
        key = _commands_key(params.get("scope"), params.get("language_code") or "")
        self.commands.pop(key, None)
        return True

    def _send_message(self, params: JsonDict) -> JsonDict:
        chat = self._resolve_chat(params)
        text, entities = _formatted_text(params, "text", "entities")
        if not text.strip():
            raise _bad_request("message text is empty")
        if len(text) > MAX_MESSAGE_LENGTH:
            raise _bad_request("message is too long")
        message = self._new_message(chat, params)
        message["text"] = text
        if entities:
            message["entities"] = entities
        if params.get("parse_mode"):
            message["_source_text"] = params["text"]
        return self._store_sent(message)

    def _send_venue(self, params: JsonDict) -> JsonDict:
        chat = self._resolve_chat(params)
        location = _location(params)
        for name in ("title", "address"):
            if not params.get(name):
                raise _bad_request(f"{name} is empty")
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
        location = _location(params)
        for name in ("horizontal_accuracy", "live_period", "heading", "proximity_alert_radius"):
            if params.get(name) is not None:
                location[name] = params[name]
        message = self._new_message(chat, params)
        message["location"] = location
        return self._store_sent(message)

    def _send_document(self, params: JsonDict) -> JsonDict:
        chat = self._resolve_chat(params)
        stored = self._resolve_upload(params, "document")
        caption, entities = _formatted_text(params, "caption", "caption_entities")
        if len(caption) > MAX_CAPTION_LENGTH:
            raise _bad_request("message caption is too long")
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
            raise _bad_request("invalid file_id")
        return {
            "file_id": stored.meta["file_id"],
            "file_unique_id": stored.meta["file_unique_id"],
            "file_size": stored.meta["file_size"],
            "file_path": stored.file_path,
        }

    def _edit_message_text(self, params: JsonDict) -> JsonDict:
        message = self._editable_message(params)
        if "text" not in message:
            raise _bad_request("there is no text in the message to edit")
        text, entities = _formatted_text(params, "text", "entities")
        if not text.strip():
            raise _bad_request("message text is empty")
        if len(text) > MAX_MESSAGE_LENGTH:
            raise _bad_request("message is too long")
        markup = _validated_markup(params.get("reply_markup"))
        unchanged = (
            text == message["text"]
            and entities == message.get("entities", [])
            and markup == message.get("reply_markup")
        )
        if unchanged:
            raise _bad_request(_NOT_MODIFIED.removeprefix("Bad Request: "))
        message["text"] = text
        _set_or_drop(message, "entities", entities or None)
        _set_or_drop(message, "_source_text", params["text"] if params.get("parse_mode") else None)
        _set_or_drop(message, "reply_markup", markup)
        _set_or_drop(message, "_reply_markup", markup)
        message["edit_date"] = self._timestamp()
        return _public(message)

    def _edit_message_reply_markup(self, params: JsonDict) -> JsonDict:
        message = self._editable_message(params)
        markup = _validated_markup(params.get("reply_markup"))
        if markup == message.get("reply_markup"):
            raise _bad_request(_NOT_MODIFIED.removeprefix("Bad Request: "))
        _set_or_drop(message, "reply_markup", markup)
        _set_or_drop(message, "_reply_markup", markup)
        message["edit_date"] = self._timestamp()
        return _public(message)

    def _delete_message(self, params: JsonDict) -> bool:
        message = self._target_message(params, "message to delete not found")
        message["_deleted"] = True
        del self._messages[(message["chat"]["id"], message["message_id"])]
        return True

    def _answer_callback_query(self, params: JsonDict) -> bool:
        query_id = str(params.get("callback_query_id") or "")
        if query_id not in self._pending_callbacks:
            raise _bad_request(
                "query is too old and response timeout expired or query ID is invalid"
            )
        self._pending_callbacks.discard(query_id)
        self.callback_answers[query_id] = dict(params)
        return True

    def _send_chat_action(self, params: JsonDict) -> bool:
        self._resolve_chat(params)
        if not params.get("action"):
            raise _bad_request("action is empty")
        return True


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
