"""The command line as a given delegate: `--user-id` and `--language` for the offline chat
and `ask`, in a subprocess as an organizer or a tool would run it."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.support import run_cli

ORGANIZER_ID = "4242"
REFUSAL = "This is for organizers."
STATS = "Sign-ups against capacity"


@pytest.fixture
def env(tmp_path: Path) -> dict[str, str]:
    return {"DATABASE_PATH": str(tmp_path / "bot.sqlite3"), "ORGANIZER_IDS": ORGANIZER_ID}


def test_offline_chat_as_an_organizer_runs_the_organizer_tools(env: dict[str, str]) -> None:
    result = run_cli("--user-id", ORGANIZER_ID, stdin="/stats\n", env=env)
    assert result.returncode == 0, result.stderr
    assert STATS in result.stdout and REFUSAL not in result.stdout


@pytest.mark.parametrize("who", [(), ("--user-id", "4243")], ids=["default", "another"])
def test_offline_chat_as_anyone_else_is_refused_the_organizer_tools(
    env: dict[str, str], who: tuple[str, ...]
) -> None:
    result = run_cli(*who, stdin="/stats\n", env=env)
    assert result.returncode == 0, result.stderr
    assert REFUSAL in result.stdout and STATS not in result.stdout


def test_offline_chat_language_option_wins_over_bot_language(env: dict[str, str]) -> None:
    moment = {"BOT_NOW": "2018-07-26T08:00:00+08:00", "BOT_LANGUAGE": "en"}
    result = run_cli("--language", "zh-hans", stdin="/today\n", env=env | moment)
    assert result.returncode == 0, result.stderr
    assert "7月26日（周四）" in result.stdout


@pytest.mark.parametrize("value", ["li", "0", "-5", "12abc"])
@pytest.mark.parametrize("command", [(), ("ask", "/my")], ids=["chat", "ask"])
def test_a_user_id_that_is_not_one_is_refused_by_name(
    env: dict[str, str], value: str, command: tuple[str, ...]
) -> None:
    result = run_cli(*command[:1], "--user-id", value, *command[1:], stdin="/my\n", env=env)
    assert result.returncode == 2
    assert "--user-id" in result.stderr and "Traceback" not in result.stderr
    assert result.stdout == ""
    assert not Path(env["DATABASE_PATH"]).exists()  # refused before touching anything


BEFORE_THE_WEEK = "2018-07-23T09:00:00+08:00"
TOURISM = "Hunan Tourism Promotion Conference"
NOTHING_YET = "You haven't signed up for anything yet"


def test_ask_as_a_delegate_answers_from_their_own_sign_ups(env: dict[str, str]) -> None:
    moment = env | {"BOT_NOW": BEFORE_THE_WEEK}
    signup = "/signup tourism\nLi Wei\nHunan Commerce\n"
    chat = run_cli("--user-id", "4300", stdin=signup, env=moment)
    assert chat.returncode == 0 and "You're signed up" in chat.stdout, chat.stdout

    mine = run_cli("ask", "--user-id", "4300", "/my", "my schedule", env=moment)
    assert mine.returncode == 0, mine.stderr
    [command, question] = mine.stdout.split("> ")[1:]
    assert TOURISM in command and NOTHING_YET not in command
    assert TOURISM in question and NOTHING_YET not in question

    # Without --user-id, as before: nobody in particular, signed up for nothing.
    anyone = run_cli("ask", "/my", env=moment)
    assert NOTHING_YET in anyone.stdout and TOURISM not in anyone.stdout


def test_ask_as_a_delegate_keeps_what_their_commands_change(env: dict[str, str]) -> None:
    first = run_cli("ask", "--user-id", "4301", "/subscribe", env=env)
    assert first.returncode == 0, first.stderr
    again = run_cli("ask", "--json", "--user-id", "4301", "/unsubscribe", env=env)
    assert "Unsubscribed from the daily digest." in again.stdout, again.stdout
    # An organizer asks as an organizer.
    stats = run_cli("ask", "--user-id", ORGANIZER_ID, "/stats", env=env)
    assert STATS in stats.stdout and REFUSAL not in stats.stdout


def test_ask_text_lists_the_options_it_offers(env: dict[str, str]) -> None:
    result = run_cli("ask", "the expo center", env=env)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[1] == "Several buildings go by that name. Which one do you mean?"
    options = [line for line in lines if line.startswith("[")]
    assert len(options) == 3, result.stdout
    assert "[1] " in options[0] and "Hangzhou International Expo Center" in result.stdout
