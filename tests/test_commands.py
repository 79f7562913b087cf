"""The command table: every command defined once; menus, /help and dispatch follow it."""

from __future__ import annotations

import re

import pytest

from bot.chat_commands import ChatCommands
from bot.commands import BY_NAME, COMMANDS, listed, split_command, starting
from bot.delegate import Delegate
from bot.render import help_reply
from tests.helpers_core import DEFAULT_NOW, ENGLISH_WEEKDAY, bundled_program
from tests.support import front_desk

ORGANIZER = 4242


def test_command_menu_is_bilingual():
    for command in COMMANDS:
        assert re.fullmatch(r"[a-z]{1,32}", command.name)
        assert command.en and command.zh and not ENGLISH_WEEKDAY.search(command.zh)
        assert len(command.en) <= 256 and len(command.zh) <= 256  # Telegram's limit


def test_each_name_is_defined_once_and_runs_a_chat_command():
    assert len(BY_NAME) == len(COMMANDS)
    for command in COMMANDS:
        assert getattr(ChatCommands, command.run.__name__) is command.run


def test_delegates_are_not_offered_organizer_commands():
    delegates = {c.name for c in listed(False)}
    organizers = {c.name for c in listed(True)}
    assert {"schedule", "signup", "my", "cancel", "news", "profile", "forget"} <= delegates
    assert {"broadcast", "attendees", "stats", "reload"} & delegates == set()
    assert delegates < organizers
    assert "stop" not in organizers  # offered inside the prompts it ends


def test_conversations_start_and_end_from_the_table():
    assert {c.name for c in starting("profile_questions")} == {"signup", "profile", "network"}
    assert {c.name for c in starting("announcement")} == {"broadcast"}
    assert [c.name for c in COMMANDS if c.ends_conversation] == ["stop"]


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_help_lists_every_offered_command_in_groups(lang):
    text = help_reply(listed(False), lang).text
    for command in listed(False):
        assert f"/{command.name}" in text
    assert "/broadcast" not in text and "/stop" not in text
    headings = re.findall(r"<b>(.+?)</b>", text)
    assert len(headings) == 5  # finding, signing up, meeting people, informed, your data
    organizer_text = help_reply(listed(True), lang).text
    assert "/broadcast" in organizer_text and len(re.findall("<b>", organizer_text)) == 6


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("/schedule 25", ("schedule", "25")),
        ("/Schedule@HunanWeekBot  Nanjing ", ("schedule", "Nanjing")),
        ("/my", ("my", "")),
        ("/broadcast line one\nline two", ("broadcast", "line one\nline two")),
        ("/", ("", "")),
    ],
)
def test_split_command(text, expected):
    assert split_command(text) == expected


async def test_help_is_the_organizers_for_an_organizer(tmp_path):
    async with front_desk(
        tmp_path, bundled_program(), DEFAULT_NOW, frozenset({ORGANIZER})
    ) as front:
        delegate_help = (await front.respond(Delegate(1, "en"), "/help")).reply.text
        organizer_help = (await front.respond(Delegate(ORGANIZER, "en"), "/help")).reply.text
    assert "/signup" in delegate_help and "/news" in delegate_help
    assert "/attendees" not in delegate_help
    assert "/attendees" in organizer_help


async def test_an_unknown_command_names_itself_and_lists_the_real_ones(tmp_path):
    async with front_desk(tmp_path, bundled_program(), DEFAULT_NOW) as front:
        reply = (await front.respond(Delegate(1, "zh-hans"), "/nosuch 1")).reply
    assert "/nosuch" in reply.text and "/schedule" in reply.text
