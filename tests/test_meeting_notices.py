"""What the networking's queued messages say when the sender delivers them: a request to
answer (not once it was answered), an acceptance with the contact and slot, a decline, a
reminder before the slot (not after it began), a cancellation after /forget; and the
organizers' figures and table plan."""

from __future__ import annotations

import asyncio
import csv
import io
import json
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import replace
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from bot.clock import EVENT_TZ, Clock
from bot.delegate import Delegate
from bot.exports import meetings_csv, meetings_json
from bot.reply import Reply
from bot.services import Services
from tests.helpers_core import at, bundled_program
from tests.matchmaking_support import handle_of, networker
from tests.support import RecordingDelivery, run_cli, services_at

NOW = at("2018-07-25T09:00:00+08:00")
ECOMMERCE = "cross-border-ecommerce"  # Wed 25 Jul 14:30, Hangzhou: the first to come
ADA, BAO, ORGANIZER = 8201, 8202, 8299
FOOD = ("agriculture-food",)
HOUR = timedelta(hours=1)


@pytest.fixture
async def services(tmp_path: Path) -> AsyncIterator[Services]:
    clock = Clock(NOW)
    clock.set(NOW)
    async with services_at(
        tmp_path, bundled_program(), NOW, frozenset({ORGANIZER}), clock=clock
    ) as opened:
        opened.sender.deliver = RecordingDelivery()
        await networker(opened, ADA, role="enterprise", sectors=FOOD)
        await networker(opened, BAO, role="buyer", sectors=FOOD)
        yield opened


@asynccontextmanager
async def services_on_file(database: Path) -> AsyncIterator[Services]:
    """The services on `database` itself (the file the command line reads)."""
    async with services_at(database.parent, bundled_program(), NOW) as services:
        yield services
    (database.parent / "front.sqlite3").rename(database)


def told(services: Services, user_id: int) -> list[Reply]:
    delivery = services.sender.deliver
    assert isinstance(delivery, RecordingDelivery)
    return [reply for chat, reply in delivery.sent if chat == user_id]


async def ask(services: Services) -> int:
    outcome = await services.networking.request(ADA, await handle_of(services, BAO), None)
    assert outcome.kind == "sent" and outcome.request_id is not None
    return outcome.request_id


async def test_a_request_reaches_its_addressee_with_answers_only_they_can_press(
    services: Services,
) -> None:
    await ask(services)
    await services.sender.drain()
    [notice] = told(services, BAO)
    assert "Delegate 8201" in notice.plain and "would like to meet you" in notice.plain
    assert "tg://" not in notice.text
    labels = [b.label for row in notice.buttons for b in row]
    assert labels == ["✅ Accept", "Decline", "🚫 Block", "⚠️ Report"]
    assert all(b.data.endswith(f":{BAO}") for row in notice.buttons for b in row)


async def test_a_request_answered_before_it_went_out_is_not_sent(services: Services) -> None:
    request_id = await ask(services)
    assert await services.networking.decline(request_id, BAO) == "done"
    await services.sender.drain()
    assert told(services, BAO) == []  # nothing left to answer
    [declined] = told(services, ADA)
    assert declined.plain == "Delegate 8202 can't meet this time."


async def test_an_acceptance_tells_the_asker_the_slot_and_the_contact(
    services: Services,
) -> None:
    request_id = await ask(services)
    accepted = await services.networking.accept(request_id, BAO)
    assert accepted.kind == "accepted"
    await services.sender.drain()
    [confirmed] = told(services, ADA)
    assert "Meeting confirmed" in confirmed.plain and "Wed 25 Jul 14:30, table 1" in confirmed.plain
    assert f"tg://user?id={BAO}" in confirmed.text


async def test_meeting_reminders_come_before_the_slot_and_never_after(
    services: Services,
) -> None:
    request_id = await ask(services)
    await services.networking.accept(request_id, BAO)
    # 60 minutes before; then the bot was down past the 15-minute reminder and the slot began
    for moment in ("13:30", "14:31"):
        services.clock.set(at(f"2018-07-25T{moment}:00+08:00"))
        await services.sender.drain()
    reminders = [r for r in told(services, ADA) if "⏰" in r.plain]
    assert [r.plain.splitlines()[0] for r in reminders] == [
        f"⏰ In {minutes} min: your meeting with Delegate 8202 at table 1, Cross-Border "
        "E-Commerce Cooperation Matchmaking."
        for minutes in (60,)
    ]
    assert f"tg://user?id={BAO}" in reminders[0].text
    assert len([r for r in told(services, BAO) if "⏰" in r.plain]) == 1


async def test_a_partner_who_forgets_cancels_the_meeting_without_naming_them(
    services: Services,
) -> None:
    request_id = await ask(services)
    await services.networking.accept(request_id, BAO)
    await services.sender.drain()
    await services.signups.forget(BAO)
    await services.sender.drain()
    cancelled = [r for r in told(services, ADA) if "cancelled" in r.plain]
    assert len(cancelled) == 1 and "Wed 25 Jul 14:30" in cancelled[0].plain
    assert "8202" not in cancelled[0].plain
    assert await services.networking.views.meetings_of(ADA) == []


async def test_stats_count_people_requests_meetings_and_reports(services: Services) -> None:
    request_id = await ask(services)
    await services.networking.accept(request_id, BAO)
    third = 8203
    await networker(services, third, role="investor", sectors=FOOD)
    reported = await services.networking.request(third, await handle_of(services, BAO), None)
    assert reported.request_id is not None
    assert await services.networking.report(reported.request_id, BAO) == "done"
    organizer = Delegate(ORGANIZER, "en")
    signups = (await services.front.respond(organizer, "/stats")).reply
    assert signups.follow_up is not None
    figures = signups.follow_up.plain
    assert "Delegates who joined: 3 visible, 0 hidden" in figures
    assert "1 accepted" in figures and "1 blocked" in figures
    assert "Cross-Border E-Commerce Cooperation Matchmaking Meeting: 1" in figures
    assert "Delegate 8202 reported Delegate 8203" in figures
    refused = (await services.front.respond(Delegate(ADA, "en"), "/stats")).reply
    assert "Networking" not in refused.plain


async def test_the_table_plan_lists_meetings_and_neutralises_typed_formulas(
    services: Services,
) -> None:
    await services.signups.save_profile(BAO, '=HYPERLINK("x")', "+cmd|' /C calc'!A0")
    request_id = await ask(services)
    await services.networking.accept(request_id, BAO)
    rows = await services.networking.meetings_table()
    table = list(csv.reader(io.StringIO(meetings_csv(rows))))
    assert table[0] == [
        "session", "slot_start", "table", "name_a", "organization_a", "name_b", "organization_b"
    ]  # fmt: skip
    assert table[1][:4] == [ECOMMERCE, "2018-07-25T14:30:00+08:00", "1", "Delegate 8201"]
    assert table[1][5:] == ['\'=HYPERLINK("x")', "'+cmd|' /C calc'!A0"]
    assert json.loads(meetings_json(rows))["meetings"][0]["table"] == 1


async def test_run_bot_meetings_prints_the_table_plan_from_the_bots_database(
    tmp_path: Path,
) -> None:
    database = tmp_path / "bot.sqlite3"
    settings_env = {"DATABASE_PATH": str(database), "BOT_NOW": NOW.isoformat()}
    async with services_on_file(database) as services:
        await networker(services, ADA, sectors=FOOD)
        await networker(services, BAO, role="investor", sectors=FOOD)
        request_id = await ask(services)
        assert (await services.networking.accept(request_id, BAO)).kind == "accepted"
    listed = await asyncio.to_thread(run_cli, "meetings", "--csv", env=settings_env)
    assert listed.returncode == 0, listed.stderr
    rows = list(csv.reader(io.StringIO(listed.stdout)))
    assert rows[1] == [
        ECOMMERCE, "2018-07-25T14:30:00+08:00", "1", "Delegate 8201", "Org", "Delegate 8202", "Org"
    ]  # fmt: skip
    text = await asyncio.to_thread(run_cli, "meetings", env=settings_env)
    assert text.stdout.startswith("1 accepted meetings")


async def test_a_session_moved_by_a_reload_moves_its_meetings_reminders(
    services: Services,
) -> None:
    request_id = await ask(services)
    await services.networking.accept(request_id, BAO)
    session = services.current.program.session(ECOMMERCE)
    assert session is not None
    later = replace(session, start=session.start + HOUR, end=session.end + HOUR)
    await services.reminders.move_session(later)
    due = sorted(
        (row["user_id"], datetime.fromtimestamp(row["due_at"], EVENT_TZ).strftime("%H:%M"))
        for row in await services.storage.outbox.rows("meeting_reminder")
        if row["status"] == "pending"
    )
    assert due == [(ADA, "14:30"), (ADA, "15:15"), (BAO, "14:30"), (BAO, "15:15")]
