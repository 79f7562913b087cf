"""Replacing the program while the bot runs: the difference, the reloader, /reload in chat
and the command line (`run_bot.py reload` and `run_bot.py broadcast`) next to a running bot.
"""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import replace
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from bot.clock import Clock, parse_moment
from bot.program import Program, load_program
from bot.program_changes import diff_programs, messages_for
from bot.services import Services
from bot.storage import Storage
from tests.chat import (
    ORGANIZER,
    button,
    buttons_of,
    eventually,
    message_with,
    organizer_settings,
    serve_bot,
    services_of,
    texts_to,
)
from tests.conftest import BotUnderTest
from tests.fake_bot_api import FakeBotApiServer
from tests.support import (
    bundled_program_text,
    cli_environment,
    edit_session,
    rewrite,
    run_cli_awaited,
    services_on,
    travel_for,
)

TOURISM = "tourism-promotion"  # Wed 25 Jul 09:30–11:30, Shanghai
PARKS = "cultural-creative-parks"  # Wed 25 Jul 14:30–17:00, Nanjing
CARRIERS = "commercial-carriers"  # Thu 26 Jul, Kunshan
HANGZHOU = "hz-industry-promotion"  # Wed 25 Jul 09:30–12:00, never changed here
NEW_VENUE = "Jinling Hotel, Golden Hall (2F)"
EIGHT = "2018-07-25T08:00:00+08:00"


# ---------------------------------------------------------------- editing the program file


def moved_and_new_venue(text: str) -> str:
    """The tourism promotion two hours later; the parks conference in another hall."""
    text = edit_session(
        text, TOURISM, start="2018-07-25T11:30:00+08:00", end="2018-07-25T13:30:00+08:00"
    )
    return edit_session(text, PARKS, venue=f'"{NEW_VENUE}"')


def ends_before_it_starts(text: str) -> str:
    return edit_session(text, TOURISM, end="2018-07-25T08:00:00+08:00")


@pytest.fixture
def program_file(tmp_path: Path) -> Path:
    """A copy of the bundled program with two seats at the tourism promotion."""
    path = tmp_path / "program.toml"
    path.write_text(edit_session(bundled_program_text(), TOURISM, capacity="2"), encoding="utf-8")
    return path


def at(moment: str) -> datetime:
    return parse_moment(moment)


# ---------------------------------------------------------------- the difference


def test_diff_names_moved_venue_cancelled_and_added_sessions(program: Program) -> None:
    hour = timedelta(hours=1)

    def changed(session: Any) -> Any:
        if session.id == TOURISM:
            return replace(session, start=session.start + hour, end=session.end + hour)
        if session.id == PARKS:
            return replace(session, venue=NEW_VENUE)
        return session

    tourism = program.session(TOURISM)
    assert tourism is not None
    added = replace(tourism, id="closing-dinner", title="Closing Dinner")
    edited = replace(
        program,
        sessions=(
            *(changed(s) for s in program.sessions if s.id != CARRIERS),
            added,
        ),
    )

    changes = diff_programs(program, edited)
    assert [(c.kind, c.session_id) for c in changes] == [
        ("moved", TOURISM),
        ("venue", PARKS),
        ("cancelled", CARRIERS),
        ("added", "closing-dinner"),
    ]
    moved = changes[0]
    assert moved.old is not None and moved.new is not None
    assert moved.new.start - moved.old.start == hour
    assert changes[2].new is None and changes[3].old is None
    assert diff_programs(program, program) == []

    a, b, c, d = 1, 2, 3, 4
    messages = messages_for(
        changes,
        {
            a: [TOURISM],
            b: [TOURISM, PARKS, TOURISM],  # two changed sessions (and a repeated id)
            c: [HANGZHOU],  # nothing of theirs changed
            d: [CARRIERS, HANGZHOU],
        },
    )
    assert sorted(messages) == [a, b, d]
    assert [(x["kind"], x["session"]) for x in messages[b]["changes"]] == [
        ("moved", TOURISM),
        ("venue", PARKS),
    ]
    [only] = messages[a]["changes"]
    assert only["old"]["start"] == "2018-07-25T09:30:00+08:00"
    assert only["new"]["start"] == "2018-07-25T10:30:00+08:00"
    [cancelled] = messages[d]["changes"]
    assert cancelled["kind"] == "cancelled" and cancelled["new"] is None
    carriers = program.session(CARRIERS)
    assert carriers is not None and cancelled["old"]["title"] == carriers.title


# ---------------------------------------------------------------- the reloader


async def delegate(
    services: Services, user_id: int, sessions: list[str], language: str = "en"
) -> list[str]:
    """A delegate with a profile and sign-ups; returns each sign-up's outcome."""
    await services.storage.users.touch(user_id, language, services.clock.now())
    await services.signups.save_profile(user_id, f"Delegate {user_id}", "Trade Co.")
    outcomes = []
    for session_id in sessions:
        result = await services.signups.sign_up(user_id, session_id, despite_clash=True)
        outcomes.append(result.outcome)
    return outcomes


async def test_invalid_file_names_session_and_field_and_keeps_the_program(
    tmp_path: Path, program_file: Path
) -> None:
    clock = Clock(at(EIGHT), frozen=True)
    async with services_on(tmp_path, program_file, clock) as services:
        before = services.current.program
        await delegate(services, 1, [TOURISM])
        rewrite(program_file, ends_before_it_starts)

        preview = await services.organizer.reloader.preview()
        assert preview.error is not None
        assert preview.error.where is not None and TOURISM in preview.error.where
        assert preview.error.field == "end"
        assert TOURISM in str(preview.error) and "'end'" in str(preview.error)
        assert preview.program is None and preview.changes == []

        result = await services.organizer.reloader.apply()
        assert result.applied is False
        assert services.current.program is before
        assert await services.storage.outbox.rows("program_change") == []


async def test_apply_tells_each_affected_delegate_once_and_moves_reminders(
    tmp_path: Path, program_file: Path
) -> None:
    a, b, c, d = 101, 102, 103, 104
    clock = Clock(at(EIGHT), frozen=True)
    async with services_on(tmp_path, program_file, clock) as services:
        assert await delegate(services, a, [TOURISM]) == ["confirmed"]
        assert await delegate(services, b, [TOURISM, PARKS]) == ["confirmed", "confirmed"]
        assert await delegate(services, c, [TOURISM]) == ["waitlisted"]  # two seats
        assert await delegate(services, d, [HANGZHOU]) == ["confirmed"]
        old_start = at("2018-07-25T09:30:00+08:00")
        due = await reminder_dues(services, a, TOURISM)
        assert due == {old_start - timedelta(minutes=60), old_start - timedelta(minutes=15)}

        rewrite(program_file, moved_and_new_venue)
        preview = await services.organizer.reloader.preview()
        assert preview.error is None
        assert [(ch.kind, ch.session_id) for ch in preview.changes] == [
            ("moved", TOURISM),
            ("venue", PARKS),
        ]
        assert preview.affected == {TOURISM: 3, PARKS: 1}
        assert services.current.program.session(TOURISM).start == old_start  # type: ignore[union-attr]

        result = await services.organizer.reloader.apply(preview.token)
        assert result.applied and not result.stale
        assert result.told == 3

        rows = await services.storage.outbox.rows("program_change")
        assert sorted(r["user_id"] for r in rows) == [a, b, c]
        assert all(r["status"] == "pending" for r in rows)
        payloads = {r["user_id"]: _json(r["payload"]) for r in rows}
        assert [(x["kind"], x["session"]) for x in payloads[b]["changes"]] == [
            ("moved", TOURISM),
            ("venue", PARKS),
        ]
        for user_id in (a, c):
            [change] = payloads[user_id]["changes"]
            assert change["kind"] == "moved"
            assert change["old"]["start"] == "2018-07-25T09:30:00+08:00"
            assert change["new"]["start"] == "2018-07-25T11:30:00+08:00"

        new_start = at("2018-07-25T11:30:00+08:00")
        expected = {new_start - timedelta(minutes=60), new_start - timedelta(minutes=15)}
        assert await reminder_dues(services, a, TOURISM) == expected
        assert await reminder_dues(services, b, TOURISM) == expected
        assert await reminder_dues(services, c, TOURISM) == set()  # waiting: no reminders
        assert await reminder_dues(services, d, HANGZHOU) == {
            at("2018-07-25T08:30:00+08:00"),
            at("2018-07-25T09:15:00+08:00"),
        }

        program = services.current.program
        assert program.session(TOURISM).start == new_start  # type: ignore[union-attr]
        assert program.session(PARKS).venue == NEW_VENUE  # type: ignore[union-attr]
        answer, reply = services.current.assistant.ask("when is the tourism promotion")
        assert [s.id for s in answer.sessions] == [TOURISM]
        assert "Wed 25 Jul 11:30–13:30" in reply.plain
        assert "09:30" not in reply.plain

        # The same file again changes nothing and tells nobody twice.
        again = await services.organizer.reloader.preview()
        assert again.changes == []


async def reminder_dues(services: Services, user_id: int, session_id: str) -> set[datetime]:
    rows = await services.storage.outbox.rows("reminder")
    return {
        datetime.fromtimestamp(r["due_at"], at(EIGHT).tzinfo)
        for r in rows
        if r["user_id"] == user_id and r["session_id"] == session_id and r["status"] == "pending"
    }


def _json(text: str) -> dict[str, Any]:
    value: dict[str, Any] = json.loads(text)
    return value


# ---------------------------------------------------------------- /reload in chat


@asynccontextmanager
async def bot_on(
    server: FakeBotApiServer, tmp_path: Path, program_file: Path, clock: Clock
) -> AsyncIterator[BotUnderTest]:
    settings = organizer_settings(tmp_path / "bot.sqlite3", program_file)
    program = load_program(program_file)
    async with serve_bot(server, settings, clock, program, travel_for(program)) as running_bot:
        yield running_bot


async def test_reload_in_chat_previews_applies_and_tells_the_affected_in_their_language(
    tmp_path: Path, program_file: Path
) -> None:
    english, chinese, parks, unaffected, bystander = 201, 202, 203, 204, 205
    clock = Clock(at("2018-07-25T09:00:00+08:00"), frozen=True)
    async with FakeBotApiServer() as server, bot_on(server, tmp_path, program_file, clock) as bot:
        services = services_of(bot)
        await delegate(services, english, [TOURISM])
        await delegate(services, chinese, [TOURISM], language="zh")
        await delegate(services, parks, [PARKS])
        await delegate(services, unaffected, [HANGZHOU])
        await services.storage.users.touch(bystander, "en", clock.now())
        boss = bot.user(ORGANIZER)

        rewrite(program_file, moved_and_new_venue)
        [preview] = await bot.say("/reload", user=boss)
        text = preview["text"]
        assert "Changes in the new program" in text
        assert (
            "Hunan Tourism Promotion Conference: Wed 25 Jul 09:30–11:30 → Wed 25 Jul 11:30–13:30"
            " (2 signed up)"
        ) in text
        assert f"→ {NEW_VENUE}" in text and "(1 signed up)" in text
        assert "tell the 3 delegates" in text
        apply = button(preview, "Apply")
        assert services.current.program.session(TOURISM).start.hour == 9  # type: ignore[union-attr]

        mark = len(bot.api.calls)
        [live] = await bot.press(preview, apply, user=boss)
        assert "is live" in live["text"] and "3 delegates" in live["text"]
        assert services.current.program.session(TOURISM).start.hour == 11  # type: ignore[union-attr]

        told_en = await message_with(bot, english, "Program change", after=mark)
        assert (
            "Hunan Tourism Promotion Conference: Wed 25 Jul 09:30–11:30 → Wed 25 Jul 11:30–13:30"
            in (told_en["text"])
        )
        told_zh = await message_with(bot, chinese, "日程变更", after=mark)
        assert "湖南旅游推介会" in told_zh["text"]
        assert "7月25日（周三） 09:30–11:30 → 7月25日（周三） 11:30–13:30" in told_zh["text"]
        assert "Program change" not in told_zh["text"]
        told_parks = await message_with(bot, parks, "Program change", after=mark)
        assert NEW_VENUE in told_parks["text"] and "Tourism" not in told_parks["text"]

        await services.sender.drain()
        rows = await services.storage.outbox.rows("program_change")
        assert sorted(r["user_id"] for r in rows) == [english, chinese, parks]
        assert all(r["status"] == "sent" for r in rows)
        for user_id in (unaffected, bystander, ORGANIZER):
            assert texts_to(bot, user_id, "Program change") == []
        for user_id in (english, chinese, parks):
            assert len([m for m in bot.api.messages_to(user_id) if "📣" in m["text"]]) == 1

        # The delegate's agenda shows the new time.
        [agenda] = await bot.say("/my", user=bot.user(english))
        assert "11:30" in agenda["text"]


async def test_reload_in_chat_refuses_an_invalid_file_and_a_file_changed_after_preview(
    tmp_path: Path, program_file: Path
) -> None:
    clock = Clock(at("2018-07-25T09:00:00+08:00"), frozen=True)
    async with FakeBotApiServer() as server, bot_on(server, tmp_path, program_file, clock) as bot:
        services = services_of(bot)
        before = services.current.program
        boss = bot.user(ORGANIZER)

        [same] = await bot.say("/reload", user=boss)
        assert "nothing in it changed" in same["text"]

        rewrite(program_file, ends_before_it_starts)
        [problem] = await bot.say("/reload", user=boss)
        assert "The program file has a problem" in problem["text"]
        assert TOURISM in problem["text"] and "field 'end'" in problem["text"]
        assert not buttons_of(problem)
        assert services.current.program is before

        # A valid edit, previewed; then the file changes again before Apply.
        rewrite(program_file, lambda _: moved_and_new_venue(bundled_program_text()))
        [preview] = await bot.say("/reload", user=boss)
        apply = button(preview, "Apply")
        rewrite(program_file, lambda t: edit_session(t, PARKS, venue='"Somewhere else"'))
        [stale] = await bot.press(preview, apply, user=boss)
        assert "changed after the preview" in stale["text"]
        assert services.current.program is before
        assert await services.storage.outbox.rows("program_change") == []


# ---------------------------------------------------------------- the command line


async def test_reload_command_makes_the_running_bot_apply_the_edited_file(
    tmp_path: Path, program_file: Path
) -> None:
    clock = Clock(at(EIGHT))  # running: the bot's own timers and pollers are live
    database = tmp_path / "bot.sqlite3"
    async with FakeBotApiServer() as server, bot_on(server, tmp_path, program_file, clock) as bot:
        services = services_of(bot)
        await delegate(services, 301, [TOURISM])
        rewrite(program_file, moved_and_new_venue)
        mark = len(bot.api.calls)

        code, out, err = await run_cli_awaited(
            cli_environment(program_file, database, EIGHT), "reload", "--yes"
        )
        assert code == 0, err
        assert "Requested" in out
        # the preview compares with the program the bot runs, not the edited file itself
        assert f"moved     {TOURISM}  (1 signed up)" in out
        assert f"venue     {PARKS}" in out

        async def reloaded() -> bool:
            session = services_of(bot).current.program.session(TOURISM)
            return session is not None and session.start == at("2018-07-25T11:30:00+08:00")

        await eventually(reloaded)
        assert services.current.program.session(PARKS).venue == NEW_VENUE  # type: ignore[union-attr]
        told = await message_with(bot, 301, "Program change", after=mark, seconds=5)
        assert "09:30–11:30 → Wed 25 Jul 11:30–13:30" in told["text"]
        assert await services.storage.requests.take("reload") is None  # taken, once


async def test_reload_command_refuses_an_invalid_file_and_leaves_no_request(
    tmp_path: Path, program_file: Path
) -> None:
    database = tmp_path / "bot.sqlite3"
    rewrite(program_file, ends_before_it_starts)
    code, _, err = await run_cli_awaited(
        cli_environment(program_file, database, EIGHT), "reload", "--yes"
    )
    assert code != 0
    assert TOURISM in err and "end" in err
    storage = await Storage.open(database)
    try:
        assert await storage.requests.take("reload") is None
    finally:
        await storage.close()


async def test_broadcast_command_is_delivered_by_the_running_bot(
    tmp_path: Path, program_file: Path
) -> None:
    clock = Clock(at(EIGHT))
    database = tmp_path / "bot.sqlite3"
    delegates = [401, 402, 403]
    chinese = 403
    async with FakeBotApiServer() as server, bot_on(server, tmp_path, program_file, clock) as bot:
        for user_id in delegates:
            language = "zh-hans" if user_id == chinese else "en"
            [welcome] = await bot.say("/start", user=bot.user(user_id, language))
            assert welcome["text"]
        mark = len(bot.api.calls)

        code, out, err = await run_cli_awaited(
            cli_environment(program_file, database, EIGHT),
            "broadcast",
            "--to",
            "all",
            "--yes",
            "--text-zh",
            "班车8:15从酒店出发",
            "Buses leave at 8:15 from the hotel",
        )
        assert code == 0, err
        assert "the running bot sends it" in out and "No bot is running" not in out
        assert "3 recipients (2 reading English, 1 reading Chinese)" in out
        assert (
            "--- English\nBuses leave at 8:15 from the hotel\n--- Chinese\n班车8:15从酒店出发"
            in out
        )

        for user_id in delegates:
            found = await message_with(bot, user_id, "📢", after=mark, seconds=8)
            if user_id == chinese:  # each delegate in their language
                assert found["text"] == "📢 主办方通知\n班车8:15从酒店出发"
            else:
                assert found["text"] == "📢 From the organizers\nBuses leave at 8:15 from the hotel"

        async def finished() -> bool:
            recent = await services_of(bot).storage.broadcasts.recent()
            return bool(recent) and recent[0].status == "done"

        await eventually(finished)
        [record] = await services_of(bot).storage.broadcasts.recent()
        assert (record.total, record.sent, record.created_by) == (3, 3, 0)
        for user_id in delegates:
            assert len(texts_to(bot, user_id, "📢")) == 1
