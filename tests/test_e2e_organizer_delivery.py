"""End to end: how an announcement's delivery copes with delegates who blocked the bot, chats
that are gone and flood control, through the real Application over HTTP against the fake
Bot API."""

from __future__ import annotations

import pytest

from tests.chat import ORGANIZER, button, services_of
from tests.conftest import BotUnderTest
from tests.organizer_chat import (
    announcement_counts,
    announcements_to,
    draft_id,
    draft_menu,
    organizer,
    preview_and_send,
    report,
    start_delegates,
)
from tests.organizer_chat import bot as bot  # the real bot with one organizer, shared


# PTB's own RetryAfter warns about its future timedelta type when the fake API sends a 429.
@pytest.mark.filterwarnings("ignore::telegram.warnings.PTBDeprecationWarning")
async def test_blocked_missing_and_flood_controlled_chats_are_counted_and_never_doubled(
    bot: BotUnderTest,
) -> None:
    services = services_of(bot)
    storage = services.storage
    delegates = list(range(6101, 6130))  # 29 delegates and the organizer: 30 recipients
    for user_id in delegates:
        await storage.users.touch(user_id, "en", bot.clock.now())
    blocked, gone, flooded = delegates[3], delegates[4], delegates[5]

    menu = await draft_menu(bot, "Fault drill")
    draft = draft_id(menu)
    [preview] = await bot.press(menu, button(menu, "Everyone"), user=organizer(bot))
    assert "30 recipients" in preview["text"]

    bot.api.block_chat(blocked)
    bot.api.chat_not_found(gone)
    bot.api.fail_next(
        "sendMessage", 429, "Too Many Requests: retry after 1", retry_after=1, chat_id=flooded
    )
    mark = len(bot.api.calls)
    bot.api.push_callback(organizer(bot), preview, button(preview, "Send"))
    done = await report(bot, draft, after=mark)
    assert "done: 28 sent, 1 blocked the bot, 1 failed" in done

    assert await storage.users.is_blocked(blocked) is True
    assert await storage.users.is_blocked(gone) is False
    counts = announcement_counts(bot, "Fault drill")
    assert max(counts.values()) == 1
    assert set(counts) == {*delegates, ORGANIZER} - {blocked, gone}
    # Flood control was hit on the way to this delegate, who still got it, once.
    assert any(
        c.method == "sendMessage"
        and c.params.get("chat_id") == flooded
        and not c.ok
        and c.error is not None
        and c.error.error_code == 429
        for c in bot.api.calls
    )
    assert counts[flooded] == 1
    [recent] = await storage.broadcasts.recent()
    assert (recent.sent, recent.blocked, recent.failed, recent.pending) == (28, 1, 1, 0)

    # The next announcement to everyone leaves out the delegate who blocked the bot.
    menu = await draft_menu(bot, "Second drill")
    second = draft_id(menu)
    await preview_and_send(bot, menu, button(menu, "Everyone"), 29)
    assert "done: 28 sent, 0 blocked the bot, 1 failed" in await report(bot, second)
    assert announcements_to(bot, blocked, "Second drill") == []
    assert max(announcement_counts(bot, "Second drill").values()) == 1


async def test_a_delegate_who_blocked_the_bot_and_writes_again_is_active_again(
    bot: BotUnderTest,
) -> None:
    storage = services_of(bot).storage
    comeback = 6201
    await start_delegates(bot, [comeback, 6202])
    bot.api.block_chat(comeback)
    menu = await draft_menu(bot, "Are you there?")
    draft = draft_id(menu)
    await preview_and_send(bot, menu, button(menu, "Everyone"), 3)
    assert "done: 2 sent, 1 blocked the bot, 0 failed" in await report(bot, draft)
    assert await storage.users.is_blocked(comeback) is True
    assert comeback not in await storage.users.audience("all")

    bot.api.unblock_chat(comeback)
    [welcome] = await bot.say("/start", user=bot.user(comeback))
    assert welcome["text"]
    assert await storage.users.is_blocked(comeback) is False
    assert comeback in await storage.users.audience("all")

    menu = await draft_menu(bot, "Welcome back")
    draft = draft_id(menu)
    await preview_and_send(bot, menu, button(menu, "Everyone"), 3)
    assert "done: 3 sent" in await report(bot, draft)
    assert len(announcements_to(bot, comeback, "Welcome back")) == 1
