"""End to end: a delegate's confirmed sessions as a calendar (.ics) file, from the agenda's
"Add to calendar" button, through the real Application over HTTP against the fake Bot API."""

from __future__ import annotations

from datetime import datetime

from icalendar import Calendar

from tests.chat import TOURISM, button, sign_up_new
from tests.conftest import BotUnderTest


async def test_add_to_calendar_sends_an_ics_document(bot: BotUnderTest) -> None:
    await sign_up_new(bot, bot.user(), "tourism")
    [agenda] = await bot.say("/my")
    caption, document = await bot.press(agenda, button(agenda, "Add to calendar"), expect=2)
    assert "calendar" in caption["text"]
    assert document["document"]["file_name"].endswith(".ics")

    [stored] = [
        m
        for m in bot.api.sent
        if m.get("message_id") == document["message_id"]
        and m["chat"]["id"] == document["chat"]["id"]
    ]
    calendar = Calendar.from_ical(stored["_document_bytes"])
    events = [c for c in calendar.walk() if c.name == "VEVENT"]
    assert [str(e["UID"]) for e in events] == [f"{TOURISM}@hunan-week-2018"]
    start = events[0].decoded("DTSTART")
    assert isinstance(start, datetime)
    assert start == datetime.fromisoformat("2018-07-25T09:30:00+08:00")
    assert start.utcoffset() is not None and start.utcoffset().total_seconds() == 8 * 3600
    assert "Tourism Promotion" in str(events[0]["SUMMARY"])


async def test_calendar_with_nothing_confirmed_says_so(bot: BotUnderTest) -> None:
    [start] = await bot.say("/start")
    mark = len(bot.api.calls)
    bot.api.push_callback(bot.user(), start, "i", check_button=False)
    [empty] = await bot.replies(start["chat"]["id"], mark, 1)
    assert "No confirmed sessions" in empty["text"]
    assert not [m for m in bot.api.sent if "document" in m]
