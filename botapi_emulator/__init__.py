"""An in-process emulation of the Telegram Bot API server (see emulator.py), for the offline
chat, the end-to-end tests and the benchmarks. It imports the standard library only."""

from botapi_emulator.emulator import BotApiEmulator
from botapi_emulator.protocol import BotApiError, BotCall, JsonDict, UploadedFile

__all__ = ["BotApiEmulator", "BotApiError", "BotCall", "JsonDict", "UploadedFile"]
