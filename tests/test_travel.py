"""The bundled travel times cover the program's cities; broken files are refused by name."""

from __future__ import annotations

from itertools import combinations
from pathlib import Path

import pytest

from bot.program import ProgramError, load_program
from bot.travel import TravelTimes, load_travel_times
from tests.helpers_core import PROGRAM_FILE, ROOT

TRAVEL_FILE = ROOT / "data" / "travel_times.toml"
CITIES = ("Shanghai", "Hangzhou", "Nanjing", "Kunshan")


def program_cities() -> list[str]:
    return [city.name for city in load_program(PROGRAM_FILE).cities]


def bundled() -> TravelTimes:
    return load_travel_times(TRAVEL_FILE, program_cities())


def route(a: str, b: str, minutes: object = 100) -> str:
    value = f'"{minutes}"' if isinstance(minutes, str) else str(minutes).lower()
    return f'[[route]]\nfrom = "{a}"\nto = "{b}"\nminutes = {value}\n\n'


def complete_routes(skip: frozenset[str] = frozenset()) -> str:
    return "".join(route(a, b) for a, b in combinations(CITIES, 2) if frozenset((a, b)) != skip)


def refused(tmp_path: Path, text: str) -> ProgramError:
    path = tmp_path / "travel_times.toml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ProgramError) as caught:
        load_travel_times(path, CITIES)
    error = caught.value
    assert error.path == path
    assert str(path) in str(error)
    return error


# ---------------------------------------------------------------- the bundled file


def test_bundled_file_covers_the_programs_four_cities():
    assert set(program_cities()) == set(CITIES)
    travel = bundled()
    assert travel.cities == frozenset(CITIES)
    assert len(travel.routes) == 6
    assert travel.source == TRAVEL_FILE


def test_bundled_minutes_are_plausible():
    travel = bundled()
    assert travel.minutes("Shanghai", "Kunshan") == 60
    assert travel.minutes("Shanghai", "Hangzhou") == 120
    for a, b in combinations(CITIES, 2):
        assert 30 <= travel.minutes(a, b) <= 240


@pytest.mark.parametrize(("a", "b"), list(combinations(CITIES, 2)))
def test_minutes_are_symmetric(a, b):
    travel = bundled()
    assert travel.minutes(a, b) == travel.minutes(b, a) > 0


@pytest.mark.parametrize("city", CITIES)
def test_same_city_is_zero(city):
    assert bundled().minutes(city, city) == 0


def test_unknown_pair_is_a_value_error_naming_both_cities():
    with pytest.raises(ValueError, match="'Shanghai' and 'Beijing'") as caught:
        bundled().minutes("Shanghai", "Beijing")
    assert not isinstance(caught.value, KeyError)


def test_file_marks_its_figures_as_illustrative():
    assert "ILLUSTRATIVE" in TRAVEL_FILE.read_text(encoding="utf-8")


def test_cities_may_be_any_iterable(tmp_path):
    path = tmp_path / "travel.toml"
    path.write_text(route("Shanghai", "Kunshan", 60), encoding="utf-8")
    travel = load_travel_times(path, iter(["Shanghai", "Kunshan", "Shanghai"]))
    assert travel.minutes("Kunshan", "Shanghai") == 60


# ---------------------------------------------------------------- broken files


def test_missing_file_is_named(tmp_path):
    path = tmp_path / "nowhere.toml"
    with pytest.raises(ProgramError, match="file not found") as caught:
        load_travel_times(path, CITIES)
    assert str(path) in str(caught.value)


def test_invalid_toml_is_named(tmp_path):
    error = refused(tmp_path, "[[route]\nfrom = ")
    assert "not valid TOML" in error.problem


def test_unknown_top_level_key(tmp_path):
    error = refused(tmp_path, 'note = "hello"\n' + complete_routes())
    assert (error.where, error.field) == ("top level", "note")


def test_no_routes(tmp_path):
    error = refused(tmp_path, "# nothing yet\n")
    assert (error.where, error.field) == ("top level", "route")


def test_route_must_be_an_array_of_tables(tmp_path):
    error = refused(tmp_path, "route = 5\n")
    assert (error.where, error.field) == ("top level", "route")


def test_unknown_route_field(tmp_path):
    broken = route("Shanghai", "Kunshan").replace("minutes", "bus = 1\nminutes")
    text = complete_routes(skip=frozenset(("Shanghai", "Kunshan"))) + broken
    error = refused(tmp_path, text)
    assert (error.where, error.field) == ("route 'Shanghai–Kunshan'", "bus")
    assert "field 'bus'" in str(error) and "route 'Shanghai–Kunshan'" in str(error)


@pytest.mark.parametrize("field", ["from", "to", "minutes"])
def test_missing_route_field(tmp_path, field):
    lines = [line for line in route("Shanghai", "Kunshan").splitlines() if line]
    text = "\n".join(line for line in lines if not line.startswith(f"{field} ")) + "\n"
    error = refused(tmp_path, text)
    expected_where = "route 'Shanghai–Kunshan'" if field == "minutes" else "route #1"
    assert (error.where, error.field) == (expected_where, field)
    assert "missing required field" in error.problem


def test_a_misspelt_city_shows_as_the_pair_it_leaves_uncovered(tmp_path):
    # "Nanjng" is not a city of the program: its route is set aside, and the pair it was
    # meant to cover is reported missing, by name.
    error = refused(tmp_path, route("Shanghai", "Hangzhou") + route("Shanghai", "Nanjng"))
    assert error.where == "route 'Shanghai–Nanjing'"
    assert "missing" in error.problem


def test_routes_for_cities_the_program_does_not_use_are_ignored(tmp_path):
    path = tmp_path / "travel.toml"
    path.write_text(route("Shanghai", "Hangzhou") + route("Beijing", "Shanghai"), encoding="utf-8")
    times = load_travel_times(path, ["Shanghai", "Hangzhou"])
    assert times.minutes("Shanghai", "Hangzhou") > 0
    assert times.cities == frozenset({"Shanghai", "Hangzhou"})


def test_one_city_needs_no_routes(tmp_path):
    path = tmp_path / "travel.toml"
    path.write_text("# nothing to travel between\n", encoding="utf-8")
    assert load_travel_times(path, ["Shanghai"]).minutes("Shanghai", "Shanghai") == 0


def test_city_must_be_text(tmp_path):
    error = refused(tmp_path, '[[route]]\nfrom = "Shanghai"\nto = 3\nminutes = 60\n')
    assert (error.where, error.field) == ("route #1", "to")


@pytest.mark.parametrize("minutes", [0, -5, 1441, 90.5, "90", True])
def test_minutes_must_be_a_whole_number_in_range(tmp_path, minutes):
    skip = frozenset(("Nanjing", "Kunshan"))
    error = refused(tmp_path, complete_routes(skip) + route("Nanjing", "Kunshan", minutes))
    assert (error.where, error.field) == ("route 'Nanjing–Kunshan'", "minutes")


def test_minutes_bounds_are_inclusive(tmp_path):
    path = tmp_path / "travel.toml"
    text = route("Shanghai", "Kunshan", 1) + route("Shanghai", "Nanjing", 1440)
    path.write_text(text + route("Nanjing", "Kunshan", 120), encoding="utf-8")
    travel = load_travel_times(path, ["Shanghai", "Kunshan", "Nanjing"])
    assert travel.minutes("Shanghai", "Kunshan") == 1
    assert travel.minutes("Shanghai", "Nanjing") == 1440


def test_route_from_a_city_to_itself(tmp_path):
    error = refused(tmp_path, route("Hangzhou", "Hangzhou") + complete_routes())
    assert (error.where, error.field) == ("route 'Hangzhou–Hangzhou'", "to")


@pytest.mark.parametrize(("a", "b"), [("Shanghai", "Hangzhou"), ("Hangzhou", "Shanghai")])
def test_duplicate_pair_in_either_direction(tmp_path, a, b):
    error = refused(tmp_path, complete_routes() + route(a, b))
    assert (error.where, error.field) == (f"route '{a}–{b}'", "to")
    assert "duplicate of route #1" in error.problem


def test_every_pair_must_be_covered(tmp_path):
    error = refused(tmp_path, complete_routes(skip=frozenset(("Hangzhou", "Kunshan"))))
    assert error.where == "route 'Hangzhou–Kunshan'"
    assert error.problem.startswith("missing")
    assert "route 'Hangzhou–Kunshan'" in str(error)


def test_route_must_be_a_table(tmp_path):
    error = refused(tmp_path, "route = [1, 2]\n")
    assert error.where == "route #1"
