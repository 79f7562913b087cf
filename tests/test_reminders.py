"""Reminders and the digest at the service level: planned in SQLite, sent once."""

from __future__ import annotations

from collections.abc import AsyncIterator
from dataclasses import replace
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from bot.app import build_services
from bot.clock import Clock, parse_moment
from bot.config import Settings
from bot.program import Program
from bot.services import Services
from bot.storage import Storage
from bot.travel import TravelTimes
from tests.support import RecordingDelivery, delegate, with_capacity

SESSION = "tourism-promotion"  # 25 Jul 09:30-11:30
START = parse_moment("2018-07-25T09:30:00+08:00")


@pytest.fixture
def early_clock() -> Clock:
    return Clock(parse_moment("2018-07-25T07:00:00+08:00"), frozen=True)


async def open_services(
    path: Path, program: Program, travel: TravelTimes, clock: Clock
) -> Services:
    storage = await Storage.open(path)
    return build_services(Settings(database_path=path), clock, storage, program, travel)


@pytest.fixture
async def services(
    tmp_path: Path, program: Program, travel: TravelTimes, early_clock: Clock
) -> AsyncIterator[Services]:
    built = await open_services(
        tmp_path / "bot.sqlite3", with_capacity(program, SESSION, 1), travel, early_clock
    )
    yield built
    await built.close()


async def reminder_dues(services: Services, user_id: int | None = None) -> list[datetime]:
    rows = await services.storage.outbox.rows("reminder")
    return sorted(
        datetime.fromtimestamp(r["due_at"], START.tzinfo)
        for r in rows
        if r["status"] == "pending" and (user_id is None or r["user_id"] == user_id)
    )


async def test_confirmed_signup_plans_default_reminders(services: Services) -> None:
    user = await delegate(services, 1)
    await services.signups.sign_up(user, SESSION)
    assert await reminder_dues(services) == [
        START - timedelta(minutes=60),
        START - timedelta(minutes=15),
    ]


async def test_waitlisted_gets_none_until_promoted_and_cancel_removes(services: Services) -> None:
    a, b = await delegate(services, 1), await delegate(services, 2)
    await services.signups.sign_up(a, SESSION)
    await services.signups.sign_up(b, SESSION)  # capacity 1: waitlisted
    assert await reminder_dues(services, b) == []
    await services.signups.cancel(a, SESSION)
    assert await reminder_dues(services, a) == []
    assert len(await reminder_dues(services, b)) == 2


async def test_reminders_already_past_are_not_planned(services: Services) -> None:
    services.clock.set(parse_moment("2018-07-25T09:00:00+08:00"))  # 30 min before
    user = await delegate(services, 1)
    await services.signups.sign_up(user, SESSION)
    assert await reminder_dues(services) == [START - timedelta(minutes=15)]


async def test_own_lead_times_and_off_replan_at_once(services: Services) -> None:
    user = await delegate(services, 1)
    await services.signups.sign_up(user, SESSION)
    assert await services.reminders.set_leads(user, (45, 10)) == (45, 10)
    assert await reminder_dues(services) == [
        START - timedelta(minutes=45),
        START - timedelta(minutes=10),
    ]
    assert await services.reminders.set_leads(user, ()) == ()
    assert await reminder_dues(services) == []
    assert await services.reminders.set_leads(user, None) == (60, 15)
    assert len(await reminder_dues(services)) == 2


async def test_moving_a_session_moves_its_reminders(services: Services) -> None:
    user = await delegate(services, 1)
    await services.signups.sign_up(user, SESSION)
    moved = replace(
        services.current.program.session(SESSION),  # type: ignore[type-var]
        start=START + timedelta(hours=2),
        end=START + timedelta(hours=4),
    )
    assert await services.reminders.move_session(moved) == 1
    assert await reminder_dues(services) == [
        moved.start - timedelta(minutes=60),
        moved.start - timedelta(minutes=15),
    ]


async def test_due_reminder_is_sent_once_with_what_when_where(services: Services) -> None:
    user = await delegate(services, 1, language="zh-hans")
    await services.signups.sign_up(user, SESSION)
    delivery = RecordingDelivery()
    services.sender.deliver = delivery
    assert await services.sender.drain() == 0  # 07:00: nothing due yet
    services.clock.set(START - timedelta(minutes=60))
    assert await services.sender.drain() == 1
    assert await services.sender.drain() == 0
    [(chat_id, reply)] = delivery.sent
    assert chat_id == user
    assert "湖南旅游推介会" in reply.text and "60 分钟后" in reply.text
    assert "滨江大道2727号" in reply.text  # the address
    assert reply.buttons[0][0].data == f"x:{SESSION}:{user}"  # cancel if they can't make it


async def test_restart_never_resends_what_was_marked_sent(
    tmp_path: Path, program: Program, travel: TravelTimes
) -> None:
    clock = Clock(parse_moment("2018-07-25T08:00:00+08:00"), frozen=True)
    path = tmp_path / "restart.sqlite3"
    first = await open_services(path, program, travel, clock)
    user = await delegate(first, 1)
    await first.signups.sign_up(user, SESSION)
    clock.set(START - timedelta(minutes=60))
    sent_before = RecordingDelivery()
    first.sender.deliver = sent_before
    await first.sender.drain()
    await first.close()
    second = await open_services(path, program, travel, clock)
    sent_after = RecordingDelivery()
    second.sender.deliver = sent_after
    await second.sender.drain()
    clock.set(START - timedelta(minutes=15))
    await second.sender.drain()
    await second.close()
    assert len(sent_before.sent) == 1
    assert len(sent_after.sent) == 1 and "15 min" in sent_after.sent[0][1].text


async def test_late_reminder_is_marked_late_and_dropped_once_the_session_began(
    tmp_path: Path, program: Program, travel: TravelTimes, caplog: pytest.LogCaptureFixture
) -> None:
    clock = Clock(parse_moment("2018-07-25T08:00:00+08:00"), frozen=True)
    services = await open_services(tmp_path / "late.sqlite3", program, travel, clock)
    user = await delegate(services, 1)
    await services.signups.sign_up(user, SESSION)
    delivery = RecordingDelivery()
    services.sender.deliver = delivery
    clock.set(parse_moment("2018-07-25T09:00:00+08:00"))  # the 08:30 one is 30 min late
    await services.sender.drain()
    assert len(delivery.sent) == 1 and "sent late" in delivery.sent[0][1].text
    clock.set(parse_moment("2018-07-25T09:31:00+08:00"))  # the 09:15 one: session began
    with caplog.at_level("INFO"):
        await services.sender.drain()
    assert len(delivery.sent) == 1
    assert any("dropped reminder" in record.getMessage() for record in caplog.records)
    rows = await services.storage.outbox.rows("reminder")
    assert sorted(r["status"] for r in rows) == ["dropped", "sent"]
    await services.close()


async def test_digest_subscribers_get_the_day_and_their_own_sessions(services: Services) -> None:
    user = await delegate(services, 1)
    await services.signups.sign_up(user, SESSION)
    await services.reminders.subscribe(user)
    digests = await services.storage.outbox.rows("digest")
    assert len(digests) == 3  # 25, 26, 27 July: the 24th's 08:00 has passed
    delivery = RecordingDelivery()
    services.sender.deliver = delivery
    services.clock.set(parse_moment("2018-07-26T08:00:00+08:00"))
    await services.sender.drain()
    texts = [reply.text for _, reply in delivery.sent]
    digest = next(t for t in texts if "Good morning" in t)
    assert "Thu 26 Jul" in digest and "You're not signed up for anything today" in digest
    assert await services.reminders.unsubscribe(user)
    assert not await services.reminders.unsubscribe(user)
    left = [r for r in await services.storage.outbox.rows("digest") if r["status"] == "pending"]
    assert left == []


HANGZHOU = "hz-industry-promotion"  # 25 Jul 09:30, as the tourism promotion


async def test_scheduler_is_told_every_pending_moment_once(services: Services) -> None:
    woken: list[datetime] = []
    services.reminders.start(woken.append)
    user = await delegate(services, 1)
    await services.signups.sign_up(user, SESSION)  # plans 08:30 and 09:15
    assert sorted(woken) == [START - timedelta(minutes=60), START - timedelta(minutes=15)]
    # the Hangzhou promotion starts at the same time: the same moments, nothing new
    second = await delegate(services, 2)
    assert (await services.signups.sign_up(second, HANGZHOU)).outcome == "confirmed"
    assert len(woken) == 2
    third = await delegate(services, 3)
    await services.reminders.set_leads(third, [30])
    assert (await services.signups.sign_up(third, HANGZHOU)).outcome == "confirmed"
    assert sorted(woken)[1] == START - timedelta(minutes=30) and len(woken) == 3
    assert await services.reminders.replan() == 0  # nothing new
    services.clock.advance(timedelta(seconds=1))  # timers now point elsewhere: plan again
    assert await services.reminders.replan() == 3
