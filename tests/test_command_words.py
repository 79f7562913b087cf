"""What follows a command is read, honoured where it makes sense, and answered with what
was understood (or why not), never silently ignored."""

from __future__ import annotations

from pathlib import Path

from bot.delegate import Delegate
from bot.front_desk import FrontDesk
from bot.reply import Reply
from tests.helpers_core import at, bundled_program
from tests.support import front_desk

PROGRAM = bundled_program()
NOW = at("2018-07-24T09:00:00")
ADA = Delegate(7401, "en")


async def say(front: FrontDesk, text: str, delegate: Delegate = ADA) -> Reply:
    return (await front.respond(delegate, text)).reply


def labels(reply: Reply) -> list[str]:
    return [button.label for row in reply.buttons for button in row]


async def test_signup_with_words_that_match_nothing_says_so(tmp_path: Path) -> None:
    async with front_desk(tmp_path, PROGRAM, NOW) as front:
        reply = await say(front, "/signup xyz")
    assert "No session of the program matches “xyz”" in reply.plain


async def test_today_honours_a_city_and_says_when_the_words_name_another_day(
    tmp_path: Path,
) -> None:
    async with front_desk(tmp_path, PROGRAM, NOW) as front:
        in_nanjing = await say(front, "/today nanjing")
        other_day = await say(front, "/today 26")
    assert "in Nanjing on Tue 24 Jul" in in_nanjing.plain
    assert "“26” names another day" in other_day.plain and "Thu 26 Jul" in other_day.plain
    assert "Tue 24 Jul" not in other_day.plain


async def test_next_honours_a_city(tmp_path: Path) -> None:
    async with front_desk(tmp_path, PROGRAM, NOW) as front:
        reply = await say(front, "/next nanjing")
        chinese = await say(front, "/next 南京", Delegate(7402, "zh-hans"))
    assert reply.plain.startswith("Next up in Nanjing:")
    assert "Cultural and Creative" in reply.plain and "Shanghai ·" not in reply.plain
    assert chinese.plain.startswith("南京的下一场活动")


async def test_cancel_looks_only_at_the_delegates_own_sign_ups(tmp_path: Path) -> None:
    async with front_desk(tmp_path, PROGRAM, NOW) as front:
        assert (await say(front, "/cancel hangzhou")).plain == "You have no sign-ups to cancel."
        await front.press(ADA, "u:tourism-promotion")
        await say(front, "Ada Lovelace")
        await say(front, "Analytical Engines Ltd")
        unmatched = await say(front, "/cancel hangzhou")
        assert "None of your sign-ups matches “hangzhou”" in unmatched.plain
        assert labels(unmatched) == ["25/07 09:30 Hunan Tourism Promotion Conference"]
        matched = await say(front, "/cancel tourism")
        assert "Give up your seat at Hunan Tourism Promotion Conference" in matched.plain


async def test_a_venue_name_several_buildings_share_asks_which(tmp_path: Path) -> None:
    async with front_desk(tmp_path, PROGRAM, NOW) as front:
        reply = await say(front, "/venue Expo Center")
    assert "Which one do you mean?" in reply.plain
    assert len(labels(reply)) == 3
    assert all("Expo Center" in label for label in labels(reply))


async def test_the_way_to_a_citys_venue_is_its_address_and_map_pin(tmp_path: Path) -> None:
    async with front_desk(tmp_path, PROGRAM, NOW) as front:
        english = await say(front, "how do I get to the Hangzhou venue")
        chinese = await say(front, "杭州的会场怎么去", Delegate(7403, "zh-hans"))
        several = await say(front, "where are the Shanghai venues")
    assert "353 Benjing Avenue" in english.plain and english.venue is not None
    assert chinese.venue is not None and "杭州国际博览中心" in chinese.plain
    assert len(labels(several)) == 3  # Shanghai has three buildings: which one?
