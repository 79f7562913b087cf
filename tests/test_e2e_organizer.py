"""The organizers' tools end to end: the real Application over HTTP against the fake Bot API.

Who may use them, an announcement from /broadcast to the organizer's report, choosing the
audience, and the organizers' menu and help. How delivery copes with blocked, missing and
flood-controlled chats is in test_e2e_organizer_delivery.py.
"""

from __future__ import annotations

import logging
from dataclasses import replace
from pathlib import Path

import pytest

from bot.clock import Clock, parse_moment
from bot.config import DEFAULT_PROGRAM_FILE
from bot.program import Program
from bot.travel import TravelTimes
from tests.chat import (
    ORGANIZER,
    button,
    buttons_of,
    callback_answer,
    message_with,
    services_of,
    texts_to,
)
from tests.conftest import BotUnderTest
from tests.organizer_chat import (
    HEADER,
    announcement_counts,
    announcements_to,
    draft_id,
    draft_menu,
    organizer,
    organizer_bot,
    preview_and_send,
    report,
    start_delegates,
)
from tests.organizer_chat import bot as bot  # the real bot with one organizer, shared

DELEGATE = 6001
TOURISM = "tourism-promotion"  # Wed 25 Jul 09:30–11:30, Shanghai
HANGZHOU = "hz-industry-promotion"  # Wed 25 Jul 09:30–12:00, Hangzhou
SH_CHAIN = "sh-industrial-chain"  # Tue 24 Jul 09:30–12:00, Shanghai
REFUSAL = "This is for organizers."


# ---------------------------------------------------------------- helpers


async def delegate_with_signups(
    bot: BotUnderTest, user_id: int, sessions: list[str], language: str = "en"
) -> None:
    services = services_of(bot)
    await services.storage.users.touch(user_id, language, bot.clock.now())
    await services.signups.save_profile(user_id, f"Delegate {user_id}", "Hunan Trade Co.")
    for session_id in sessions:
        result = await services.signups.sign_up(user_id, session_id, despite_clash=True)
        assert result.outcome == "confirmed", (user_id, session_id, result.outcome)


# ---------------------------------------------------------------- 1. only organizers


async def test_non_organizer_is_refused_everywhere_nothing_is_created_and_it_is_logged(
    bot: BotUnderTest, caplog: pytest.LogCaptureFixture
) -> None:
    delegate = bot.user(DELEGATE)
    services = services_of(bot)
    with caplog.at_level(logging.WARNING, logger="bot.organizer"):
        for command in (
            "/broadcast",
            "/broadcast hi",
            "/broadcasts",
            "/reload",
            "/attendees tourism",
            "/stats",
        ):
            [answer] = await bot.say(command, user=delegate)
            assert answer["text"] == REFUSAL, command
            assert not buttons_of(answer), command
        # After the refused /broadcast, text is a question again, not an announcement.
        [answer] = await bot.say("where is the tourism promotion?", user=delegate)
        assert "Who should receive it?" not in answer["text"]

    assert await services.storage.broadcasts.recent() == []
    assert await services.storage.broadcasts.get(1) is None
    assert await services.storage.outbox.rows("broadcast") == []
    attempts = [
        r.getMessage()
        for r in caplog.records
        if r.name == "bot.organizer" and str(DELEGATE) in r.getMessage()
    ]
    assert len(attempts) == 6, attempts
    for action in ("broadcast", "broadcasts", "reload", "attendees", "stats"):
        assert any(action in line for line in attempts), (action, attempts)


@pytest.fixture
def edited_program_file(tmp_path: Path) -> Path:
    """The bundled program with the tourism promotion an hour later: loading it would
    change the running program."""
    text = DEFAULT_PROGRAM_FILE.read_text(encoding="utf-8")
    edited = text.replace(
        "start = 2018-07-25T09:30:00+08:00\nend = 2018-07-25T11:30:00+08:00",
        "start = 2018-07-25T10:30:00+08:00\nend = 2018-07-25T12:30:00+08:00",
        1,
    )
    assert edited != text
    path = tmp_path / "program.toml"
    path.write_text(edited, encoding="utf-8")
    return path


async def test_forged_organizer_buttons_from_a_delegate_change_nothing(
    tmp_path: Path,
    clock: Clock,
    program: Program,
    travel: TravelTimes,
    edited_program_file: Path,
    caplog: pytest.LogCaptureFixture,
) -> None:
    program_file = edited_program_file
    async with organizer_bot(tmp_path, clock, program, travel, program_file=program_file) as bot:
        services = services_of(bot)
        delegate = bot.user(DELEGATE)
        await start_delegates(bot, [DELEGATE])
        menu = await draft_menu(bot, "Buses leave at 8")
        draft = draft_id(menu)
        [mine] = await bot.say("/help", user=delegate)  # a message in the delegate's chat

        with caplog.at_level(logging.WARNING, logger="bot.organizer"):
            for forged in (
                f"o:y:{draft}:all",
                f"o:a:{draft}:all",
                f"o:n:{draft}",
                "o:r:abcdef",
                f"o:r:{services.organizer.reloader.fingerprint()}",  # even the right token
            ):
                answer = await callback_answer(bot, delegate, mine, forged)
                assert answer.get("show_alert") is True, forged
                assert "organizers" in answer.get("text", ""), forged

        assert await services.storage.outbox.rows("broadcast") == []
        assert await services.storage.broadcasts.recent() == []
        record = await services.storage.broadcasts.get(draft)
        assert record is not None and record.status == "draft"
        assert services.current.program is program  # not reloaded
        assert await services.storage.outbox.rows("program_change") == []
        logged = [r.getMessage() for r in caplog.records if r.name == "bot.organizer"]
        assert len(logged) == 5 and all(str(DELEGATE) in line for line in logged), logged
        # Nothing but pop-ups went to the delegate.
        assert [m["text"] for m in bot.api.messages_to(DELEGATE)][-1] == mine["text"]


# ---------------------------------------------------------------- 2. the happy path


async def test_broadcast_in_chat_reaches_everyone_once_reports_and_shows_in_news(
    bot: BotUnderTest,
) -> None:
    services = services_of(bot)
    delegates = [6001, 6002, 6003, 6004, 6005]
    await start_delegates(bot, delegates)
    announcement = "Venue change: <b>hall</b> & more"
    boss = organizer(bot)

    [ask] = await bot.say("/broadcast", user=boss)
    assert "Send the announcement text" in ask["text"]
    [menu] = await bot.say(announcement, user=boss)
    assert menu["text"] == "Who should receive it?"
    labels = [label for label, _ in buttons_of(menu)]
    assert "Everyone" in labels and "Discard" in labels
    draft = draft_id(menu)
    # The organizer talked to the bot too, so "everyone" includes them.
    everyone = await services.storage.users.audience("all")
    assert everyone == sorted([*delegates, ORGANIZER])

    [preview] = await bot.press(menu, button(menu, "Everyone"), user=boss)
    assert "Preview" in preview["text"]
    assert announcement in preview["text"]  # the tags were escaped, shown as typed
    assert f"{len(everyone)} recipients" in preview["text"]
    assert await services.storage.outbox.rows("broadcast") == []  # a preview sends nothing

    mark = len(bot.api.calls)
    bot.api.push_callback(boss, preview, button(preview, "Send"))
    queued = await message_with(bot, ORGANIZER, "is on its way", after=mark)
    assert f"Announcement #{draft} is on its way to {len(everyone)} recipients" in queued["text"]

    done = await report(bot, draft, after=mark)
    assert f"done: {len(everyone)} sent, 0 blocked the bot, 0 failed" in done
    for user_id in everyone:
        [received] = announcements_to(bot, user_id, announcement)
        assert received == f"📢 {HEADER}\n{announcement}"
    assert announcement_counts(bot, announcement) == dict.fromkeys(everyone, 1)

    [listing] = await bot.say("/broadcasts", user=boss)
    assert (
        f"#{draft} done: {len(everyone)}/{len(everyone)} sent, 0 blocked, 0 failed"
        in (listing["text"])
    )
    assert announcement in listing["text"]
    [recent] = await services.storage.broadcasts.recent()
    assert (recent.id, recent.status, recent.sent, recent.total) == (
        draft,
        "done",
        len(everyone),
        len(everyone),
    )

    [news] = await bot.say("/news", user=bot.user(delegates[0]))
    assert "Recent announcements" in news["text"] and announcement in news["text"]

    # A second press of Send (a double tap, or later) sends nothing again.
    [again] = await bot.press(preview, button(preview, "Send"), user=boss)
    assert f"Announcement #{draft} was already sent" in again["text"]
    await services.sender.drain()
    assert len(await services.storage.outbox.rows("broadcast")) == len(everyone)
    assert announcement_counts(bot, announcement) == dict.fromkeys(everyone, 1)
    reports = [
        m["text"]
        for m in bot.api.messages_to(ORGANIZER)
        if f"Announcement #{draft} done:" in m["text"]
    ]
    assert len(reports) == 1, reports


async def test_an_announcement_in_english_and_chinese_reaches_each_delegate_in_theirs(
    bot: BotUnderTest,
) -> None:
    english, chinese, unknown = 6301, 6302, 6303
    await start_delegates(bot, [english])
    [welcome] = await bot.say("/start", user=bot.user(chinese, "zh-hans"))
    assert "欢迎" in welcome["text"]
    [welcome] = await bot.say("/start", user=bot.user(unknown, None))
    assert welcome["text"]
    boss = organizer(bot)

    [ask] = await bot.say("/broadcast", user=boss)
    assert "a line ---" in ask["text"]
    [menu] = await bot.say("---", user=boss)  # the dashes alone: still asking
    assert "Send the announcement text" in menu["text"]
    [menu] = await bot.say("Buses leave at 8:15\n---\n班车8:15出发", user=boss)
    draft = draft_id(menu)
    [preview] = await bot.press(menu, button(menu, "Everyone"), user=boss)
    assert "📢 From the organizers\nBuses leave at 8:15" in preview["text"]
    assert "📢 主办方通知\n班车8:15出发" in preview["text"]
    assert "English · 3 recipients" in preview["text"]  # the organizer reads English too
    assert "Chinese · 1 recipients" in preview["text"]

    mark = len(bot.api.calls)
    bot.api.push_callback(boss, preview, button(preview, "Send"))
    assert "done: 4 sent" in await report(bot, draft, after=mark)

    def received(user_id: int) -> list[str]:  # not the organizer's preview, which quotes both
        return [text for text in texts_to(bot, user_id, "📢") if text.startswith("📢")]

    for user_id in (english, unknown, ORGANIZER):
        assert received(user_id) == ["📢 From the organizers\nBuses leave at 8:15"]
    assert received(chinese) == ["📢 主办方通知\n班车8:15出发"]


async def test_discard_sends_nothing(bot: BotUnderTest) -> None:
    services = services_of(bot)
    await start_delegates(bot, [6001])
    menu = await draft_menu(bot, "Never mind")
    [discarded] = await bot.press(menu, button(menu, "Discard"), user=organizer(bot))
    assert "nothing was sent" in discarded["text"]
    assert await services.storage.outbox.rows("broadcast") == []
    assert announcements_to(bot, 6001, "Never mind") == []


# ---------------------------------------------------------------- 3. choosing the audience


@pytest.fixture
def tuesday_clock() -> Clock:
    """Before every session, so delegates can sign up for Tuesday's in Shanghai too."""
    return Clock(parse_moment("2018-07-24T08:00:00+08:00"), frozen=True)


async def test_session_and_city_audiences_reach_only_their_delegates(
    tmp_path: Path, tuesday_clock: Clock, program: Program, travel: TravelTimes
) -> None:
    tourism_a, tourism_b, chain_c, hangzhou_d, bystander_e = 7101, 7102, 7103, 7104, 7105
    async with organizer_bot(tmp_path, tuesday_clock, program, travel) as bot:
        await delegate_with_signups(bot, tourism_a, [TOURISM])
        await delegate_with_signups(bot, tourism_b, [TOURISM])
        await delegate_with_signups(bot, chain_c, [SH_CHAIN])
        await delegate_with_signups(bot, hangzhou_d, [HANGZHOU])
        await start_delegates(bot, [bystander_e])
        everyone = [tourism_a, tourism_b, chain_c, hangzhou_d, bystander_e]

        # A session's confirmed attendees, through the session menu.
        menu = await draft_menu(bot, "Tourism: bring your badge")
        draft = draft_id(menu)
        [sessions] = await bot.press(menu, button(menu, "session"), user=organizer(bot))
        assert "Which session?" in sessions["text"]
        [groups] = await bot.press(
            sessions, button(sessions, "Wed 25 · Tourism Promotion"), user=organizer(bot)
        )
        assert "Hunan Tourism Promotion Conference" in groups["text"]
        pick = button(groups, "✓ Signed up only")
        assert pick == f"o:a:{draft}:s.{TOURISM}"
        await preview_and_send(bot, groups, pick, 2)
        assert "done: 2 sent, 0 blocked the bot, 0 failed" in await report(bot, draft)
        counts = announcement_counts(bot, "Tourism: bring your badge")
        assert counts == {tourism_a: 1, tourism_b: 1}

        # Delegates in a city: anyone signed up for a session there.
        menu = await draft_menu(bot, "Shanghai: metro line 2 is closed")
        draft = draft_id(menu)
        [cities] = await bot.press(menu, button(menu, "city"), user=organizer(bot))
        assert "Which city?" in cities["text"]
        pick = button(cities, "Shanghai")
        assert pick == f"o:a:{draft}:c.Shanghai"
        await preview_and_send(bot, cities, pick, 3)
        assert "done: 3 sent" in await report(bot, draft)
        counts = announcement_counts(bot, "Shanghai: metro line 2 is closed")
        assert counts == {tourism_a: 1, tourism_b: 1, chain_c: 1}
        for user_id in (hangzhou_d, bystander_e, ORGANIZER):
            assert announcements_to(bot, user_id, "metro") == []
        assert set(everyone) - set(counts) == {hangzhou_d, bystander_e}


async def test_session_audience_with_waitlist_includes_those_waiting(
    tmp_path: Path, clock: Clock, program: Program, travel: TravelTimes
) -> None:
    one_seat = replace(
        program,
        sessions=tuple(replace(s, capacity=1) if s.id == TOURISM else s for s in program.sessions),
    )
    async with organizer_bot(tmp_path, clock, one_seat, travel) as bot:
        services = services_of(bot)
        await delegate_with_signups(bot, 7201, [TOURISM])
        await services.storage.users.touch(7202, "en", clock.now())
        await services.signups.save_profile(7202, "Wait Ing", "Queue Ltd")
        assert (await services.signups.sign_up(7202, TOURISM)).outcome == "waitlisted"

        menu = await draft_menu(bot, "Seats may free up")
        draft = draft_id(menu)
        [sessions] = await bot.press(menu, button(menu, "session"), user=organizer(bot))
        [groups] = await bot.press(sessions, f"o:m:{draft}:s.{TOURISM}", user=organizer(bot))
        [confirmed_only] = await bot.press(
            groups, button(groups, "✓ Signed up only"), user=organizer(bot)
        )
        assert "Confirmed only" in confirmed_only["text"]
        assert "1 recipients" in confirmed_only["text"]
        waitlist_too = button(groups, "+ Waitlist too")
        assert waitlist_too == f"o:a:{draft}:w.{TOURISM}"
        await preview_and_send(bot, groups, waitlist_too, 2)
        assert "done: 2 sent" in await report(bot, draft)
        assert announcement_counts(bot, "Seats may free up") == {7201: 1, 7202: 1}


# ---------------------------------------------------------------- menus and help


async def test_organizers_get_their_own_menu_in_their_chat(bot: BotUnderTest) -> None:
    scope = {"type": "chat", "chat_id": ORGANIZER}
    everyone = {c["command"] for c in bot.api.my_commands()}
    theirs = {c["command"] for c in bot.api.my_commands(scope)}
    theirs_zh = bot.api.my_commands(scope, language_code="zh")
    assert {"signup", "my", "news", "profile"} <= everyone
    assert {"broadcast", "attendees", "stats", "reload"}.isdisjoint(everyone)
    assert everyone | {"broadcast", "broadcasts", "attendees", "stats", "reload"} == theirs
    assert any(c["command"] == "attendees" and "名单" in c["description"] for c in theirs_zh)


async def test_help_shows_organizers_their_commands_and_no_one_else(bot: BotUnderTest) -> None:
    [mine] = await bot.say("/help", user=organizer(bot))
    assert "For organizers" in mine["text"] and "/attendees" in mine["text"]
    [theirs] = await bot.say("/help", user=bot.user(DELEGATE))
    assert "/signup" in theirs["text"] and "/news" in theirs["text"]
    assert "/attendees" not in theirs["text"] and "For organizers" not in theirs["text"]
