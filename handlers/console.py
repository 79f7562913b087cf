"""The offline chat: the real Application and handlers, with Telegram replaced in-process.

Bot API calls go through `LocalRequest` to a BotApiEmulator, the same emulator the
end-to-end tests serve over HTTP; the delegate's lines become real `Update`s that the
Application processes one at a time, so what is printed is what Telegram would show.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import sys
from collections.abc import AsyncIterator, Callable
from typing import Any, TextIO

from telegram import Update
from telegram.request import BaseRequest, RequestData

from bot.delegate import Delegate
from bot.reply import numbered_buttons
from bot.textnorm import is_number
from botapi_emulator import BotApiEmulator
from handlers.application import running
from handlers.common import BotApplication

OFFLINE_TOKEN = "1:offline-console"


class LocalRequest(BaseRequest):
    """A BaseRequest answering from an in-process BotApiEmulator instead of the network."""

    def __init__(self, api: BotApiEmulator) -> None:
        self.api = api

    async def initialize(self) -> None:
        return None

    async def shutdown(self) -> None:
        return None

    @property
    def read_timeout(self) -> float | None:
        return None

    async def do_request(
        self,
        url: str,
        method: str,
        request_data: RequestData | None = None,
        read_timeout: Any = BaseRequest.DEFAULT_NONE,
        write_timeout: Any = BaseRequest.DEFAULT_NONE,
        connect_timeout: Any = BaseRequest.DEFAULT_NONE,
        pool_timeout: Any = BaseRequest.DEFAULT_NONE,
    ) -> tuple[int, bytes]:
        params: dict[str, Any] = {}
        if request_data is not None:
            params.update(request_data.json_parameters)
            if request_data.contains_files:
                params.update(request_data.multipart_data)
        status, payload = await self.api.respond(url.rsplit("/", 1)[-1], params)
        return status, json.dumps(payload).encode()


def render_message(message: dict[str, Any]) -> tuple[str, list[str]]:
    """A sent message as terminal text, and the callback data of its buttons in order."""
    lines: list[str] = []
    if "venue" in message:
        venue = message["venue"]
        location = venue.get("location", {})
        lines.append(
            f"📍 {venue.get('title')}, {venue.get('address')} "
            f"({location.get('latitude')}, {location.get('longitude')})"
        )
    elif "document" in message:
        lines.append(f"📎 {message['document'].get('file_name')}")
    if message.get("text"):
        lines.append(message["text"])  # Telegram (and the emulator) return text without tags
    rows = (message.get("reply_markup") or {}).get("inline_keyboard", [])
    lines += numbered_buttons([str(button.get("text")) for button in row] for row in rows)
    return "\n".join(lines), [button.get("callback_data", "") for row in rows for button in row]


async def _lines(stream: TextIO, prompt: Callable[[], None]) -> AsyncIterator[str]:
    while True:
        prompt()
        line = await asyncio.to_thread(stream.readline)
        if not line:
            return
        yield line.rstrip("\n")


class _Transcript:
    """Prints what the bot sent, once each: replies after each line, and messages the bot
    sends by itself (reminders, promotions, announcements) as they happen. `shown` counts
    the Bot API calls already looked at."""

    def __init__(self, api: BotApiEmulator, stdout: TextIO) -> None:
        self.api = api
        self.stdout = stdout
        self.shown = 0
        self.buttons: list[str] = []
        self.last_with_buttons: dict[str, Any] | None = None

    def flush(self) -> None:
        """Every message sent, and every message a button press redrew (a ticked choice),
        in the order the bot sent them."""
        calls = self.api.calls
        for call in calls[self.shown :]:
            message = call.result
            if not (call.ok and isinstance(message, dict) and "message_id" in message):
                continue
            body, message_buttons = render_message(message)
            self.stdout.write(f"{body}\n\n")
            if message_buttons:
                self.buttons, self.last_with_buttons = message_buttons, message
        self.shown = len(calls)
        self.stdout.flush()

    def button(self, text: str) -> str | None:
        """The callback data of button number `text` on the last message that had buttons."""
        if is_number(text) and self.last_with_buttons and 1 <= int(text) <= len(self.buttons):
            return self.buttons[int(text) - 1]
        return None

    async def follow(self) -> None:
        while True:
            with contextlib.suppress(TimeoutError):
                await self.api.wait_for_sent(after=len(self.api.calls), timeout=3600)
            self.flush()


async def chat(
    application: BotApplication,
    api: BotApiEmulator,
    delegate: Delegate,
    *,
    stdin: TextIO = sys.stdin,
    stdout: TextIO = sys.stdout,
) -> None:
    """One delegate chatting in the terminal; a number presses that button. Ends at EOF."""
    interactive = stdin.isatty()
    user = api.make_user(delegate.id, "Delegate", delegate.language)
    transcript = _Transcript(api, stdout)

    def prompt() -> None:
        if interactive:
            stdout.write("> ")
            stdout.flush()

    async with running(application, poll=False):
        if interactive:
            stdout.write(
                "Offline chat with the delegates' assistant. Type a question, a "
                "command such as /help, or a button's number. Ctrl-D quits.\n"
            )
        follower = asyncio.create_task(transcript.follow())
        try:
            async for line in _lines(stdin, prompt):
                text = line.strip()
                if not text:
                    continue
                data = transcript.button(text)
                if data is not None and transcript.last_with_buttons is not None:
                    raw = api.push_callback(user, transcript.last_with_buttons, data)
                else:
                    raw = api.push_message(user, line)
                await application.process_update(Update.de_json(raw, application.bot))
                transcript.flush()
        finally:
            follower.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await follower
