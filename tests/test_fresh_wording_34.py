"""Rules of stop 34 on the bundled program (examples of each rule, not the accuracy
figure):
- a city outside the program is guessed from a homophone typo only when the typo keeps
  half of its name (株州 is 株洲), never from a word that merely sounds like it (医务室,
  a medical room, is not 义乌);
- the field of a session asked for may stand before the kind of meeting
  (纺织机械的技术交流会, 停车场项目的招商推介): a field the program has no session on is
  "not found";
- a subject only FAQ entries speak of (停车场 as an investment project) is no session of
  the program either;
- 联系方式 is a way to contact, not a ceremony (式);
- 世界五百墙 (强 typed by its sound) is the Fortune 500 theme;
- a press pass or 记者证 is not in the program;
- a part of the day asked during the event with no day or city is today's (下午在哪开会),
  not every day's ("in the afternoons"); 25号杭州 is the 25th in Hangzhou;
- "aftn", "whrs", "thr" and "wich" are shorthand;
- "client asking" after the question relays it, as "client asks:" before it does;
- what is held at a building the story says a guest stays in is its session, not the
  hotel entry;
- 帮, 卖, 买 and 给 are verbs, not part of the field a session is asked about
  (帮贫困县卖农特产的对接会);
- 供餐 and 吃素 are the meals entry's;
- padding around a question ("just need a straight answer", 如果, "Pak") asks nothing;
  buying a ticket is the tickets entry's; a promotion code is the delegate's own affair
  (a brand such as Uber owns its need: tests/test_lookalike_probes.py);
- "how many events are there in Hangzhou" lists them (it is no general-knowledge count);
- 我们是株洲做… is the teller's city, context;
- a theme's sessions asked for as such ("which sessions tie in with the FTZ?") stay the
  theme's though the story around them names one of them; "link up with", "working
  together with" and "side" are glue;
- what the teller means to do after the question (…邮箱是多少？我们想提前联系做个采访)
  is no part of it;
- "I sell", "we export" and the like describe the delegate's business; "fit" and 比较对口
  ask nothing of their own;
- where the teller would rather not go (不想跑那么远, 我不想跑上海) is a reason, not a
  place asked about; 配套活动 are side events, not the supply chain's 配套; 28好 is the
  28th and 上嗨 Shanghai, typed by their sound;
- no homophone is rewritten into a word that asks nothing (你们, 正在): 迪士尼门漂 keeps
  its name;
- "describe", "are we free" and "the 1 where" (the one where) ask nothing of their own;
- a hyphenated name of a building of the program ("Pudong Shangri-La") is its own, not a
  name outside it; a "street address" is an address, not the commercial streets;
- a visit somewhere asked to be arranged (有没有去阿里巴巴总部参观的安排) is no session;
- Cantonese 讲嘢 (speak) and 识讲 (can speak), officials (官员) attending, and 洲际 for the
  InterContinental."""

from __future__ import annotations

import pytest

from bot.subjects import subject_phrases
from tests.helpers_core import answered, answered_with_card, at, session_ids


def test_a_word_sounding_like_another_city_is_not_that_city(index):
    answer = answered(index, "医务室在哪")
    assert answer.kind != "outside"
    assert not answer.confident


def test_a_typo_keeping_half_of_another_city_is_still_that_city(index):
    assert answered(index, "株州有没有分会场").kind == "outside"


@pytest.mark.parametrize(
    "text",
    [
        "纺织机械的技术交流会几号开",
        "有没有停车场项目的招商推介",
        "有没有充电桩项目的招商推介会",
    ],
)
def test_a_field_before_the_kind_of_meeting_the_program_lacks_is_not_found(index, text):
    assert answered(index, text).kind == "none"


def test_a_field_the_program_has_before_the_kind_of_meeting_is_its_session(index):
    answer = answered(index, "工程机械的产业推介会在哪天")
    assert answer.confident
    assert [s.id for s in answer.sessions] == ["hz-industry-promotion"]


def test_a_way_to_contact_is_no_ceremony():
    assert subject_phrases("请提供组委会的联系方式") == []
    assert subject_phrases("有没有奠基仪式") == ["奠基"]


def test_fortune_500_typed_by_its_sound_is_the_theme(index):
    answer = answered(index, "世界五百墙的活动有哪些")
    assert (answer.kind, answer.theme.id if answer.theme else None) == ("theme", "fortune500")


@pytest.mark.parametrize(
    "text",
    ["how do I get a press pass for the signing ceremony", "招聘会的记者证去哪里领"],
)
def test_a_press_pass_is_not_in_the_program(index, text):
    assert answered(index, text).kind == "none"


@pytest.mark.parametrize(
    ("text", "now", "sessions"),
    [
        # asked on the 25th: that afternoon, not every afternoon of the week
        (
            "下午在哪开会啊",
            "2018-07-25T12:30:00+08:00",
            ["cross-border-ecommerce", "cultural-creative-parks"],
        ),
        (
            "r there any sessions wed aftn?",
            None,
            ["cross-border-ecommerce", "cultural-creative-parks"],
        ),
    ],
)
def test_a_part_of_the_day_asked_during_the_event_is_todays(index, text, now, sessions):
    answer = answered(index, text, at(now) if now else None)
    assert answer.kind == "list"
    assert session_ids(answer) == sessions


def test_every_afternoon_asked_is_every_day_s(index):
    answer = answered(
        index, "which sessions are in the afternoons?", at("2018-07-25T09:00:00+08:00")
    )
    assert len(session_ids(answer)) > 2


def test_a_day_before_a_city_is_that_day(index):
    answer = answered(index, "26号南京下午有什么")
    assert answer.time.day is not None and answer.time.day.day == 26


def test_where_and_there_in_shorthand(index):
    answer = answered(index, "whrs the hz expo center? wot sessions thr?")
    assert (answer.kind, answer.venue.id if answer.venue else None) == ("venue", "hz-expo")


def test_a_relay_said_after_the_question_is_no_part_of_it(index):
    answer = answered(index, "what's at the SICC? client asking")
    assert answer.kind == "venue" and answer.venue.id == "sicc"


def test_what_is_held_at_the_hotel_a_guest_stays_in_is_its_session(index):
    text = "My client is staying at the Pudong Shangri-La, is anything held there?"
    assert answered_with_card(index, text) == ["poverty-alleviation-matchmaking"]


def test_the_hotel_entry_still_answers_a_stay_near_a_building(index):
    answer = answered(index, "Is there a hotel near the Hangzhou Expo where delegates stay?")
    assert answer.kind == "faq" and answer.faq.id == "hotel"


def test_what_a_session_sells_is_its_subject_not_a_verb(index):
    assert answered_with_card(index, "那个帮贫困县卖土特产的对接会在哪") == [
        "poverty-alleviation-matchmaking"
    ]


def test_meals_served_and_eating_vegetarian_are_the_meals_entry(index):
    answer = answered(index, "中午有供餐吗？我吃素")
    assert answer.kind == "faq" and answer.faq.id == "meals"


@pytest.mark.parametrize(
    ("text", "faq"),
    [
        ("Is the badge checked at every session? Just need a straight answer.", "badges"),
        ("如果代表证丢了怎么办？", "badges"),
        ("Do I need to buy a ticket or is the badge enough?", "tickets"),
    ],
)
def test_padding_and_everyday_names_keep_the_entry(index, text, faq):
    answer = answered(index, text)
    assert (answer.kind, answer.faq.id if answer.faq else None) == ("faq", faq)


def test_a_promotion_code_is_the_delegate_s_own_affair(index):
    assert not answered(index, "does didi have a promotion code for new users?").confident


def test_how_many_sessions_there_are_is_no_general_knowledge(index):
    answer = answered(index, "how many events are there in Hangzhou, and which ones?")
    assert session_ids(answer) == ["hz-industry-promotion", "cross-border-ecommerce"]


def test_the_teller_s_city_after_we_are_is_context(index):
    text = "我们是株洲做轨道交通装备配套的，想对接浙江的投资方，去哪场合适？"
    assert answered_with_card(index, text) == ["hz-industry-promotion"]


@pytest.mark.parametrize(
    ("text", "theme"),
    [
        (
            "Which sessions tie in with the free trade zone? We ship a lot of cross-border cargo.",
            "free-trade-zone",
        ),
        (
            "We want to link up with the free trade zone side. Any related events?",
            "free-trade-zone",
        ),
        ("Pak, which events are about working together with Fortune 500 companies?", "fortune500"),
    ],
)
def test_a_theme_s_sessions_asked_for_stay_the_theme_s(index, text, theme):
    answer = answered(index, text)
    assert (answer.kind, answer.theme.id if answer.theme else None) == ("theme", theme)


def test_what_the_teller_means_to_do_after_the_question_is_no_part_of_it(index):
    text = (
        "老师您好：\n\n我是一名学生记者。\n想请问一下组委会的联系电话和邮箱是多少？"
        "我们想提前联系一下做个采访。\n\n谢谢！\n\n小陈"
    )
    answer = answered(index, text)
    assert (answer.kind, answer.faq.id if answer.faq else None) == ("faq", "contacts")


@pytest.mark.parametrize(
    ("text", "session"),
    [
        (
            "I sell greenhouse equipment for agricultural projects in the countryside. "
            "Which session would fit me best?",
            "poverty-alleviation-matchmaking",
        ),
        ("我们做纺织机械，想在湖南找个园区落地建厂，参加哪一场比较对口？", "nj-parks-promotion"),
    ],
)
def test_a_business_described_in_other_words_gets_the_session_that_suits_it(index, text, session):
    assert answered_with_card(index, text) == [session]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("岳阳有没有分会场 不想跑那么远", "outside"),
        ("请问本次洽谈周在岳阳是否设有分会场或配套活动？", "outside"),
        ("28好还有会没", "outside"),
    ],
)
def test_a_branch_venue_or_day_outside_the_program_in_other_words(index, text, kind):
    assert answered(index, text).kind == kind


def test_shanghai_typed_by_its_sound_before_a_filler_is_shanghai(index):
    answer = answered(index, "明天上嗨有啥会", at("2018-07-24T20:00:00+08:00"))
    assert session_ids(answer) == ["tourism-promotion"]


def test_nothing_is_rewritten_into_a_word_that_asks_nothing(index):
    # 迪士尼门漂: not 的士 and 你们 (尼门), which would leave a city list
    assert not answered(index, "上海迪士尼门漂多少钱").confident
    answer = answered(index, "代表正在哪里领 要带身份正不")
    assert (answer.kind, answer.faq.id if answer.faq else None) == ("faq", "badges")


def test_a_building_described_in_other_words_is_the_building(index):
    answer = answered(
        index, "Could you describe what is scheduled at the Huaqiao International Expo Center?"
    )
    assert answer.kind == "venue" and answer.venue.id == "huaqiao-expo"


def test_the_one_where_in_shorthand_is_a_session_not_the_first_of_a_month(index):
    text = "the 1 whr shanghai firms buy farm stuff frm poor villages, wen is it"
    assert answered_with_card(index, text) == ["poverty-alleviation-matchmaking"]


def test_free_time_is_no_free_ticket(index):
    answer = answered(index, "Is anything on this evening, or are we free after the sessions?")
    assert answer.kind != "faq"


@pytest.mark.parametrize(
    ("text", "faq"),
    [
        ("What is the nearest metro station to the Pudong Shangri-La?", "local-transport"),
        ("Which metro line for the Pudong Shangri-La Hotel?", "local-transport"),
    ],
)
def test_a_hyphenated_venue_name_is_the_program_s_own(index, text, faq):
    answer = answered(index, text)
    assert (answer.kind, answer.faq.id if answer.faq else None) == ("faq", faq)


def test_a_street_address_asks_for_the_address(index):
    assert answered_with_card(index, "street address of the Shangri-La?") == [
        "poverty-alleviation-matchmaking"
    ]


def test_a_visit_arranged_somewhere_is_not_the_session_there(index):
    assert not answered(index, "杭州那边有没有去阿里巴巴总部参观的安排？").confident


@pytest.mark.parametrize(
    ("text", "faq"),
    [
        ("邊個會嚟講嘢？有冇大老闆出席？", "speakers"),
        ("請問這次有哪些政府官員會出席致詞？", "speakers"),
        ("有冇人識講英文？我啲同事唔係好識普通話", "interpretation"),
    ],
)
def test_cantonese_speaking_and_officials_attending(index, text, faq):
    answer = answered(index, text)
    assert (answer.kind, answer.faq.id if answer.faq else None) == ("faq", faq)


def test_the_intercontinental_by_its_short_name(index):
    assert answered_with_card(index, "洲际在南京哪里") == ["cultural-creative-parks"]
