"""A reload that takes meeting tables away: each meeting at a table (or in a slot) that no
longer exists is seated again at the first free slot and table by the slot rule, or left
to meet by contact; both delegates are told, and their reminders follow the new time."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from datetime import datetime
from pathlib import Path

from bot.clock import EVENT_TZ, Clock
from bot.delegate import Delegate
from bot.reply import Reply
from bot.services import Services
from tests.helpers_core import at
from tests.matchmaking_support import handle_of, networker
from tests.support import (
    RecordingDelivery,
    bundled_program_text,
    cli_environment,
    edit_session,
    rewrite,
    run_cli_awaited,
    services_on,
)

ECOMMERCE = "cross-border-ecommerce"  # Wed 25 Jul 14:30-16:30: eight 15-minute slots
EIGHT = at("2018-07-25T08:00:00+08:00")
PAIRS = ((9101, 9102), (9201, 9202), (9301, 9302))
FOOD = ("agriculture-food",)


def tables(count: int, end: str = "2018-07-25T16:30:00+08:00") -> Callable[[str], str]:
    def edit(text: str) -> str:
        return edit_session(text, ECOMMERCE, tables=str(count), end=end)

    return edit


async def three_meetings(services: Services) -> list[int]:
    """Three pairs who agreed to meet at the e-commerce matchmaking: tables 1-3 at 14:30."""
    meetings = []
    for asker, target in PAIRS:
        await networker(services, asker, sectors=FOOD)
        await networker(services, target, role="buyer", sectors=FOOD)
        sent = await services.networking.request(
            asker, await handle_of(services, target), ECOMMERCE
        )
        assert sent.request_id is not None
        accepted = await services.networking.accept(sent.request_id, target)
        assert accepted.meeting is not None
        meetings.append(accepted.meeting.meeting_id)
    return meetings


async def places(services: Services, meetings: list[int]) -> list[tuple[int | None, int | None]]:
    found = [await services.storage.meetings.get(m) for m in meetings]
    return [(m.slot, m.table_no) for m in found if m is not None]


async def reminders_due(services: Services, meeting_id: int) -> list[str]:
    rows = await services.storage.outbox.rows("meeting_reminder")
    return sorted(
        f"{row['user_id']}@{datetime.fromtimestamp(row['due_at'], EVENT_TZ):%H:%M}"
        for row in rows
        if row["status"] == "pending" and json.loads(row["payload"])["meeting"] == meeting_id
    )


@asynccontextmanager
async def three_meetings_on_file(tmp_path: Path) -> AsyncIterator[tuple[Services, Path, list[int]]]:
    """The services on a program file with three tables at the e-commerce matchmaking,
    and three meetings there (tables 1-3 at 14:30); messages delivered are recorded."""
    program_file = tmp_path / "program.toml"
    program_file.write_text(tables(3)(bundled_program_text()), encoding="utf-8")
    async with services_on(tmp_path, program_file, Clock(EIGHT, frozen=True)) as services:
        services.sender.deliver = RecordingDelivery()
        meetings = await three_meetings(services)
        assert await places(services, meetings) == [(0, 1), (0, 2), (0, 3)]
        yield services, program_file, meetings


async def last_told(services: Services, user_id: int) -> Reply:
    """What the delegate was sent last, once everything due went out."""
    await services.sender.drain()
    delivery = services.sender.deliver
    assert isinstance(delivery, RecordingDelivery)
    return [reply for chat, reply in delivery.sent if chat == user_id][-1]


async def reload(services: Services, program_file: Path, edit: Callable[[str], str]) -> None:
    rewrite(program_file, edit)
    result = await services.organizer.reloader.apply()
    assert result.applied, result.preview.error


async def test_fewer_tables_seat_the_meetings_at_tables_gone_at_the_first_free_slot(
    tmp_path: Path,
) -> None:
    async with three_meetings_on_file(tmp_path) as (services, program_file, meetings):
        accepted = len(await services.storage.outbox.rows())

        await reload(services, program_file, tables(1))

        assert await places(services, meetings) == [(0, 1), (1, 1), (2, 1)]
        moved = await services.storage.outbox.rows("meeting_moved")
        assert sorted(row["user_id"] for row in moved) == sorted([*PAIRS[1], *PAIRS[2]])
        assert await reminders_due(services, meetings[1]) == [
            "9201@13:45",
            "9201@14:30",
            "9202@13:45",
            "9202@14:30",
        ]
        assert await reminders_due(services, meetings[0]) == [
            "9101@13:30",
            "9101@14:15",
            "9102@13:30",
            "9102@14:15",
        ]
        told = await last_told(services, PAIRS[2][1])
        assert "Your meeting has moved" in told.plain and "Wed 25 Jul 15:00, table 1" in told.plain
        assert f"tg://user?id={PAIRS[2][0]}" in told.text

        queued = len(await services.storage.outbox.rows())
        await services.organizer.reloader.apply()  # the same file again: nothing more
        assert await places(services, meetings) == [(0, 1), (1, 1), (2, 1)]
        assert len(await services.storage.outbox.rows()) == queued > accepted


async def test_with_no_free_slot_left_the_meeting_stands_by_contact_and_both_are_told(
    tmp_path: Path,
) -> None:
    async with three_meetings_on_file(tmp_path) as (services, program_file, meetings):
        # one table and one 15-minute slot left: only the first meeting keeps a place
        await reload(services, program_file, tables(1, end="2018-07-25T14:45:00+08:00"))

        assert await places(services, meetings) == [(0, 1), (None, None), (None, None)]
        assert await reminders_due(services, meetings[2]) == []
        moved = await services.storage.outbox.rows("meeting_moved")
        assert len(moved) == 4
        told = await last_told(services, PAIRS[1][0])
        assert "No meeting table is free" in told.plain
        assert f"tg://user?id={PAIRS[1][1]}" in told.text


async def test_the_preview_lists_a_tables_only_change_and_the_meetings_it_moves(
    tmp_path: Path,
) -> None:
    async with three_meetings_on_file(tmp_path) as (services, program_file, meetings):
        rewrite(program_file, tables(1))
        organizer = Delegate(1, "en")

        preview = await services.organizer.preview_reload(organizer)

        assert "nothing in it changed" not in preview.plain
        assert "3 → 1 meeting tables" in preview.plain
        assert "(meetings to seat again: 2; both delegates are told)" in preview.plain
        assert await places(services, meetings) == [(0, 1), (0, 2), (0, 3)]  # only a preview
        zh = await services.organizer.preview_reload(Delegate(1, "zh"))
        assert "约见桌 3 → 1 张" in zh.plain and "2 场约见重新安排" in zh.plain


async def test_a_tables_change_tells_the_moved_meetings_and_nobody_else(tmp_path: Path) -> None:
    async with three_meetings_on_file(tmp_path) as (services, program_file, _meetings):
        await services.signups.sign_up(9999, ECOMMERCE)  # signed up, no meeting

        await reload(services, program_file, tables(2))

        assert await services.storage.outbox.rows("program_change") == []
        moved = await services.storage.outbox.rows("meeting_moved")
        assert sorted(row["user_id"] for row in moved) == sorted(PAIRS[2])


async def test_the_reload_command_counts_the_meetings_a_tables_change_moves(
    tmp_path: Path,
) -> None:
    async with three_meetings_on_file(tmp_path) as (services, program_file, _meetings):
        await services.organizer.reloader.catch_up()  # the program the bot runs, recorded
    rewrite(program_file, tables(1))
    database = tmp_path / "bot.sqlite3"

    code, out, err = await run_cli_awaited(
        cli_environment(program_file, database, EIGHT.isoformat()), "reload", "--yes"
    )

    assert code == 0, err
    assert f"tables    {ECOMMERCE}  (meetings to seat again: 2)" in out


async def test_a_shorter_session_counts_the_meetings_beside_its_move(tmp_path: Path) -> None:
    async with three_meetings_on_file(tmp_path) as (services, program_file, meetings):
        await reload(services, program_file, tables(1))  # slots 14:30, 14:45, 15:00 at table 1
        assert await places(services, meetings) == [(0, 1), (1, 1), (2, 1)]
        rewrite(program_file, tables(1, end="2018-07-25T15:00:00+08:00"))  # two slots left

        preview = await services.organizer.preview_reload(Delegate(1, "en"))

        assert "meeting tables" not in preview.plain  # the tables stay as they are
        assert "(meetings to seat again: 1; both delegates are told)" in preview.plain
