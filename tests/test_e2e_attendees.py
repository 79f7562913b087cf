"""The organizer's attendee list as a CSV attachment, end to end: what a delegate typed
as their name reaches the organizer's spreadsheet as text, never as a formula."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest

from bot.clock import Clock
from bot.exports import attendees_csv
from bot.program import Program
from bot.render.organizer import ATTENDEES_INLINE
from bot.storage import Attendee
from bot.travel import TravelTimes
from tests.chat import ORGANIZER, organizer_settings, serve_bot, services_of
from tests.conftest import at
from tests.fake_bot_api import FakeBotApiServer

TOURISM = "tourism-promotion"
SIGNED_UP = at("2018-07-24T08:00:00+08:00")
# What spreadsheets run: a formula (=, +, -, @) and the tab and carriage return that
# some of them skip before one.
FORMULAS = (
    '=HYPERLINK("http://evil.example","Click")',
    "+cmd|' /C calc'!A0",
    "-2+3",
    "@SUM(1+1)",
    "\t=1+1",
    "\r=1+1",
)


@pytest.mark.parametrize("value", FORMULAS)
def test_a_cell_a_spreadsheet_would_run_is_written_as_text(value: str) -> None:
    attendee = Attendee(1, value, value, "confirmed", None, SIGNED_UP)
    [_, row] = csv.reader(io.StringIO(attendees_csv([attendee]), newline=""))
    assert row[3] == row[4] == f"'{value}"


def test_plain_names_and_numbers_are_left_as_they_are() -> None:
    attendee = Attendee(42, "Li Wei", "Hunan-Commerce", "waitlist", 3, SIGNED_UP)
    [_, row] = csv.reader(io.StringIO(attendees_csv([attendee])))
    assert row[:5] == ["waitlist", "3", "42", "Li Wei", "Hunan-Commerce"]


async def test_the_csv_sent_in_chat_carries_typed_formulas_as_text(
    tmp_path: Path, program: Program, travel: TravelTimes
) -> None:
    clock = Clock(SIGNED_UP, frozen=True)
    settings = organizer_settings(tmp_path / "bot.sqlite3")
    async with (
        FakeBotApiServer() as server,
        serve_bot(server, settings, clock, program, travel) as bot,
    ):
        services = services_of(bot)
        # Enough delegates for the list to come as a file.
        for user_id in range(7001, 7001 + ATTENDEES_INLINE):
            await services.signups.save_profile(user_id, f"Delegate {user_id}", "Org")
            assert (await services.signups.sign_up(user_id, TOURISM)).outcome == "confirmed"
        # One more signs up in chat, typing formulas as name and organization.
        typist = bot.user(7500)
        await bot.say("/signup tourism", user=typist)
        await bot.say(FORMULAS[0], user=typist)
        _, signed = await bot.say(FORMULAS[1], user=typist, expect=2)
        assert "signed up" in signed["text"]

        summary, document = await bot.say("/attendees tourism", user=bot.user(ORGANIZER), expect=2)
        assert "CSV" in summary["text"]
        [stored] = [m for m in bot.api.sent if m.get("message_id") == document["message_id"]]
        content = stored["_document_bytes"].decode("utf-8-sig")
    rows = list(csv.reader(io.StringIO(content, newline="")))
    assert len(rows) == 1 + ATTENDEES_INLINE + 1
    assert rows[-1][2:5] == ["7500", f"'{FORMULAS[0]}", f"'{FORMULAS[1]}"]
    assert rows[1][3:5] == ["Delegate 7001", "Org"]
