"""Sends what the outbox holds: the database says what is due, this only delivers it.

A message is marked sent only after Telegram accepted it, so a crash can re-send at most
the message that was in flight, and never lose one. Transport errors are classified by
the `Deliver` function the Telegram layer provides, keeping this module Telegram-free.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import timedelta
from typing import Literal

from bot.clock import Clock
from bot.reply import Reply
from bot.storage import OutboxMessage, Storage, StorageError

log = logging.getLogger(__name__)

# sent; blocked (the delegate stopped the bot); rejected (e.g. chat not found: retrying cannot
# help); retry (flood control said when); failed (a transient error: retry with backoff)
DeliveryOutcome = Literal["sent", "blocked", "rejected", "retry", "failed"]


@dataclass(frozen=True)
class Delivery:
    outcome: DeliveryOutcome
    retry_after: float = 0.0  # seconds, for "retry"
    error: str = ""


Deliver = Callable[[int, Reply], Awaitable[Delivery]]
Compose = Callable[[OutboxMessage], Awaitable[Reply | None]]  # None: nothing to say any more

MAX_ATTEMPTS = 5


class Notifier:
    def __init__(
        self, storage: Storage, clock: Clock, compose: Compose, *, poll_seconds: float = 2.0
    ) -> None:
        self._storage = storage
        self._clock = clock
        self._compose = compose
        self._poll_seconds = poll_seconds
        self._wake = asyncio.Event()
        self._task: asyncio.Task[None] | None = None
        self._draining = asyncio.Lock()  # two drains at once would send a message twice
        self.deliver: Deliver | None = None

    def kick(self) -> None:
        """Something became due: send it now rather than at the next poll."""
        self._wake.set()

    async def drain(self, limit: int = 100) -> int:
        """Delivers every message due now; returns how many were sent."""
        if self.deliver is None:
            return 0
        async with self._draining:
            return await self._drain(limit)

    async def _drain(self, limit: int) -> int:
        sent = 0
        while batch := await self._storage.due_messages(self._clock.now(), limit):
            for message in batch:
                sent += await self._send(message)
            if len(batch) < limit:
                break
        return sent

    async def _send(self, message: OutboxMessage) -> int:
        assert self.deliver is not None
        reply = await self._compose(message)
        if reply is None:
            log.info(
                "dropped %s message %s to user %s: nothing to say any more (due %s)",
                message.kind,
                message.id,
                message.user_id,
                message.due_at.isoformat(),
            )
            await self._storage.mark_dropped(message.id, "nothing to send any more")
            return 0
        result = await self.deliver(message.user_id, reply)
        now = self._clock.now()
        if result.outcome == "sent":
            await self._storage.mark_sent(message.id, now)
            return 1
        if result.outcome == "retry":
            retry_at = now + timedelta(seconds=max(result.retry_after, 1.0))
        elif result.outcome == "failed":
            retry_at = now + timedelta(seconds=2**message.attempts)
        else:  # blocked or rejected: trying again cannot help
            retry_at = None
        log.warning(
            "message %s to user %s: %s %s",
            message.id,
            message.user_id,
            result.outcome,
            result.error,
        )
        await self._storage.mark_failed(
            message.id, result.error or result.outcome, retry_at=retry_at, max_attempts=MAX_ATTEMPTS
        )
        return 0

    async def run(self) -> None:
        """Drains on every kick and at least every `poll_seconds`, until cancelled."""
        while True:
            self._wake.clear()
            try:
                await self.drain()
            except StorageError as error:
                log.error("outbox unavailable: %s", error)
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._wake.wait(), self._poll_seconds)

    def start(self, deliver: Deliver) -> None:
        self.deliver = deliver
        if self._task is None:
            self._task = asyncio.create_task(self.run(), name="notifier")

    async def stop(self) -> None:
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task
            self._task = None
