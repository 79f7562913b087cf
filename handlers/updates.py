"""Updates from different delegates run concurrently; one delegate's stay in order.

PTB's default handles every update one after another, so one delegate flooding the bot
would make everyone else wait; its concurrent mode would let two messages of the same
delegate overtake each other (and race on their conversation). A lock per sender gives
both: fairness between delegates, order within one.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable
from typing import Any

from telegram import Update
from telegram.ext import BaseUpdateProcessor

WORKING_SLOTS = 4  # updates handled at once (the measurement is in the class docstring)


class PerSenderUpdateProcessor(BaseUpdateProcessor):
    """`working` updates are handled at once, at most one per sender.

    PTB's own limit (`waiting`) counts updates that merely wait for their sender's turn,
    so it is set high; the real limit is taken only once a sender's turn has come, so a
    flood from one delegate holds one working slot, never all of them. A few slots are
    best: more concurrent requests make the HTTP client's connection pool slower per
    request than the parallelism gains (measured in bench/throughput.py).
    """

    def __init__(self, working: int = WORKING_SLOTS, waiting: int = 4096) -> None:
        super().__init__(waiting)
        self._working = asyncio.Semaphore(working)
        self._locks: dict[int, asyncio.Lock] = {}
        self._waiting: dict[int, int] = {}  # how many updates hold or wait for each lock

    async def do_process_update(self, update: object, coroutine: Awaitable[Any]) -> None:
        sender = _sender(update)
        lock = self._locks.setdefault(sender, asyncio.Lock())
        self._waiting[sender] = self._waiting.get(sender, 0) + 1
        try:
            async with lock, self._working:
                await coroutine
        finally:
            self._waiting[sender] -= 1
            if not self._waiting[sender]:  # forget idle senders: the map stays small
                del self._waiting[sender]
                del self._locks[sender]

    async def initialize(self) -> None:
        return None

    async def shutdown(self) -> None:
        return None


def _sender(update: object) -> int:
    if isinstance(update, Update):
        if update.effective_user is not None:
            return update.effective_user.id
        if update.effective_chat is not None:
            return update.effective_chat.id
    return 0
