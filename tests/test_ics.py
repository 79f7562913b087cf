"""The agenda exports as an RFC 5545 calendar that parses back with stable UIDs."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from icalendar import Calendar

from bot.clock import EVENT_TZ
from bot.ics import EVENT_NAME, EVENT_NAME_ZH, agenda_calendar, agenda_filename
from bot.program import Session
from tests.helpers_core import bundled_program

NOW = datetime(2018, 7, 20, 10, 0, tzinfo=EVENT_TZ)


def two_sessions() -> list[Session]:
    program = bundled_program()
    sessions = [program.session("sh-industrial-chain"), program.session("cross-border-ecommerce")]
    assert all(sessions)
    return [s for s in sessions if s is not None]


def parsed(sessions: list[Session], lang: str = "en") -> Calendar:
    return Calendar.from_ical(agenda_calendar(sessions, lang, now=NOW))


def test_one_event_per_session_with_stable_uids():
    sessions = two_sessions()
    events = parsed(sessions).events
    assert [str(e["UID"]) for e in events] == [f"{s.id}@hunan-week-2018" for s in sessions]


def test_times_are_in_asia_shanghai_and_match_the_sessions():
    sessions = two_sessions()
    for event, session in zip(parsed(sessions).events, sessions, strict=True):
        for key, expected in (("DTSTART", session.start), ("DTEND", session.end)):
            assert event[key].params["TZID"] == "Asia/Shanghai"
            moment = event.decoded(key)
            assert moment == expected
            assert moment.utcoffset() == expected.utcoffset()
            assert str(moment.tzinfo) == "Asia/Shanghai"


def test_dtstamp_is_now_in_utc():
    event = parsed(two_sessions()).events[0]
    assert event.decoded("DTSTAMP") == NOW
    assert event.to_ical().decode().count("DTSTAMP:20180720T020000Z") == 1
    assert event.decoded("DTSTAMP").utcoffset() == UTC.utcoffset(None)


def test_texts_in_chinese():
    sessions = two_sessions()
    calendar = parsed(sessions, "zh")
    assert str(calendar["X-WR-CALNAME"]) == EVENT_NAME_ZH
    for event, session in zip(calendar.events, sessions, strict=True):
        assert str(event["SUMMARY"]) == session.title_zh
        assert str(event["LOCATION"]) == f"{session.venue_zh}, {session.address_zh}"
        assert str(event["DESCRIPTION"]) == session.description_zh


def test_texts_in_english_and_geo():
    sessions = two_sessions()
    calendar = parsed(sessions, "en")
    assert str(calendar["X-WR-CALNAME"]) == EVENT_NAME
    for event, session in zip(calendar.events, sessions, strict=True):
        assert str(event["SUMMARY"]) == session.title
        assert str(event["LOCATION"]) == f"{session.venue}, {session.address}"
        assert str(event["DESCRIPTION"]) == session.description
        geo = event["GEO"]
        assert (geo.latitude, geo.longitude) == (session.latitude, session.longitude)


def test_calendar_header():
    calendar = parsed(two_sessions())
    assert str(calendar["PRODID"]) == "-//Hunan Week Delegates Assistant//EN"
    assert str(calendar["VERSION"]) == "2.0"
    assert str(calendar["CALSCALE"]) == "GREGORIAN"
    assert str(calendar["X-WR-TIMEZONE"]) == "Asia/Shanghai"


def test_event_names_match_the_program():
    event = bundled_program().event
    assert (event.name, event.name_zh) == (EVENT_NAME, EVENT_NAME_ZH)


def test_exporting_twice_gives_the_same_uids():
    sessions = two_sessions()
    first = [str(e["UID"]) for e in parsed(sessions).events]
    later = Calendar.from_ical(
        agenda_calendar(sessions, "zh", now=datetime(2018, 7, 25, 8, tzinfo=EVENT_TZ))
    )
    assert [str(e["UID"]) for e in later.events] == first
    assert agenda_calendar(sessions, "en", now=NOW) == agenda_calendar(sessions, "en", now=NOW)


def test_has_a_vtimezone_for_asia_shanghai():
    calendar = parsed(two_sessions())
    assert [tz.tz_name for tz in calendar.timezones] == ["Asia/Shanghai"]
    assert calendar.get_missing_tzids() == set()


def test_empty_agenda_is_still_a_valid_calendar():
    calendar = parsed([])
    assert calendar.events == []
    assert [tz.tz_name for tz in calendar.timezones] == ["Asia/Shanghai"]


def test_lines_are_crlf_terminated_and_folded():
    data = agenda_calendar(bundled_program().sessions, "zh", now=NOW)
    assert data.endswith(b"\r\n")
    lines = data.split(b"\r\n")[:-1]
    assert b"\n" not in b"".join(lines)
    assert all(len(line) <= 75 for line in lines)


def test_naive_now_and_unknown_language_are_refused():
    with pytest.raises(ValueError, match="timezone"):
        agenda_calendar(two_sessions(), "en", now=datetime(2018, 7, 20, 10))
    with pytest.raises(ValueError, match="'cn'"):
        agenda_calendar(two_sessions(), "cn", now=NOW)  # type: ignore[arg-type]


def test_filename_per_language():
    assert agenda_filename("en") == "hunan-week-2018.ics"
    assert agenda_filename("zh").endswith(".ics")
    assert agenda_filename("zh") != agenda_filename("en")
    assert agenda_filename("zh").isascii()
