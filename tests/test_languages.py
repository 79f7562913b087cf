"""One language per conversation: every message exists in both languages with no stray
words of the other, and a delegate is answered in theirs from the first reply to the last."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.delegate import Delegate
from bot.render import MESSAGES
from tests.helpers_core import CJK, NOT_PROSE, at, bundled_program, latin_words
from tests.support import front_desk

ZH = Delegate(7301, "zh-hans")


@pytest.mark.parametrize("key", sorted(MESSAGES))
def test_every_message_is_written_in_each_language_alone(key: str) -> None:
    assert set(MESSAGES[key]) == {"en", "zh"}
    assert not CJK.search(NOT_PROSE.sub("", MESSAGES[key]["en"])), MESSAGES[key]["en"]
    assert latin_words(MESSAGES[key]["zh"]) == set(), MESSAGES[key]["zh"]


async def test_a_chinese_delegate_signing_up_in_english_words_is_asked_in_chinese(
    tmp_path: Path,
) -> None:
    async with front_desk(tmp_path, bundled_program(), at("2018-07-24T09:00:00")) as front:
        replies = [(await front.respond(ZH, "/signup tourism")).reply]
        replies.append((await front.respond(ZH, "王芳")).reply)
        saved = (await front.respond(ZH, "长沙市商务局")).reply
        assert saved.follow_up is not None
        replies += [saved, saved.follow_up]
    assert "姓名" in replies[0].plain and "单位" in replies[1].plain
    assert "湖南旅游推介会" in replies[3].plain
    for reply in replies:
        assert latin_words(reply.text) == set(), reply.text


@pytest.mark.parametrize("words", ["2h", "45 10 5 3 2 1", "abc"])
async def test_reminder_settings_that_cannot_be_read_are_explained_in_chinese(
    tmp_path: Path, words: str
) -> None:
    async with front_desk(tmp_path, bundled_program(), at("2018-07-24T09:00:00")) as front:
        reply = (await front.respond(ZH, f"/reminders {words}")).reply
    assert "无法" in reply.plain
    assert latin_words(reply.text) == set(), reply.text


async def test_reminders_zero_says_so_instead_of_switching_them_off(tmp_path: Path) -> None:
    async with front_desk(tmp_path, bundled_program(), at("2018-07-24T09:00:00")) as front:
        delegate = Delegate(7302, "en")
        reply = (await front.respond(delegate, "/reminders 0")).reply
        assert "I couldn't read “0” as minutes" in reply.plain
        assert "/reminders off" in reply.plain
        settings = (await front.respond(delegate, "/reminders")).reply
        assert "Reminders are off" not in settings.plain
        off = (await front.respond(delegate, "/reminders off")).reply
        assert "Reminders are off" in off.plain
