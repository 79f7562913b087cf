"""Clashes by overlapping time and by travel between cities; the session itself is ignored."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

from bot.clashes import Clash, clashes_among, find_clashes
from bot.clock import EVENT_TZ
from bot.program import Session
from bot.travel import TravelTimes, load_travel_times
from tests.helpers_core import ROOT, bundled_program


def travel_times() -> TravelTimes:
    cities = [city.name for city in bundled_program().cities]
    return load_travel_times(ROOT / "data" / "travel_times.toml", cities)


def at(day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(2018, 7, day, hour, minute, tzinfo=EVENT_TZ)


def session(session_id: str, city: str, start: datetime, end: datetime) -> Session:
    """A real session from the bundled program, moved to the given place and time."""
    base = bundled_program().sessions[0]
    return replace(base, id=session_id, city=city, start=start, end=end)


def test_overlap_is_detected():
    new = session("new", "Shanghai", at(24, 9, 30), at(24, 12))
    other = session("other", "Shanghai", at(24, 11), at(24, 13))
    assert find_clashes(new, [other], travel_times()) == [Clash(other, "overlap", -60, 0)]


def test_overlap_in_different_cities_is_an_overlap_not_travel():
    new = session("new", "Shanghai", at(24, 9, 30), at(24, 12))
    other = session("other", "Nanjing", at(24, 10), at(24, 11))
    [clash] = find_clashes(new, [other], travel_times())
    assert (clash.kind, clash.travel_minutes) == ("overlap", 150)


def test_touching_sessions_in_the_same_city_are_fine():
    new = session("new", "Shanghai", at(24, 9, 30), at(24, 12))
    after = session("after", "Shanghai", at(24, 12), at(24, 14))
    before = session("before", "Shanghai", at(24, 8), at(24, 9, 30))
    assert find_clashes(new, [after, before], travel_times()) == []


def test_too_little_time_to_travel_to_another_city():
    new = session("new", "Shanghai", at(24, 9, 30), at(24, 12))
    other = session("other", "Hangzhou", at(24, 12, 30), at(24, 15))
    assert find_clashes(new, [other], travel_times()) == [Clash(other, "travel", 30, 120)]


def test_travel_clash_in_either_order():
    new = session("new", "Hangzhou", at(24, 12, 30), at(24, 15))
    other = session("other", "Shanghai", at(24, 9, 30), at(24, 12))
    assert find_clashes(new, [other], travel_times()) == [Clash(other, "travel", 30, 120)]


def test_exactly_enough_time_to_travel_is_fine():
    new = session("new", "Shanghai", at(24, 9, 30), at(24, 12))
    other = session("other", "Hangzhou", at(24, 14), at(24, 16))
    assert find_clashes(new, [other], travel_times()) == []


def test_another_city_the_next_day_is_fine():
    new = session("new", "Shanghai", at(24, 9, 30), at(24, 12))
    other = session("other", "Hangzhou", at(25, 9, 30), at(25, 12))
    assert find_clashes(new, [other], travel_times()) == []


def test_the_same_session_is_ignored():
    new = session("same", "Shanghai", at(24, 9, 30), at(24, 12))
    assert find_clashes(new, [new, replace(new, city="Hangzhou")], travel_times()) == []


def test_clashes_are_sorted_by_the_other_sessions_start():
    new = session("new", "Shanghai", at(24, 10), at(24, 16))
    late = session("late", "Shanghai", at(24, 15), at(24, 17))
    early = session("early", "Shanghai", at(24, 9), at(24, 11))
    travel = session("travel", "Kunshan", at(24, 16, 30), at(24, 18))
    clashes = find_clashes(new, iter([travel, late, early]), travel_times())
    assert [(c.other.id, c.kind) for c in clashes] == [
        ("early", "overlap"),
        ("late", "overlap"),
        ("travel", "travel"),
    ]


def test_real_program_talent_recruiting_overlaps_poverty_alleviation():
    program = bundled_program()
    talent = program.session("talent-recruiting")
    poverty = program.session("poverty-alleviation-matchmaking")
    assert talent is not None and poverty is not None
    assert (talent.city, talent.start, talent.end) == ("Shanghai", at(24, 14), at(24, 17))
    assert (poverty.start, poverty.end) == (at(24, 14, 30), at(24, 16, 30))
    clashes = find_clashes(poverty, program.sessions, travel_times())
    assert [(c.other.id, c.kind) for c in clashes] == [("talent-recruiting", "overlap")]
    assert clashes[0].gap_minutes == -120


# ---------------------------------------------------------------- among a delegate's sessions


def test_clashes_among_flag_each_pair_once_under_the_later_session():
    morning = session("morning", "Shanghai", at(24, 9, 30), at(24, 12))
    overlapping = session("overlapping", "Shanghai", at(24, 11), at(24, 13))
    too_far = session("too-far", "Hangzhou", at(24, 14), at(24, 16))  # 60 min after, 120 needed
    next_day = session("next-day", "Nanjing", at(25, 9, 30), at(25, 12))
    among = clashes_among([next_day, too_far, overlapping, morning], travel_times())
    assert among == {
        "overlapping": (Clash(morning, "overlap", -60, 0),),
        "too-far": (Clash(overlapping, "travel", 60, 120),),
    }


def test_clashes_among_sessions_starting_together_go_under_the_second_listed():
    a = session("a", "Shanghai", at(25, 9, 30), at(25, 11, 30))
    b = session("b", "Hangzhou", at(25, 9, 30), at(25, 12))
    assert clashes_among([b, a], travel_times()) == {"b": (Clash(a, "overlap", -120, 120),)}


def test_clashes_among_agree_with_the_sign_up_check():
    """One rule: a pair is flagged among a delegate's sessions exactly when signing up for
    the later one, holding the earlier, would have warned."""
    program = bundled_program()
    travel = travel_times()
    for earlier in program.sessions:
        for later in program.sessions:
            if (earlier.start, earlier.id) < (later.start, later.id):
                among = clashes_among([earlier, later], travel)
                assert among.get(later.id, ()) == tuple(find_clashes(later, [earlier], travel))
