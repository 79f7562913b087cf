"""Sign-up rules at the service level, on real SQLite files."""

from __future__ import annotations

import asyncio
import time
from collections import Counter
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from bot.app import build_services
from bot.clock import Clock, parse_moment
from bot.config import Settings
from bot.outbox_sender import Delivery
from bot.profile_questions import clean_profile_field
from bot.program import Program
from bot.reply import Reply
from bot.services import Services
from bot.storage import Storage
from bot.travel import TravelTimes
from tests.support import RecordingDelivery, delegate, with_capacity

SESSION = "tourism-promotion"  # 25 Jul 09:30-11:30, Shanghai


@pytest.fixture
async def services(
    tmp_path: Path, program: Program, travel: TravelTimes, clock: Clock
) -> AsyncIterator[Services]:
    storage = await Storage.open(tmp_path / "bot.sqlite3")
    built = build_services(
        Settings(database_path=storage.path),
        clock,
        storage,
        with_capacity(program, SESSION, 2),
        travel,
    )
    try:
        yield built
    finally:
        await built.close()


async def test_confirmed_until_full_then_waitlist_in_order(services: Services) -> None:
    a, b, c = [await delegate(services, n) for n in (1, 2, 3)]
    outcomes = [await services.signups.sign_up(u, SESSION) for u in (a, b, c)]
    assert [o.outcome for o in outcomes] == ["confirmed", "confirmed", "waitlisted"]
    assert outcomes[2].position == 1
    seats = (await services.signups.seats())[SESSION]
    assert (seats.confirmed, seats.waiting, seats.left) == (2, 1, 0)


async def test_standing_shows_seats_and_each_delegates_own_place(services: Services) -> None:
    session = services.current.program.session(SESSION)
    assert session is not None
    a, b, c, d = [await delegate(services, n) for n in (1, 2, 3, 4)]
    seats, mine = await services.signups.standing(session, a)
    assert (seats.confirmed, seats.waiting, seats.left, mine) == (0, 0, 2, None)
    for user in (a, b, c, d):
        await services.signups.sign_up(user, SESSION)
    seats, first = await services.signups.standing(session, a)
    assert (seats.confirmed, seats.waiting, seats.left) == (2, 2, 0)
    assert first is not None and (first.status, first.position) == ("confirmed", None)
    _, last = await services.signups.standing(session, d)
    assert last is not None and (last.status, last.position) == ("waitlist", 2)
    _, stranger = await services.signups.standing(session, 99)
    assert stranger is None


async def test_double_tap_is_idempotent(services: Services) -> None:
    user = await delegate(services, 1)
    first = await services.signups.sign_up(user, SESSION)
    again = await services.signups.sign_up(user, SESSION)
    assert (first.outcome, again.outcome) == ("confirmed", "already_confirmed")
    assert len(await services.signups.attendees(SESSION)) == 1


async def test_profile_comes_first_and_nothing_is_saved_without_it(services: Services) -> None:
    result = await services.signups.sign_up(77, SESSION)
    assert result.outcome == "needs_profile"
    assert await services.signups.attendees(SESSION) == []


async def test_unknown_started_and_ended_sessions(services: Services) -> None:
    user = await delegate(services, 1)
    assert (await services.signups.sign_up(user, "no-such-session")).outcome == "unknown"
    # the clock says 25 Jul 09:00; the job fair ended on the 24th
    assert (await services.signups.sign_up(user, "talent-recruiting")).outcome == "ended"
    services.clock.set(parse_moment("2018-07-25T09:30:00+08:00"))  # the very start
    assert (await services.signups.sign_up(user, SESSION)).outcome == "in_progress"
    services.clock.set(parse_moment("2018-07-25T11:30:00+08:00"))  # the very end
    assert (await services.signups.sign_up(user, SESSION)).outcome == "ended"
    assert await services.signups.attendees(SESSION) == []


async def test_overlap_and_travel_clashes_ask_first(services: Services) -> None:
    user = await delegate(services, 1)
    await services.signups.sign_up(user, SESSION)
    overlap = await services.signups.sign_up(user, "hz-industry-promotion")  # 09:30 Hangzhou
    assert overlap.outcome == "clash" and overlap.clashes[0].kind == "overlap"
    assert (
        await services.signups.agenda(user) != [] and len(await services.signups.agenda(user)) == 1
    )
    forced = await services.signups.sign_up(user, "hz-industry-promotion", despite_clash=True)
    assert forced.outcome == "confirmed"


async def test_agenda_flags_clashing_confirmed_sessions_under_the_later_one(
    services: Services,
) -> None:
    a, b, user = [await delegate(services, n) for n in (1, 2, 3)]
    for holder in (a, b):  # the two seats of the tourism promotion
        await services.signups.sign_up(holder, SESSION)
    assert (await services.signups.sign_up(user, SESSION)).outcome == "waitlisted"
    await services.signups.sign_up(user, "hz-industry-promotion")  # 09:30 Hangzhou
    await services.signups.sign_up(user, "cross-border-ecommerce")  # 14:30 Hangzhou
    agenda = await services.signups.agenda(user)
    # the waitlist place overlaps nothing: only confirmed sessions can clash
    assert [(i.session.id, i.clashes) for i in agenda] == [
        ("hz-industry-promotion", ()),
        (SESSION, ()),
        ("cross-border-ecommerce", ()),
    ]

    await services.signups.cancel(a, SESSION)  # the user is promoted: now both are held
    hz, tourism, _ = await services.signups.agenda(user)
    assert hz.clashes == ()
    [clash] = tourism.clashes
    assert (clash.other.id, clash.kind) == ("hz-industry-promotion", "overlap")


async def test_cancel_promotes_first_waiting_and_tells_them_once(services: Services) -> None:
    a, b, c, d = [await delegate(services, n) for n in (1, 2, 3, 4)]
    for user in (a, b, c, d):
        await services.signups.sign_up(user, SESSION)
    result = await services.signups.cancel(a, SESSION)
    assert result.removed == "confirmed" and result.promoted == (c,)
    statuses = {
        x.user_id: (x.status, x.position) for x in await services.signups.attendees(SESSION)
    }
    assert statuses == {b: ("confirmed", None), c: ("confirmed", None), d: ("waitlist", 1)}
    delivery = RecordingDelivery()
    services.sender.deliver = delivery
    assert await services.sender.drain() == 1
    assert await services.sender.drain() == 0  # marked sent: never twice
    [(told, reply)] = delivery.sent
    assert told == c and "A seat freed up" in reply.text


async def test_leaving_the_waitlist_promotes_nobody(services: Services) -> None:
    a, b, c = [await delegate(services, n) for n in (1, 2, 3)]
    for user in (a, b, c):
        await services.signups.sign_up(user, SESSION)
    result = await services.signups.cancel(c, SESSION)
    assert result.removed == "waitlist" and result.promoted == ()
    assert (await services.signups.cancel(c, SESSION)).removed is None


async def test_forget_deletes_everything_and_frees_the_seat(services: Services) -> None:
    a, b, c = [await delegate(services, n) for n in (1, 2, 3)]
    for user in (a, b, c):
        await services.signups.sign_up(user, SESSION)
    assert await services.signups.forget(a) == 1
    assert await services.signups.profile(a) is None
    assert await services.signups.agenda(a) == []
    assert {x.user_id for x in await services.signups.attendees(SESSION)} == {b, c}


async def test_promotion_message_speaks_the_delegates_language(services: Services) -> None:
    a = await delegate(services, 1)
    b = await delegate(services, 2)
    c = await delegate(services, 3, language="zh-hans")
    for user in (a, b, c):
        await services.signups.sign_up(user, SESSION)
    await services.signups.cancel(a, SESSION)
    delivery = RecordingDelivery()
    services.sender.deliver = delivery
    await services.sender.drain()
    assert "有空位了" in delivery.sent[0][1].text


async def test_blocked_delegate_is_not_retried(services: Services) -> None:
    a, b, c = [await delegate(services, n) for n in (1, 2, 3)]
    for user in (a, b, c):
        await services.signups.sign_up(user, SESSION)
    await services.signups.cancel(a, SESSION)
    attempts = 0

    async def blocked(chat_id: int, reply: Reply) -> Delivery:
        nonlocal attempts
        attempts += 1
        return Delivery("blocked", error="Forbidden: bot was blocked by the user")

    services.sender.deliver = blocked
    await services.sender.drain()
    await services.sender.drain()
    assert attempts == 1
    assert await services.storage.outbox.counts("promoted") == {"failed": 1}


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        ("  Zhang   Wei ", "Zhang Wei"),
        ("张伟", "张伟"),
        ("a\x00b\u200bc", "abc"),
        ("", None),
        ("   ", None),
        ("x" * 101, None),
    ],
)
def test_profile_fields_are_tidied(raw: str, clean: str | None) -> None:
    assert clean_profile_field(raw) == clean


async def test_thousand_concurrent_signups_for_a_hundred_seats(
    tmp_path: Path, program: Program, travel: TravelTimes, clock: Clock
) -> None:
    """The capacity rule holds under contention, across several connections too."""
    path = tmp_path / "crowd.sqlite3"
    stores = [await Storage.open(path) for _ in range(4)]
    crowd = with_capacity(program, SESSION, 100)
    services = [
        build_services(Settings(database_path=path), clock, s, crowd, travel) for s in stores
    ]
    try:
        users = range(1, 1001)
        await asyncio.gather(*(services[0].signups.save_profile(u, f"D{u}", "Org") for u in users))
        started = time.perf_counter()
        results = await asyncio.gather(
            *(services[u % 4].signups.sign_up(u, SESSION) for u in users)
        )
        took = time.perf_counter() - started
        outcomes = Counter(r.outcome for r in results)
        assert outcomes == {"confirmed": 100, "waitlisted": 900}
        attendees = await stores[0].signups.attendees(SESSION)
        assert len(attendees) == 1000 and len({a.user_id for a in attendees}) == 1000
        assert sum(a.status == "confirmed" for a in attendees) == 100
        assert [a.position for a in attendees if a.status == "waitlist"] == list(range(1, 901))
        assert sorted(r.position for r in results if r.outcome == "waitlisted") == list(
            range(1, 901)
        )

        confirmed = [a.user_id for a in attendees if a.status == "confirmed"][:10]
        cancels = await asyncio.gather(
            *(services[u % 4].signups.cancel(u, SESSION) for u in confirmed)
        )
        promoted = [p for c in cancels for p in c.promoted]
        first_ten_waiting = [a.user_id for a in attendees if a.status == "waitlist"][:10]
        assert sorted(promoted) == sorted(first_ten_waiting)
        delivery = RecordingDelivery()
        services[0].sender.deliver = delivery  # the bot process's one sender
        await asyncio.gather(services[0].sender.drain(), services[0].sender.drain())
        told = Counter(chat_id for chat_id, _ in delivery.sent)
        assert sorted(told) == sorted(promoted) and set(told.values()) == {1}
        after = await stores[0].signups.attendees(SESSION)
        assert sum(a.status == "confirmed" for a in after) == 100
        print(
            f"\n1000 concurrent sign-ups over 4 connections: {took:.2f}s; "
            f"100 confirmed, 900 waitlisted; 10 cancels -> {len(promoted)} promotions, "
            f"{len(delivery.sent)} messages"
        )
    finally:
        for store in stores:
            await store.close()
