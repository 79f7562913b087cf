"""The program file's matchmaking parts: the sector list, and the meeting tables and slot
length of a matchmaking session; a wrong value is refused naming the field."""

from __future__ import annotations

import json
from datetime import timedelta
from pathlib import Path

import pytest

from bot.config import DEFAULT_PROGRAM_FILE
from bot.program import ProgramError, Sector, parse_program
from tests.helpers_core import bundled_program

BUNDLED = DEFAULT_PROGRAM_FILE.read_text(encoding="utf-8")
MATCHMAKING = (
    "poverty-alleviation-matchmaking",
    "cross-border-ecommerce",
    "industry-finance-matchmaking",
)
FIRST_TABLES = "tables = 20\nslot_minutes = 15\n"  # the poverty alleviation matchmaking's
# the file up to its [[sectors]] section (which comes last)
WITHOUT_SECTORS = BUNDLED[: BUNDLED.rindex("\n# -----", 0, BUNDLED.index("# Sectors:"))] + "\n"


BAD_TABLES = "field 'tables': must be a whole number from 0 to 1000"


def refusal(text: str) -> str:
    with pytest.raises(ProgramError) as refused:
        parse_program(text, Path("program.toml"))
    return str(refused.value)


def test_the_bundled_sectors_load_in_both_languages_with_their_words() -> None:
    program = bundled_program()
    assert len(program.sectors) >= 12
    assert all(isinstance(sector, Sector) for sector in program.sectors)
    finance = program.sector("finance-investment")
    assert finance is not None
    assert finance.named("en") == "Finance and investment" and finance.named("zh") == "金融与投资"
    assert "bank loans" in finance.aliases and "融资" in finance.aliases_zh
    for sector in program.sectors:
        assert len(sector.aliases) >= 8 and len(sector.aliases_zh) >= 8, sector.id
    assert program.sector("no-such-sector") is None


def test_the_bundled_program_has_three_matchmaking_sessions_with_slots() -> None:
    program = bundled_program()
    held = [session for session in program.sessions if session.is_matchmaking]
    assert sorted(s.id for s in held) == sorted(MATCHMAKING)
    for session in held:
        assert (session.tables, session.slot_minutes) == (20, 15)
        assert session.meeting_slots == 8  # two hours of 15-minute meetings
        assert session.slot_start(0) == session.start
        last = session.slot_start(session.meeting_slots - 1)
        assert last + timedelta(minutes=session.slot_minutes) == session.end
    others = [s for s in program.sessions if not s.is_matchmaking]
    assert others and all(s.tables == 0 and s.meeting_slots == 0 for s in others)


def test_slot_minutes_default_to_fifteen_when_only_tables_are_given() -> None:
    program = parse_program(BUNDLED.replace(FIRST_TABLES, "tables = 4\n", 1), Path("p.toml"))
    session = program.session(MATCHMAKING[0])
    assert session is not None and (session.tables, session.slot_minutes) == (4, 15)


def test_a_program_without_sectors_still_loads() -> None:
    program = parse_program(WITHOUT_SECTORS, Path("p.toml"))
    assert program.sectors == () and program.sector("finance-investment") is None


@pytest.mark.parametrize(
    ("old", "new", "said"),
    [
        ("tables = 20", 'tables = "20"', BAD_TABLES),
        ("tables = 20", "tables = -1", BAD_TABLES),
        ("tables = 20", "tables = true", BAD_TABLES),
        ("tables = 20", "tables = 2.5", BAD_TABLES),
        ("tables = 20", "tables = 100000", BAD_TABLES),
        (
            "slot_minutes = 15",
            "slot_minutes = 0",
            "field 'slot_minutes': must be a whole number from 5 to 240",
        ),
        (
            "slot_minutes = 15",
            "slot_minutes = 180",
            "field 'slot_minutes': 180 minutes is longer than the session",
        ),
        ("tables = 20\n", "", "field 'slot_minutes': needs `tables`"),
        ("tables = 20", "tables = 0", "field 'slot_minutes': needs `tables`"),
        ('id = "new-materials"', 'id = "New Materials"', "field 'id': must be 1-32 lowercase"),
        (
            'id = "new-materials"',
            'id = "finance-investment"',
            "sector 'finance-investment', field 'id': duplicate",
        ),
        (
            'name = "New materials"',
            'name = "Finance and investment"',
            "sector 'Finance and investment', field 'name': duplicate",
        ),
        ('name_zh = "新材料"', 'name_zh = "金融与投资"', "field 'name_zh': duplicate"),
        ('name = "New materials"\n', "", "sector 'new-materials', field 'name': missing"),
        (
            'name_zh = "新材料"',
            'name_zh = "  "',
            "sector 'new-materials', field 'name_zh': must not",
        ),
        ('name = "New materials"', 'keywords = ["x"]', "sector 'new-materials', field 'keywords'"),
        (
            'aliases = [\n    "new materials"',
            "aliases = [\n    7",
            "field 'aliases': must be a list",
        ),
    ],
)
def test_a_wrong_matchmaking_value_is_refused_naming_the_field(
    old: str, new: str, said: str
) -> None:
    assert old in BUNDLED
    assert said in refusal(BUNDLED.replace(old, new, 1))


def test_a_sessions_default_slot_longer_than_the_session_says_so() -> None:
    short = BUNDLED.replace(FIRST_TABLES, "tables = 3\n", 1).replace(
        "end = 2018-07-24T16:30:00+08:00", "end = 2018-07-24T14:40:00+08:00", 1
    )
    assert "field 'slot_minutes': 15 minutes is longer than the session" in refusal(short)


def test_sectors_that_are_not_an_array_of_tables_are_refused() -> None:
    assert "field 'sectors': must be an array of tables" in refusal(
        "sectors = 3\n" + WITHOUT_SECTORS
    )


def test_program_json_shows_the_sectors_and_the_meeting_tables() -> None:
    from bot.exports import program_json

    exported = json.loads(program_json(bundled_program()))
    assert [s["id"] for s in exported["sectors"]][:2] == ["advanced-manufacturing", "new-materials"]
    tables = {s["id"]: (s["meeting_tables"], s["meeting_slots"]) for s in exported["sessions"]}
    assert tables["industry-finance-matchmaking"] == (20, 8)
    assert tables["tourism-promotion"] == (0, 0)
