"""Rules of stop 29 on the bundled program (examples of each rule, not the accuracy
figure): a home city or a day outside the event in the delegate's story, list, supply,
glue and function words, the agenda asked as "what I signed up for", Cantonese 推介 as
"recommend", a detail the program does not give (bot.details) offered as such, a theme
or a region's theme it lacks, and needs it never speaks of (the weather, restaurants,
insurance, a press centre)."""

from __future__ import annotations

import pytest

from tests.helpers_core import answered, answered_with_card, one_offer, session_ids


@pytest.mark.parametrize(
    ("text", "sessions"),
    [
        ("周五还有会吗，想早点回长沙", ["industry-finance-matchmaking"]),
        (
            "flying back to Changsha on Friday, anything on before?",
            ["industry-finance-matchmaking"],
        ),
    ],
)
def test_the_city_a_delegate_goes_home_to_is_their_story(index, text, sessions):
    answer = answered(index, text)
    assert answer.kind == "list" and session_ids(answer) == sessions


def test_a_city_outside_the_program_asked_about_is_still_outside(index):
    assert answered(index, "长沙有什么活动").kind == "outside"
    assert answered(index, "any sessions in Changsha on Friday?").kind == "outside"


@pytest.mark.parametrize(
    ("text", "kind", "faq"),
    [
        ("给我列个会场清单", "venues", None),
        ("会场中午有供应便当吗", "faq", "meals"),
        ("晚饭要自己解决吗", "faq", "meals"),
        ("现场提供午饭吗", "faq", "meals"),
        ("it's probably free to attend, right?", "faq", "tickets"),
    ],
)
def test_list_supply_and_hedge_words_leave_the_need(index, text, kind, faq):
    answer = answered(index, text)
    assert answer.confident and answer.kind == kind
    assert (answer.faq.id if answer.faq else None) == faq


def test_supply_stays_the_supply_chain_where_it_is_one(index):
    for text in ("上下游供应链对接是哪场", "我们是供应商，哪场合适"):
        assert session_ids(answered(index, text)) == ["sh-industrial-chain"]


@pytest.mark.parametrize(
    "text", ["Show me what I signed up for", "what i've registered for so far?"]
)
def test_what_i_signed_up_for_is_the_agenda(index, text):
    assert answered(index, text).kind == "agenda"


@pytest.mark.parametrize("text", ["南京有冇好嘅點心推介", "杭州有冇好嘅點心舖推介？"])
def test_cantonese_recommend_is_no_promotion_conference(index, text):
    assert answered(index, text).kind == "none"


def test_a_promotion_asked_for_in_cantonese_is_still_one(index):
    assert session_ids(answered(index, "有冇旅遊推介會")) == ["tourism-promotion"]


@pytest.mark.parametrize(
    ("text", "session"),
    [
        ("startups looking for VCs, which session?", "industry-finance-matchmaking"),
        ("I want to meet employers from Hunan, which session?", "talent-recruiting"),
    ],
)
def test_everyday_words_for_a_session(index, text, session):
    answer = answered(index, text)
    assert answer.confident and session_ids(answer) == [session]


def test_hunan_born_entrepreneurs_reconnecting_is_the_chamber_theme(index):
    answer = answered(index, "any event for Hunan-born entrepreneurs to reconnect with home?")
    assert answer.kind == "theme" and answer.theme is not None
    assert answer.theme.id == "chamber-of-commerce"


@pytest.mark.parametrize(
    ("text", "session"),
    [
        ("how many projects get signed at the opening conference?", "sh-industrial-chain"),
        ("签约仪式一共签了多少金额", "sh-industrial-chain"),
        ("扶贫对接会有哪几个县参加", "poverty-alleviation-matchmaking"),
    ],
)
def test_a_count_no_card_shows_offers_the_session(index, text, session):
    answer = answered(index, text)
    assert answer.kind == "suggest" and session_ids(answer) == [session]


@pytest.mark.parametrize(
    ("text", "session"),
    [
        ("旅游推介会能坐多少人", "tourism-promotion"),
        ("how many tables at the e-commerce matchmaking?", "cross-border-ecommerce"),
        ("跨境电商对接会有多少张洽谈桌", "cross-border-ecommerce"),
        ("招聘会开多久", "talent-recruiting"),
    ],
)
def test_a_count_the_card_shows_is_answered(index, text, session):
    assert answered_with_card(index, text) == [session]


def test_the_day_after_the_day_after_tomorrow(index):
    answer = answered(index, "大后天有啥会")  # asked on the 24th: the 27th
    assert answer.kind == "list" and session_ids(answer) == ["industry-finance-matchmaking"]


@pytest.mark.parametrize(
    ("text", "first"),
    [
        ("which sessions are in the mornings?", "sh-industrial-chain"),
        ("anything in the afternoons?", "talent-recruiting"),
    ],
)
def test_a_part_of_day_in_the_plural_is_every_days(index, text, first):
    answer = answered(index, text)
    assert answer.kind == "list" and len(answer.sessions) >= 4 and session_ids(answer)[0] == first


def test_the_complete_programme_is_every_session(index):
    answer = answered(index, "What is the complete programme for the week?")
    assert answer.kind == "list" and len(answer.sessions) == len(index.program.sessions)


@pytest.mark.parametrize(
    "text", ["Where do I park? I'm renting a car at Pudong", "can I park at SICC"]
)
def test_park_as_a_verb_is_parking(index, text):
    answer = answered(index, text)
    assert answer.kind == "faq" and answer.faq is not None and answer.faq.id == "parking"


def test_the_parks_are_still_the_parks(index):
    answer = answered(index, "where is the parks promotion in nanjing")
    assert answer.faq is None and "nj-parks-promotion" in session_ids(answer)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("nanjing expo metro stn pls", "faq"),
        ("上海那边这几天一共几场会呀", "list"),
        ("这次会场都在哪几个地方", "venues"),
        ("我想问下 25号下午南京那个会 在哪个厅", "session"),
        ("长沙本地有没有分会场", "outside"),
        ("is the badge needed at every venue?", "faq"),
    ],
)
def test_shorthand_and_glue_words_leave_the_question(index, text, kind):
    answer = answered(index, text)
    assert answer.confident and answer.kind == kind


def test_an_email_asking_the_exact_room_of_a_session_named_in_it(index):
    text = (
        "Dear committee,\n\nI will attend the Industrial and Financial Cooperation Matchmaking "
        "Meeting. Could you kindly confirm the date, time and exact room?\n\nBest regards,\nAnn"
    )
    assert session_ids(answered(index, text)) == ["industry-finance-matchmaking"]


@pytest.mark.parametrize(
    "text",
    [
        "会议期间上海天气怎么样",
        "what's the weather like in Nanjing on Thursday?",
        "will it rain in Hangzhou tomorrow, do I need an umbrella?",
    ],
)
def test_the_weather_is_no_sessions_business(index, text):
    assert answered(index, text).kind == "none"


def test_during_the_conference_still_asks_for_its_sessions(index):
    assert answered(index, "洽谈周期间上海有哪些会").kind == "list"
    assert answered(index, "會議期間有供應午餐嗎").kind == "faq"


@pytest.mark.parametrize(
    "text",
    [
        "I heard there is a Greater Bay Area session. Is that in Shanghai?",
        "請問有台灣專場嗎",  # a special session (专场) of something the program lacks
    ],
)
def test_a_session_on_a_place_or_group_the_program_lacks_is_not_found(index, text):
    assert not answered(index, text).confident


@pytest.mark.parametrize(
    ("text", "session"),
    [
        ("招聘会上有没有包吃住的岗位", "talent-recruiting"),
        ("旅游推介会现场能不能直接签旅行团合同", "tourism-promotion"),
    ],
)
def test_what_happens_at_a_session_in_words_it_lacks_offers_it(index, text, session):
    answer = answered(index, text)
    assert answer.kind == "suggest" and session_ids(answer) == [session]


def test_what_happens_at_a_session_in_its_own_words_is_answered(index):
    answer = answered(index, "跨境电商对接会现场有没有一对一洽谈")
    assert answer.kind == "session" and session_ids(answer) == ["cross-border-ecommerce"]


@pytest.mark.parametrize(
    "text",
    [
        "南京有什么地道的本地菜馆推荐吗",
        "参会代表有没有统一买意外保险？",
        "What year was the Nanjing Expo Center built?",
        "any networking cocktail after the Hangzhou sessions?",
        "Got a promo code for the Pudong Shangri-La?",
    ],
)
def test_restaurants_insurance_a_buildings_age_cocktails_and_promo_codes(index, text):
    assert not answered(index, text).confident


def test_cantonese_recommend_a_shop_is_no_promotion(index):
    answer = answered(index, "有冇得推介間杭州嘅報關行")
    assert not answer.confident and answer.kind != "session"


def test_pinyin_initials_for_wechat_pay(index):
    assert not answered(index, "wxzf 可以交停车费吗").confident  # a way to pay: unstated


@pytest.mark.parametrize(
    "text",
    [
        "洽谈周期间新闻中心在哪，有媒体工作间吗",
        "湖南卫视今晚放什么节目",
        "any free walking tours in Nanjing?",
        "is there a press room at the Hangzhou expo?",
    ],
)
def test_a_press_centre_tv_tonight_and_walking_tours_are_not_the_programs(index, text):
    assert not answered(index, text).confident


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("how many projects get signed at the opening conference?", "en"),
        ("签约仪式签了多少金额", "zh"),
    ],
)
def test_a_detail_not_given_says_so_and_offers_the_session(index, text, lang):
    assert one_offer(index, text, "detail_unstated", lang).endswith("sh-industrial-chain")


def test_a_session_only_near_the_question_is_still_a_did_you_mean(index):
    answer = answered(index, "industrial parks pitch hall?")
    assert answer.kind == "suggest" and not answer.detail_unstated


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Is the Hunan week also coming to Wuhan in October too?", "outside"),
        ("the tourism promotion, is it already full?", "session"),
        ("is the wifi free throughout the venue?", "faq"),
    ],
)
def test_function_words_of_a_standard_stop_list_ask_nothing(index, text, kind):
    answer = answered(index, text)
    assert answer.confident and answer.kind == kind


def test_yueyang_is_a_city_outside_the_program(index):
    assert answered(index, "岳阳有什么活动").kind == "outside"
    assert answered(index, "洞庭湖旅游推介在哪").kind == "session"  # a place it presents


def test_a_day_outside_the_event_in_the_story_is_the_tellers(index):
    text = (
        "I'm a finance graduate and I'll be in Shanghai on Monday for an interview anyway and "
        "my sister said there's a job fair for Hunan firms so where exactly is it and what "
        "time does it start"
    )
    answer = answered(index, text)
    assert answer.kind == "session" and session_ids(answer) == ["talent-recruiting"]


def test_a_session_asked_of_a_day_outside_the_event_is_still_outside(index):
    assert answered(index, "what's on next monday?").kind == "outside"


@pytest.mark.parametrize(
    "text",
    [
        "is the digital economy one of the five themes?",
        "海洋经济算不算主题之一",
        "体育产业是哪个主题",
    ],
)
def test_a_theme_the_program_lacks_is_not_found(index, text):
    assert answered(index, text).kind == "none"


@pytest.mark.parametrize(
    ("text", "theme"),
    [
        ("一带一路是哪个主题", "belt-and-road"),
        ("is the free trade zone one of the themes?", "free-trade-zone"),
    ],
)
def test_a_theme_the_program_has_asked_so_is_answered(index, text, theme):
    answer = answered(index, text)
    assert answer.kind == "theme" and answer.theme is not None and answer.theme.id == theme


def test_a_theme_on_another_region_is_not_found(index):
    assert answered(index, "有没有珠三角的主题").kind == "none"
    assert answered(index, "有没有北京的分会场").kind == "outside"  # sessions held there
    theme = answered(index, "有没有一带一路的主题")
    assert theme.kind == "theme" and theme.theme is not None and theme.theme.id == "belt-and-road"
