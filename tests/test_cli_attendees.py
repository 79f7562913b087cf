"""`run_bot.py attendees`: the organizers' list, read from the bot's database in a subprocess."""

from __future__ import annotations

import asyncio
import csv
import io
import json
import re
import sqlite3
from datetime import timedelta
from pathlib import Path

import pytest

from bot.clock import Clock, parse_moment
from bot.config import DEFAULT_PROGRAM_FILE, DEFAULT_TRAVEL_FILE
from bot.program import load_program
from bot.program_holder import ProgramHolder
from bot.signups import Signups
from bot.storage import Profile, Storage
from bot.travel import load_travel_times
from tests.support import run_cli

SESSION = "tourism-promotion"
# (user id, name, organization), in sign-up order: two seats, so the third waits.
DELEGATES = (
    (8001, "Alice Zhang", "Hunan Tourism Bureau"),
    (8002, "Bob Li, Jr.", 'Org "B", Changsha'),  # a comma and quotes, for the CSV
    (8003, "王芳", "长沙市商务局"),
)
FIRST_SIGNUP = parse_moment("2018-07-25T08:00:00+08:00")


@pytest.fixture
def program_file(tmp_path: Path) -> Path:
    """The bundled program with two seats at the tourism promotion."""
    text = DEFAULT_PROGRAM_FILE.read_text(encoding="utf-8")
    block = re.compile(r'(id = "tourism-promotion".*?\ncapacity = )\d+', re.DOTALL)
    text, count = block.subn(r"\g<1>2", text, count=1)
    assert count == 1
    path = tmp_path / "program.toml"
    path.write_text(text, encoding="utf-8")
    assert load_program(path).session(SESSION).capacity == 2  # type: ignore[union-attr]
    return path


@pytest.fixture
def env(tmp_path: Path, program_file: Path) -> dict[str, str]:
    return {
        "DATABASE_PATH": str(tmp_path / "bot.sqlite3"),
        "PROGRAM_FILE": str(program_file),
    }


async def populate(
    database: Path,
    program_file: Path,
    delegates: tuple[tuple[int, str, str], ...] = DELEGATES,
) -> None:
    """Three delegates sign up, a minute apart, for two seats."""
    program = load_program(program_file)
    travel = load_travel_times(DEFAULT_TRAVEL_FILE, [city.name for city in program.cities])
    clock = Clock(FIRST_SIGNUP, frozen=True)
    storage = await Storage.open(database)
    try:
        signups = Signups(storage, clock, ProgramHolder(program, travel, clock))
        for user_id, name, organization in delegates:
            await storage.profiles.save(Profile(user_id, name, organization), clock.now())
            result = await signups.sign_up(user_id, SESSION)
            assert result.outcome in ("confirmed", "waitlisted")
            clock.advance(timedelta(minutes=1))
        statuses = [(a.user_id, a.status) for a in await storage.signups.attendees(SESSION)]
        assert statuses == [(8001, "confirmed"), (8002, "confirmed"), (8003, "waitlist")]
    finally:
        await storage.close()


class Abandon(Exception):
    """Raised inside a transaction to roll it back."""


def signed_up_at(index: int) -> str:
    return (FIRST_SIGNUP + timedelta(minutes=index)).isoformat()


async def test_json_lists_confirmed_then_waitlist_in_order(
    env: dict[str, str], program_file: Path
) -> None:
    await populate(Path(env["DATABASE_PATH"]), program_file)
    result = await asyncio.to_thread(run_cli, "attendees", SESSION, "--json", env=env)
    assert result.returncode == 0, result.stderr
    listing = json.loads(result.stdout)
    assert listing == {
        "session": SESSION,
        "capacity": 2,
        "confirmed": [
            {
                "user_id": user_id,
                "name": name,
                "organization": organization,
                "signed_up_at": signed_up_at(i),
            }
            for i, (user_id, name, organization) in enumerate(DELEGATES[:2])
        ],
        "waitlist": [
            {
                "user_id": 8003,
                "name": "王芳",
                "organization": "长沙市商务局",
                "signed_up_at": signed_up_at(2),
            }
        ],
    }


async def test_csv_has_a_header_and_one_row_per_delegate(
    env: dict[str, str], program_file: Path
) -> None:
    await populate(Path(env["DATABASE_PATH"]), program_file)
    result = await asyncio.to_thread(run_cli, "attendees", SESSION, "--csv", env=env)
    assert result.returncode == 0, result.stderr
    rows = list(csv.reader(io.StringIO(result.stdout)))
    assert rows[0] == [
        "status",
        "waitlist_position",
        "user_id",
        "name",
        "organization",
        "signed_up_at",
    ]
    assert rows[1:] == [
        ["confirmed", "", "8001", "Alice Zhang", "Hunan Tourism Bureau", signed_up_at(0)],
        ["confirmed", "", "8002", "Bob Li, Jr.", 'Org "B", Changsha', signed_up_at(1)],
        ["waitlist", "1", "8003", "王芳", "长沙市商务局", signed_up_at(2)],
    ]


async def test_plain_text_summarises_then_lists(env: dict[str, str], program_file: Path) -> None:
    await populate(Path(env["DATABASE_PATH"]), program_file)
    result = await asyncio.to_thread(run_cli, "attendees", SESSION, env=env)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0] == f"{SESSION}: 2 of 2 confirmed, 1 waiting"
    assert [line.split()[0] for line in lines[1:]] == ["confirmed", "confirmed", "waitlist"]
    assert "Alice Zhang" in lines[1] and "Bob Li, Jr." in lines[2]
    assert "#1" in lines[3] and "王芳" in lines[3]


async def test_csv_neutralises_what_a_spreadsheet_would_run(
    env: dict[str, str], program_file: Path
) -> None:
    """A name or organization a spreadsheet would take for a formula is written as text."""
    formulas = (
        (8001, '=HYPERLINK("http://evil.example","Click")', "+cmd|' /C calc'!A0"),
        (8002, "@SUM(1+1)*cmd|' /C calc'!A0", "-2+3"),
        (8003, "\t=1+1", "=1+1"),  # a carriage return would not survive text mode
    )
    await populate(Path(env["DATABASE_PATH"]), program_file, formulas)
    result = await asyncio.to_thread(run_cli, "attendees", SESSION, "--csv", env=env)
    assert result.returncode == 0, result.stderr
    rows = list(csv.reader(io.StringIO(result.stdout)))
    cells = [cell for row in rows[1:] for cell in row[3:5]]
    assert cells == [f"'{value}" for _, name, org in formulas for value in (name, org)]


def test_unknown_session_exits_2_naming_it(env: dict[str, str]) -> None:
    result = run_cli("attendees", "no-such-session", "--json", env=env)
    assert result.returncode == 2
    assert "no-such-session" in result.stderr
    assert result.stdout == ""


async def test_empty_session_lists_nobody(env: dict[str, str]) -> None:
    result = await asyncio.to_thread(
        run_cli, "attendees", "cross-border-ecommerce", "--json", env=env
    )
    assert result.returncode == 0, result.stderr
    listing = json.loads(result.stdout)
    assert listing["confirmed"] == [] and listing["waitlist"] == []


async def test_reads_while_the_bot_holds_the_database_open(
    env: dict[str, str], program_file: Path
) -> None:
    database = Path(env["DATABASE_PATH"])
    await populate(database, program_file)
    bot_storage = await Storage.open(database)  # the running bot's connection
    with sqlite3.connect(database) as check:
        assert check.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    try:
        result = await asyncio.to_thread(run_cli, "attendees", SESSION, "--json", env=env)
        assert result.returncode == 0, result.stderr
        listing = json.loads(result.stdout)
        assert [p["user_id"] for p in listing["confirmed"]] == [8001, 8002]

        # Even in the middle of the bot's write transaction: WAL readers are not blocked,
        # and see only what was committed.
        with pytest.raises(Abandon):
            async with bot_storage.database.transaction() as db:
                await db.execute("DELETE FROM signups WHERE user_id = 8001")
                result = await asyncio.to_thread(run_cli, "attendees", SESSION, "--json", env=env)
                raise Abandon  # rolls the deletion back
        assert result.returncode == 0, result.stderr
        listing = json.loads(result.stdout)
        assert [p["user_id"] for p in listing["confirmed"]] == [8001, 8002]
        assert [p["user_id"] for p in listing["waitlist"]] == [8003]
        assert [a.user_id for a in await bot_storage.signups.attendees(SESSION)] == [
            8001,
            8002,
            8003,
        ]
    finally:
        await bot_storage.close()
