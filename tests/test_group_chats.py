"""In a group chat the bot answers questions about the program, and nothing personal:
sign-ups, profile, agenda and organizers' tools point to its private chat instead."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.clock import Clock
from bot.delegate import Delegate
from bot.program import Program
from bot.travel import TravelTimes
from tests.chat import ORGANIZER, organizer_settings, serve_bot, services_of
from tests.conftest import at
from tests.fake_bot_api import FakeBotApiServer
from tests.support import front_desk

NOW = at("2018-07-24T08:00:00+08:00")
LINK = "https://t.me/example_bot"
GROUP = {"id": -1001234, "type": "supergroup", "title": "Delegates of Hunan"}
PERSONAL = ["/attendees tourism", "/stats", "/broadcast hello", "/signup tourism",
            "/profile", "/my", "/cancel tourism", "/reminders 30", "/forget"]  # fmt: skip


@pytest.mark.parametrize("typed", PERSONAL)
async def test_in_a_group_a_personal_command_points_to_the_private_chat(
    tmp_path: Path, program: Program, typed: str
) -> None:
    async with front_desk(tmp_path, program, NOW, frozenset({ORGANIZER})) as front:
        in_group = Delegate(ORGANIZER, "en", private_chat_link=LINK)
        name, _, words = typed[1:].partition(" ")
        reply = await front.run(in_group, name, words)
    assert reply.plain == f"To keep it private, I answer that only in a private chat: {LINK}"
    assert not reply.buttons and reply.document is None


async def test_in_a_group_the_program_is_answered_and_buttons_point_to_the_private_chat(
    tmp_path: Path, program: Program
) -> None:
    async with front_desk(tmp_path, program, NOW) as front:
        in_group = Delegate(7001, "zh-hans", private_chat_link=LINK)
        schedule = await front.run(in_group, "schedule", "")
        [card_button, *_] = [b for row in schedule.buttons for b in row]
        pressed = await front.press(in_group, card_button.data)
    assert "私聊" not in schedule.plain
    assert pressed.alert and LINK in pressed.plain and "私聊" in pressed.plain


async def test_an_organizers_attendees_in_a_group_posts_no_names(
    tmp_path: Path, program: Program, travel: TravelTimes
) -> None:
    clock = Clock(NOW, frozen=True)
    async with (
        FakeBotApiServer() as server,
        serve_bot(
            server, organizer_settings(tmp_path / "bot.sqlite3"), clock, program, travel
        ) as bot,
    ):
        services = services_of(bot)
        await services.signups.save_profile(7001, "Secret Delegate Name", "Org")
        await services.signups.sign_up(7001, "tourism-promotion")
        organizer = bot.user(ORGANIZER)
        [reply] = await bot.say("/attendees tourism", user=organizer, chat=GROUP)
        [profile] = await bot.say("/profile", user=organizer, chat=GROUP)
        username = bot.api.bot_user["username"]
    assert "Secret Delegate Name" not in reply["text"]
    assert f"https://t.me/{username}" in reply["text"] and "private chat" in profile["text"]
    assert bot.api.messages_to(ORGANIZER) == []  # nothing went anywhere else either
