"""What the offline chat, the bench and the tests do to the emulator: play users, look."""

from __future__ import annotations

import asyncio
import itertools
from collections.abc import Callable
from typing import Any

from botapi_emulator.protocol import (
    BotCall,
    CallWaiter,
    ChatId,
    JsonDict,
    command_entity,
    public_copy,
)
from botapi_emulator.validation import commands_key


def _private_chat(user: JsonDict) -> JsonDict:
    """The private chat a user's own message arrives in, as Telegram describes it."""
    chat: JsonDict = {"id": user["id"], "type": "private", "first_name": user["first_name"]}
    for name in ("last_name", "username"):
        if user.get(name):
            chat[name] = user[name]
    return chat


def _require_button(message: JsonDict | None, data: str) -> None:
    """A real user can only press a button the message shows now."""
    if message is None or message.get("_deleted"):
        raise ValueError("cannot press a button on a message that does not exist (any more)")
    rows = (message.get("reply_markup") or {}).get("inline_keyboard", [])
    if not any(button.get("callback_data") == data for button in itertools.chain(*rows)):
        raise ValueError(f"the message has no button with callback_data {data!r}")


class PlayedUsers:
    """Users' side of BotApiEmulator (a mixin: the state lives there)."""

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
            "message": public_copy(current if current is not None else message),
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
        waiter = CallWaiter(predicate=predicate, after=after, future=future)
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

    def my_commands(self, scope: JsonDict | None = None, language_code: str = "") -> list[JsonDict]:
        return list(self.commands.get(commands_key(scope, language_code), []))

    def file_content(self, file_path: str) -> bytes | None:
        """Bytes behind a getFile path; the HTTP server serves downloads from here."""
        stored = self._files_by_path.get(file_path)
        return None if stored is None else stored.content
