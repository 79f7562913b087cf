"""The inbox: updates kept before Telegram is told they arrived, handled once, replayed
after a crash; and a malformed update that must not stop polling."""

from __future__ import annotations

import json
from datetime import timedelta
from pathlib import Path

from bot.clock import Clock
from bot.config import Settings
from bot.program import Program
from bot.storage import Storage
from bot.travel import TravelTimes
from tests.chat import BotUnderTest, serve_bot, services_of
from tests.fake_bot_api import FakeBotApiServer

QUESTION = "where is the tourism promotion?"
ANSWER = "Hunan Tourism Promotion Conference"


async def test_an_update_is_kept_once_and_pending_until_done(tmp_path: Path, clock: Clock) -> None:
    storage = await Storage.open(tmp_path / "bot.sqlite3")
    try:
        inbox = storage.inbox
        assert await inbox.keep([(7, '{"update_id": 7}')], clock.now()) == {7}
        both = [(5, '{"update_id": 5}'), (7, '{"update_id": 7}')]
        assert await inbox.keep(both, clock.now()) == {5}  # the id is the key
        assert await inbox.pending() == ['{"update_id": 5}', '{"update_id": 7}']
        await inbox.done([5], clock.now())
        assert await inbox.pending() == ['{"update_id": 7}']
        assert not await inbox.keep([(5, '{"update_id": 5}')], clock.now())  # done: not again
    finally:
        await storage.close()


async def test_handled_updates_are_forgotten_after_a_day_pending_ones_never(
    tmp_path: Path, clock: Clock
) -> None:
    storage = await Storage.open(tmp_path / "bot.sqlite3")
    try:
        inbox = storage.inbox
        now = clock.now()
        await inbox.keep([(n, f'{{"update_id": {n}}}') for n in (1, 2, 3)], now)
        await inbox.done([1], now - timedelta(hours=25))
        await inbox.done([2], now - timedelta(hours=23))
        await inbox.prune(now)
        assert await inbox.pending() == ['{"update_id": 3}']
        assert await inbox.keep([(1, "{}"), (2, "{}")], now) == {1}  # 1 forgotten, 2 known
    finally:
        await storage.close()


async def test_every_update_is_kept_and_marked_done_once_answered(bot: BotUnderTest) -> None:
    await bot.say(QUESTION, expect=2)
    await bot.settle()  # the same delegate's /help runs once the question is all done
    rows = await services_of(bot).storage.database.fetch_all(
        "SELECT body, done_at FROM inbox ORDER BY update_id"
    )
    (body, done_at), _help = [tuple(row) for row in rows]
    assert json.loads(body)["message"]["text"] == QUESTION
    assert done_at is not None


async def test_malformed_update_is_skipped_and_polling_goes_on(bot: BotUnderTest) -> None:
    bot.api.push_update({"callback_query": {"id": "1"}})  # no sender, no chat_instance
    card, _pin = await bot.say(QUESTION, expect=2)
    assert card["text"].startswith(ANSWER)
    [card, _pin] = await bot.say(QUESTION, expect=2)  # and the next poll too
    assert card["text"].startswith(ANSWER)


async def test_updates_kept_but_not_handled_are_answered_at_start(
    settings: Settings, clock: Clock, program: Program, travel: TravelTimes
) -> None:
    async with FakeBotApiServer() as server:
        user = server.api.make_user(4242)
        message = {"message_id": 1, "date": 0, "chat": {"id": 4242, "type": "private"}}
        update = {"update_id": 99, "message": {**message, "from": user, "text": QUESTION}}
        storage = await Storage.open(settings.database_path)
        await storage.inbox.keep([(99, json.dumps(update))], clock.now())
        await storage.close()
        async with serve_bot(server, settings, clock, program, travel) as running:
            card, _pin = await running.replies(4242, 0, expect=2)
            assert card["text"].startswith(ANSWER)
            await running.settle(user)  # the same delegate's /help waits for it to be done
            assert 99 not in [json.loads(body)["update_id"] for body in await pending(running)]


async def pending(running: BotUnderTest) -> list[str]:
    return await services_of(running).storage.inbox.pending()


async def test_an_update_telegram_sends_again_is_not_answered_again(
    settings: Settings, clock: Clock, program: Program, travel: TravelTimes
) -> None:
    storage = await Storage.open(settings.database_path)
    await storage.inbox.keep([(1, '{"update_id": 1}')], clock.now())  # handled before a crash
    await storage.inbox.done([1], clock.now())
    await storage.close()
    async with (
        FakeBotApiServer() as server,
        serve_bot(server, settings, clock, program, travel) as running,
    ):
        first = running.user(4001)
        second = running.user(4002)
        running.api.push_message(first, QUESTION)  # update 1 again, not confirmed before
        [card, _pin] = await running.say(QUESTION, user=second, expect=2)  # update 2
        assert card["text"].startswith(ANSWER)
        await running.settle(first)
        answered = [m for m in running.api.sent if m["chat"]["id"] == 4001]
        assert not [m for m in answered if ANSWER in m.get("text", "")]
