"""The organizers' desk without Telegram: the audience picker, announcements in two
languages, and whether a bot is running on the database (what the command line says)."""

from __future__ import annotations

import json
import re
import time
from pathlib import Path

import pytest

from bot.app import Setup, offline_services
from bot.clock import Clock
from bot.config import DEFAULT_TRAVEL_FILE, Settings
from bot.delegate import Delegate
from bot.render.pieces import columns
from bot.reply import Button, Reply
from bot.services import Services
from bot.storage import Storage
from bot.storage.database import MIGRATIONS
from bot.travel import load_travel_times
from tests.helpers_core import DEFAULT_NOW, bundled_program
from tests.support import RecordingDelivery, delegate, front_desk, services_at

ORGANIZER = 9100
PROGRAM = bundled_program()
LABEL_COLUMNS = 30  # what a phone shows of a full-width button, Chinese characters count 2


def buttons(reply: Reply) -> list[Button]:
    return [b for row in reply.buttons for b in row]


def draft_of(menu: Reply) -> int:
    """The draft an audience menu is for, from its "Everyone" button."""
    [everyone] = [b.data for b in buttons(menu) if b.data.endswith(":all")]
    found = re.fullmatch(r"o:a:(\d+):all", everyone)
    assert found, everyone
    return int(found.group(1))


async def picker(tmp_path: Path, boss: Delegate, menu: str) -> tuple[int, Reply]:
    """A draft's audience submenu `menu` ("s", "s.<session id>", "c"), as `boss` sees it."""
    async with front_desk(tmp_path, PROGRAM, DEFAULT_NOW, frozenset({ORGANIZER})) as front:
        draft = draft_of((await front.respond(boss, "/broadcast Buses leave at 8")).reply)
        return draft, await front.press(boss, f"o:m:{draft}:{menu}")


# ---------------------------------------------------------------- the session picker


@pytest.mark.parametrize("language", ["en", "zh-hans"])
async def test_session_picker_shows_short_titles_with_the_day_cut_on_a_word(
    tmp_path, language
) -> None:
    boss = Delegate(ORGANIZER, language)
    draft, sessions = await picker(tmp_path, boss, "s")
    labels = {b.data: b.label for b in buttons(sessions)}
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
    draft, chosen = await picker(tmp_path, boss, "s.tourism-promotion")
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


# ---------------------------------------------------------------- one announcement, two languages

ENGLISH = "Buses leave at 8 <sharp> & on time"
CHINESE = "班车8点准时出发"


async def readers(services: Services) -> dict[str, int]:
    """Three delegates read English (one app says nothing), two Chinese; the organizer too."""
    await delegate(services, ORGANIZER, "en")
    for user_id, language in ((1, "en"), (2, "en-GB"), (3, None), (4, "zh-hans"), (5, "zh-hk")):
        await services.storage.users.touch(user_id, language, services.clock.now())
    return {"en": 4, "zh": 2}


async def sent_to_everyone(services: Services, boss: Delegate, text: str) -> dict[int, str]:
    """`/broadcast <text>` to everyone, sent; what each delegate received."""
    menu = (await services.front.respond(boss, f"/broadcast {text}")).reply
    draft = draft_of(menu)
    preview = await services.front.press(boss, f"o:a:{draft}:all")
    queued = await services.front.press(boss, f"o:y:{draft}:all")
    assert "is on its way" in queued.text, (preview.text, queued.text)
    delivery = RecordingDelivery()
    services.sender.deliver = delivery
    await services.sender.drain()
    return {chat: reply.text for chat, reply in delivery.sent if "📢" in reply.text}


@pytest.mark.parametrize(
    "text",
    [
        f"{ENGLISH}\n---\n{CHINESE}",
        f"{CHINESE}\n---\n{ENGLISH}",  # the Chinese one is known by its characters
        f"{ENGLISH}\n —- \n{CHINESE}",  # what a phone's smart punctuation makes of ---
        f"{ENGLISH}\n——\n{CHINESE}",  # a Chinese keyboard's dash
    ],
)
async def test_each_delegate_gets_their_language_of_a_two_part_announcement(tmp_path, text) -> None:
    boss = Delegate(ORGANIZER, "en")
    async with services_at(tmp_path, PROGRAM, DEFAULT_NOW, frozenset({ORGANIZER})) as services:
        await readers(services)
        received = await sent_to_everyone(services, boss, text)
    english = "📢 <b>From the organizers</b>\nBuses leave at 8 &lt;sharp&gt; &amp; on time"
    chinese = f"📢 <b>主办方通知</b>\n{CHINESE}"
    assert received == {
        ORGANIZER: english,
        1: english,
        2: english,
        3: english,
        4: chinese,
        5: chinese,
    }


@pytest.mark.parametrize("language", ["en", "zh-hans"])
async def test_the_preview_shows_both_versions_and_how_many_read_each(tmp_path, language) -> None:
    boss = Delegate(ORGANIZER, language)
    async with services_at(tmp_path, PROGRAM, DEFAULT_NOW, frozenset({ORGANIZER})) as services:
        await readers(services)
        menu = (await services.front.respond(boss, f"/broadcast {ENGLISH}\n---\n{CHINESE}")).reply
        draft = draft_of(menu)
        preview = (await services.front.press(boss, f"o:a:{draft}:all")).plain
    english_at = preview.index("📢 From the organizers\nBuses leave at 8 <sharp> & on time")
    chinese_at = preview.index(f"📢 主办方通知\n{CHINESE}")
    assert english_at < chinese_at
    if boss.lang == "en":
        assert "English · 4 recipients" in preview and "Chinese · 2 recipients" in preview
        assert "6 recipients" in preview
    else:
        assert "英文版 · 4 人" in preview and "中文版 · 2 人" in preview
        assert "共 6 人" in preview
    assert "---" not in preview  # nothing to add: both versions are there


async def test_one_text_goes_to_everyone_and_the_preview_says_how_to_add_chinese(
    tmp_path,
) -> None:
    boss = Delegate(ORGANIZER, "en")
    async with services_at(tmp_path, PROGRAM, DEFAULT_NOW, frozenset({ORGANIZER})) as services:
        await readers(services)
        ask = (await services.front.respond(boss, "/broadcast")).reply
        assert "---" in ask.plain  # the prompt says how to write both
        menu = (await services.front.respond(boss, "/broadcast Lunch is at noon")).reply
        draft = draft_of(menu)
        preview = (await services.front.press(boss, f"o:a:{draft}:all")).plain
        assert "the 2 delegates reading Chinese get it too" in preview
        assert "English, a line ---, then Chinese" in preview
        received = await sent_to_everyone(services, boss, "Lunch is at noon")
        news = (await services.front.respond(Delegate(4, "zh-hans"), "/news")).reply.plain
    assert received[4] == "📢 <b>主办方通知</b>\nLunch is at noon"  # the one text given
    assert received[1] == "📢 <b>From the organizers</b>\nLunch is at noon"
    assert "Lunch is at noon" in news


async def test_news_shows_each_delegate_their_language(tmp_path) -> None:
    boss = Delegate(ORGANIZER, "en")
    async with services_at(tmp_path, PROGRAM, DEFAULT_NOW, frozenset({ORGANIZER})) as services:
        await readers(services)
        await sent_to_everyone(services, boss, f"{ENGLISH}\n---\n{CHINESE}")
        chinese = (await services.front.respond(Delegate(4, "zh-hans"), "/news")).reply.plain
        english = (await services.front.respond(Delegate(1, "en"), "/news")).reply.plain
        listing = (await services.front.respond(boss, "/broadcasts")).reply.plain
    assert CHINESE in chinese and "Buses" not in chinese
    assert "Buses leave at 8" in english and CHINESE not in english
    assert "Buses leave at 8" in listing


async def test_drafts_and_queued_messages_from_before_the_chinese_version_keep_working(
    tmp_path: Path,
) -> None:
    """A database written before announcements had a Chinese version: a draft waiting for
    its audience and a queued message, each with the one text, as that version left them."""
    path = tmp_path / "front.sqlite3"
    old = await Storage.open(path, MIGRATIONS[:6])
    async with old.database.transaction() as db:
        await db.execute(
            "INSERT INTO broadcasts (id, created_by, text, created_at) VALUES (1, ?, ?, ?)",
            (ORGANIZER, "Old draft", DEFAULT_NOW.isoformat()),
        )
        await db.execute(
            "INSERT INTO broadcasts (id, created_by, text, audience, status, total, "
            "created_at, queued_at) VALUES (2, ?, 'Queued before', 'all', 'sending', 1, ?, ?)",
            (ORGANIZER, DEFAULT_NOW.isoformat(), DEFAULT_NOW.timestamp()),
        )
        await db.execute(
            "INSERT INTO outbox (user_id, kind, dedupe_key, due_at, payload, created_at, "
            "broadcast_id) VALUES (4, 'broadcast', 'broadcast:2:4', 0, ?, ?, 2)",
            (json.dumps({"text": "Queued before"}), DEFAULT_NOW.isoformat()),
        )
    await old.close()

    boss = Delegate(ORGANIZER, "en")
    async with services_at(tmp_path, PROGRAM, DEFAULT_NOW, frozenset({ORGANIZER})) as services:
        await readers(services)
        preview = (await services.front.press(boss, "o:a:1:all")).plain
        assert "Old draft" in preview and "6 recipients" in preview
        queued = await services.front.press(boss, "o:y:1:all")
        assert "Announcement #1 is on its way to 6 recipients" in queued.plain
        delivery = RecordingDelivery()
        services.sender.deliver = delivery
        await services.sender.drain()
    received = [(chat, reply.text) for chat, reply in delivery.sent if "📢" in reply.text]
    assert (4, "📢 <b>主办方通知</b>\nQueued before") in received
    assert (4, "📢 <b>主办方通知</b>\nOld draft") in received
    assert (1, "📢 <b>From the organizers</b>\nOld draft") in received


# ---------------------------------------------------------------- is a bot running?


def setup_on(database: Path, seconds_ago: float = 0.0) -> Setup:
    """The bundled program on `database`, with a computer clock `seconds_ago` behind (the
    event clock is the usual frozen morning either way)."""
    travel = load_travel_times(DEFAULT_TRAVEL_FILE, [city.name for city in PROGRAM.cities])
    clock = Clock(DEFAULT_NOW, frozen=True, wall=lambda: time.time() - seconds_ago)
    return Setup(Settings(database_path=database), clock, PROGRAM, travel)


async def running_as_seen_by_the_command_line(database: Path) -> bool:
    async with offline_services(setup_on(database)) as services:
        return await services.bot_running()


async def test_no_bot_has_ever_run_on_a_new_database(tmp_path: Path) -> None:
    assert await running_as_seen_by_the_command_line(tmp_path / "bot.sqlite3") is False


async def test_a_bot_polling_for_requests_is_running_until_its_polls_stop(tmp_path: Path) -> None:
    database = tmp_path / "bot.sqlite3"
    async with offline_services(setup_on(database)) as bot:
        await bot.poll_requests()  # what the running bot does every two seconds
        assert await running_as_seen_by_the_command_line(database) is True
    async with offline_services(setup_on(database, seconds_ago=60)) as bot:
        await bot.poll_requests()  # its last poll, a minute ago
    assert await running_as_seen_by_the_command_line(database) is False


async def test_running_is_told_by_the_computer_clock_not_the_replayed_event_time(
    tmp_path: Path,
) -> None:
    """The bot and the command line, started with the same BOT_NOW minutes apart, show
    different event times; the bot is running all the same."""
    database = tmp_path / "bot.sqlite3"
    async with offline_services(setup_on(database)) as bot:
        bot.clock.set(DEFAULT_NOW.replace(hour=10))  # the bot's event clock, two hours on
        await bot.poll_requests()
        assert await running_as_seen_by_the_command_line(database) is True
