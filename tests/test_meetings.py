"""Accepted requests become meetings: consent, the slot rule, reminders, /forget, and the
migration that adds them, without Telegram."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator, Sequence
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from bot.clock import Clock
from bot.program import Program
from bot.services import Services
from bot.signups import Signups
from bot.storage import Storage
from bot.storage.database import MIGRATIONS
from tests.conftest import at
from tests.matchmaking_support import (
    ECOMMERCE,
    FINANCE,
    POVERTY,
    handle_of,
    networker,
    networkers,
    with_meeting_tables,
)
from tests.support import services_at

NOW = at("2018-07-25T09:00:00+08:00")  # POVERTY is over; ECOMMERCE and FINANCE to come
ECOMMERCE_START = at("2018-07-25T14:30:00+08:00")
FINANCE_START = at("2018-07-27T09:30:00+08:00")
ASKER, TARGET, THIRD = 801, 802, 803


@pytest.fixture
def clock() -> Clock:
    return Clock(NOW, frozen=True)


@pytest.fixture
async def services(tmp_path: Path, program: Program, clock: Clock) -> AsyncIterator[Services]:
    async with services_at(tmp_path, with_meeting_tables(program, 2), NOW, clock=clock) as built:
        yield built


async def request(
    services: Services, from_user: int, to_user: int, session_id: str | None = None
) -> int:
    handle = await handle_of(services, to_user)
    outcome = await services.networking.request(from_user, handle, session_id)
    assert outcome.request_id is not None, outcome
    return outcome.request_id


async def meet(
    services: Services, from_user: int, to_user: int, session_id: str | None = FINANCE
) -> tuple[int, int | None, int | None]:
    """Two opted-in delegates who meet: (meeting id, slot start minutes into the session's
    first slot as an index, table)."""
    request_id = await request(services, from_user, to_user, session_id)
    outcome = await services.networking.accept(request_id, to_user)
    assert outcome.kind == "accepted" and outcome.meeting is not None, outcome
    record = await services.storage.meetings.get(outcome.meeting.meeting_id)
    assert record is not None
    return record.id, record.slot, record.table_no


async def outbox_of(services: Services, kind: str) -> list[tuple[int, dict[str, object], float]]:
    rows = await services.storage.outbox.rows(kind)
    return [(r["user_id"], json.loads(r["payload"]), r["due_at"]) for r in rows]


# ---------------------------------------------------------------- consent


async def test_accepting_gives_both_a_slot_and_each_other_s_contact(services: Services) -> None:
    await networkers(services, ASKER, TARGET, THIRD)
    request_id = await request(services, ASKER, TARGET, FINANCE)
    assert await services.networking.views.meetings_of(ASKER) == []  # no contact before accept
    outcome = await services.networking.accept(request_id, TARGET)
    assert outcome.kind == "accepted" and outcome.meeting is not None
    seen_by_target = outcome.meeting
    assert (seen_by_target.session_id, seen_by_target.table_no) == (FINANCE, 1)
    assert seen_by_target.start == FINANCE_START
    assert seen_by_target.end == FINANCE_START + timedelta(minutes=15)
    assert seen_by_target.other == await services.networking.views.profile(ASKER)
    assert seen_by_target.contact == ASKER
    seen_by_asker = await services.networking.views.meeting_view(seen_by_target.meeting_id, ASKER)
    assert seen_by_asker is not None and seen_by_asker.contact == TARGET
    assert seen_by_asker.other == await services.networking.views.profile(TARGET)
    assert await services.networking.views.meeting_view(seen_by_target.meeting_id, THIRD) is None
    assert (
        await services.networking.views.meeting_view(seen_by_target.meeting_id + 1, ASKER) is None
    )
    assert await services.networking.views.meetings_of(ASKER) == [seen_by_asker]
    assert await services.networking.views.meetings_of(TARGET) == [seen_by_target]
    told = await outbox_of(services, "meeting_accepted")
    assert told == [(ASKER, {"meeting": seen_by_target.meeting_id}, NOW.timestamp())]


async def test_a_forged_accept_changes_nothing(services: Services) -> None:
    await networkers(services, ASKER, TARGET, THIRD)
    request_id = await request(services, ASKER, TARGET)
    assert (await services.networking.accept(request_id, THIRD)).kind == "not_yours"
    assert (await services.networking.accept(request_id, ASKER)).kind == "not_yours"
    assert (await services.networking.accept(request_id + 7, TARGET)).kind == "gone"
    view = await services.networking.views.request_view(request_id)
    assert view is not None and view.request.status == "pending"
    for user in (ASKER, TARGET, THIRD):
        assert await services.networking.views.meetings_of(user) == []
    assert await services.storage.meetings.table() == []
    assert await outbox_of(services, "meeting_accepted") == []
    assert await outbox_of(services, "meeting_reminder") == []


async def test_the_storage_rule_holds_even_if_the_service_check_is_skipped(
    services: Services,
) -> None:
    await networkers(services, ASKER, TARGET)
    request_id = await request(services, ASKER, TARGET)
    acceptance = await services.storage.meetings.accept(request_id, ASKER, None, NOW, (15,))
    assert acceptance.outcome == "not_yours" and acceptance.meeting is None
    assert await services.storage.meetings.table() == []


async def test_a_request_answered_once_is_gone(services: Services) -> None:
    await networkers(services, ASKER, TARGET, THIRD)
    accepted = await request(services, ASKER, TARGET)
    assert (await services.networking.accept(accepted, TARGET)).kind == "accepted"
    assert (await services.networking.accept(accepted, TARGET)).kind == "gone"  # double tap
    assert await services.networking.decline(accepted, TARGET) == "gone"
    declined = await request(services, ASKER, THIRD)
    assert await services.networking.decline(declined, THIRD) == "done"
    assert (await services.networking.accept(declined, THIRD)).kind == "gone"
    assert len(await services.storage.meetings.table()) == 1


async def test_a_requester_who_opted_out_cannot_be_accepted(services: Services) -> None:
    await networkers(services, ASKER, TARGET)
    request_id = await request(services, ASKER, TARGET)
    await services.networking.set_visible(ASKER, False)
    assert (await services.networking.accept(request_id, TARGET)).kind == "gone"
    assert await services.networking.views.meetings_of(TARGET) == []


# ---------------------------------------------------------------- which session


async def test_the_session_the_request_named_comes_first(services: Services) -> None:
    await networkers(services, ASKER, TARGET)
    for user in (ASKER, TARGET):
        await services.signups.sign_up(user, ECOMMERCE)
    meeting_id, _, _ = await meet(services, ASKER, TARGET, FINANCE)
    assert (await services.storage.meetings.get(meeting_id)).session_id == FINANCE  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("asker_signs_up", "target_signs_up", "expected"),
    [
        ((FINANCE,), (FINANCE,), FINANCE),  # both signed up for it
        ((ECOMMERCE, FINANCE), (FINANCE,), FINANCE),  # the one both signed up for wins
        ((), (FINANCE,), FINANCE),  # one either signed up for
        ((), (), ECOMMERCE),  # the first upcoming one
        ((POVERTY,), (POVERTY,), ECOMMERCE),  # one over is never chosen
    ],
)
async def test_without_one_named_the_meeting_is_at_a_session_they_share(
    services: Services,
    clock: Clock,
    asker_signs_up: Sequence[str],
    target_signs_up: Sequence[str],
    expected: str,
) -> None:
    await networkers(services, ASKER, TARGET)
    clock.set(at("2018-07-24T08:00:00+08:00"))  # sign-up is open everywhere
    for user, sessions in ((ASKER, asker_signs_up), (TARGET, target_signs_up)):
        for session_id in sessions:
            result = await services.signups.sign_up(user, session_id, despite_clash=True)
            assert result.outcome == "confirmed"
    clock.set(NOW)
    request_id = await request(services, ASKER, TARGET, POVERTY)  # named, but over
    outcome = await services.networking.accept(request_id, TARGET)
    assert outcome.meeting is not None and outcome.meeting.session_id == expected


async def test_with_no_matchmaking_session_to_come_they_meet_by_contact(
    tmp_path: Path, program: Program
) -> None:
    only_poverty = with_meeting_tables(program, 2, (POVERTY,))
    async with services_at(tmp_path, only_poverty, NOW) as services:
        await networker(services, ASKER)
        await networker(services, TARGET)
        request_id = await request(services, ASKER, TARGET)
        outcome = await services.networking.accept(request_id, TARGET)
        assert outcome.kind == "accepted" and outcome.meeting is not None
        view = outcome.meeting
        assert (view.session_id, view.start, view.table_no, view.contact) == (
            None,
            None,
            None,
            ASKER,
        )
        assert await outbox_of(services, "meeting_reminder") == []
        assert len(await outbox_of(services, "meeting_accepted")) == 1


# ---------------------------------------------------------------- the slot rule


async def test_the_first_slot_in_which_both_and_a_table_are_free(services: Services) -> None:
    for user in range(1, 8):
        await networker(services, user)
    assert await meet(services, 1, 2) == (1, 0, 1)
    assert await meet(services, 3, 4) == (2, 0, 2)
    assert await meet(services, 1, 3) == (3, 1, 1)  # both met at slot 0
    assert await meet(services, 5, 6) == (4, 1, 2)  # slot 0's two tables are taken
    assert await meet(services, 7, 2) == (5, 2, 1)  # slot 1's tables are taken
    assert await meet(services, 4, 5) == (6, 2, 2)  # 4 is free at 1, but 5 is not
    views = await services.networking.views.meetings_of(1)
    assert [v.start for v in views] == [FINANCE_START, FINANCE_START + timedelta(minutes=15)]


async def test_full_tables_still_record_the_meeting_without_a_slot(
    tmp_path: Path, program: Program
) -> None:
    # FINANCE holds 8 slots of one table: the ninth meeting finds none.
    one_table = with_meeting_tables(program, 1, (FINANCE,))
    async with services_at(tmp_path, one_table, NOW) as services:
        for user in range(1, 20):
            await networker(services, user)
        placed = [await meet(services, 2 * n + 1, 2 * n + 2) for n in range(9)]
        assert [(slot, table) for _, slot, table in placed] == [
            *[(slot, 1) for slot in range(8)],
            (None, None),
        ]
        views = await services.networking.views.meetings_of(17)
        assert [(v.session_id, v.start, v.table_no) for v in views] == [(FINANCE, None, None)]
        assert all(
            user_id not in (17, 18)
            for user_id, _, _ in await outbox_of(services, "meeting_reminder")
        )
        row = (await services.networking.meetings_table())[-1]
        assert (row.session_id, row.start, row.table_no, row.name_a) == (
            FINANCE,
            None,
            None,
            "Delegate 17",
        )
        # A table freed (by /forget) goes to the next meeting, even to a delegate who
        # already has one without a slot.
        await services.signups.forget(1)
        assert (await meet(services, 17, 19))[1:] == (0, 1)


async def test_slots_already_started_are_skipped(services: Services, clock: Clock) -> None:
    await networkers(services, ASKER, TARGET)
    clock.set(ECOMMERCE_START + timedelta(minutes=20))  # slots 0 and 1 have begun
    request_id = await request(services, ASKER, TARGET, ECOMMERCE)
    outcome = await services.networking.accept(request_id, TARGET)
    assert outcome.meeting is not None and outcome.meeting.session_id == ECOMMERCE
    assert outcome.meeting.start == ECOMMERCE_START + timedelta(minutes=30)


# ---------------------------------------------------------------- reminders and views


async def test_reminders_are_planned_for_both_from_their_own_lead_times(
    services: Services,
) -> None:
    await networkers(services, ASKER, TARGET)
    await services.reminders.set_leads(TARGET, (30,))
    meeting_id, _, _ = await meet(services, ASKER, TARGET, FINANCE)
    planned = sorted(
        await outbox_of(services, "meeting_reminder"), key=lambda row: (row[0], row[2])
    )
    start = FINANCE_START.timestamp()
    assert planned == [
        (
            ASKER,
            {"meeting": meeting_id, "lead": 60, "start": FINANCE_START.isoformat()},
            start - 60 * 60,
        ),
        (
            ASKER,
            {"meeting": meeting_id, "lead": 15, "start": FINANCE_START.isoformat()},
            start - 15 * 60,
        ),
        (
            TARGET,
            {"meeting": meeting_id, "lead": 30, "start": FINANCE_START.isoformat()},
            start - 30 * 60,
        ),
    ]
    rows = await services.storage.outbox.rows("meeting_reminder")
    assert {row["session_id"] for row in rows} == {FINANCE}


async def test_meetings_are_listed_in_time_order_and_counted_for_organizers(
    services: Services,
) -> None:
    await networkers(services, ASKER, TARGET, THIRD)
    late, _, _ = await meet(services, ASKER, TARGET, FINANCE)
    early, _, _ = await meet(services, THIRD, ASKER, ECOMMERCE)
    views = await services.networking.views.meetings_of(ASKER)
    assert [v.meeting_id for v in views] == [early, late]
    assert [v.contact for v in views] == [THIRD, TARGET]
    stats = await services.networking.stats()
    assert stats.meetings == {ECOMMERCE: 1, FINANCE: 1}
    assert stats.accepted == 2 and stats.requests == {"accepted": 2}
    table = await services.networking.meetings_table()
    assert [(r.session_id, r.start, r.table_no, r.name_a, r.name_b) for r in table] == [
        (ECOMMERCE, ECOMMERCE_START, 1, f"Delegate {THIRD}", f"Delegate {ASKER}"),
        (FINANCE, FINANCE_START, 1, f"Delegate {ASKER}", f"Delegate {TARGET}"),
    ]
    assert {r.organization_a for r in table} == {"Org"}


# ---------------------------------------------------------------- /forget


async def test_forget_removes_the_networking_and_tells_the_partner(
    services: Services,
) -> None:
    await networkers(services, ASKER, TARGET, THIRD, 804)
    # TARGET accepted ASKER (ASKER's notice not sent yet), asked THIRD (THIRD's notice not
    # sent yet), declined 804 (804's notice not sent yet) and reported them.
    _, _, table = await meet(services, ASKER, TARGET, FINANCE)
    await request(services, TARGET, THIRD)
    reported = await request(services, 804, TARGET)
    assert await services.networking.decline(reported, TARGET) == "done"
    assert await services.networking.report(reported, TARGET) == "done"
    assert len(await outbox_of(services, "meeting_declined")) == 1
    await services.signups.forget(TARGET)
    assert await services.networking.views.profile(TARGET) is None
    assert await services.networking.views.meetings_of(ASKER) == []
    assert await services.storage.meetings.table() == []
    assert (await services.networking.stats()).reports == []
    assert await services.networking.suggestions(THIRD) != []
    cancelled = await outbox_of(services, "meeting_cancelled")
    assert cancelled == [
        (
            ASKER,
            {"session_id": FINANCE, "start": FINANCE_START.isoformat(), "table": table},
            NOW.timestamp(),
        )
    ]
    # The notices about the meeting and the requests, and the reminders, never go out.
    for kind in ("meeting_accepted", "meeting_reminder", "meeting_request", "meeting_declined"):
        assert await outbox_of(services, kind) == [], kind
    # 804 was blocked by someone who is gone: they may be suggested and ask again.
    assert (await services.networking.request(804, await handle_of(services, THIRD))).kind == (
        "sent"
    )


async def test_a_meeting_already_over_is_removed_without_a_word(
    services: Services, clock: Clock
) -> None:
    await networkers(services, ASKER, TARGET)
    await meet(services, ASKER, TARGET, ECOMMERCE)
    clock.set(ECOMMERCE_START + timedelta(minutes=15))  # the first slot is over
    await services.signups.forget(ASKER)
    assert await outbox_of(services, "meeting_cancelled") == []
    assert await services.networking.views.meetings_of(TARGET) == []


async def test_forget_wakes_the_sender_for_the_cancellation(
    services: Services, clock: Clock
) -> None:
    await networkers(services, ASKER, TARGET)
    await meet(services, ASKER, TARGET, FINANCE)
    calls: list[tuple[bool, Sequence[datetime] | None]] = []

    async def record(due_now: bool, moments: Sequence[datetime] | None) -> None:
        calls.append((due_now, moments))

    signups = Signups(services.storage, clock, services.current, on_change=record)
    assert await signups.forget(TARGET) == 0  # no seat given away
    assert calls == [(True, None)]


# ---------------------------------------------------------------- the migration


async def test_the_networking_migration_applies_to_an_existing_database(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite3"
    before = MIGRATIONS[:8]
    old = await Storage.open(path, before)
    await old.users.touch(ASKER, "zh", NOW)
    await old.close()
    storage = await Storage.open(path)
    try:
        assert await storage.schema_version() == len(MIGRATIONS) >= 9
        assert await storage.users.get(ASKER) is not None
        rows = await storage.database.fetch_all(
            "SELECT name FROM sqlite_master WHERE type = 'table'"
        )
        assert {"network_profiles", "meeting_requests", "blocks", "reports", "meetings"} <= {
            row[0] for row in rows
        }
        assert await storage.networking.visible() == []
    finally:
        await storage.close()
