"""What a program change carries beyond times and places: a file changed while the bot was
down goes through the change flow when it starts (once), and a session's seats changed
by a reload give the new seats to its waitlist in order.
"""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from bot import program_holder
from bot.assistant import Assistant
from bot.clock import Clock, parse_moment
from bot.config import DEFAULT_PROGRAM_FILE
from bot.delegate import Delegate
from bot.program import Program, load_program
from bot.services import Services
from bot.storage.records import Slot
from tests.chat import ORGANIZER, button, message_with, organizer_settings, serve_bot, services_of
from tests.fake_bot_api import FakeBotApiServer
from tests.support import (
    RecordingDelivery,
    delegate,
    edit_session,
    rewrite,
    services_on,
    travel_for,
    until,
)

TOURISM = "tourism-promotion"  # Wed 25 Jul 09:30–11:30, Shanghai
HANGZHOU = "hz-industry-promotion"  # Wed 25 Jul 09:30–12:00, never changed here
SIX = parse_moment("2018-07-25T06:00:00+08:00")


@pytest.fixture
def program_file(tmp_path: Path) -> Path:
    """A copy of the bundled program with two seats at the tourism promotion."""
    path = tmp_path / "program.toml"
    text = DEFAULT_PROGRAM_FILE.read_text(encoding="utf-8")
    path.write_text(edit_session(text, TOURISM, capacity="2"), encoding="utf-8")
    return path


def two_hours_earlier(text: str) -> str:
    """The tourism promotion moved from 09:30 to 07:30."""
    return edit_session(
        text, TOURISM, start="2018-07-25T07:30:00+08:00", end="2018-07-25T09:30:00+08:00"
    )


def seats(capacity: int) -> Callable[[str], str]:
    return lambda text: edit_session(text, TOURISM, capacity=str(capacity))


async def signed_up(services: Services, user_id: int, session_id: str = TOURISM) -> str:
    await delegate(services, user_id)
    result = await services.signups.sign_up(user_id, session_id, despite_clash=True)
    return result.outcome


async def start(services: Services) -> RecordingDelivery:
    delivery = RecordingDelivery()
    await services.start(delivery, lambda moment: None)
    return delivery


async def reminder_dues(services: Services, user_id: int) -> set[datetime]:
    rows = await services.storage.outbox.rows("reminder")
    return {
        datetime.fromtimestamp(r["due_at"], SIX.tzinfo)
        for r in rows
        if r["user_id"] == user_id and r["session_id"] == TOURISM and r["status"] == "pending"
    }


async def kinds_to(services: Services, kind: str) -> list[int]:
    return sorted(r["user_id"] for r in await services.storage.outbox.rows(kind))


# ---------------------------------------------------------------- changed while down


async def test_a_program_changed_while_the_bot_was_down_is_announced_at_start_once(
    tmp_path: Path, program_file: Path
) -> None:
    a, b, waiting, elsewhere = 11, 12, 13, 14
    clock = Clock(SIX, frozen=True)
    async with services_on(tmp_path, program_file, clock) as services:
        await start(services)  # the bot records the program it runs
        assert [await signed_up(services, user) for user in (a, b, waiting)] == [
            "confirmed",
            "confirmed",
            "waitlisted",
        ]
        assert await signed_up(services, elsewhere, HANGZHOU) == "confirmed"

    rewrite(program_file, two_hours_earlier)  # edited while the bot is down
    async with services_on(tmp_path, program_file, clock) as services:
        await start(services)
        assert await kinds_to(services, "program_change") == [a, b, waiting]
        new_start = parse_moment("2018-07-25T07:30:00+08:00")
        for user in (a, b):
            assert await reminder_dues(services, user) == dues_before(new_start)
        assert await reminder_dues(services, waiting) == set()
        await services.sender.drain()

    async with services_on(tmp_path, program_file, clock) as services:
        await start(services)  # the same file again: nothing more
        assert await kinds_to(services, "program_change") == [a, b, waiting]


def dues_before(start_at: datetime) -> set[datetime]:
    """The default reminders (60 and 15 minutes before) of a session starting then."""
    return {start_at - timedelta(minutes=60), start_at - timedelta(minutes=15)}


async def test_a_first_start_and_an_unchanged_program_tell_nobody(
    tmp_path: Path, program_file: Path
) -> None:
    clock = Clock(SIX, frozen=True)
    for _ in range(2):
        async with services_on(tmp_path, program_file, clock) as services:
            await start(services)
            await signed_up(services, 21)
            assert await kinds_to(services, "program_change") == []
            assert await services.storage.programs.running() is not None


# ---------------------------------------------------------------- seats


async def test_more_seats_promote_the_waitlist_in_order_and_a_newcomer_queues_behind(
    tmp_path: Path, program_file: Path
) -> None:
    a, b, first, second, newcomer = 31, 32, 33, 34, 35
    clock = Clock(SIX, frozen=True)
    async with services_on(tmp_path, program_file, clock) as services:
        for user in (a, b, first, second):
            await signed_up(services, user)
        rewrite(program_file, seats(3))

        preview = await services.organizer.reloader.preview()
        assert [(c.kind, c.session_id) for c in preview.changes] == [("capacity", TOURISM)]
        result = await services.organizer.reloader.apply(preview.token)
        assert result.applied and result.told == 0  # a seat count is no notice to all

        assert await kinds_to(services, "promoted") == [first]
        assert await reminder_dues(services, first) != set()
        assert await signed_up(services, newcomer) == "waitlisted"
        [attendees] = [await services.signups.attendees(TOURISM)]
        assert [(x.user_id, x.status, x.position) for x in attendees] == [
            (a, "confirmed", None),
            (b, "confirmed", None),
            (first, "confirmed", None),
            (second, "waitlist", 1),
            (newcomer, "waitlist", 2),
        ]

        rewrite(program_file, seats(1))  # fewer seats: nobody confirmed loses theirs
        again = await services.organizer.reloader.apply()
        assert again.applied and again.told == 0
        confirmed = [x.user_id for x in await services.signups.attendees(TOURISM)]
        assert confirmed[:3] == [a, b, first]
        assert await kinds_to(services, "promoted") == [first]


async def test_a_free_seat_goes_to_the_waitlist_before_a_newcomer(
    tmp_path: Path, program_file: Path
) -> None:
    clock = Clock(SIX, frozen=True)
    async with services_on(tmp_path, program_file, clock) as services:
        for user in (41, 42, 43):
            await signed_up(services, user)
        session = services.current.program.session(TOURISM)
        assert session is not None
        await delegate(services, 44)
        # five seats, three taken, one waiting: as just after a reload, before the fill
        wider = Slot(TOURISM, 5, session.start)
        change = await services.storage.signups.sign_up(wider, 44, clock.now(), (60, 15))
        assert change.status == "waitlist" and change.position == 2


async def test_reload_in_chat_lists_a_seat_change_and_tells_the_promoted_delegate(
    tmp_path: Path, program_file: Path
) -> None:
    a, b, waiting = 51, 52, 53
    clock = Clock(SIX, frozen=True)
    settings = organizer_settings(tmp_path / "chat.sqlite3", program_file)
    program = load_program(program_file)
    async with (
        FakeBotApiServer() as server,
        serve_bot(server, settings, clock, program, travel_for(program)) as bot,
    ):
        services = services_of(bot)
        for user in (a, b, waiting):
            await signed_up(services, user)
        boss = bot.user(ORGANIZER)

        rewrite(program_file, seats(3))
        [preview] = await bot.say("/reload", user=boss)
        assert "nothing in it changed" not in preview["text"]
        assert (
            "Hunan Tourism Promotion Conference: 2 → 3 seats; the waitlist moves up"
            in preview["text"]
        )
        mark = len(bot.api.calls)
        [live] = await bot.press(preview, button(preview, "Apply"), user=boss)
        assert "is live" in live["text"]
        told = await message_with(bot, waiting, "you're now confirmed", after=mark)
        assert "Hunan Tourism Promotion Conference" in told["text"]

        rewrite(program_file, seats(1))
        [fewer] = await bot.say("/reload", user=boss)
        assert "3 → 1 seats; those already confirmed keep their seats" in fewer["text"]


async def test_a_bot_restarted_on_an_edited_file_tells_the_delegate_once(
    tmp_path: Path, program_file: Path
) -> None:
    user = 61
    clock = Clock(SIX, frozen=True)
    settings = organizer_settings(tmp_path / "restart.sqlite3", program_file)
    async with FakeBotApiServer() as server:
        program = load_program(program_file)
        async with serve_bot(server, settings, clock, program, travel_for(program)) as bot:
            await signed_up(services_of(bot), user)

        rewrite(program_file, two_hours_earlier)  # edited while the bot is down
        for _ in range(2):  # started on it, then started again on the same file
            program = load_program(program_file)
            async with serve_bot(server, settings, clock, program, travel_for(program)) as bot:
                told = await message_with(bot, user, "Program change")
                assert "09:30–11:30 → Wed 25 Jul 07:30–09:30" in told["text"]
                await services_of(bot).sender.drain()
        assert len([m for m in bot.api.messages_to(user) if "Program change" in m["text"]]) == 1


# ---------------------------------------------------------------- off the event loop


async def test_delegates_are_answered_from_the_old_program_while_the_new_one_is_indexed(
    tmp_path: Path, program_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Building the new index waits until a question was answered meanwhile: on the event
    loop it would wait in vain, since no question could be answered during it."""
    building, answered = threading.Event(), threading.Event()

    def slow_index(program: Program, clock: Clock) -> Assistant:
        building.set()
        assert answered.wait(timeout=3), "no question was answered while indexing"
        return Assistant(program, clock)

    clock = Clock(SIX, frozen=True)
    async with services_on(tmp_path, program_file, clock) as services:
        monkeypatch.setattr(program_holder, "Assistant", slow_index)
        rewrite(program_file, two_hours_earlier)
        reload = asyncio.create_task(services.organizer.reloader.apply())
        await until(building.is_set, within=5)

        response = await services.front.respond(Delegate(71, "en"), "when is tourism promotion")
        answered.set()
        assert "09:30–11:30" in response.reply.plain  # the old program, still running
        assert not reload.done()

        result = await reload
        assert result.applied
        again = await services.front.respond(Delegate(71, "en"), "when is tourism promotion")
        assert "07:30–09:30" in again.reply.plain
