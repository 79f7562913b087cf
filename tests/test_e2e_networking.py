"""End to end: two delegates from opting in to an accepted meeting with a slot, through the
real Application over HTTP against the fake Bot API server; consent (no contact before
Accept) and forged presses."""

from __future__ import annotations

from collections.abc import AsyncIterator
from dataclasses import replace
from typing import Any

import pytest

from bot.clock import Clock
from bot.config import Settings
from bot.program import Program
from bot.travel import TravelTimes
from tests.chat import (
    button,
    buttons_of,
    callback_answer,
    eventually,
    message_with,
    serve_bot,
    services_of,
)
from tests.conftest import BotUnderTest
from tests.fake_bot_api import FakeBotApiServer

FINANCE = "industry-finance-matchmaking"  # Fri 27 Jul 09:30–11:30, Kunshan, 20 tables
ADA, BAO, EVE = 7101, 7102, 7103


@pytest.fixture
async def bot(
    settings: Settings, clock: Clock, program: Program, travel: TravelTimes
) -> AsyncIterator[BotUnderTest]:
    """The real bot without flood control: a delegate filling in the form by buttons here
    does in a second what takes a person a minute."""
    unthrottled = replace(settings, flood_control=False)
    async with (
        FakeBotApiServer() as server,
        serve_bot(server, unthrottled, clock, program, travel) as running_bot,
    ):
        yield running_bot


def contact_of(user_id: int) -> str:
    return f"tg://user?id={user_id}"


def everything_sent_to(bot: BotUnderTest, chat_id: int) -> str:
    """Every message and edit to the chat, as Telegram would hold it (links included)."""
    return repr(bot.api.messages_to(chat_id)) + repr(
        [call.params for call in bot.api.calls if call.params.get("chat_id") == chat_id]
    )


async def edited(bot: BotUnderTest, mark: int) -> dict[str, Any]:
    """The message a button press edited in place (a choice being ticked)."""
    call = await bot.api.wait_for_call(lambda c: c.method == "editMessageText", after=mark)
    result: dict[str, Any] = call.result
    return result


async def opt_in(
    bot: BotUnderTest,
    user: dict[str, Any],
    *,
    name: str,
    organization: str,
    role: str,
    sectors: list[str],
    offer: str,
    seek: str,
    add_language: str | None = None,
) -> str:
    """/network from nothing: name and organization, then (with no second /network) the
    five steps by buttons and text. Returns the last reply's text."""
    [needs] = await bot.say("/network", user=user)
    assert "full name" in needs["text"] or "您的姓名" in needs["text"]
    await bot.say(name, user=user)
    [thanks, roles] = await bot.say(organization, user=user, expect=2)  # the form follows
    assert name in thanks["text"]
    [sector_question] = await bot.press(roles, button(roles, role), user=user)
    for label in sectors:
        mark = len(bot.api.calls)
        bot.api.push_callback(user, sector_question, button(sector_question, label))
        sector_question = await edited(bot, mark)
        assert f"✓ {label}" in str(buttons_of(sector_question))
    [_ask_offer] = await bot.press(sector_question, button(sector_question, "✅"), user=user)
    [_ask_seek] = await bot.say(offer, user=user)
    [languages] = await bot.say(seek, user=user)
    if add_language:
        mark = len(bot.api.calls)
        bot.api.push_callback(user, languages, button(languages, add_language))
        languages = await edited(bot, mark)
    [saved] = await bot.press(languages, button(languages, "✅"), user=user)
    return str(saved["text"])


async def test_two_delegates_meet_with_consent_and_a_slot(bot: BotUnderTest) -> None:
    ada, bao, eve = bot.user(ADA), bot.user(BAO, "zh-hans"), bot.user(EVE)
    saved = await opt_in(
        bot,
        ada,
        name="Ada Lovelace",
        organization="Xiangtan Heavy Machinery",
        role="Hunan enterprise",
        sectors=["Advanced manufacturing"],
        offer="CNC machine tools and excavators for export",
        seek="investors and bank loans for a new plant",
    )
    assert "networking profile is on" in saved
    saved_zh = await opt_in(
        bot,
        bao,
        name="包明",
        organization="上海浦江银行",
        role="投资",
        sectors=["金融", "先进制造"],
        offer="为制造企业提供贷款和股权投资",
        seek="湖南先进制造项目",
        add_language="英文",
    )
    assert "对接资料已开启" in saved_zh
    for user in (ada, bao):
        await bot.say("/signup finance matchmaking", user=user)

    [suggested] = await bot.say("/matches", user=ada)
    assert "包明" in suggested["text"] and "上海浦江银行" in suggested["text"]
    assert str(BAO) not in suggested["text"] + repr(buttons_of(suggested))  # no Telegram id
    [sent] = await bot.press(suggested, button(suggested, "Meet #1"), user=ada)
    assert "Request sent to 包明" in sent["text"]

    notice = await message_with(bot, BAO, "希望与您见面")
    assert "Ada Lovelace" in notice["text"] and "Xiangtan Heavy Machinery" in notice["text"]
    assert contact_of(ADA) not in everything_sent_to(bot, BAO)  # no contact before Accept
    assert contact_of(BAO) not in everything_sent_to(bot, ADA)
    accept = button(notice, "接受")

    # Someone else pressing Bao's Accept (the same data, or data naming themselves)
    forged = await callback_answer(bot, eve, notice, accept)
    assert forged.get("show_alert") and "belongs to someone else" in forged["text"]
    self_named = accept.rsplit(":", 1)[0] + f":{EVE}"
    refused = await callback_answer(bot, eve, notice, self_named)
    assert refused.get("show_alert")
    assert await services_of(bot).networking.views.meetings_of(BAO) == []

    [confirmed] = await bot.press(notice, accept, user=bao)
    assert "见面已确认" in confirmed["text"]
    assert "7月27日" in confirmed["text"] and "1 号桌" in confirmed["text"]
    assert contact_of(ADA) in repr(confirmed)
    told = await message_with(bot, ADA, "Meeting confirmed")
    assert "Fri 27 Jul 09:30, table 1" in told["text"]
    assert contact_of(BAO) in repr(told)

    [agenda] = await bot.say("/my", user=ada)
    assert "Meetings" in agenda["text"] and "包明" in agenda["text"]
    again = await callback_answer(bot, bao, notice, accept)  # a second tap: nothing new
    assert again.get("show_alert") and "已经答复" in again["text"]
    assert len(await services_of(bot).networking.views.meetings_of(ADA)) == 1


async def test_two_hundred_acceptances_at_once_never_double_book_a_table(
    bot: BotUnderTest,
) -> None:
    """200 delegates press Accept at the same moment, each through the real Application
    (different senders are handled in parallel), for 20 tables of 8 slots each."""
    services = services_of(bot)
    pairs = [(9000 + 2 * i, 9001 + 2 * i) for i in range(200)]
    requests: list[tuple[int, int]] = []
    for asker, target in pairs:
        for user_id in (asker, target):
            await services.signups.save_profile(user_id, f"D{user_id}", "Org")
            saved = await services.networking.save(
                user_id,
                role="enterprise",
                sectors=("agriculture-food",),
                offer="tea",
                seek="buyers",
                languages=("en",),
            )
            assert saved.kind == "saved"
        handle = (await services.networking.views.profile(target)).handle  # type: ignore[union-attr]
        sent = await services.networking.request(asker, handle, FINANCE)
        assert sent.kind == "sent" and sent.request_id is not None
        requests.append((target, sent.request_id))
    mark = len(bot.api.calls)
    for target, request_id in requests:
        accept = f"a:accept.{request_id}:{target}"
        notice = {"chat": {"id": target, "type": "private"}, "message_id": 1, "date": 0}
        bot.api.push_callback(bot.user(target), notice, accept, check_button=False)

    async def all_answered() -> bool:
        answered = [c for c in bot.api.calls[mark:] if c.method == "answerCallbackQuery"]
        return len(answered) == len(requests)

    await eventually(all_answered, seconds=60)
    booked = [
        view
        for target, _ in requests
        for view in await services.networking.views.meetings_of(target)
    ]
    assert len(booked) == 200  # every acceptance made a meeting
    places = [(v.start, v.table_no) for v in booked if v.table_no is not None]
    assert len(places) == 20 * 8 and len(set(places)) == len(places)  # never a table twice
    assert all(v.session_id == FINANCE for v in booked)
