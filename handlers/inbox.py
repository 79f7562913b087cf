"""How updates come in: kept in the inbox before Telegram is told they arrived, read one
by one so that a malformed one cannot block the others.

PTB confirms updates to Telegram as soon as it has put them on `update_queue` (the next
getUpdates carries the offset past them; a webhook answers 200 once `put` returns), so the
queue's `put` is the one place both run modes pass before the confirmation: the update is
kept there. It is marked done once handled (TimedApplication), and whatever was kept but
not done is put back on the queue at start-up, before polling begins.
"""

from __future__ import annotations

import asyncio
import json
import logging
from contextlib import suppress
from typing import Any

from telegram import Bot, Update
from telegram.request import BaseRequest, RequestData

from bot.services import Services
from bot.storage import StorageError

log = logging.getLogger(__name__)


class DurableUpdateQueue(asyncio.Queue[object]):
    """The Application's update queue, which keeps every update before queueing it.

    An update kept before (Telegram sending again what it never saw confirmed, or one
    already put back at start-up) is not queued again: the update id is the key. Polling
    keeps a whole getUpdates batch in one statement first (`keep_fetched`), since a write
    per update would slow a flood; a webhook's update is kept in `put`.
    """

    def __init__(self) -> None:
        super().__init__()
        self._services: Services | None = None  # none yet: updates pass through unkept
        self._fetched: set[int] = set()  # kept by keep_fetched, on their way to `put`
        self._handled: set[int] = set()  # handled, not yet marked so in the inbox
        self._wake_marker = asyncio.Event()
        self._marker: asyncio.Task[None] | None = None

    async def open(self, services: Services, bot: Bot) -> None:
        """From now on updates are kept; those kept but not handled are queued first."""
        self._services = services
        for body in await services.storage.inbox.pending():
            try:
                update = Update.de_json(json.loads(body), bot)
            except Exception as error:  # kept as it came (polling), then found unreadable
                update_id = json.loads(body)["update_id"]
                log.warning(
                    "inbox: skipping update %s, which cannot be read: %r", update_id, type(error)
                )
                self.handled(Update(update_id))
                continue
            await super().put(update)
        if self.qsize():
            log.info("inbox: %d updates not handled before the last stop", self.qsize())

    async def close(self) -> None:
        """Marks what was handled since the last write; the inbox then rests."""
        if self._marker is not None:
            self._marker.cancel()
            with suppress(asyncio.CancelledError):
                await self._marker
            self._marker = None
        await self._write_marks()
        self._services = None

    async def keep_fetched(self, updates: list[dict[str, Any]]) -> None:
        """Keeps a batch getUpdates returned, before the Updater `put`s its updates."""
        kept = await self._keep([(update["update_id"], json.dumps(update)) for update in updates])
        self._fetched |= kept

    async def put(self, item: object) -> None:
        if self._services is not None and isinstance(item, Update):
            if item.update_id in self._fetched:
                self._fetched.discard(item.update_id)
            elif not await self._keep([(item.update_id, item.to_json())]):
                return  # kept before: being handled, or handled already
        await super().put(item)

    async def _keep(self, updates: list[tuple[int, str]]) -> set[int]:
        """The ids of `updates` not kept before."""
        services = self._services
        if services is None:
            return {update_id for update_id, _ in updates}
        try:
            return await services.storage.inbox.keep(updates, services.clock.now())
        except StorageError as error:  # a full disk: answer still, without the safety net
            log.warning("inbox: cannot keep %d updates: %s", len(updates), error)
            return {update_id for update_id, _ in updates}

    def handled(self, update: object) -> None:
        """The update needs no handling again. Marked by a writer of its own, all those
        handled since its last write in one statement: a write per update would slow a
        flood of them by half. A crash can lose the marks of the last write only."""
        if self._services is None or not isinstance(update, Update):
            return
        self._handled.add(update.update_id)
        self._wake_marker.set()
        if self._marker is None:
            self._marker = asyncio.create_task(self._mark_handled(), name="inbox-marker")

    async def _mark_handled(self) -> None:
        while True:
            await self._wake_marker.wait()
            self._wake_marker.clear()
            await self._write_marks()

    async def _write_marks(self) -> None:
        services = self._services
        marks, self._handled = self._handled, set()
        if services is None or not marks:
            return
        try:
            await services.storage.inbox.done(sorted(marks), services.clock.now())
        except StorageError as error:
            log.warning("inbox: cannot mark %d updates handled: %s", len(marks), error)


class CheckedUpdatesRequest(BaseRequest):
    """getUpdates through `inner`, each update read on its own.

    PTB reads a batch of updates all at once; one that does not parse fails the whole
    getUpdates, the offset never moves past it and polling is stuck for good. Here a
    malformed update is logged and replaced by a bare one with its id, which nothing
    answers but which moves the offset on. Every batch is kept in the inbox before PTB
    sees it.
    """

    def __init__(self, inner: BaseRequest, inbox: DurableUpdateQueue) -> None:
        self._inner = inner
        self._inbox = inbox
        self._unread: object = None  # the offset of the last batch returned to PTB

    @property
    def read_timeout(self) -> float | None:
        return self._inner.read_timeout

    async def initialize(self) -> None:
        await self._inner.initialize()

    async def shutdown(self) -> None:
        await self._inner.shutdown()

    async def do_request(
        self,
        url: str,
        method: str,
        request_data: RequestData | None = None,
        *args: Any,
        **kwargs: Any,
    ) -> tuple[int, bytes]:
        return await self._inner.do_request(url, method, request_data, *args, **kwargs)

    async def post(
        self, url: str, request_data: RequestData | None = None, *args: Any, **kwargs: Any
    ) -> Any:
        result = await super().post(url, request_data, *args, **kwargs)
        if not isinstance(result, list):
            return result
        offset = request_data.parameters.get("offset") if request_data else None
        if offset is not None and offset == self._unread:
            # The same offset again: PTB could not read the batch it got last time. Reading
            # each update costs as much as PTB's own reading, so only then.
            result = [update for update in map(readable, result) if update is not None]
        self._unread = offset if result else None
        await self._inbox.keep_fetched(result)
        return result


def readable(update: Any) -> dict[str, Any] | None:
    """`update` if PTB can read it, else a bare update with its id, or None without one."""
    try:
        Update.de_json(update, None)
    except Exception as error:  # whatever PTB raises on a malformed update, polling goes on
        update_id = update.get("update_id") if isinstance(update, dict) else None
        # the update's content is not logged: it may hold a delegate's words and name
        log.warning("skipping update %s, which cannot be read: %r", update_id, type(error))
        return {"update_id": update_id} if isinstance(update_id, int) else None
    return update
