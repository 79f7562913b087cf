"""Disk faults: the bot cannot save, says so, and loses nothing already saved.

Three ways the database stops taking writes, all on real SQLite files:

* a read-only file, opened through SQLite's `file:...?mode=ro` URI (root ignores chmod;
  see the note in tests/test_storage.py);
* a database made read-only while the bot runs (`PRAGMA query_only = ON` on the bot's
  own connection), end to end through the real Application and the fake Bot API;
* a full disk (`PRAGMA max_page_count` caps the file at its current size).

What happens when a write fails: Storage turns the sqlite3 error into a StorageError
(the transaction is rolled back); the services and the front desk do not catch it, so it
reaches the handlers' error handler (handlers/errors.py), which answers a pressed
button and tells the delegate "Sorry, I can't save that right now. Nothing was lost…".
Reading, and so answering questions, keeps working.
"""

from __future__ import annotations

import sqlite3
from collections.abc import AsyncIterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import aiosqlite
import pytest

from bot.app import build_services
from bot.clock import Clock
from bot.config import Settings
from bot.delegate import Delegate
from bot.program import Program
from bot.services import Services
from bot.storage import Profile, SignupRecord, Storage, StorageError
from bot.storage.database import Database
from bot.travel import TravelTimes
from tests.conftest import BotUnderTest

TOURISM = "tourism-promotion"  # Wed 25 Jul 09:30, Shanghai: the sign-up that is saved
PARKS = "nj-parks-promotion"  # Thu 26 Jul 09:30, Nanjing: no clash, the one attempted
USER = 7301
DISK_FULL = "database or disk is full"


@dataclass(frozen=True)
class Saved:
    """Everything the database holds for one delegate."""

    profile: Profile | None
    signups: list[SignupRecord]
    leads: tuple[int, ...] | None
    outbox: list[tuple[str, str | None, float, str]]
    subscribed: bool


async def saved(storage: Storage, user_id: int) -> Saved:
    rows = [
        (row["kind"], row["session_id"], row["due_at"], row["status"])
        for row in await storage.outbox.rows()
        if row["user_id"] == user_id
    ]
    return Saved(
        await storage.profiles.get(user_id),
        await storage.signups.of(user_id),
        await storage.reminders.leads(user_id),
        rows,
        await storage.reminders.is_subscribed(user_id),
    )


def wire(storage: Storage, clock: Clock, program: Program, travel: TravelTimes) -> Services:
    return build_services(Settings(database_path=storage.path), clock, storage, program, travel)


async def read_only_storage(path: Path) -> Storage:
    """The same file through SQLite's read-only mode: every write is refused, even for root."""
    connection = await aiosqlite.connect(f"{path.as_uri()}?mode=ro", uri=True, isolation_level=None)
    connection.row_factory = aiosqlite.Row
    return Storage(Database(connection, path))


async def signed_up_delegate(services: Services, user_id: int = USER) -> Saved:
    """A delegate with a profile, their own reminder times and a confirmed seat."""
    await services.storage.users.touch(user_id, "en", services.clock.now())
    await services.signups.save_profile(user_id, "Wang Fang", "Hunan Tourism Group")
    await services.reminders.set_leads(user_id, (20, 10))  # 09:10 and 09:20
    assert (await services.signups.sign_up(user_id, TOURISM)).outcome == "confirmed"
    before = await saved(services.storage, user_id)
    assert before.signups[0].session_id == TOURISM and len(before.outbox) == 2
    return before


def chain(error: BaseException) -> str:
    """An exception with everything it was raised from or while handling."""
    parts: list[str] = []
    current: BaseException | None = error
    while current is not None and len(parts) < 10:
        parts.append(f"{type(current).__name__}: {current}")
        current = current.__cause__ or current.__context__
    return " <- ".join(parts)


# ---------------------------------------------------------------- a read-only file


async def test_read_only_database_refuses_every_change_and_keeps_what_was_saved(
    tmp_path: Path, clock: Clock, program: Program, travel: TravelTimes
) -> None:
    path = tmp_path / "bot.sqlite3"
    writable = wire(await Storage.open(path), clock, program, travel)
    before = await signed_up_delegate(writable)
    await writable.close()

    services = wire(await read_only_storage(path), clock, program, travel)
    delegate = Delegate(USER, "en")
    try:
        # every kind of change, at the service level: a StorageError, never a raw sqlite3 one
        changes = {
            "sign-up": lambda: services.signups.sign_up(USER, PARKS),
            "cancellation": lambda: services.signups.cancel(USER, TOURISM),
            "profile": lambda: services.signups.save_profile(USER, "Li Wei", "Other Org"),
            "reminders": lambda: services.reminders.set_leads(USER, (30,)),
            "reminders off": lambda: services.reminders.set_leads(USER, ()),
            "subscription": lambda: services.reminders.subscribe(USER),
            "forget": lambda: services.signups.forget(USER),
        }
        for what, change in changes.items():
            with pytest.raises(StorageError, match="readonly") as caught:
                await change()
            assert not isinstance(caught.value, sqlite3.Error), what
            assert isinstance(caught.value.__cause__, sqlite3.OperationalError), what

        # through the front desk, as the handlers call it: the StorageError propagates to the
        # handler's error handler (handlers/errors.py); the desk does not turn it into a reply
        presses = (f"u:{PARKS}", f"U:{PARKS}", f"X:{TOURISM}:{USER}", f"f::{USER}", "r:30")
        for data in presses:
            with pytest.raises(StorageError) as caught:
                await services.front.press(delegate, data)
            assert not isinstance(caught.value, sqlite3.Error), data
        commands = (
            "/signup key industrial parks conference",
            "/reminders 30",
            "/subscribe",
            "/unsubscribe",
        )
        for text in commands:
            with pytest.raises(StorageError) as caught:
                await services.front.respond(delegate, text)
            assert not isinstance(caught.value, sqlite3.Error), text

        # remembering who wrote is best effort: it must not stop the answer
        await services.seen.record(USER, "zh-hans")

        # reading works: the agenda and questions are answered from the saved data
        agenda = (await services.front.respond(delegate, "/my")).reply
        assert "Hunan Tourism Promotion Conference" in agenda.plain
        response = await services.front.respond(delegate, "where is the tourism promotion?")
        answer, card = response.answer, response.reply
        assert answer is not None and answer.kind == "session"
        assert "You're signed up." in card.plain

        assert await saved(services.storage, USER) == before
    finally:
        await services.close()

    reopened = wire(await Storage.open(path), clock, program, travel)
    try:
        assert await saved(reopened.storage, USER) == before
        assert await reopened.storage.signups.attendees(PARKS) == []
        assert (await reopened.storage.users.get(USER)).language == "en"  # type: ignore[union-attr]
        # the file itself is fine: writable again, the same sign-up now succeeds
        assert (await reopened.signups.sign_up(USER, PARKS)).outcome == "confirmed"
    finally:
        await reopened.close()


# ---------------------------------------------------------------- end to end, while running


def buttons_of(message: dict[str, Any]) -> list[str]:
    markup = message.get("reply_markup") or {}
    return [b["callback_data"] for row in markup.get("inline_keyboard", []) for b in row]


async def test_bot_keeps_answering_and_loses_nothing_when_the_database_turns_read_only(
    bot: BotUnderTest,
) -> None:
    user = bot.user(USER)
    [ask_name] = await bot.say("/signup tourism", user=user)
    assert "Before your first sign-up" in ask_name["text"]
    await bot.say("Wang Fang", user=user)
    _saved, confirmed = await bot.say("Hunan Tourism Group", user=user, expect=2)
    assert "You're signed up for" in confirmed["text"]
    [card] = await bot.say("when is the key industrial parks conference?", user=user)
    assert "National-Level Key Industrial Parks" in card["text"]
    assert f"u:{PARKS}" in buttons_of(card)

    services: Services = bot.application.bot_data["services"]
    storage = services.storage
    before = await saved(storage, USER)
    assert [s.session_id for s in before.signups] == [TOURISM]

    await storage.database.connection.execute("PRAGMA query_only = ON")  # every write now fails
    try:
        mark = len(bot.api.calls)
        [reply] = await bot.press(card, f"u:{PARKS}", user=user)
        # the delegate is told plainly, the button's spinner stops, no internals leak
        assert reply["text"].startswith("Sorry, I can't save that right now.")
        assert "Nothing was lost" in reply["text"]
        assert "went wrong" not in reply["text"]
        assert not any(
            word in reply["text"].lower() for word in ("sqlite", "readonly", "traceback")
        )
        assert any(c.method == "answerCallbackQuery" for c in bot.api.calls[mark:])
        assert await saved(storage, USER) == before
        assert await storage.signups.attendees(PARKS) == []

        # questions and reading commands still work
        [answer] = await bot.say("when is the tourism promotion?", user=user)
        assert "Hunan Tourism Promotion Conference" in answer["text"]
        assert "You're signed up." in answer["text"]
        [agenda] = await bot.say("/my", user=user)
        assert "Hunan Tourism Promotion Conference" in agenda["text"]
        assert "National-Level Key Industrial Parks" not in agenda["text"]
    finally:
        await storage.database.connection.execute("PRAGMA query_only = OFF")

    assert await saved(storage, USER) == before
    # writable again: the same button now works
    [retry] = await bot.press(card, f"u:{PARKS}", user=user)
    assert "You're signed up for" in retry["text"]
    assert [a.user_id for a in await storage.signups.attendees(PARKS)] == [USER]
    assert [a.user_id for a in await storage.signups.attendees(TOURISM)] == [USER]


# ---------------------------------------------------------------- a full disk


@pytest.fixture
async def services(
    tmp_path: Path, clock: Clock, program: Program, travel: TravelTimes
) -> AsyncIterator[Services]:
    built = wire(await Storage.open(tmp_path / "bot.sqlite3"), clock, program, travel)
    try:
        yield built
    finally:
        await built.close()


async def fill_disk(services: Services, delegates: range) -> None:
    """Profiles for `delegates`, then the file may not grow by a single page."""
    for user_id in delegates:
        await services.signups.save_profile(user_id, f"Delegate {user_id}", "Org")
    db = services.storage.database.connection
    async with db.execute("PRAGMA page_count") as cursor:
        pages = (await cursor.fetchone())[0]  # type: ignore[index]
    async with db.execute(f"PRAGMA max_page_count = {pages}") as cursor:
        assert (await cursor.fetchone())[0] == pages  # type: ignore[index]


async def sign_up_until_full(
    services: Services, delegates: range
) -> tuple[list[int], int, BaseException]:
    """Signs delegates up until the disk is full: (who got in, who did not, the error).

    A new row first fills the free room in existing pages, so the first few sign-ups
    after the cap still succeed; the point is what happens to the one that does not fit.
    """
    confirmed: list[int] = []
    for user_id in delegates:
        try:
            result = await services.signups.sign_up(user_id, PARKS)
        except Exception as error:  # what kind of error is checked by the callers
            return confirmed, user_id, error
        assert result.outcome == "confirmed"
        confirmed.append(user_id)
    raise AssertionError(f"the disk never filled up: {len(confirmed)} sign-ups fit")


async def test_full_disk_fails_the_sign_up_and_keeps_what_was_saved(services: Services) -> None:
    before = await signed_up_delegate(services)
    delegates = range(1, 301)
    await fill_disk(services, delegates)

    confirmed, refused, error = await sign_up_until_full(services, delegates)
    assert DISK_FULL in chain(error), chain(error)

    # nothing half-written: no sign-up, no reminder for the one that did not fit
    storage = services.storage
    assert await storage.signups.of(refused) == []
    assert [row for row in await storage.outbox.rows() if row["user_id"] == refused] == []
    assert [a.user_id for a in await storage.signups.attendees(PARKS)] == confirmed
    assert await saved(storage, USER) == before
    for user_id in confirmed:
        assert len((await saved(storage, user_id)).outbox) == 2  # 60 and 15 min before

    # while full, changes keep failing and still change nothing
    with pytest.raises((StorageError, sqlite3.Error)) as caught:
        await services.signups.sign_up(refused, PARKS)
    assert DISK_FULL in chain(caught.value)
    assert await storage.signups.of(refused) == []

    # room again: the connection is usable (no transaction left open), the retry succeeds
    await storage.database.connection.execute("PRAGMA max_page_count = 1073741823")
    assert (await services.signups.sign_up(refused, PARKS)).outcome == "confirmed"

    # and all of it is on disk: a second connection (as the command line opens) sees it
    reopened = await Storage.open(storage.path)
    try:
        assert await saved(reopened, USER) == before
        assert [a.user_id for a in await reopened.signups.attendees(PARKS)] == [*confirmed, refused]
        async with reopened.database.connection.execute("PRAGMA integrity_check") as cursor:
            assert (await cursor.fetchone())[0] == "ok"  # type: ignore[index]
    finally:
        await reopened.close()


async def test_full_disk_is_a_storage_error(services: Services) -> None:
    delegates = range(1, 301)
    await fill_disk(services, delegates)
    _confirmed, _refused, error = await sign_up_until_full(services, delegates)
    assert isinstance(error, StorageError), chain(error)
    assert DISK_FULL in str(error)
