"""The slot rule under contention: 200 accepts racing over several connections to one
database file, for a session of 20 tables and 8 slots (160 places)."""

from __future__ import annotations

import asyncio
import random
import time
from collections import Counter, defaultdict
from collections.abc import AsyncIterator, Sequence
from pathlib import Path

import pytest

from bot.app import build_services
from bot.clock import Clock
from bot.config import Settings
from bot.program import Program
from bot.services import Services
from bot.storage import MeetingRecord, Storage
from bot.storage.networking import MAX_PENDING
from bot.travel import TravelTimes
from tests.conftest import at
from tests.matchmaking_support import FINANCE, handle_of, networker, with_meeting_tables

NOW = at("2018-07-25T09:00:00+08:00")
TABLES, SLOTS = 20, 8  # FINANCE runs 2 hours: 8 slots of 15 minutes
CONNECTIONS = 4


@pytest.fixture
async def crowd(
    tmp_path: Path, program: Program, travel: TravelTimes
) -> AsyncIterator[list[Services]]:
    """The services on CONNECTIONS connections to one file, as separate processes would."""
    path = tmp_path / "crowd.sqlite3"
    clock = Clock(NOW, frozen=True)
    tables = with_meeting_tables(program, TABLES, (FINANCE,))
    stores = [await Storage.open(path) for _ in range(CONNECTIONS)]
    try:
        yield [
            build_services(Settings(database_path=path), clock, store, tables, travel)
            for store in stores
        ]
    finally:
        for store in stores:
            await store.close()


async def race(crowd: list[Services], pairs: Sequence[tuple[int, int]]) -> list[MeetingRecord]:
    """Every pair's request sent, then all accepted at once; the meetings made."""
    first = crowd[0]
    for user in sorted({user for pair in pairs for user in pair}):
        await networker(first, user)
    requests = []
    for asker, target in pairs:
        outcome = await first.networking.request(asker, await handle_of(first, target), FINANCE)
        assert outcome.kind == "sent", (asker, target, outcome)
        requests.append((outcome.request_id, target))
    started = time.perf_counter()
    outcomes = await asyncio.gather(
        *(
            crowd[n % CONNECTIONS].networking.accept(request_id, target)
            for n, (request_id, target) in enumerate(requests)
        )
    )
    took = time.perf_counter() - started
    assert Counter(outcome.kind for outcome in outcomes) == {"accepted": len(pairs)}
    meetings = [
        meeting
        for user in sorted({target for _, target in requests})
        for meeting in await first.storage.meetings.of(user)
        if meeting.user_b == user
    ]
    assert len(meetings) == len(pairs) == len({m.request_id for m in meetings})
    placed = sum(m.slot is not None for m in meetings)
    print(
        f"\n{len(pairs)} concurrent accepts over {CONNECTIONS} connections: {took:.2f}s; "
        f"{placed} at a table, {len(pairs) - placed} by contact"
    )
    return meetings


def check_slot_rule(meetings: Sequence[MeetingRecord]) -> None:
    """Never two meetings at a table in one slot, never a delegate twice in a slot, and
    a meeting is only ever placed later (or nowhere) when every earlier slot was full or
    one of the two was busy in it. Tables and delegates only ever fill up, so what held
    when a meeting was placed still holds at the end."""
    at_table = Counter((m.session_id, m.slot, m.table_no) for m in meetings if m.slot is not None)
    assert set(at_table.values()) == {1}
    busy: dict[int, set[int]] = defaultdict(set)
    seats: Counter[int] = Counter()
    for meeting in meetings:
        if meeting.slot is None:
            assert meeting.table_no is None
            continue
        assert meeting.session_id == FINANCE
        assert 0 <= meeting.slot < SLOTS and 1 <= meeting.table_no <= TABLES  # type: ignore[operator]
        seats[meeting.slot] += 1
        for user in (meeting.user_a, meeting.user_b):
            assert meeting.slot not in busy[user], f"{user} twice in slot {meeting.slot}"
            busy[user].add(meeting.slot)
    for meeting in meetings:
        earlier = range(SLOTS) if meeting.slot is None else range(meeting.slot)
        for slot in earlier:
            assert (
                seats[slot] == TABLES
                or slot in busy[meeting.user_a]
                or slot in busy[meeting.user_b]
            ), (meeting, slot)


async def test_two_hundred_accepts_by_different_pairs_fill_every_table_first(
    crowd: list[Services],
) -> None:
    pairs = [(1000 + 2 * n, 1001 + 2 * n) for n in range(200)]
    meetings = await race(crowd, pairs)
    check_slot_rule(meetings)
    placed = [m for m in meetings if m.slot is not None]
    assert len(placed) == TABLES * SLOTS  # every place taken before any meeting had none
    reminded = {row["user_id"] for row in await crowd[0].storage.outbox.rows("meeting_reminder")}
    assert reminded == {user for m in placed for user in (m.user_a, m.user_b)}


async def test_two_hundred_accepts_among_delegates_in_several_meetings(
    crowd: list[Services],
) -> None:
    """80 delegates in 200 pairs (5 meetings each on average, some more than the 8
    slots): the rule must also keep each delegate to one table a slot."""
    rng = random.Random(14)
    asked: Counter[int] = Counter()
    pairs: set[tuple[int, int]] = set()
    while len(pairs) < 200:
        a, b = sorted(rng.sample(range(2000, 2080), 2))
        if (a, b) not in pairs and asked[a] < MAX_PENDING:
            pairs.add((a, b))
            asked[a] += 1
    meetings = await race(crowd, sorted(pairs))
    check_slot_rule(meetings)
    in_meetings = Counter(user for m in meetings for user in (m.user_a, m.user_b))
    assert max(in_meetings.values()) > SLOTS  # some delegate cannot have a slot for all
    assert any(m.slot is None for m in meetings)
