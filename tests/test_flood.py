"""One delegate flooding the bot: throttled politely, while others are still answered."""

from __future__ import annotations

from bot.throttle import Throttle
from tests.chat import eventually
from tests.conftest import BotUnderTest

FLOOD = 1000


def test_throttle_allows_a_burst_then_warns_once_then_drops() -> None:
    now = [0.0]
    throttle = Throttle(rate=1.0, burst=5, timer=lambda: now[0])
    verdicts = [throttle.check(1) for _ in range(8)]
    assert verdicts == ["ok"] * 5 + ["warn", "drop", "drop"]
    assert throttle.check(2) == "ok"  # another delegate is not affected
    now[0] += 2.0  # two seconds refill two messages
    assert [throttle.check(1) for _ in range(3)] == ["ok", "ok", "warn"]


def test_an_unlimited_throttle_lets_everything_through() -> None:
    """What the offline chat runs with; Telegram's run modes keep the limit (below)."""
    throttle = Throttle.unlimited()
    assert {throttle.check(1) for _ in range(1000)} == {"ok"}


async def test_a_flood_is_throttled_and_others_are_still_answered(bot: BotUnderTest) -> None:
    flooder = bot.user(6601)
    other = bot.user(6602)
    for n in range(FLOOD):
        bot.api.push_message(flooder, f"where is the tourism promotion {n}")
    mark = len(bot.api.calls)
    bot.api.push_message(other, "when is the job fair?")
    answer = await bot.api.wait_for_sent(other["id"], after=mark, timeout=10)
    assert "Talent Recruiting" in answer["text"]
    # Once the whole flood has been handled, the flooder got a burst of answers and one
    # polite word, not a thousand replies.
    await idle(bot)
    to_flooder = [m.get("text", "") for m in bot.api.messages_to(flooder["id"])]
    slow_downs = [t for t in to_flooder if "faster than I can read" in t]
    assert len(slow_downs) == 1
    assert len(to_flooder) < 40


async def idle(bot: BotUnderTest) -> None:
    """Every update fetched and handled: nothing pending at the API, queued or running."""
    application = bot.application

    async def nothing_left() -> bool:
        return not (
            bot.api.pending_updates()
            or not application.update_queue.empty()
            or application.update_processor.current_concurrent_updates
        )

    await eventually(nothing_left, seconds=20)
