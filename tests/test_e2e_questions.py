"""End to end: the real Application, over HTTP, against the fake Bot API server."""

from __future__ import annotations

import pytest

from tests.chat import buttons_of
from tests.conftest import BotUnderTest


async def test_start_welcomes_with_buttons(bot: BotUnderTest) -> None:
    [reply] = await bot.say("/start")
    assert "Promotion Week" in reply["text"]
    labels = [label for label, _ in buttons_of(reply)]
    assert {"Today", "Shanghai", "Nanjing"} <= set(labels)
    assert any(e["type"] == "bold" for e in reply.get("entities", []))  # sent as HTML


async def test_where_question_gets_card_then_map_pin(bot: BotUnderTest) -> None:
    card, pin = await bot.say("where is the tourism promotion?", expect=2)
    assert card["text"].startswith("Hunan Tourism Promotion Conference")
    assert card["text"].index("Where:") < card["text"].index("When:")
    assert pin["venue"]["location"]["latitude"] == pytest.approx(31.2397, abs=0.01)


async def test_chinese_when_question_answers_in_chinese_time_first(bot: BotUnderTest) -> None:
    [card] = await bot.say("旅游推介会几点开始")
    assert "湖南旅游推介会" in card["text"]
    assert card["text"].index("时间") < card["text"].index("地点")
    assert "09:30–11:30" in card["text"]


async def test_city_and_day_list(bot: BotUnderTest) -> None:
    [reply] = await bot.say("what's on in Nanjing on the 25th?")
    assert "Cultural and Creative" in reply["text"]
    assert "National-Level Key Industrial Parks" not in reply["text"]  # that is the 26th


async def test_ambiguous_question_offers_buttons_and_a_press_shows_the_card(
    bot: BotUnderTest,
) -> None:
    [reply] = await bot.say("where is the matchmaking meeting")
    choices = buttons_of(reply)
    assert 2 <= len(choices) <= 3
    label, data = choices[0]
    [card] = await bot.press(reply, data)
    assert card["text"].split("\n")[0] in label or label.split(" ", 2)[2][:20] in card["text"]


async def test_off_topic_is_declined_plainly(bot: BotUnderTest) -> None:
    [reply] = await bot.say("bitcoin price")
    assert "couldn't find" in reply["text"] and "/schedule" in reply["text"]
    assert not buttons_of(reply)


async def test_a_doubted_faq_entry_is_offered_and_a_press_answers_it(bot: BotUnderTest) -> None:
    [offer] = await bot.say("how to get a car loan in china")  # one word: "car" of parking
    assert "not sure" in offer["text"] and "Parking" not in offer["text"]
    [(label, data)] = buttons_of(offer)
    assert data == "Q:parking"
    [entry] = await bot.press(offer, data)
    assert entry["text"].startswith(label)


async def test_commands_schedule_today_next_venue(bot: BotUnderTest) -> None:
    [schedule] = await bot.say("/schedule Kunshan")
    assert "Kunshan" in schedule["text"] and "Shanghai ·" not in schedule["text"]
    [today] = await bot.say("/today")  # clock: 25 July 09:00
    assert "Wed 25 Jul" in today["text"]
    [next_up] = await bot.say("/next")
    assert "09:30" in next_up["text"]
    venue, pin = await bot.say("/venue Expo Center Hangzhou", expect=2)
    assert "Hangzhou International Expo Center" in venue["text"]
    assert "venue" in pin


async def test_command_menu_registered_in_english_and_chinese(bot: BotUnderTest) -> None:
    english = {c["command"] for c in bot.api.my_commands()}
    chinese = bot.api.my_commands(language_code="zh")
    assert {"schedule", "today", "next", "venue", "help"} <= english
    assert any("日程" in c["description"] for c in chinese)


async def test_forged_and_stale_buttons_get_a_popup_and_change_nothing(bot: BotUnderTest) -> None:
    [reply] = await bot.say("/start")
    before = len(bot.api.sent)
    for data in ("s:no-such-session", "zz", "d:2018-13-45", "x" * 64):
        bot.api.push_callback(bot.user(), reply, data, check_button=False)
    await bot.settle()
    answers = [c for c in bot.api.calls if c.method == "answerCallbackQuery"]
    assert len(answers) == 4 and all(c.params.get("show_alert") for c in answers)
    assert all("out of date" in c.params["text"] for c in answers)
    assert len(bot.api.sent) == before + 1  # only the /help used to settle


async def test_unknown_command_is_named_and_escaped(bot: BotUnderTest) -> None:
    [reply] = await bot.say("/nosuch<b>&")
    assert "/nosuch<b>&" in reply["text"]  # shown literally, not taken as markup
    assert "/schedule" in reply["text"]


@pytest.mark.parametrize("text", ["🎉🎉🎉", "\x00\x1b[31m?", "   ", "x" * 10_000])
async def test_odd_text_gets_a_reply_not_a_traceback(bot: BotUnderTest, text: str) -> None:
    [reply] = await bot.say(text)
    assert reply["text"]
    assert "went wrong" not in reply["text"]


async def test_very_long_message_is_answered_from_its_beginning(bot: BotUnderTest) -> None:
    [reply] = await bot.say("when is the tourism promotion?" + "!" * 10_000)
    assert reply["text"].startswith("That message is very long")
    assert "Tourism Promotion Conference" in reply["text"]


async def test_sticker_and_photo_get_told_to_use_text(bot: BotUnderTest) -> None:
    sticker = {
        "file_id": "s1",
        "file_unique_id": "u1",
        "width": 512,
        "height": 512,
        "is_animated": False,
        "is_video": False,
        "type": "regular",
    }
    [reply] = await bot.say(None, sticker=sticker)
    assert "text" in reply["text"]
    photo = [{"file_id": "p1", "file_unique_id": "pu1", "width": 90, "height": 90}]
    [reply] = await bot.say(None, photo=photo)
    assert "text" in reply["text"]


async def test_edited_messages_and_group_chatter_get_deliberate_silence(bot: BotUnderTest) -> None:
    user = bot.user()
    original, _pin = await bot.say("where is the job fair", expect=2)
    bot.api.push_update(
        {
            "edited_message": {
                "message_id": 1,
                "date": 0,
                "edit_date": 1,
                "from": user,
                "chat": {"id": user["id"], "type": "private"},
                "text": "where is the tourism fair",
            }
        }
    )
    group = {"id": -100123, "type": "supergroup", "title": "Delegates"}
    bot.api.push_message(user, "where is the tourism promotion", chat=group)
    before = len(bot.api.sent)
    await bot.settle()
    assert len(bot.api.sent) == before + 1  # only the /help used to settle
    assert bot.api.messages_to(-100123) == []
    assert original["text"]


async def test_commands_work_in_groups(bot: BotUnderTest) -> None:
    group = {"id": -100456, "type": "supergroup", "title": "Delegates"}
    [reply] = await bot.say("/next", chat=group)
    assert reply["chat"]["id"] == -100456


async def test_every_delegate_is_remembered_with_language(bot: BotUnderTest) -> None:
    await bot.say("你好", user=bot.user(6001, "zh-hans"))
    storage = bot.application.bot_data["services"].storage
    record = await storage.users.get(6001)
    assert record is not None and record.language == "zh-hans"


async def test_command_arguments_may_follow_any_white_space(bot: BotUnderTest) -> None:
    [reply] = await bot.say("/schedule\n26")
    assert "Thu 26 Jul" in reply["text"]


async def test_a_building_name_that_fits_several_asks_which_and_a_press_opens_it(
    bot: BotUnderTest,
) -> None:
    [reply] = await bot.say("where is the expo center?")
    choices = dict(buttons_of(reply))
    assert len(choices) == 3 and "Which one" in reply["text"]
    [venue, pin] = await bot.press(
        reply, choices["Huaqiao International Expo Center · Kunshan"], expect=2
    )
    assert "Commercial Circulation Carriers" in venue["text"]
    assert "Industrial and Financial Cooperation" in venue["text"]
    assert pin["venue"]["location"]["latitude"] == pytest.approx(31.2957, abs=0.01)


async def test_traditional_cantonese_and_themes_in_chat(bot: BotUnderTest) -> None:
    [card, _pin] = await bot.say("喺邊度搞旅遊推介會？", expect=2)
    assert card["text"].startswith("湖南旅游推介会")
    [themes] = await bot.say("五大开放活动是什么")
    assert "五大开放活动" in themes["text"] and "一带一路" in themes["text"]
    [outside] = await bot.say("is there a 2019 edition?")
    assert "not in the program" in outside["text"] and "24 Jul" in outside["text"]


async def test_themes_command_lists_the_five_themes_in_the_delegates_language(
    bot: BotUnderTest,
) -> None:
    [english] = await bot.say("/themes")
    [chinese] = await bot.say("/themes", user=bot.user(7002, "zh-hans"))
    assert english["text"].count("\n\n") >= 4 and "Fortune 500" in english["text"]
    assert "对接世界500强，提升产业链" in chinese["text"]
    assert any(c["command"] == "themes" for c in bot.api.my_commands())
