"""End to end: signing up, the waitlist and a delegate's data, through the real Application
over HTTP against the fake Bot API server."""

from __future__ import annotations

from collections.abc import AsyncIterator
from dataclasses import replace

import pytest

from bot.clock import Clock
from bot.config import Settings
from bot.program import Program
from bot.travel import TravelTimes
from tests.chat import (
    TOURISM,
    button,
    buttons_of,
    callback_answer,
    eventually,
    serve_bot,
    services_of,
    sign_up_new,
    texts_to,
)
from tests.conftest import BotUnderTest, at
from tests.fake_bot_api import FakeBotApiServer

HANGZHOU = "hz-industry-promotion"  # Wed 25 Jul 09:30–12:00, Hangzhou
A_ID, B_ID = 7001, 7002


# ---------------------------------------------------------------- helpers


async def statuses(bot: BotUnderTest, session_id: str) -> dict[int, str]:
    attendees = await services_of(bot).storage.signups.attendees(session_id)
    return {a.user_id: a.status for a in attendees}


# ---------------------------------------------------------------- a one-seat session


@pytest.fixture
async def small_bot(
    settings: Settings, clock: Clock, program: Program, travel: TravelTimes
) -> AsyncIterator[BotUnderTest]:
    """The real bot, with one seat at the tourism promotion."""
    small = replace(
        program,
        sessions=tuple(replace(s, capacity=1) if s.id == TOURISM else s for s in program.sessions),
    )
    async with (
        FakeBotApiServer() as server,
        serve_bot(server, settings, clock, small, travel) as running_bot,
    ):
        yield running_bot


# ---------------------------------------------------------------- 1. by button


async def test_sign_up_by_button_asks_profile_then_confirms_and_double_tap_is_harmless(
    bot: BotUnderTest,
) -> None:
    card, pin = await bot.say("where is the tourism promotion?", expect=2)
    assert "venue" in pin
    assert "💺 250 of 250 seats left" in card["text"]
    signup = button(card, "✍️ Sign up")
    assert signup == f"u:{TOURISM}"

    [ask_name] = await bot.press(card, signup)
    assert "Before your first sign-up" in ask_name["text"]
    [ask_org] = await bot.say("Ada Lovelace")
    assert ask_org["text"] == "And your organization?"
    saved, confirmed = await bot.say("Analytical Engines Ltd", expect=2)
    assert "Thanks, Ada Lovelace (Analytical Engines Ltd)" in saved["text"]
    assert confirmed["text"].startswith("✅ You're signed up for Hunan Tourism Promotion")
    assert "Wed 25 Jul 09:30–11:30" in confirmed["text"]

    [agenda] = await bot.say("/my")
    assert "Hunan Tourism Promotion Conference" in agenda["text"]
    assert "✅ confirmed" in agenda["text"]
    assert button(agenda, "Cancel my seat") == f"x:{TOURISM}:{bot.user()['id']}"
    assert button(agenda, "📅 Add to calendar") == "i"
    for words in ("my schedule", "what did i sign up for?"):  # in words: the same agenda
        [mine] = await bot.say(words)
        assert (mine["text"], mine.get("reply_markup")) == (
            agenda["text"],
            agenda.get("reply_markup"),
        )
    [mine_zh] = await bot.say("我的日程")  # a Chinese question gets the agenda in Chinese
    assert "湖南旅游推介会" in mine_zh["text"] and "Tourism" not in mine_zh["text"]

    [again] = await bot.press(card, signup)  # a double tap on the same card
    assert "already signed up" in again["text"]
    attendees = await services_of(bot).storage.signups.attendees(TOURISM)
    assert [(a.user_id, a.status, a.name, a.organization) for a in attendees] == [
        (bot.user()["id"], "confirmed", "Ada Lovelace", "Analytical Engines Ltd")
    ]


async def test_card_after_sign_up_shows_status_and_cancel_button(bot: BotUnderTest) -> None:
    await sign_up_new(bot, bot.user(), "tourism")
    card, _pin = await bot.say("where is the tourism promotion?", expect=2)
    assert "💺 249 of 250 seats left" in card["text"]
    assert "✅ You're signed up." in card["text"]
    assert button(card, "Cancel my seat") == f"x:{TOURISM}:{bot.user()['id']}"
    assert not [d for _, d in buttons_of(card) if d.startswith("u:")]


# ---------------------------------------------------------------- 2. by command


async def test_sign_up_by_command_for_an_ended_session_has_closed(bot: BotUnderTest) -> None:
    [reply] = await bot.say("/signup job fair")  # talent-recruiting, 24 Jul: already over
    assert "Sign-up has closed" in reply["text"] and "has already ended" in reply["text"]
    assert "Hunan Talent Recruiting Meeting" in reply["text"]
    assert await statuses(bot, "talent-recruiting") == {}
    assert await services_of(bot).storage.profiles.get(bot.user()["id"]) is None

    card, _pin = await bot.say("where is the job fair?", expect=2)
    assert "This session has ended." in card["text"]
    assert "seats left" not in card["text"]
    assert not [d for _, d in buttons_of(card) if d.startswith("u:")]


async def test_pressing_sign_up_once_the_session_started_or_ended_says_which(
    bot: BotUnderTest,
) -> None:
    card, _pin = await bot.say("where is the tourism promotion?", expect=2)  # 09:30–11:30
    signup = button(card, "✍️ Sign up")
    bot.clock.set(at("2018-07-25T10:00:00+08:00"))
    [started] = await bot.press(card, signup)
    assert "Sign-up has closed" in started["text"] and "has already started" in started["text"]
    [now_card, _pin] = await bot.say("where is the tourism promotion?", expect=2)
    assert "In progress" in now_card["text"] and "seats left" not in now_card["text"]

    bot.clock.set(at("2018-07-25T11:30:00+08:00"))
    [ended] = await bot.press(card, signup)
    assert "has already ended" in ended["text"] and "started" not in ended["text"]
    assert await statuses(bot, TOURISM) == {}
    assert await services_of(bot).storage.profiles.get(bot.user()["id"]) is None


async def test_sign_up_by_command_asks_profile_first_then_confirms(bot: BotUnderTest) -> None:
    result = await sign_up_new(bot, bot.user(), "e-commerce", "Li Wei", "Hunan Trade Office")
    assert "You're signed up for" in result["text"]
    assert "Cross-Border E-Commerce" in result["text"]
    assert await statuses(bot, "cross-border-ecommerce") == {bot.user()["id"]: "confirmed"}

    [second] = await bot.say("/signup tourism")  # the profile is asked only once
    assert "You're signed up for" in second["text"]
    assert await statuses(bot, TOURISM) == {bot.user()["id"]: "confirmed"}


# ---------------------------------------------------------------- 3. waitlist


async def test_full_session_waitlists_and_a_cancellation_promotes_unprompted(
    small_bot: BotUnderTest,
) -> None:
    bot = small_bot
    a, b = bot.user(A_ID), bot.user(B_ID)
    first = await sign_up_new(bot, a, "tourism", "Alice", "Org A")
    assert "You're signed up for" in first["text"]
    full, _pin = await bot.say("where is the tourism promotion?", user=b, expect=2)
    assert "Full — 0 waiting" in full["text"]
    assert button(full, "Join the waitlist (0 waiting)") == f"u:{TOURISM}"
    assert "Sign up" not in str(buttons_of(full))
    second = await sign_up_new(bot, b, "tourism", "Bob", "Org B")
    assert "#1 on the waitlist" in second["text"]

    card, _pin = await bot.say("where is the tourism promotion?", user=b, expect=2)
    assert "Full — 1 waiting" in card["text"]
    assert "#1 on the waitlist" in card["text"]
    assert button(card, "Leave the waitlist") == f"x:{TOURISM}:{B_ID}"

    [agenda] = await bot.say("/my", user=a)
    [asked] = await bot.press(agenda, button(agenda, "Cancel my seat"), user=a)
    assert "Give up your seat at" in asked["text"] and "Wed 25 Jul 09:30" in asked["text"]
    assert await statuses(bot, TOURISM) == {A_ID: "confirmed", B_ID: "waitlist"}  # not yet
    mark = len(bot.api.calls)
    [cancelled] = await bot.press(asked, button(asked, "Yes, give up my seat"), user=a)
    assert cancelled["text"].startswith("Cancelled")

    promoted = await bot.api.wait_for_sent(B_ID, after=mark)  # B sent nothing
    assert "A seat freed up" in promoted["text"]
    assert "Hunan Tourism Promotion Conference" in promoted["text"]
    assert button(promoted, "Cancel my seat") == f"x:{TOURISM}:{B_ID}"
    assert await statuses(bot, TOURISM) == {B_ID: "confirmed"}

    # Exactly one message, even after the outbox is drained again.
    storage = services_of(bot).storage

    async def marked_sent() -> bool:
        return await storage.outbox.counts("promoted") == {"sent": 1}

    await eventually(marked_sent)
    await bot.settle()
    assert await services_of(bot).sender.drain() == 0
    assert len(texts_to(bot, B_ID, "A seat freed up")) == 1
    assert texts_to(bot, A_ID, "A seat freed up") == []


# ---------------------------------------------------------------- 4. forged buttons


async def test_forged_and_stale_sign_up_buttons_change_nothing(small_bot: BotUnderTest) -> None:
    bot = small_bot
    a, b = bot.user(A_ID), bot.user(B_ID)
    await sign_up_new(bot, a, "tourism", "Alice", "Org A")
    [b_start] = await bot.say("/start", user=b)
    sent_before = len(bot.api.sent)

    answer = await callback_answer(bot, b, b_start, "u:no-such-session")
    assert answer.get("show_alert") and "out of date" in answer["text"]

    answer = await callback_answer(bot, b, b_start, f"x:{TOURISM}:{A_ID}")
    assert answer.get("show_alert") and answer["text"] == "This button belongs to someone else."

    answer = await callback_answer(bot, b, b_start, f"x:{TOURISM}:notanumber")
    assert answer.get("show_alert") and "out of date" in answer["text"]

    answer = await callback_answer(bot, b, b_start, "f::7001")  # A's "Delete my data"
    assert answer.get("show_alert") and answer["text"] == "This button belongs to someone else."

    assert len(bot.api.sent) == sent_before  # pop-ups only, no messages
    assert await statuses(bot, TOURISM) == {A_ID: "confirmed"}
    assert await services_of(bot).storage.profiles.get(A_ID) is not None
    assert await services_of(bot).storage.profiles.get(B_ID) is None


# ---------------------------------------------------------------- 5. clashes


async def test_overlapping_sign_up_warns_and_asks(bot: BotUnderTest) -> None:
    me = bot.user()["id"]
    await sign_up_new(bot, bot.user(), "tourism")
    [warning] = await bot.say("/signup hangzhou industry promotion")
    assert "overlaps Hunan Tourism Promotion Conference" in warning["text"]
    assert "in Shanghai, Wed 25 Jul 09:30–11:30" in warning["text"]  # its city, day and times
    assert "Sign up for Hunan Major Industry Promotion Conference anyway?" in warning["text"]
    anyway = button(warning, "Sign up anyway")
    never_mind = button(warning, "Never mind")
    assert (anyway, never_mind) == (f"U:{HANGZHOU}", "k")
    assert await statuses(bot, HANGZHOU) == {}

    [kept] = await bot.press(warning, never_mind)
    assert "nothing changed" in kept["text"]
    assert await statuses(bot, HANGZHOU) == {}

    [done] = await bot.press(warning, anyway)
    assert "You're signed up for" in done["text"]
    assert "Hunan Major Industry Promotion Conference" in done["text"]
    assert await statuses(bot, HANGZHOU) == {me: "confirmed"}
    assert await statuses(bot, TOURISM) == {me: "confirmed"}

    # /my flags the pair, once, under the later of the two (both start at 09:30)
    [agenda] = await bot.say("/my")
    hangzhou_block, tourism_block = agenda["text"].split("\n•")[1:]
    assert "Hunan Major Industry Promotion Conference" in hangzhou_block
    assert "⚠️" not in hangzhou_block
    assert "⚠️ overlaps with Hunan Major Industry Promotion Conference" in tourism_block
    [agenda_zh] = await bot.say("/my", user=bot.user(language="zh-hans"))
    assert "⚠️ 与湖南重大产业推介会时间冲突" in agenda_zh["text"]


async def test_clash_warning_card_button_also_warns(bot: BotUnderTest) -> None:
    await sign_up_new(bot, bot.user(), "tourism")
    card, _pin = await bot.say("where is the hangzhou industry promotion?", expect=2)
    [warning] = await bot.press(card, button(card, "✍️ Sign up"))
    assert "overlaps" in warning["text"]
    assert await statuses(bot, HANGZHOU) == {}


# ---------------------------------------------------------------- 6. /forget


async def test_forget_deletes_profile_and_sign_ups(bot: BotUnderTest) -> None:
    me = bot.user()["id"]
    await sign_up_new(bot, bot.user(), "tourism")
    [question] = await bot.say("/forget")
    assert "Delete?" in question["text"]
    delete = button(question, "Delete my data")
    assert delete == f"f::{me}"
    [done] = await bot.press(question, delete)
    assert "deleted" in done["text"]

    [agenda] = await bot.say("/my")
    assert "You haven't signed up for anything yet" in agenda["text"]
    assert await services_of(bot).storage.profiles.get(me) is None
    assert await statuses(bot, TOURISM) == {}


async def test_forget_keep_changes_nothing(bot: BotUnderTest) -> None:
    me = bot.user()["id"]
    await sign_up_new(bot, bot.user(), "tourism")
    [question] = await bot.say("/forget")
    [kept] = await bot.press(question, button(question, "Never mind"))
    assert "nothing changed" in kept["text"]
    assert await statuses(bot, TOURISM) == {me: "confirmed"}


async def test_forgetting_a_seat_holder_promotes_the_waitlist(small_bot: BotUnderTest) -> None:
    bot = small_bot
    a, b = bot.user(A_ID), bot.user(B_ID)
    await sign_up_new(bot, a, "tourism", "Alice", "Org A")
    waiting = await sign_up_new(bot, b, "tourism", "Bob", "Org B")
    assert "#1 on the waitlist" in waiting["text"]

    [question] = await bot.say("/forget", user=a)
    mark = len(bot.api.calls)
    [done] = await bot.press(question, button(question, "Delete my data"), user=a)
    assert "deleted" in done["text"]
    promoted = await bot.api.wait_for_sent(B_ID, after=mark)
    assert "A seat freed up" in promoted["text"]
    assert await statuses(bot, TOURISM) == {B_ID: "confirmed"}
    assert await services_of(bot).storage.profiles.get(A_ID) is None


# ---------------------------------------------------------------- 7. Chinese


async def test_chinese_delegate_is_asked_in_chinese(bot: BotUnderTest) -> None:
    zh = bot.user(6002, "zh-hans")
    [ask_name] = await bot.say("/signup 旅游推介会", user=zh)
    assert "请告诉我您的姓名" in ask_name["text"]
    [ask_org] = await bot.say("张伟", user=zh)
    assert ask_org["text"] == "您的单位名称是？"
    saved, confirmed = await bot.say("湖南省商务厅", user=zh, expect=2)
    assert "谢谢，张伟（湖南省商务厅）" in saved["text"]
    assert "您已报名" in confirmed["text"] and "湖南旅游推介会" in confirmed["text"]
    [agenda] = await bot.say("/my", user=zh)
    assert "您的日程" in agenda["text"] and "✅ 已确认" in agenda["text"]
    assert button(agenda, "添加到日历") == "i"


# ---------------------------------------------------------------- 8. /stop


async def test_stop_during_the_name_question_saves_nothing(bot: BotUnderTest) -> None:
    me = bot.user()["id"]
    [ask_name] = await bot.say("/signup tourism")
    assert "Before your first sign-up" in ask_name["text"]
    [stopped] = await bot.say("/stop")
    assert stopped["text"] == "Stopped. Nothing was saved."
    assert await services_of(bot).storage.profiles.get(me) is None
    assert await statuses(bot, TOURISM) == {}

    # The conversation is over: a question is a question again.
    card, _pin = await bot.say("where is the tourism promotion?", expect=2)
    assert card["text"].startswith("Hunan Tourism Promotion Conference")
    assert await services_of(bot).storage.profiles.get(me) is None


# ---------------------------------------------------------------- more


async def test_two_quick_taps_sign_up_once(bot: BotUnderTest) -> None:
    me = bot.user()
    await sign_up_new(bot, me, "e-commerce")
    card, _pin = await bot.say("where is the tourism promotion?", expect=2)
    mark = len(bot.api.calls)
    bot.api.push_callback(me, card, f"u:{TOURISM}")
    bot.api.push_callback(me, card, f"u:{TOURISM}")
    first, second = await bot.replies(me["id"], mark, 2)
    assert "You're signed up for" in first["text"]
    assert "already signed up" in second["text"]
    assert await statuses(bot, TOURISM) == {me["id"]: "confirmed"}


async def test_promotion_reaches_a_chinese_delegate_in_chinese(small_bot: BotUnderTest) -> None:
    bot = small_bot
    a, zh = bot.user(A_ID), bot.user(B_ID, "zh-hans")
    await sign_up_new(bot, a, "tourism", "Alice", "Org A")
    [ask_name] = await bot.say("/signup 旅游推介会", user=zh)
    assert "请告诉我您的姓名" in ask_name["text"]
    await bot.say("王芳", user=zh)
    _saved, waiting = await bot.say("长沙市商务局", user=zh, expect=2)
    assert "候补名单第 1 位" in waiting["text"]

    [asked] = await bot.say("/cancel tourism", user=a)
    mark = len(bot.api.calls)
    [cancelled] = await bot.press(asked, button(asked, "Yes, give up my seat"), user=a)
    assert cancelled["text"].startswith("Cancelled")
    promoted = await bot.api.wait_for_sent(B_ID, after=mark)
    assert "有空位了" in promoted["text"] and "湖南旅游推介会" in promoted["text"]
    assert button(promoted, "取消报名") == f"x:{TOURISM}:{B_ID}"


async def test_leaving_the_waitlist_promotes_nobody(small_bot: BotUnderTest) -> None:
    bot = small_bot
    a, b = bot.user(A_ID), bot.user(B_ID)
    await sign_up_new(bot, a, "tourism", "Alice", "Org A")
    await sign_up_new(bot, b, "tourism", "Bob", "Org B")
    [agenda] = await bot.say("/my", user=b)
    assert "⏳ waitlist #1" in agenda["text"]
    assert "Add to calendar" not in str(buttons_of(agenda))  # nothing confirmed to export
    [left] = await bot.press(agenda, button(agenda, "Leave the waitlist"), user=b)
    assert "left the waitlist" in left["text"]
    assert await statuses(bot, TOURISM) == {A_ID: "confirmed"}
    await bot.settle()
    assert await services_of(bot).storage.outbox.counts("promoted") == {}


# ---------------------------------------------------------------- the name and organization


async def test_name_prompt_answers_questions_refuses_digits_and_survives_a_restart(
    settings: Settings, clock: Clock, program: Program, travel: TravelTimes
) -> None:
    async with FakeBotApiServer() as server:
        async with serve_bot(server, settings, clock, program, travel) as bot:
            card, _ = await bot.say("where is the tourism promotion?", expect=2)
            [ask_name] = await bot.press(card, button(card, "✍️ Sign up"))
            assert "Before your first sign-up" in ask_name["text"]
            talent, _, reminder = await bot.say("where is the talent recruiting meeting?", expect=3)
            assert "Hunan Talent Recruiting Meeting" in talent["text"]
            assert "I was asking for your full name" in reminder["text"]
            assert [label for label, _ in buttons_of(reminder)] == ["✍️ Go on", "Stop"]
            [refused] = await bot.say("1")
            assert "needs letters" in refused["text"]
            [ask_org] = await bot.say("Ada Lovelace")
            assert ask_org["text"] == "And your organization?"
        # the bot restarts on the same database, between the two answers
        async with serve_bot(server, settings, clock, program, travel) as bot:
            saved, confirmed = await bot.say("Analytical Engines Ltd", expect=2)
            assert "Thanks, Ada Lovelace (Analytical Engines Ltd)" in saved["text"]
            assert confirmed["text"].startswith("✅ You're signed up for Hunan Tourism")
            [profile] = await bot.say("/profile")
            assert "Name: Ada Lovelace" in profile["text"]
            assert [label for label, _ in buttons_of(profile)] == [
                "Change name",
                "Change organization",
            ]


async def test_cancelling_a_seat_asks_first_and_keep_changes_nothing(
    small_bot: BotUnderTest,
) -> None:
    bot = small_bot
    a, b = bot.user(A_ID), bot.user(B_ID)
    await sign_up_new(bot, a, "tourism", "Alice", "Org A")
    await sign_up_new(bot, b, "tourism", "Bob", "Org B")
    [agenda] = await bot.say("/my", user=a)
    [asked] = await bot.press(agenda, button(agenda, "Cancel my seat"), user=a)
    [kept] = await bot.press(asked, button(asked, "Keep my seat"), user=a)
    assert kept["text"] == "OK, nothing changed."
    assert await statuses(bot, TOURISM) == {A_ID: "confirmed", B_ID: "waitlist"}
    # someone else cannot press the confirmation
    sure = button(asked, "Yes, give up my seat")
    [b_start] = await bot.say("/start", user=b)
    answer = await callback_answer(bot, b, b_start, sure)
    assert answer.get("show_alert") and answer["text"] == "This button belongs to someone else."
    assert await statuses(bot, TOURISM) == {A_ID: "confirmed", B_ID: "waitlist"}
    # leaving the waitlist needs no confirmation: it gives nothing away
    [left] = await bot.say("/cancel tourism", user=b)
    assert left["text"].startswith("You left the waitlist")
