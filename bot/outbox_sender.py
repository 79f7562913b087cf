"""Sends what the outbox holds: the database says what is due, this only delivers it.

A message is marked sent only after Telegram accepted it, so a crash can re-send at most
the messages that were in flight, and never lose one. When that mark cannot be written (a
full disk, a read-only file, a lock held past the busy timeout) the message is kept in
memory as sent and nothing more is sent until those marks are written, or every poll would
send the still-pending rows again; each poll tries to write them, so sending resumes on
its own once storage recovers. A crash meanwhile re-sends only those in memory. Transport
errors are classified by the `Deliver` function the Telegram layer provides, keeping this
module Telegram-free.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Literal

from aiolimiter import AsyncLimiter

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
DEFAULT_WORKERS = 8  # concurrent sends: also the most a crash can duplicate


class OutboxSender:
    """Drains the outbox with a few concurrent sends under one overall rate.

    The rate (aiolimiter) keeps broadcasts below Telegram's ~30 messages/s with room left
    for answering delegates; flood control (429) pauses every send for the time it asks.
    """

    def __init__(
        self,
        storage: Storage,
        clock: Clock,
        compose: Compose,
        *,
        rate: float = 25.0,
        workers: int = DEFAULT_WORKERS,
        poll_seconds: float = 2.0,
        on_blocked: Callable[[int], None] | None = None,
        only_to: int | None = None,
    ) -> None:
        self._storage = storage
        self._clock = clock
        self._compose = compose
        self._poll_seconds = poll_seconds
        # A leaky bucket a tenth of a second deep: a long broadcast keeps to `rate`, and
        # its start is not a burst of a whole second's worth.
        burst = max(1.0, rate / 10)
        self._limiter = AsyncLimiter(burst, burst / rate)
        self._workers = asyncio.Semaphore(workers)
        self._resume_at = 0.0  # event-loop time before which nothing is sent (flood control)
        self._wake = asyncio.Event()
        self._task: asyncio.Task[None] | None = None
        self._draining = asyncio.Lock()  # two drains at once would send a message twice
        self.deliver: Deliver | None = None
        self._on_blocked = on_blocked
        self._only_to = only_to  # the offline chat's delegate: nobody else's messages
        # Taken by Telegram, not yet marked sent (storage failed): message id -> sent at.
        # Never more than the sends in flight when storage failed, since none follow.
        self._unrecorded: dict[int, datetime] = {}

    def kick(self) -> None:
        """Something became due: send it now rather than at the next poll."""
        self._wake.set()

    async def drain(self, limit: int = 200) -> int:
        """Delivers every message due now; returns how many were sent."""
        if self.deliver is None:
            return 0
        async with self._draining:
            return await self._drain(limit)

    async def _drain(self, limit: int) -> int:
        sent = 0
        while True:
            await self._record_unrecorded()  # raises, sending nothing, while storage fails
            batch = await self._storage.outbox.due(self._clock.now(), limit, self._only_to)
            if not batch:
                # Finished broadcasts queue a report to their organizer: send it too.
                if not await self._storage.broadcasts.finish(self._clock.now()):
                    break
                continue
            # Every send ends before the drain does (no gather that returns at the first
            # error while others still send): a next drain must not meet them in flight.
            results = await asyncio.gather(
                *(self._send_limited(m) for m in batch), return_exceptions=True
            )
            for result in results:
                if isinstance(result, BaseException):
                    raise result
                sent += result
        return sent

    async def _record_unrecorded(self) -> None:
        """Writes the marks storage refused before; raises StorageError while it still does."""
        for message_id, sent_at in list(self._unrecorded.items()):
            await self._storage.outbox.mark_sent(message_id, sent_at)
            del self._unrecorded[message_id]
            if not self._unrecorded:
                log.info("outbox: storage takes writes again; sending resumes")

    async def _send_limited(self, message: OutboxMessage) -> int:
        async with self._workers:
            loop = asyncio.get_running_loop()
            if (pause := self._resume_at - loop.time()) > 0:
                await asyncio.sleep(pause)
            async with self._limiter:
                if self._unrecorded:  # storage failed since this batch was read: wait
                    return 0
                return await self._send(message)

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
            await self._storage.outbox.mark_dropped(message.id, "nothing to send any more")
            return 0
        result = await self.deliver(message.user_id, reply)
        now = self._clock.now()
        if result.outcome == "sent":
            await self._mark_sent(message.id, now)
            return 1
        log.warning(
            "message %s (%s) to user %s: %s %s",
            message.id,
            message.kind,
            message.user_id,
            result.outcome,
            result.error,
        )
        if result.outcome == "retry":  # flood control: everyone waits, no attempt is lost
            wait = max(result.retry_after, 1.0)
            self._resume_at = max(self._resume_at, asyncio.get_running_loop().time() + wait)
            await self._storage.outbox.retry_later(message.id, now + timedelta(seconds=wait))
        elif result.outcome == "failed":
            await self._storage.outbox.mark_failed(
                message.id,
                result.error,
                max_attempts=MAX_ATTEMPTS,
                retry_at=now + timedelta(seconds=2**message.attempts),
            )
        elif result.outcome == "blocked":
            await self._storage.outbox.mark_failed(
                message.id, "blocked", retry_at=None, max_attempts=MAX_ATTEMPTS
            )
            await self._storage.users.mark_blocked(message.user_id, now)
            if self._on_blocked is not None:
                self._on_blocked(message.user_id)
        else:  # rejected: e.g. chat not found; trying again cannot help
            await self._storage.outbox.mark_failed(
                message.id, result.error or "rejected", retry_at=None, max_attempts=MAX_ATTEMPTS
            )
        return 0

    async def _mark_sent(self, message_id: int, now: datetime) -> None:
        """Marks a delivered message sent, or remembers it as sent if storage refuses."""
        if not self._unrecorded:  # once one mark failed, the rest wait their turn behind it
            try:
                await self._storage.outbox.mark_sent(message_id, now)
                return
            except StorageError as error:
                log.error("outbox: cannot record sent messages; sending paused: %s", error)
        self._unrecorded[message_id] = now

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
            self._task = asyncio.create_task(self.run(), name="sender")

    async def stop(self) -> None:
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task
            self._task = None
        if self._unrecorded:  # a last try: what stays unwritten is sent again on restart
            try:
                await self._record_unrecorded()
            except StorageError as error:
                log.error(
                    "outbox: %d sent messages not recorded, to be sent again: %s",
                    len(self._unrecorded),
                    error,
                )
