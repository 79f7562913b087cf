"""The outbox under storage faults: a message Telegram took is never sent twice.

When the write that marks a message sent fails, the message has already reached the
delegate. The sender keeps it in memory as sent, sends nothing more until that memory is
written, and writes it as soon as storage takes writes again. Three faults, on real
SQLite files (the ways tests/test_disk_faults.py breaks a database):

* a full disk: `PRAGMA max_page_count` caps the file at its size;
* a read-only database: `PRAGMA query_only = ON` on the bot's connection;
* a lock another connection holds past the bot's busy timeout (`BEGIN IMMEDIATE`).

Each test queues a broadcast to 100 delegates, breaks storage while the tenth message is
in flight, lets the sender try three more times (three polls), repairs storage and
drains once more; then it counts what each delegate received.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Awaitable, Callable
from pathlib import Path

import pytest

from bot.clock import Clock
from bot.outbox_sender import DEFAULT_WORKERS
from bot.program import Program
from bot.services import Services
from bot.storage import Announcement, StorageError
from tests.support import RecordingDelivery, delegate, services_at, until

ORGANIZER = 9001
RECIPIENTS = range(1, 101)
BREAKS_AT = 10  # the delivery during which storage fails
POLLS_WHILE_BROKEN = 3


class StorageFault:
    """One way the bot's database stops taking writes, and its repair."""

    async def on(self, services: Services) -> None:
        raise NotImplementedError

    async def off(self, services: Services) -> None:
        raise NotImplementedError


class FullDisk(StorageFault):
    async def on(self, services: Services) -> None:
        db = services.storage.database.connection
        async with db.execute("PRAGMA page_count") as cursor:
            pages = (await cursor.fetchone())[0]  # type: ignore[index]
        await db.execute(f"PRAGMA max_page_count = {pages}")

    async def off(self, services: Services) -> None:
        await services.storage.database.connection.execute("PRAGMA max_page_count = 1073741823")


class ReadOnly(StorageFault):
    async def on(self, services: Services) -> None:
        await services.storage.database.connection.execute("PRAGMA query_only = ON")

    async def off(self, services: Services) -> None:
        await services.storage.database.connection.execute("PRAGMA query_only = OFF")


class LockedElsewhere(StorageFault):
    """Another connection (as another process would) holds the write lock; the bot's busy
    timeout is cut from 5 s to 50 ms so that waiting it out takes the test no time."""

    def __init__(self, path: Path) -> None:
        self._other = sqlite3.connect(path, isolation_level=None)

    async def on(self, services: Services) -> None:
        await services.storage.database.connection.execute("PRAGMA busy_timeout = 50")
        self._other.execute("BEGIN IMMEDIATE")

    async def off(self, services: Services) -> None:
        self._other.execute("ROLLBACK")
        self._other.close()


FAULTS: dict[str, Callable[[Path], StorageFault]] = {
    "full disk": lambda _path: FullDisk(),
    "read-only": lambda _path: ReadOnly(),
    "locked elsewhere": LockedElsewhere,
}


async def queue_broadcast(services: Services) -> None:
    now = services.clock.now()
    await delegate(services, ORGANIZER)
    for user_id in RECIPIENTS:
        await delegate(services, user_id)
    draft = await services.storage.broadcasts.create_draft(
        ORGANIZER, Announcement("Buses leave at 8"), now
    )
    assert await services.storage.broadcasts.queue(draft, "all", list(RECIPIENTS), now)


async def marked_sent(services: Services) -> set[int]:
    rows = await services.storage.outbox.rows("broadcast")
    return {row["user_id"] for row in rows if row["status"] == "sent"}


def breaking_at(
    count: int, fault: StorageFault, services: Services
) -> Callable[[int], Awaitable[None]]:
    async def then(sent: int) -> None:
        if sent == count:
            await fault.on(services)

    return then


@pytest.mark.parametrize("fault_name", list(FAULTS))
async def test_a_message_sent_while_storage_fails_is_never_sent_again(
    tmp_path: Path, program: Program, clock: Clock, fault_name: str
) -> None:
    async with services_at(tmp_path, program, clock.now(), clock=clock) as services:
        await queue_broadcast(services)
        fault = FAULTS[fault_name](services.storage.path)
        delivery = RecordingDelivery(then=breaking_at(BREAKS_AT, fault, services))
        services.sender.deliver = delivery

        with pytest.raises(StorageError):
            await services.sender.drain()
        # Taken by Telegram yet not marked sent: the message whose mark met the fault and
        # the others already on their way, no more. (A full disk bites a little later
        # than BREAKS_AT: an update first fills the room left in its pages.)
        in_flight = len(delivery.sent)
        unrecorded = set(delivery.per_chat()) - await marked_sent(services)
        assert 1 <= len(unrecorded) <= DEFAULT_WORKERS, unrecorded

        for _ in range(POLLS_WHILE_BROKEN):
            with pytest.raises(StorageError):
                await services.sender.drain()
        unsent = len(delivery.sent) - in_flight
        assert unsent == 0, f"sent while the backlog could not be written: {delivery.per_chat()}"

        await fault.off(services)
        await services.sender.drain()  # storage is back: the sender resumes

        per_recipient = {chat: n for chat, n in delivery.per_chat().items() if chat != ORGANIZER}
        doubled = {chat: n for chat, n in per_recipient.items() if n > 1}
        assert doubled == {}, f"{len(doubled)} delegates got it more than once: {doubled}"
        assert sorted(per_recipient) == list(RECIPIENTS)
        assert await services.storage.outbox.counts("broadcast") == {"sent": len(RECIPIENTS)}


async def test_the_running_sender_pauses_while_storage_fails_and_resumes_on_its_own(
    tmp_path: Path, program: Program, clock: Clock, caplog: pytest.LogCaptureFixture
) -> None:
    """The same through the sender's own loop (a poll every 2 s, as the bot runs it): it
    keeps trying while the database is read-only and finishes by itself once it is not."""
    async with services_at(tmp_path, program, clock.now(), clock=clock) as services:
        await queue_broadcast(services)
        fault = ReadOnly()
        delivery = RecordingDelivery(then=breaking_at(BREAKS_AT, fault, services))

        def failed_polls() -> int:
            return sum("outbox unavailable" in r.getMessage() for r in caplog.records)

        services.sender.start(delivery)
        await until(lambda: failed_polls() >= 2, within=15)  # the fault's drain, one poll
        in_flight = len(delivery.sent)
        assert BREAKS_AT <= in_flight <= BREAKS_AT + DEFAULT_WORKERS

        await fault.off(services)
        await until(lambda: set(delivery.per_chat()) >= set(RECIPIENTS), within=15)
        await services.sender.stop()
        per_recipient = {chat: n for chat, n in delivery.per_chat().items() if chat != ORGANIZER}
        assert per_recipient == dict.fromkeys(RECIPIENTS, 1)
        assert await services.storage.outbox.counts("broadcast") == {"sent": len(RECIPIENTS)}
