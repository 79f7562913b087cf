"""A pretalx schedule.json becomes a program file the loader accepts, with stable ids."""

from __future__ import annotations

import copy
import io
import json
import tomllib
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest

from bot.program import Program, load_program
from tools.schedule_import import (
    ImportOptions,
    ScheduleImportError,
    convert_schedule,
    import_schedule,
)

EXPORT_FILE = Path(__file__).resolve().parent / "data" / "pretalx_schedule.json"
OPTIONS = ImportOptions(city="Shanghai", city_zh="上海")
PLUS_8 = timezone(timedelta(hours=8))

EXPECTED = {
    "opening-hunans-industria-3f2a9c": (
        datetime(2018, 7, 25, 9, 30, tzinfo=PLUS_8),
        datetime(2018, 7, 25, 11, 30, tzinfo=PLUS_8),
        "Hall A",
        ("Wang Fang",),
    ),
    "session-a1b2c3": (
        datetime(2018, 7, 25, 14, 0, tzinfo=PLUS_8),
        datetime(2018, 7, 25, 15, 30, tzinfo=PLUS_8),
        "Room 201",
        (),
    ),
    "cross-border-e-commerce-0e9f8a": (
        datetime(2018, 7, 26, 10, 0, tzinfo=PLUS_8),
        datetime(2018, 7, 26, 10, 45, tzinfo=PLUS_8),
        "Room 201",
        ("Li Wei", "Maria Schmidt"),
    ),
    "free-trade-zone-briefing-7c0d5e": (
        datetime(2018, 7, 26, 10, 0, tzinfo=PLUS_8),
        datetime(2018, 7, 26, 11, 0, tzinfo=PLUS_8),
        "Hall A",
        ('What the "pilot zone" offers investors',),
    ),
}


def export() -> dict[str, Any]:
    """A fresh copy, so a test can break it without affecting the others."""
    return json.loads(EXPORT_FILE.read_text(encoding="utf-8"))


def first_event(data: dict[str, Any]) -> dict[str, Any]:
    return data["schedule"]["conference"]["days"][0]["rooms"]["Hall A"][0]


def loaded(text: str, tmp_path: Path) -> Program:
    path = tmp_path / "program.toml"
    path.write_text(text, encoding="utf-8")
    return load_program(path)


# ---------------------------------------------------------------- the sample export


def test_converted_program_loads_with_the_four_sessions(tmp_path):
    text, _ = convert_schedule(export(), OPTIONS)
    program = loaded(text, tmp_path)
    assert [s.id for s in program.sessions] == list(EXPECTED)
    for session in program.sessions:
        start, end, venue, aliases = EXPECTED[session.id]
        assert (session.start, session.end) == (start, end)
        assert (session.venue, session.venue_zh) == (venue, venue)
        assert session.aliases == aliases
        assert session.city == "Shanghai" and session.kind == "themed"
        assert session.capacity == 100
    assert program.city("Shanghai") is not None and program.cities[0].name_zh == "上海"
    assert program.event.name == "Hunan Week 2018 Open Talks"
    assert (program.event.start_date.isoformat(), program.event.end_date.isoformat()) == (
        "2018-07-25",
        "2018-07-26",
    )


def test_file_is_written_in_the_program_style():
    text, _ = convert_schedule(export(), OPTIONS)
    assert text.startswith("# Program generated from the hnweek2018 schedule, version 0.7")
    assert "start = 2018-07-25T09:30:00+08:00\n" in text
    assert "end = 2018-07-25T11:30:00+08:00\n" in text


def test_track_becomes_a_keyword_and_html_is_stripped(tmp_path):
    program = loaded(convert_schedule(export(), OPTIONS)[0], tmp_path)
    briefing = program.session("free-trade-zone-briefing-7c0d5e")
    opening = program.session("opening-hunans-industria-3f2a9c")
    panel = program.session("cross-border-e-commerce-0e9f8a")
    assert briefing is not None and opening is not None and panel is not None
    assert briefing.keywords == ("trade",)
    assert opening.description == (
        "Hunan presents its advanced industrial-chain projects & signs deals. Bring business cards."
    )
    assert opening.description_zh == opening.description
    assert panel.description == "How Hunan sellers reach buyers abroad, with the pilot zone."


def test_converting_twice_gives_identical_text():
    assert convert_schedule(export(), OPTIONS) == convert_schedule(export(), OPTIONS)


def test_chinese_title_survives_unescaped(tmp_path):
    text, _ = convert_schedule(export(), OPTIONS)
    assert 'title = "湖南人才招聘会"' in text
    session = loaded(text, tmp_path).session("session-a1b2c3")
    assert session is not None
    assert (session.title, session.title_zh) == ("湖南人才招聘会", "湖南人才招聘会")
    assert session.description == "湖南企业面向长三角招揽人才。"


def test_notes_say_what_to_edit():
    _, notes = convert_schedule(export(), OPTIONS)
    assert any("title_zh" in note and "4 sessions" in note for note in notes)
    assert any(note.startswith("address not in the export") for note in notes)
    assert any("capacity defaulted to 100" in note for note in notes)
    assert not any("time zone" in note for note in notes)


def test_options_fill_the_place(tmp_path):
    options = ImportOptions(
        city="Kunshan", address="1 Expo Road", latitude=31.3, longitude=121.0, capacity=250
    )
    text, notes = convert_schedule(export(), options)
    session = loaded(text, tmp_path).sessions[0]
    assert (session.city, session.address, session.address_zh) == (
        "Kunshan",
        "1 Expo Road",
        "1 Expo Road",
    )
    assert (session.latitude, session.longitude, session.capacity) == (31.3, 121.0, 250)
    assert not any(note.startswith("address not in the export") for note in notes)
    assert any("city name_zh" in note for note in notes)


def test_import_schedule_writes_the_toml(tmp_path):
    target = io.StringIO()
    notes = import_schedule(EXPORT_FILE, target, OPTIONS)
    assert (target.getvalue(), notes) == convert_schedule(export(), OPTIONS)


# ---------------------------------------------------------------- variations


def test_time_without_offset_uses_the_day_and_is_noted(tmp_path):
    data = export()
    del first_event(data)["date"]
    text, notes = convert_schedule(data, OPTIONS)
    session = loaded(text, tmp_path).session("opening-hunans-industria-3f2a9c")
    assert session is not None
    assert session.start == datetime(2018, 7, 25, 9, 30, tzinfo=PLUS_8)
    assert any("1 session had no UTC offset" in note for note in notes)


def test_other_time_zone_keeps_offsets_and_is_noted(tmp_path):
    data = export()
    data["schedule"]["conference"]["time_zone_name"] = "Europe/Berlin"
    first_event(data)["date"] = "2018-07-25T09:30:00+02:00"
    text, notes = convert_schedule(data, OPTIONS)
    assert "start = 2018-07-25T09:30:00+02:00\n" in text
    session = loaded(text, tmp_path).session("opening-hunans-industria-3f2a9c")
    assert session is not None and session.start == datetime(2018, 7, 25, 15, 30, tzinfo=PLUS_8)
    assert any("Europe/Berlin" in note for note in notes)


def test_long_abstract_is_shortened(tmp_path):
    data = export()
    first_event(data)["abstract"] = "word " * 200
    session = loaded(convert_schedule(data, OPTIONS)[0], tmp_path).sessions[0]
    assert len(session.description) <= 400 and session.description.endswith("word…")


def test_same_slug_and_guid_prefix_is_refused():
    data = export()
    rooms = data["schedule"]["conference"]["days"][0]["rooms"]
    rooms["Room 201"].append(copy.deepcopy(first_event(data)))
    with pytest.raises(ScheduleImportError, match="also that of"):
        convert_schedule(data, OPTIONS)


# ---------------------------------------------------------------- errors


def test_bad_duration_names_the_event():
    data = export()
    first_event(data)["duration"] = "2h"
    with pytest.raises(ScheduleImportError) as raised:
        convert_schedule(data, OPTIONS)
    assert str(raised.value) == (
        "day 1, room 'Hall A', event \"Opening: Hunan's Industrial Chain\": "
        "duration '2h' is not HH:MM"
    )


@pytest.mark.parametrize(
    "data",
    [
        {"name": "not a schedule"},
        {"schedule": {"version": "1", "conference": {"title": "No days"}}},
        {"schedule": []},
        ["a", "list"],
    ],
)
def test_non_schedule_json_is_refused(data):
    with pytest.raises(ScheduleImportError, match="not a pretalx/frab schedule export"):
        convert_schedule(data, OPTIONS)


def test_unreadable_file_is_refused(tmp_path):
    source = tmp_path / "schedule.json"
    source.write_text("{not json", encoding="utf-8")
    with pytest.raises(ScheduleImportError, match="not valid JSON"):
        import_schedule(source, io.StringIO(), OPTIONS)
    with pytest.raises(ScheduleImportError, match="file not found"):
        import_schedule(tmp_path / "missing.json", io.StringIO(), OPTIONS)


def test_bad_options_are_refused():
    with pytest.raises(ScheduleImportError, match="capacity"):
        convert_schedule(export(), ImportOptions(city="Shanghai", capacity=0))
    with pytest.raises(ScheduleImportError, match="city"):
        convert_schedule(export(), ImportOptions(city=" "))


# ---------------------------------------------------------------- TOML strings


@pytest.mark.parametrize(
    "text",
    ["plain", 'quote " and back\\slash', "tab\tnew\nline\r\x00\x1f\x7f", "湖南 — café ✓"],
)
def test_any_title_reads_back_from_the_written_file(text):
    data = export()
    data["schedule"]["conference"]["days"][0]["rooms"]["Hall A"][0]["title"] = text
    written, _ = convert_schedule(data, OPTIONS)
    titles = [s["title"] for s in tomllib.loads(written)["sessions"]]
    assert text.strip() in titles or " ".join(text.split()) in titles


def test_a_lone_surrogate_is_written_as_a_replacement_character():
    data = export()
    data["schedule"]["conference"]["days"][0]["rooms"]["Hall A"][0]["title"] = "Hunan \ud800 day"
    written, _ = convert_schedule(data, OPTIONS)
    written.encode("utf-8")  # would raise on a surrogate
    assert "Hunan \ufffd day" in [s["title"] for s in tomllib.loads(written)["sessions"]]
