"""The organizers' desk without Telegram: the audience picker, announcements in two
languages, and whether a bot is running on the database (what the command line says)."""

from __future__ import annotations

import re

import pytest

from bot.delegate import Delegate
from bot.front_desk import FrontDesk
from bot.render.pieces import columns
from bot.reply import Button, Reply
from tests.helpers_core import DEFAULT_NOW, bundled_program
from tests.support import front_desk

ORGANIZER = 9100
PROGRAM = bundled_program()
LABEL_COLUMNS = 30  # what a phone shows of a full-width button, Chinese characters count 2


def buttons(reply: Reply) -> list[Button]:
    return [b for row in reply.buttons for b in row]


async def draft_menu(front: FrontDesk, boss: Delegate, text: str) -> tuple[Reply, int]:
    menu = (await front.respond(boss, f"/broadcast {text}")).reply
    [everyone] = [b.data for b in buttons(menu) if b.data.endswith(":all")]
    found = re.fullmatch(r"o:a:(\d+):all", everyone)
    assert found, everyone
    return menu, int(found.group(1))


# ---------------------------------------------------------------- the session picker


@pytest.mark.parametrize("language", ["en", "zh-hans"])
async def test_session_picker_shows_short_titles_with_the_day_cut_on_a_word(
    tmp_path, language
) -> None:
    boss = Delegate(ORGANIZER, language)
    async with front_desk(tmp_path, PROGRAM, DEFAULT_NOW, frozenset({ORGANIZER})) as front:
        _, draft = await draft_menu(front, boss, "Buses leave at 8")
        picker = await front.press(boss, f"o:m:{draft}:s")
    labels = {b.data: b.label for b in buttons(picker)}
    tourism = labels[f"o:m:{draft}:s.tourism-promotion"]
    assert tourism == (
        "Wed 25 · Tourism Promotion" if boss.lang == "en" else "周三 25日 · 旅游推介会"
    )
    for session in PROGRAM.sessions:
        label = labels[f"o:m:{draft}:s.{session.id}"]
        assert columns(label) <= LABEL_COLUMNS, label
        weekday = session.day.weekday()
        if boss.lang == "zh":
            assert label.startswith(f"周{'一二三四五六日'[weekday]} {session.day.day}日 · ")
        else:
            assert label.startswith(f"{session.day:%a} {session.day.day} · "), label
        shown = label.split(" · ", 1)[1].removesuffix("…")
        if boss.lang == "zh":  # cut by characters: a run of the title's own characters
            assert shown and shown in session.title_zh, (shown, session.title_zh)
        else:  # cut between words: whole words of the title, in order
            words = [word.strip(",;:") for word in session.title.split()]
            kept = shown.split()
            assert any(kept == words[i : i + len(kept)] for i in range(len(words))), (
                shown,
                session.title,
            )


@pytest.mark.parametrize("language", ["en", "zh-hans"])
async def test_a_session_offers_signed_up_or_with_the_waitlist_in_plain_words(
    tmp_path, language
) -> None:
    boss = Delegate(ORGANIZER, language)
    async with front_desk(tmp_path, PROGRAM, DEFAULT_NOW, frozenset({ORGANIZER})) as front:
        _, draft = await draft_menu(front, boss, "Buses leave at 8")
        chosen = await front.press(boss, f"o:m:{draft}:s.tourism-promotion")
        back = await front.press(boss, f"o:m:{draft}:s")
    labels = {b.data: b.label for b in buttons(chosen)}
    signed_up = labels[f"o:a:{draft}:s.tourism-promotion"]
    waitlist = labels[f"o:a:{draft}:w.tourism-promotion"]
    if boss.lang == "en":
        assert signed_up.startswith("✓ Signed up") and waitlist.startswith("+ Waitlist")
        assert "Hunan Tourism Promotion Conference" in chosen.text
    else:
        assert signed_up.startswith("✓ 仅已报名") and waitlist.startswith("+ 含候补")
        assert "湖南旅游推介会" in chosen.text
    for label in (signed_up, waitlist):
        assert columns(label) <= LABEL_COLUMNS, label
    assert f"o:m:{draft}:s" in labels  # back to the sessions
    assert back.buttons
