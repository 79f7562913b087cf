"""The command line, run as a delegate or an organizer would: in a subprocess."""

from __future__ import annotations

import asyncio
import json
import os
import re
import subprocess
import sys
import threading
from pathlib import Path

from bot.clock import parse_moment
from bot.config import DEFAULT_PROGRAM_FILE, PROJECT_ROOT
from bot.storage import Storage
from tests.support import run_cli


def test_program_json_lists_every_session_with_offsets() -> None:
    result = run_cli("program", "--json")
    assert result.returncode == 0, result.stderr
    sessions = json.loads(result.stdout)["sessions"]
    assert len(sessions) == 10
    for session in sessions:
        for key in (
            "id",
            "title",
            "title_zh",
            "city",
            "venue",
            "venue_zh",
            "address",
            "start",
            "end",
            "capacity",
        ):
            assert session[key], key
        assert session["start"].endswith("+08:00") and session["end"].endswith("+08:00")


def test_ask_json_answers_arguments_one_object_per_line() -> None:
    result = run_cli(
        "ask",
        "--json",
        "--now",
        "2018-07-24T13:00:00+08:00",
        "where is the tourism promotion?",
        "what's next?",
        "bitcoin price",
        "what's on now?",
        "Belt and Road",
        "the expo center",
        "my schedule",
        "the 2019 week",
    )
    assert result.returncode == 0, result.stderr
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["question"] for r in records][:3] == [
        "where is the tourism promotion?",
        "what's next?",
        "bitcoin price",
    ]
    kinds = [r["kind"] for r in records]
    assert kinds == ["session", "list", "none", "list", "theme", "suggest", "agenda", "outside"]
    assert records[3]["sessions"] == ["talent-recruiting"]  # nothing on at 13:00: what is next
    assert records[4]["theme"] == "belt-and-road"
    assert records[4]["sessions"] == ["tourism-promotion", "cross-border-ecommerce"]
    assert records[5]["venues"] == ["hz-expo", "nj-expo", "huaqiao-expo"]
    assert "/my" in records[6]["reply"]
    assert "24 Jul" in records[7]["reply"] and records[7]["confident"]
    assert records[0]["confident"] and records[0]["sessions"] == ["tourism-promotion"]
    assert "Shanghai International Convention Center" in records[0]["reply"]
    assert records[1]["sessions"] == ["talent-recruiting"]  # 14:00, after 13:00
    assert not records[2]["confident"] and records[2]["sessions"] == []
    assert "<b>" not in records[0]["reply"]  # plain text, not HTML


def test_ask_reads_questions_from_stdin() -> None:
    result = run_cli("ask", "--json", stdin="旅游推介会几点开始\n\nwhat's on in Kunshan\n")
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(records) == 2
    assert records[0]["sessions"] == ["tourism-promotion"] and "09:30" in records[0]["reply"]
    assert records[1]["sessions"] == ["commercial-carriers", "industry-finance-matchmaking"]


def test_ask_json_marks_a_detail_the_program_does_not_give() -> None:
    result = run_cli("ask", "--json", "签约仪式签了多少金额", "签约仪式几点开始")
    detail, card = (json.loads(line) for line in result.stdout.splitlines())
    assert detail["kind"] == "suggest" and detail["detail_unstated"] is True
    assert detail["sessions"] == ["sh-industrial-chain"] and not detail["confident"]
    assert card["kind"] == "session" and "detail_unstated" not in card


def test_broken_program_refuses_to_start_naming_file_session_and_field(tmp_path: Path) -> None:
    broken = tmp_path / "program.toml"
    text = DEFAULT_PROGRAM_FILE.read_text(encoding="utf-8")
    broken.write_text(
        text.replace("end = 2018-07-25T11:30:00+08:00", "end = 2018-07-25T08:30:00+08:00", 1),
        encoding="utf-8",
    )
    for args in ((), ("program",), ("ask", "hello")):
        result = run_cli(
            *args, env={"PROGRAM_FILE": str(broken), "DATABASE_PATH": str(tmp_path / "db.sqlite3")}
        )
        assert result.returncode == 2
        assert str(broken) in result.stderr
        assert "session 'tourism-promotion'" in result.stderr
        assert "field 'end'" in result.stderr
        assert "Traceback" not in result.stderr
    assert not (tmp_path / "db.sqlite3").exists()  # refused before touching anything


def test_bad_bot_now_is_refused_by_name() -> None:
    result = run_cli("ask", "hello", env={"BOT_NOW": "yesterday-ish"})
    assert result.returncode == 2 and "BOT_NOW" in result.stderr


def test_offline_chat_runs_the_bot_on_piped_input(tmp_path: Path) -> None:
    database = tmp_path / "chat.sqlite3"
    # "1" presses the card's sign-up button: the name question outlives /schedule 26
    script = "/start\nwhere is the job fair?\n1\n/schedule 26\n/stop\nasdf\n"
    result = run_cli(
        "--now", "2018-07-24T09:00:00+08:00", stdin=script, env={"DATABASE_PATH": str(database)}
    )
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert "Welcome" in out and "[1] Today" in out
    assert "Hunan Talent Recruiting Meeting" in out
    assert out.count("📍 Shanghai") >= 1  # the map pin, printed as text
    assert "Thu 26 Jul" in out
    assert "I was asking for your full name" in out and "Stopped. Nothing was saved." in out
    assert "couldn't find" in out
    assert database.exists()  # the offline chat keeps its data in the SQLite file


def test_offline_chat_answers_every_piped_line_in_order(tmp_path: Path) -> None:
    """Its one local delegate runs a script, not a flood: no line is throttled or dropped."""
    script = "".join(f"/reminders {minutes}\n" for minutes in range(1, 31))
    result = run_cli(stdin=script, env={"DATABASE_PATH": str(tmp_path / "db.sqlite3")})
    assert result.returncode == 0, result.stderr
    assert "faster than I can read" not in result.stdout
    answered = re.findall(r"Reminders: (\d+) min before", result.stdout)
    assert answered == [str(minutes) for minutes in range(1, 31)]


def test_offline_chat_speaks_chinese_for_a_chinese_delegate(tmp_path: Path) -> None:
    result = run_cli(
        stdin="/today\n",
        env={
            "BOT_NOW": "2018-07-26T08:00:00+08:00",
            "BOT_LANGUAGE": "zh-hans",
            "DATABASE_PATH": str(tmp_path / "db.sqlite3"),
        },
    )
    assert result.returncode == 0, result.stderr
    assert "7月26日（周四）" in result.stdout


def test_import_schedule_writes_a_program_the_bot_accepts(tmp_path: Path) -> None:
    export = PROJECT_ROOT / "tests" / "data" / "pretalx_schedule.json"
    result = run_cli(
        "import-schedule",
        str(export),
        "--city",
        "Shanghai",
        "--city-zh",
        "上海",
        "--address",
        "2727 Binjiang Avenue",
        "--capacity",
        "80",
    )
    assert result.returncode == 0, result.stderr
    assert "note:" in result.stderr  # what the organizers still have to fill in
    imported = tmp_path / "imported.toml"
    imported.write_text(result.stdout, encoding="utf-8")
    checked = run_cli("program", "--json", env={"PROGRAM_FILE": str(imported)})
    assert checked.returncode == 0, checked.stderr
    sessions = json.loads(checked.stdout)["sessions"]
    assert len(sessions) == 4 and all(s["capacity"] == 80 for s in sessions)


def test_import_schedule_refuses_a_file_that_is_not_a_schedule(tmp_path: Path) -> None:
    bogus = tmp_path / "bogus.json"
    bogus.write_text('{"hello": "world"}', encoding="utf-8")
    result = run_cli("import-schedule", str(bogus), "--city", "Shanghai")
    assert result.returncode == 2 and "not a pretalx/frab schedule" in result.stderr


def test_offline_chat_shows_a_reminder_while_waiting_for_input(tmp_path: Path) -> None:
    environment = {k: v for k, v in os.environ.items() if k != "TELEGRAM_BOT_TOKEN"}
    environment.update(
        {"DATABASE_PATH": str(tmp_path / "db.sqlite3"), "BOT_NOW": "2018-07-25T09:14:57+08:00"}
    )  # 15-minute reminder in 3 s
    chat = subprocess.Popen(
        [sys.executable, "run_bot.py"],
        cwd=PROJECT_ROOT,
        env=environment,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert chat.stdin is not None and chat.stdout is not None
    watchdog = threading.Timer(30, chat.kill)  # a missing reminder must fail, not hang
    watchdog.start()
    try:
        chat.stdin.write("/signup tourism\nLi Wei\nHunan Commerce\n")
        chat.stdin.flush()  # and type nothing more: the reminder must come by itself
        seen = ""
        while "Reminder" not in seen:
            line = chat.stdout.readline()
            assert line, f"the chat ended without a reminder:\n{seen}"
            seen += line
        assert "starts in 15 min" in seen
    finally:
        chat.stdin.close()
        chat.wait(timeout=30)
        watchdog.cancel()
    assert chat.returncode == 0


async def readers_in(database: Path, languages: dict[int, str | None]) -> None:
    """Delegates who have talked to the bot, with the language their app reports."""
    storage = await Storage.open(database)
    try:
        for user_id, language in languages.items():
            await storage.users.touch(user_id, language, parse_moment("2018-07-25T08:00"))
    finally:
        await storage.close()


def test_broadcast_with_one_text_says_who_gets_it_in_another_language(tmp_path: Path) -> None:
    database = tmp_path / "bot.sqlite3"
    asyncio.run(readers_in(database, {1: "en", 2: "zh-hans", 3: "zh-tw", 4: None}))
    env = {"DATABASE_PATH": str(database)}
    result = run_cli("broadcast", "--to", "all", "Lunch is at noon", stdin="n\n", env=env)
    assert result.returncode == 1, result.stderr
    assert "4 recipients (2 reading English, 2 reading Chinese)" in result.stdout
    assert "---\nLunch is at noon\n---" in result.stdout
    assert "The 2 reading Chinese get this text too" in result.stdout
    assert "--text-zh" in result.stdout
    assert "Not sent." in result.stdout


def test_broadcast_with_no_bot_running_says_it_goes_out_when_the_bot_starts(
    tmp_path: Path,
) -> None:
    database = tmp_path / "bot.sqlite3"
    asyncio.run(readers_in(database, {1: "en"}))
    env = {"DATABASE_PATH": str(database)}
    result = run_cli("broadcast", "--to", "all", "--yes", "Lunch is at noon", env=env)
    assert result.returncode == 0, result.stderr
    assert "Queued announcement #1 for 1 recipients." in result.stdout
    assert "No bot is running on this database" in result.stdout
    assert "goes out when the bot starts" in result.stdout
    assert "the running bot sends it" not in result.stdout


async def outbox_rows(database: Path) -> list[dict]:
    storage = await Storage.open(database)
    try:
        return await storage.outbox.rows()
    finally:
        await storage.close()


def test_offline_chat_on_a_bots_database_leaves_other_delegates_messages_to_the_bot(
    tmp_path: Path,
) -> None:
    """Run on the database a bot also uses, the offline chat sends its own delegate's
    messages only: an announcement queued for real delegates stays pending for the bot."""
    database = tmp_path / "bot.sqlite3"
    asyncio.run(readers_in(database, {101: "en", 102: "zh-hans"}))
    env = {"DATABASE_PATH": str(database)}
    queued = run_cli("broadcast", "--to", "all", "--yes", "Lunch is at noon", env=env)
    assert queued.returncode == 0, queued.stderr

    chat = run_cli("--now", "2018-07-25T12:00:00+08:00", stdin="/start\n/my\n", env=env)

    assert chat.returncode == 0, chat.stderr
    assert "Welcome" in chat.stdout and "Lunch is at noon" not in chat.stdout
    rows = asyncio.run(outbox_rows(database))
    theirs = [row for row in rows if row["user_id"] in (101, 102)]
    assert len(theirs) == 2 and {row["status"] for row in theirs} == {"pending"}
