"""/forget leaves nothing that names the delegate or their choices: no row in any table
mentions their id, and the file itself no longer holds their name."""

from __future__ import annotations

from pathlib import Path

from bot.clock import Clock
from bot.program import Program
from bot.services import Services
from bot.storage import Announcement, Storage
from bot.storage.records import ProfileQuestion
from bot.travel import TravelTimes
from tests.conftest import at
from tests.matchmaking_support import handle_of, networker, with_meeting_tables
from tests.support import RecordingDelivery, services_at

USER, OTHER, THIRD = 4101, 4102, 4103
NAME = "Forgettable Zhangsan-Unique"
OFFER = "Unforgettable-Offer Hunan chili"
SIGNED_UP = at("2018-07-24T08:00:00+08:00")
AFTER_THE_WEEK = at("2018-08-30T08:00:00+08:00")

# Columns that hold a user id, besides every column named user_id.
USER_COLUMNS = {
    ("users", "id"),
    ("broadcasts", "created_by"),
    ("meeting_requests", "from_user"),
    ("meeting_requests", "to_user"),
    ("blocks", "blocked_id"),
    ("reports", "reporter"),
    ("reports", "reported"),
    ("meetings", "user_a"),
    ("meetings", "user_b"),
}


async def rows_naming(storage: Storage, user_id: int) -> dict[str, int]:
    """How many rows of each table mention `user_id`, in every table with a user_id
    column (found from sqlite_master, so a table added later is checked too)."""
    tables = await storage.database.fetch_all(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
    )
    found: dict[str, int] = {}
    for (table,) in tables:
        columns = await storage.database.fetch_all(f"PRAGMA table_info({table})")
        for column in [c["name"] for c in columns]:
            if column == "user_id" or (table, column) in USER_COLUMNS:
                row = await storage.database.fetch_one(
                    f"SELECT count(*) FROM {table} WHERE {column} = ?", (user_id,)
                )
                found[f"{table}.{column}"] = row[0] if row else 0
    return found


async def test_forget_leaves_no_row_that_mentions_the_delegate(
    tmp_path: Path, program: Program, travel: TravelTimes
) -> None:
    clock = Clock(SIGNED_UP, frozen=False)
    program = with_meeting_tables(program)
    async with services_at(
        tmp_path, program, SIGNED_UP, organizer_ids=frozenset({USER}), clock=clock
    ) as services:
        storage = services.storage
        await storage.users.touch(USER, "en", clock.now())
        await services.signups.save_profile(USER, NAME, "Unique Org")
        # Changing their organization from /profile, the new name given so far.
        question = ProfileQuestion(USER, "organization", True, None, NAME, clock.now())
        await storage.profiles.ask(question)
        for session in program.sessions[:3]:
            await services.signups.sign_up(USER, session.id)
        await services.reminders.set_leads(USER, (30,))
        await services.reminders.subscribe(USER)
        await storage.broadcasts.create_draft(USER, Announcement("draft", None), clock.now())
        await network(services)
        # Reminders and digests sent: rows naming the sessions they chose.
        clock.set(AFTER_THE_WEEK)
        services.sender.deliver = RecordingDelivery()
        await services.sender.drain()
        before = await rows_naming(storage, USER)
        assert before["outbox.user_id"] > 0 and before["users.id"] == 1
        assert before["meetings.user_a"] == before["reports.reported"] == 1

        await services.signups.forget(USER)

        assert set((await rows_naming(storage, USER)).values()) == {0}
        assert await storage.users.audience("all") == [OTHER, THIRD]
        row = await storage.database.fetch_one("PRAGMA secure_delete")
        assert row is not None and row[0] == 1
    left = files_in(tmp_path)
    assert NAME.encode() not in left and OFFER.encode() not in left  # nor in free pages or WAL


async def network(services: Services) -> None:
    """The delegate opts in, meets OTHER, and is blocked and reported by THIRD."""
    saved = await services.networking.save(
        USER, role="buyer", sectors=["agri"], offer=OFFER, seek="tea", languages=["zh"]
    )
    assert saved.kind == "saved"
    await networker(services, OTHER)
    await networker(services, THIRD)
    asked = await services.networking.request(USER, await handle_of(services, OTHER))
    assert asked.request_id is not None
    assert (await services.networking.accept(asked.request_id, OTHER)).kind == "accepted"
    pest = await services.networking.request(USER, await handle_of(services, THIRD))
    assert pest.request_id is not None
    assert await services.networking.report(pest.request_id, THIRD) == "done"


def files_in(folder: Path) -> bytes:
    return b"".join(path.read_bytes() for path in folder.iterdir() if path.is_file())
