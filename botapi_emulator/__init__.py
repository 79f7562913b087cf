"""An in-process Telegram Bot API, so the real python-telegram-bot Application can run with
no network and no Telegram account.

Three users drive the bot through it: the offline terminal chat (handlers/console.py, in
process), the tests (tests/fake_bot_api.py serves it over HTTP on 127.0.0.1) and the
benchmarks (bench/). It plays Telegram's side, strict where Telegram is strict, and the
users' side (pushing messages and button presses). It is not Telegram's own "Local Bot API
server" (the telegram-bot-api binary that relays to Telegram): nothing here reaches Telegram.

The public API is what those users need: BotApiEmulator, the records and errors it hands
out, and the upload shape transports pass in. It imports the standard library only, so the
offline chat can ship it without test dependencies.
"""

from __future__ import annotations

from botapi_emulator.emulator import BotApiEmulator
from botapi_emulator.protocol import BotApiError, BotCall, JsonDict, UploadedFile

__all__ = ["BotApiEmulator", "BotApiError", "BotCall", "JsonDict", "UploadedFile"]
