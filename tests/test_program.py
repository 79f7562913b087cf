"""The bundled program loads and is complete; broken program files are refused by name."""

from __future__ import annotations

import re
import tomllib
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from bot.clock import EVENT_TZ
from bot.program import ProgramError, load_program
from tests.helpers_core import EVENT_DAYS, PROGRAM_FILE, SESSION_IDS, bundled_program

PLUS_8 = timedelta(hours=8)
FIRST_MOMENT = datetime(2018, 7, 24, tzinfo=EVENT_TZ)
LAST_MOMENT = datetime(2018, 7, 28, tzinfo=EVENT_TZ)  # exclusive: the end of 27 July
CJK = re.compile(r"[\u4e00-\u9fff]")

# ---------------------------------------------------------------- the bundled program


def test_bundled_program_has_the_ten_sessions():
    program = bundled_program()
    assert sorted(s.id for s in program.sessions) == sorted(SESSION_IDS)
    assert len(program.sessions) == 10
    for session_id in SESSION_IDS:
        found = program.session(session_id)
        assert found is not None and found.id == session_id
    assert program.session("no-such-session") is None


def test_sessions_are_in_time_order():
    sessions = bundled_program().sessions
    assert list(sessions) == sorted(sessions, key=lambda s: (s.start, s.id))


def test_all_four_cities_are_used():
    program = bundled_program()
    names = {city.name for city in program.cities}
    assert names == {"Shanghai", "Hangzhou", "Nanjing", "Kunshan"}
    assert {s.city for s in program.sessions} == names
    for city in program.cities:
        assert program.city(city.name) is city
        assert CJK.search(city.name_zh)


def test_event_spans_24_to_27_july_2018():
    program = bundled_program()
    assert program.event.start_date == date(2018, 7, 24)
    assert program.event.end_date == date(2018, 7, 27)
    assert program.days() == EVENT_DAYS
    assert program.event.name and CJK.search(program.event.name_zh)


@pytest.mark.parametrize("session_id", SESSION_IDS)
def test_session_is_complete_in_both_languages(session_id):
    program = bundled_program()
    session = program.session(session_id)
    assert session is not None
    for english, chinese in (
        (session.title, session.title_zh),
        (session.venue, session.venue_zh),
        (session.address, session.address_zh),
    ):
        assert english.strip() and not CJK.search(english)
        assert chinese.strip() and CJK.search(chinese)
    assert session.aliases and session.aliases_zh
    assert session.keywords and session.keywords_zh
    assert all(CJK.search(alias) for alias in session.aliases_zh)
    assert len(session.themes) >= 1
    assert set(session.themes) <= {theme.id for theme in program.themes}
    assert session.kind in ("main", "themed")
    assert session.capacity >= 1
    assert -90 <= session.latitude <= 90 and -180 <= session.longitude <= 180


@pytest.mark.parametrize("session_id", SESSION_IDS)
def test_session_times_are_plus_8_within_the_event(session_id):
    session = bundled_program().session(session_id)
    assert session is not None
    for moment in (session.start, session.end):
        assert moment.utcoffset() == PLUS_8
        assert FIRST_MOMENT <= moment < LAST_MOMENT
    assert session.start < session.end
    assert session.start.date() == session.end.date()


def test_the_file_itself_writes_plus_8_offsets():
    # The loader converts any offset to Asia/Shanghai, so check the file as written too.
    raw = tomllib.loads(PROGRAM_FILE.read_text(encoding="utf-8"))
    for entry in raw["sessions"]:
        for key in ("start", "end"):
            assert isinstance(entry[key], datetime), (entry["id"], key)
            assert entry[key].utcoffset() == PLUS_8, (entry["id"], key)


def test_the_three_main_conferences_are_in_shanghai_hangzhou_nanjing():
    main = [s for s in bundled_program().sessions if s.kind == "main"]
    assert len(main) == 3
    assert sorted(s.city for s in main) == ["Hangzhou", "Nanjing", "Shanghai"]


def test_faq_entries_are_bilingual_and_unique():
    faq = bundled_program().faq
    assert faq
    assert len({entry.id for entry in faq}) == len(faq)
    for entry in faq:
        assert entry.question and entry.answer
        assert CJK.search(entry.question_zh) and CJK.search(entry.answer_zh)


def test_loaded_program_remembers_its_source():
    assert bundled_program().source == PROGRAM_FILE


# ---------------------------------------------------------------- broken files

BUNDLED_TEXT = PROGRAM_FILE.read_text(encoding="utf-8")


def edit_session(text: str, session_id: str, old: str, new: str) -> str:
    """Replaces `old` (which must occur exactly once) inside one [[sessions]] block."""
    blocks = text.split("[[sessions]]")
    matching = [i for i, block in enumerate(blocks) if f'id = "{session_id}"\n' in block]
    assert len(matching) == 1, f"no single [[sessions]] block for {session_id}"
    block = blocks[matching[0]]
    assert block.count(old) == 1, f"{old!r} is not unique in session {session_id}"
    blocks[matching[0]] = block.replace(old, new)
    return "[[sessions]]".join(blocks)


def drop_line(text: str, session_id: str, key: str) -> str:
    """Removes the one-line `key = ...` entry from a session block."""
    blocks = text.split("[[sessions]]")
    for i, block in enumerate(blocks):
        if f'id = "{session_id}"\n' in block:
            lines = block.split("\n")
            kept = [line for line in lines if not line.startswith(f"{key} = ")]
            assert len(kept) == len(lines) - 1
            blocks[i] = "\n".join(kept)
    return "[[sessions]]".join(blocks)


def write(tmp_path: Path, text: str, name: str = "program.toml") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def assert_names(error: ProgramError, path: Path, where: str | None, field: str | None) -> None:
    message = str(error)
    assert str(path) in message
    assert error.path == path
    assert error.where == where
    assert error.field == field
    if where is not None:
        assert where in message
    if field is not None:
        assert f"field '{field}'" in message


# (description, session named in the error, field, edit to the bundled text)
BROKEN_SESSIONS = [
    (
        "duplicate id",
        "sh-industrial-chain",
        "id",
        lambda t: edit_session(
            t, "talent-recruiting", 'id = "talent-recruiting"', 'id = "sh-industrial-chain"'
        ),
    ),
    (
        "end before start",
        "tourism-promotion",
        "end",
        lambda t: edit_session(
            t,
            "tourism-promotion",
            "end = 2018-07-25T11:30:00+08:00",
            "end = 2018-07-25T08:30:00+08:00",
        ),
    ),
    (
        "end equal to start",
        "tourism-promotion",
        "end",
        lambda t: edit_session(
            t,
            "tourism-promotion",
            "end = 2018-07-25T11:30:00+08:00",
            "end = 2018-07-25T09:30:00+08:00",
        ),
    ),
    (
        "missing title",
        "talent-recruiting",
        "title",
        lambda t: drop_line(t, "talent-recruiting", "title"),
    ),
    (
        "unknown field",
        "cross-border-ecommerce",
        "speaker",
        lambda t: edit_session(
            t,
            "cross-border-ecommerce",
            'id = "cross-border-ecommerce"\n',
            'id = "cross-border-ecommerce"\nspeaker = "Jack Ma"\n',
        ),
    ),
    (
        "bad time string",
        "nj-parks-promotion",
        "start",
        lambda t: edit_session(
            t,
            "nj-parks-promotion",
            "start = 2018-07-26T09:30:00+08:00",
            'start = "26 July, 9:30 am"',
        ),
    ),
    (
        "a date where a time belongs",
        "nj-parks-promotion",
        "start",
        lambda t: edit_session(
            t, "nj-parks-promotion", "start = 2018-07-26T09:30:00+08:00", "start = 2018-07-26"
        ),
    ),
    (
        "time without offset",
        "commercial-carriers",
        "start",
        lambda t: edit_session(
            t,
            "commercial-carriers",
            "start = 2018-07-26T14:30:00+08:00",
            "start = 2018-07-26T14:30:00",
        ),
    ),
    (
        "time string without offset",
        "commercial-carriers",
        "end",
        lambda t: edit_session(
            t,
            "commercial-carriers",
            "end = 2018-07-26T16:30:00+08:00",
            'end = "2018-07-26T16:30:00"',
        ),
    ),
    (
        "unknown city",
        "hz-industry-promotion",
        "city",
        lambda t: edit_session(t, "hz-industry-promotion", 'city = "Hangzhou"', 'city = "Beijing"'),
    ),
    (
        "unknown theme",
        "industry-finance-matchmaking",
        "themes",
        lambda t: edit_session(
            t,
            "industry-finance-matchmaking",
            'themes = ["fortune500", "business-environment"]',
            'themes = ["fortune500", "space-travel"]',
        ),
    ),
    (
        "zero capacity",
        "cultural-creative-parks",
        "capacity",
        lambda t: edit_session(t, "cultural-creative-parks", "capacity = 200", "capacity = 0"),
    ),
    (
        "capacity as text",
        "cultural-creative-parks",
        "capacity",
        lambda t: edit_session(t, "cultural-creative-parks", "capacity = 200", 'capacity = "200"'),
    ),
    (
        "unknown kind",
        "tourism-promotion",
        "kind",
        lambda t: edit_session(t, "tourism-promotion", 'kind = "themed"', 'kind = "keynote"'),
    ),
    (
        "latitude out of range",
        "tourism-promotion",
        "latitude",
        lambda t: edit_session(t, "tourism-promotion", "latitude = 31.2397", "latitude = 131.2397"),
    ),
]


@pytest.mark.parametrize(
    ("session_id", "field", "edit"),
    [pytest.param(s, f, e, id=name) for name, s, f, e in BROKEN_SESSIONS],
)
def test_broken_session_is_refused_naming_file_session_and_field(tmp_path, session_id, field, edit):
    broken = edit(BUNDLED_TEXT)
    assert broken != BUNDLED_TEXT
    path = write(tmp_path, broken)
    with pytest.raises(ProgramError) as caught:
        load_program(path)
    assert_names(caught.value, path, f"session '{session_id}'", field)


def test_the_edited_copy_is_otherwise_valid(tmp_path):
    # Guards the test above: an unedited copy in tmp_path loads, so each failure is the edit's.
    program = load_program(write(tmp_path, BUNDLED_TEXT))
    assert [s.id for s in program.sessions] == [s.id for s in bundled_program().sessions]


def test_invalid_toml_syntax_names_the_file_and_line(tmp_path):
    path = write(
        tmp_path,
        BUNDLED_TEXT.replace('title = "Hunan Talent Recruiting Meeting"', 'title = "Hunan Talent'),
    )
    with pytest.raises(ProgramError) as caught:
        load_program(path)
    assert_names(caught.value, path, None, None)
    assert "TOML" in str(caught.value)
    assert "line" in str(caught.value)


def test_missing_file_names_the_file(tmp_path):
    path = tmp_path / "nowhere" / "program.toml"
    with pytest.raises(ProgramError) as caught:
        load_program(path)
    assert_names(caught.value, path, None, None)
    assert "not found" in str(caught.value)


def test_non_utf8_file_is_refused(tmp_path):
    path = tmp_path / "program.toml"
    path.write_bytes(BUNDLED_TEXT.encode("utf-8") + b"\n# \xff\xfe broken\n")
    with pytest.raises(ProgramError) as caught:
        load_program(path)
    assert str(path) in str(caught.value)


# ---------------------------------------------------------------- minimal programs

MINIMAL = """
[event]
name = "Week"
name_zh = "洽谈周"
start_date = 2018-07-24
end_date = 2018-07-27

[[themes]]
id = "t1"
title = "Theme"
title_zh = "主题"

[[cities]]
name = "Shanghai"
name_zh = "上海"

[[sessions]]
id = "{session_id}"
title = "A session"
title_zh = "活动"
kind = "main"
city = "Shanghai"
venue = "Hall"
venue_zh = "大厅"
address = "1 Road"
address_zh = "路1号"
latitude = 31.2
longitude = 121.5
start = {start}
end = 2018-07-24T12:00:00+08:00
capacity = {capacity}
themes = ["t1"]
"""


def minimal(
    session_id: str = "only", start: str = "2018-07-24T09:00:00+08:00", capacity: str = "10"
) -> str:
    return MINIMAL.format(session_id=session_id, start=start, capacity=capacity)


def test_minimal_program_loads(tmp_path):
    program = load_program(write(tmp_path, minimal()))
    (session,) = program.sessions
    assert session.id == "only"
    assert session.start == datetime(2018, 7, 24, 9, 0, tzinfo=EVENT_TZ)
    assert session.aliases == () and session.description == ""
    assert program.faq == ()


def test_other_offsets_are_converted_to_shanghai_time(tmp_path):
    program = load_program(write(tmp_path, minimal(start="2018-07-24T01:00:00Z")))
    start = program.sessions[0].start
    assert start.utcoffset() == PLUS_8
    assert (start.hour, start.minute) == (9, 0)


@pytest.mark.parametrize(
    ("text", "where", "field"),
    [
        pytest.param(minimal(capacity="0"), "session 'only'", "capacity", id="zero-capacity"),
        pytest.param(minimal(capacity="-5"), "session 'only'", "capacity", id="negative-capacity"),
        pytest.param(minimal(capacity="true"), "session 'only'", "capacity", id="bool-capacity"),
        pytest.param(minimal(start='"soon"'), "session 'only'", "start", id="bad-time"),
        pytest.param(
            minimal(start="2018-07-24T09:00:00"), "session 'only'", "start", id="no-offset"
        ),
        pytest.param(minimal(session_id="Bad Id"), "session 'Bad Id'", "id", id="bad-id"),
        pytest.param(
            minimal().replace("end_date = 2018-07-27", "end_date = 2018-07-20"),
            "[event]",
            "end_date",
            id="event-ends-before-it-starts",
        ),
        pytest.param(
            minimal() + '\n[extra]\nkey = "value"\n', "top level", "extra", id="unknown-section"
        ),
        pytest.param(minimal().split("[[sessions]]")[0], "top level", "sessions", id="no-sessions"),
    ],
)
def test_minimal_program_errors(tmp_path, text, where, field):
    path = write(tmp_path, text)
    with pytest.raises(ProgramError) as caught:
        load_program(path)
    assert_names(caught.value, path, where, field)
