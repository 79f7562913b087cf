"""Replies over Telegram's 4096-character limit go as several messages, cut between
lines, each one HTML that parses on its own, the buttons under the last."""

from __future__ import annotations

from pathlib import Path

from bot.clock import Clock
from bot.program import Program
from bot.render.organizer import ATTENDEES_INLINE
from bot.reply import MAX_TEXT_LENGTH, html_to_plain, split_text
from bot.travel import TravelTimes
from tests.chat import ORGANIZER, organizer_settings, serve_bot, services_of
from tests.conftest import at
from tests.fake_bot_api import FakeBotApiServer

LIMIT = 40  # small, so the cases read at a glance; the rule is the same at 4096


def test_a_text_within_the_limit_is_one_part() -> None:
    text = "x" * MAX_TEXT_LENGTH
    assert split_text(text) == [text]


def test_one_character_over_the_limit_makes_two_parts_cut_between_lines() -> None:
    lines = ["a" * 2000, "b" * 2000, "c" * 96]  # 4096 with the newlines, then one more
    parts = split_text("\n".join(lines) + "c")
    assert parts == [f"{lines[0]}\n{lines[1]}", lines[2] + "c"]


def test_lines_are_kept_whole_and_in_order() -> None:
    lines = [f"{n:02d} " + "w" * 10 for n in range(20)]
    parts = split_text("\n".join(lines), LIMIT)
    assert all(len(part) <= LIMIT for part in parts)
    assert "\n".join(parts).split("\n") == lines


def test_a_single_line_over_the_limit_is_cut_between_words() -> None:
    words = [f"word{n:02d}" for n in range(30)]
    parts = split_text(" ".join(words), LIMIT)
    assert all(len(part) <= LIMIT for part in parts)
    assert " ".join(parts).split(" ") == words


def test_a_single_line_without_spaces_is_cut_anywhere_but_inside_an_entity() -> None:
    text = "&amp;" * 30
    parts = split_text(text, LIMIT)
    assert all(len(part) <= LIMIT for part in parts)
    assert all(part.count("&") == part.count("&amp;") for part in parts)
    assert "".join(parts) == text


def test_a_tag_open_at_a_cut_is_closed_and_opened_again() -> None:
    text = '<b>bold line one</b>\n<a href="https://t.me/x">' + "link word " * 6 + "</a>"
    parts = split_text(text, LIMIT)
    assert all(len(part) <= LIMIT for part in parts)
    assert parts[0] == "<b>bold line one</b>"
    for part in parts[1:]:
        assert part.startswith('<a href="https://t.me/x">') and part.endswith("</a>")
    assert " ".join(html_to_plain(part) for part in parts[1:]).split() == ["link", "word"] * 6


def test_characters_are_counted_as_telegram_does() -> None:
    text = "😀" * 30  # two UTF-16 units each
    parts = split_text(text, LIMIT)
    assert [len(part) for part in parts] == [20, 10]


async def test_attendees_with_thirty_long_names_arrive_in_several_messages(
    tmp_path: Path, program: Program, travel: TravelTimes
) -> None:
    clock = Clock(at("2018-07-24T08:00:00+08:00"), frozen=True)
    settings = organizer_settings(tmp_path / "bot.sqlite3")
    async with (
        FakeBotApiServer() as server,
        serve_bot(server, settings, clock, program, travel) as bot,
    ):
        services = services_of(bot)
        names = {}
        for user_id in range(7001, 7001 + ATTENDEES_INLINE):
            names[user_id] = f"Delegate {user_id} " + "n" * 80
            await services.signups.save_profile(user_id, names[user_id], "O" * 100)
            await services.signups.sign_up(user_id, "tourism-promotion")
        replies = await bot.say("/attendees tourism", user=bot.user(ORGANIZER), expect=2)
    text = "\n".join(reply["text"] for reply in replies)
    assert all(name in text for name in names.values())
    assert all(len(reply["text"]) <= MAX_TEXT_LENGTH for reply in replies)
