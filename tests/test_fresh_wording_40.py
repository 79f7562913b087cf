"""Rules of stop 40 on the bundled program (examples of each rule, not the accuracy
figure), from the confident answers of the probe files read this stop and of older notes:
- "reception" alone is a party as often as a desk ("is there a reception on Friday
  evening?"): it is no longer a word of the registration desk entry; "reception desk"
  still is;
- Taiwan's own authorities (陸委會, 投審會) are no business of the visa entry: asked
  whether they must approve, the question is the delegate's own; a Taiwan Compatriot
  Permit still is the visa entry's;
- who may take part, or on what terms, is no card's: whether a session accepts some
  nationals, whether outsiders may also sell, whether one may take the stage (想上台讲,
  也可以一起上台签), whether a degree is recognised (会被承认吗), whether banks can lend
  to foreign firms; a session described by who takes its stage is still its card;
- whether a figure is made public (签约金额会公开吗, "be disclosed"), a count of the
  parties (how many companies or buyers) even when the session's own name says "meeting"
  (only the sessions themselves counted are a list) and what to bring oneself (自带,
  自行印制) are no card's either: the session is offered;
- another time in the story, then this edition asked about (去年评上了老字号，这次有没有…,
  去年签了多少，今年有没有…), asks about this edition, not another; this edition
  named as the one the teller misses (这次没赶上) leaves the other time asked;
- a meeting room of one's own to hire, book or reserve at a building ("meeting rooms we can
  hire", 会议室可以借来开…) is the delegate's own; which room a session is in is its card;
- when a building shuts ("what time does the … building close at night", 几点闭馆), which
  platform a train leaves from (第几站台) and whether drink is served ("any wine at the
  welcome dinner?") are aspects no entry or card tells (bot.entry_aspects): never a
  confident answer; a session's end is still its card;
- a word of the language is no homophone typo (bot.chinese_words, from jieba's
  dictionary): 志愿者 is a volunteer, not 支援 (support), so a volunteer's uniform or meal
  allowance is their own matter; the typos that are words of their own and mean the
  event's word (报道 for 报到 where one registers, 人材 for 人才) are written in
  bot.chinese_forms;
- a taxi that takes detours (绕路, 宰客, "overcharged") is the delegate's own matter, and
  a journey from a city outside the program asked in hours (几个钟) or for a direct
  train (直达) is that city's; between the program's cities it is the intercity entry;
- a signing (签约活动, 签约仪式), a buyers-sellers or B2B meet and an investor day are
  kinds of meeting whose subject, when nothing explains it (教育合作签约活动, "textile
  buyers-sellers meet"), is no session's; 暨 joins two halves of one session's name;
- the latest day to hand something in (最迟那天, typed for 哪天), leaflets to lay out
  (摆宣传单页) and whether a thing counts (算不算扶贫产品) are no card's; setting up a
  stall at the job fair to hire is what it is for;
- paying in New Taiwan dollars (新台币) and a customs regime are the delegate's own;
- a kind of party named by where it is from or who owns it (有没有外资的银行, 日本嘅电商
  平台, "any company from Nepal") and goods taken along to show (拿去摆一下) are no
  card's; whether investors come at all (有没有创投或私募基金参加) is the card's;
- a question that points back at the story with an entry's word ("…needs product
  registration with the regulator. Where can I do this registration?") asks about the
  story's need: when that is the delegate's own affair, the entry is not the answer; so
  does a question that asks only a price (…想请人翻译成英文…，费用几何？);
- a good place to do something (有啥好hea的地方), badminton, karting and escape rooms,
  gifts to bring (礼品) and the air (PM2.5, asthma) are the delegate's own; the point
  of a number (PM2.5, 8.30) ends no sentence of a story;
"""

from __future__ import annotations

import pytest

from bot.question_tail import question_tail, words_pointed_back
from tests.helpers_core import answered, answered_with_card, entry_given, offered, session_ids


@pytest.mark.parametrize(
    "text",
    ["is there a reception on Friday evening?", "is there a welcome reception for delegates"],
)
def test_a_reception_is_not_the_registration_desk(index, text):
    assert entry_given(answered(index, text)) != "registration-desk"


@pytest.mark.parametrize(
    "text", ["where is the reception desk", "where is the registration desk in nanjing"]
)
def test_the_reception_desk_is_still_the_registration_desk(index, text):
    assert entry_given(answered(index, text)) == "registration-desk"


@pytest.mark.parametrize("text", ["台灣廠商要不要陸委會許可", "台商去大陆投资要经过投审会吗"])
def test_taiwans_own_authorities_are_not_the_visa_entry(index, text):
    assert answered(index, text).kind == "none"


def test_a_taiwan_compatriot_permit_is_still_the_visa_entry(index):
    assert entry_given(answered(index, "台灣廠商來參會要帶台胞證嗎")) == "visa"


@pytest.mark.parametrize(
    ("text", "session"),
    [
        (
            "could you tell me whether the talent recruiting meeting accepts Korean nationals"
            " for jobs in Hunan?",
            "talent-recruiting",
        ),
        ("請問一下，簽約儀式那邊，港資企業可以一起上台簽約嗎？", "sh-industrial-chain"),
        ("人才招聘会上，香港的学历会被承认吗", "talent-recruiting"),
        ("我们公司想上台讲几句，旅游推介会可以吗", "tourism-promotion"),
        (
            "at the finance matchmaking, banks can give loans to foreign companies?",
            "industry-finance-matchmaking",
        ),
    ],
)
def test_who_may_take_part_is_no_cards(index, text, session):
    assert offered(index, text) == [session]


def test_can_outsiders_also_sell_offers_the_session(index):
    text = (
        "at the poverty alleviation matchmaking, can foreign growers like Thai farmers also"
        " sell there?"
    )
    assert offered(index, text) == ["poverty-alleviation-matchmaking"]


def test_a_session_described_by_who_takes_the_stage_is_still_its_card(index):
    text = "就是各地园区轮流上台讲自己的主导产业的那个会是哪天"
    assert answered_with_card(index, text) == ["nj-parks-promotion"]


@pytest.mark.parametrize(
    ("text", "session"),
    [
        ("签约仪式的签约金额会公开吗", "sh-industrial-chain"),
        ("will the amounts at the signing ceremony be disclosed?", "sh-industrial-chain"),
        (
            "how many companies can each delegation send to the talent recruiting meeting?",
            "talent-recruiting",
        ),
        ("how many buyers come to the cross border e-commerce meeting?", "cross-border-ecommerce"),
        ("旅游推介会的宣传册要自带吗", "tourism-promotion"),
    ],
)
def test_whether_made_public_counts_of_parties_and_what_to_bring_are_no_cards(index, text, session):
    assert offered(index, text) == [session]


def test_counting_the_sessions_themselves_is_still_a_list(index):
    answer = answered(index, "how many sessions are in Hangzhou")
    assert answer.kind == "list" and "hz-industry-promotion" in session_ids(answer)


def test_last_year_in_the_story_is_not_the_question_asked_of_this_edition(index):
    text = "上海那个签约仪式，去年签了多少个亿，今年有没有定目标啊"
    assert offered(index, text) == ["sh-industrial-chain"]


@pytest.mark.parametrize(
    "text",
    [
        "去年我们来过一次，这次的签约仪式在哪个厅？",
        "last year we came to the signing ceremony, this time where is it held?",
    ],
)
def test_this_editions_session_after_last_years_story_is_its_card(index, text):
    assert answered_with_card(index, text) == ["sh-industrial-chain"]


@pytest.mark.parametrize(
    "text", ["下个月还有湖南的对接会不 这次没赶上", "2019年的洽谈周啥时侯开 今年没赶上"]
)
def test_another_time_asked_because_this_edition_is_missed_is_still_outside(index, text):
    assert answered(index, text).kind == "outside"


@pytest.mark.parametrize(
    "text",
    [
        "does the Hangzhou International Expo Center have meeting rooms delegates can rent by"
        " the hour?",
        "can I book a private meeting room at the Kunshan venue after the finance session?",
        "上海国际会议中心的会议室可以借来开我们自己的说明会吗",
    ],
)
def test_a_room_of_ones_own_to_book_is_the_delegates_own(index, text):
    assert not answered(index, text).confident


def test_which_room_a_session_is_in_is_still_its_card(index):
    text = "which meeting room is the finance matchmaking in"
    assert answered_with_card(index, text) == ["industry-finance-matchmaking"]


@pytest.mark.parametrize(
    "text",
    [
        "wat time d hangzhou expo center building close at nite?",
        "杭州东站去南京的高铁一般在第几站台上车？",
        "will they serve any wine at the welcome dinner?",
    ],
)
def test_a_buildings_closing_time_a_platform_and_drink_are_no_answers_given(index, text):
    assert not answered(index, text).confident


def test_a_sessions_end_is_still_its_card(index):
    assert answered_with_card(index, "what time does the finance session end") == [
        "industry-finance-matchmaking"
    ]


@pytest.mark.parametrize(
    "text", ["志愿者的衣服和餐补在哪领", "我们志愿者的uniform在哪领 跟代表证一起发吗"]
)
def test_a_volunteer_is_no_typo_of_support_and_their_own_matters_are_theirs(index, text):
    assert not answered(index, text).confident


@pytest.mark.parametrize(
    ("text", "kind", "ident"),
    [
        ("明天在哪里报道", "faq", "registration-desk"),
        ("人材招聘会几点开始", "session", "talent-recruiting"),
    ],
)
def test_typos_that_are_words_of_their_own_are_still_read_as_meant(index, text, kind, ident):
    answer = answered(index, text)
    assert answer.kind == kind
    assert (entry_given(answer) if kind == "faq" else session_ids(answer)[0]) == ident


@pytest.mark.parametrize(
    "text",
    [
        "上海这边的出租车司机会不会绕路？有没有什么要注意的？",
        "永州到杭州坐高铁要几个钟 有没有直达的",
    ],
)
def test_taxi_detours_and_journeys_from_a_city_outside_are_not_the_programs(index, text):
    assert not answered(index, text).confident


def test_a_journey_between_program_cities_is_still_the_intercity_entry(index):
    assert entry_given(answered(index, "从上海到南京坐高铁要几个钟")) == "intercity-travel"


@pytest.mark.parametrize(
    "text",
    [
        "Is there any textile buyers-sellers meet this week?",
        "有没有两省的教育合作签约活动",
        "any investor day for listed companies?",
    ],
)
def test_a_meeting_kind_with_a_subject_nothing_explains_is_no_session(index, text):
    assert not answered(index, text).confident


def test_a_signing_named_after_the_sessions_other_half_is_still_its_card(index):
    text = "我区拟组织企业参加产业链项目对接暨重大项目签约活动，请问几点开始"
    assert answered_with_card(index, text) == ["sh-industrial-chain"]


@pytest.mark.parametrize(
    ("text", "session"),
    [
        ("签约仪式的材料是不是要提前交 最迟那天交", "sh-industrial-chain"),
        ("跨境电商对接会那边有没有桌子给我们摆宣传单页", "cross-border-ecommerce"),
        ("扶贫对接会上，我们的手工茶算不算扶贫产品", "poverty-alleviation-matchmaking"),
    ],
)
def test_a_latest_day_leaflets_to_lay_out_and_what_counts_are_no_cards(index, text, session):
    assert offered(index, text) == [session]


def test_setting_up_at_the_job_fair_to_hire_is_still_its_card(index):
    assert answered_with_card(index, "人才招聘会能不能去摆个摊招人") == ["talent-recruiting"]


@pytest.mark.parametrize(
    "text",
    [
        "跨境电商对接会报价可以用新台币吗",
        "about the free trade zone theme, which customs regime applies to machines imported"
        " temporarily?",
    ],
)
def test_paying_in_taiwan_dollars_and_customs_regimes_are_the_delegates_own(index, text):
    assert answered(index, text).kind == "none"


@pytest.mark.parametrize(
    ("text", "session"),
    [
        ("产融对接会有没有外资的银行参加", "industry-finance-matchmaking"),
        ("跨境电商对接会有冇日本嘅电商平台参加", "cross-border-ecommerce"),
        ("any company from Nepal signing at the ceremony in Shanghai?", "sh-industrial-chain"),
        ("文创园推介会我做了些竹编工艺品，能不能拿去摆一下", "cultural-creative-parks"),
    ],
)
def test_a_kind_of_party_named_and_goods_taken_to_show_are_no_cards(index, text, session):
    assert offered(index, text) == [session]


def test_whether_investors_come_to_the_finance_matchmaking_is_still_its_card(index):
    text = "請問產融合作對接會有沒有創投或私募基金參加？"
    assert answered_with_card(index, text) == ["industry-finance-matchmaking"]


def test_a_question_pointing_back_at_the_delegates_own_affair_is_not_the_entry(index):
    text = (
        "Our new drug needs product registration with the regulator. Where can I do this"
        " registration?"
    )
    assert answered(index, text).kind == "none"


def test_registration_asked_after_a_story_of_arrival_is_still_the_desk(index):
    text = "I just landed in Shanghai for the week. Where do I do the registration?"
    assert entry_given(answered(index, text)) == "registration-desk"


def test_the_words_a_question_points_back_with():
    assert words_pointed_back("where can i do this registration?") == ["registration"]
    assert words_pointed_back("这个注册在哪办") == ["注册"]


def test_a_price_asked_after_the_delegates_own_affair_is_no_entrys(index):
    text = "我写了几篇散文，想请人翻译成英文送给客户，上海有这种服务吗，费用几何？"
    assert answered(index, text).kind == "none"


def test_a_price_asked_after_a_session_named_still_offers_it(index):
    text = "我们是做茶叶的，想参加旅游推介会，费用多少？"
    assert offered(index, text) == ["tourism-promotion"]


@pytest.mark.parametrize(
    "text",
    [
        "南京晚上有啥好hea的地方",
        "我们同事每周都打羽毛球，这次出差也想晚上活动一下，南京新街口附近有没有羽毛球馆",
        "推介吓杭州有咩地方玩VR或者卡丁車？想帶團隊去team building",
        "欢迎晚宴要不要带礼品",
        "Nanjing air PM2.5 in July high or not? I have asthma.",
    ],
)
def test_good_places_sport_gifts_and_the_air_are_the_delegates_own(index, text):
    assert answered(index, text).kind == "none"


def test_the_point_of_a_number_ends_no_sentence():
    assert question_tail("hangzhou air pm2.5 in july high ? i have asthma.") == (
        "hangzhou air pm2.5 in july high ?"
    )
