"""Settings.from_env (an injected mapping, never os.environ) and the Clock."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from bot.clock import EVENT_TZ, Clock, parse_moment
from bot.config import DEFAULT_API_BASE_URL, DEFAULT_PROGRAM_FILE, ConfigError, Settings
from tests.helpers_core import ROOT

TOKEN = "123456789:AAE-very-secret-token_XYZ"
START = datetime(2018, 7, 25, 9, 0, tzinfo=EVENT_TZ)


# ---------------------------------------------------------------- settings


def test_empty_environment_is_offline_with_defaults():
    settings = Settings.from_env({})
    assert settings.offline is True
    assert settings.telegram_token is None
    assert settings.api_base_url == DEFAULT_API_BASE_URL
    assert settings.program_file == DEFAULT_PROGRAM_FILE
    assert settings.now is None
    assert settings.log_level == "INFO"


def test_default_database_is_outside_the_repository():
    path = Settings.from_env({}).database_path
    assert path.is_absolute()
    assert not path.resolve().is_relative_to(ROOT.resolve())


def test_xdg_state_home_places_the_database(tmp_path):
    settings = Settings.from_env({"XDG_STATE_HOME": str(tmp_path)})
    assert settings.database_path.is_relative_to(tmp_path)


def test_explicit_values_are_used(tmp_path):
    settings = Settings.from_env(
        {
            "TELEGRAM_BOT_TOKEN": f"  {TOKEN}  ",
            "TELEGRAM_API_BASE_URL": "http://127.0.0.1:8081/bot",
            "PROGRAM_FILE": str(tmp_path / "p.toml"),
            "DATABASE_PATH": str(tmp_path / "db.sqlite3"),
            "LOG_LEVEL": "debug",
        }
    )
    assert settings.offline is False
    assert settings.telegram_token == TOKEN
    assert settings.api_base_url == "http://127.0.0.1:8081/bot"
    assert settings.program_file == tmp_path / "p.toml"
    assert settings.database_path == tmp_path / "db.sqlite3"
    assert settings.log_level == "DEBUG"


def test_blank_values_count_as_unset():
    settings = Settings.from_env({"TELEGRAM_BOT_TOKEN": "   ", "BOT_NOW": "", "LOG_LEVEL": " "})
    assert settings.offline is True
    assert settings.now is None
    assert settings.log_level == "INFO"


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("2018-07-25T09:00:00+08:00", datetime(2018, 7, 25, 9, 0, tzinfo=EVENT_TZ)),
        ("2018-07-25T01:00:00+00:00", datetime(2018, 7, 25, 9, 0, tzinfo=EVENT_TZ)),
        ("2018-07-25T01:00:00Z", datetime(2018, 7, 25, 9, 0, tzinfo=EVENT_TZ)),
        ("2018-07-25T09:00:00", datetime(2018, 7, 25, 9, 0, tzinfo=EVENT_TZ)),
        ("2018-07-25 14:30", datetime(2018, 7, 25, 14, 30, tzinfo=EVENT_TZ)),
    ],
)
def test_bot_now_is_parsed_into_shanghai_time(raw, expected):
    now = Settings.from_env({"BOT_NOW": raw}).now
    assert now == expected
    assert now is not None and now.tzinfo is not None
    assert now.utcoffset() == timedelta(hours=8)
    assert getattr(now.tzinfo, "key", None) == "Asia/Shanghai"
    assert (now.hour, now.minute) == (expected.hour, expected.minute)


@pytest.mark.parametrize(
    ("environ", "variable"),
    [
        ({"BOT_NOW": "tomorrow morning"}, "BOT_NOW"),
        ({"BOT_NOW": "2018-13-45T09:00:00"}, "BOT_NOW"),
        ({"BOT_NOW": "25/07/2018 09:00"}, "BOT_NOW"),
        ({"LOG_LEVEL": "LOUD"}, "LOG_LEVEL"),
        ({"LOG_LEVEL": "TRACE"}, "LOG_LEVEL"),
        ({"TELEGRAM_API_BASE_URL": "api.telegram.org/bot"}, "TELEGRAM_API_BASE_URL"),
        ({"TELEGRAM_API_BASE_URL": "ftp://api.telegram.org/bot"}, "TELEGRAM_API_BASE_URL"),
    ],
)
def test_bad_values_raise_config_error_naming_the_variable(environ, variable):
    with pytest.raises(ConfigError) as caught:
        Settings.from_env({"TELEGRAM_BOT_TOKEN": TOKEN, **environ})
    assert variable in str(caught.value)
    assert TOKEN not in str(caught.value)


def test_config_error_is_a_value_error():
    assert issubclass(ConfigError, ValueError)


def test_token_never_appears_in_repr():
    settings = Settings.from_env(
        {"TELEGRAM_BOT_TOKEN": TOKEN, "TELEGRAM_API_BASE_URL": "http://localhost:8081/bot"}
    )
    assert TOKEN not in repr(settings)
    assert TOKEN not in str(settings)
    assert "AAE-very-secret" not in repr(settings)
    assert "telegram_token" not in repr(settings)
    assert "http://localhost:8081/bot" in repr(settings)  # the rest is still useful in logs


def test_settings_are_frozen():
    settings = Settings.from_env({})
    with pytest.raises(AttributeError):
        settings.log_level = "DEBUG"  # type: ignore[misc]


def test_default_program_file_is_the_bundled_one():
    assert DEFAULT_PROGRAM_FILE == ROOT / "data" / "program.toml"
    assert DEFAULT_PROGRAM_FILE.is_file()
    assert isinstance(Settings().database_path, Path)


# ---------------------------------------------------------------- clock


class FakeWall:
    """Seconds since the epoch, moved by hand."""

    def __init__(self, start: float = 1_700_000_000.0) -> None:
        self.now = start

    def __call__(self) -> float:
        return self.now


def close_to(a: datetime, b: datetime, tolerance: timedelta = timedelta(milliseconds=1)) -> bool:
    return abs(a - b) <= tolerance


def test_clock_now_is_aware_shanghai_time_close_to_start():
    clock = Clock(START)
    now = clock.now()
    assert now.tzinfo is not None
    assert getattr(now.tzinfo, "key", None) == "Asia/Shanghai"
    assert now.utcoffset() == timedelta(hours=8)
    assert now + timedelta(milliseconds=1) >= START
    assert now - START < timedelta(seconds=5)


def test_clock_without_start_is_wall_time():
    now = Clock().now()
    assert abs(now - datetime.now(UTC)) < timedelta(seconds=5)
    assert getattr(now.tzinfo, "key", None) == "Asia/Shanghai"


def test_running_clock_follows_the_wall():
    wall = FakeWall()
    clock = Clock(START, wall=wall)
    assert close_to(clock.now(), START)
    wall.now += 90
    assert close_to(clock.now(), START + timedelta(seconds=90))


def test_frozen_clock_stays():
    wall = FakeWall()
    clock = Clock(START, frozen=True, wall=wall)
    first = clock.now()
    wall.now += 3600
    assert clock.now() == first
    assert close_to(first, START)


def test_advance_and_set_move_the_clock():
    clock = Clock(START, frozen=True, wall=FakeWall())
    clock.advance(timedelta(hours=2, minutes=30))
    assert close_to(clock.now(), START + timedelta(hours=2, minutes=30))
    clock.advance(timedelta(minutes=-30))
    assert close_to(clock.now(), START + timedelta(hours=2))
    target = datetime(2018, 7, 27, 9, 30, tzinfo=EVENT_TZ)
    clock.set(target)
    assert close_to(clock.now(), target)
    clock.set(datetime(2018, 7, 26, 0, 0, tzinfo=UTC))  # any offset is fine
    assert close_to(clock.now(), datetime(2018, 7, 26, 8, 0, tzinfo=EVENT_TZ))


def test_set_moves_a_running_clock_too():
    wall = FakeWall()
    clock = Clock(START, wall=wall)
    target = datetime(2018, 7, 24, 14, 0, tzinfo=EVENT_TZ)
    clock.set(target)
    wall.now += 60
    assert close_to(clock.now(), target + timedelta(seconds=60))


def test_set_with_naive_datetime_raises():
    clock = Clock(START, frozen=True)
    with pytest.raises(ValueError, match="timezone"):
        clock.set(datetime(2018, 7, 25, 9, 0))
    assert close_to(clock.now(), START)  # unchanged
    with pytest.raises(ValueError):
        Clock(datetime(2018, 7, 25, 9, 0))


def test_seconds_until():
    clock = Clock(START, frozen=True, wall=FakeWall())
    assert clock.seconds_until(START + timedelta(minutes=5)) == pytest.approx(300, abs=0.01)
    assert clock.seconds_until(START - timedelta(seconds=10)) == pytest.approx(-10, abs=0.01)


def test_parse_moment():
    assert parse_moment(" 2018-07-25T09:00:00 ") == START
    assert parse_moment("2018-07-25T03:00:00+02:00") == START
    with pytest.raises(ValueError):
        parse_moment("not a time")
