"""Rules of stop 41 on the bundled program (examples of each rule, not the accuracy
figure), from the probe files read this stop and older notes:
- a journey that only sets out from a program city (从南京坐什么车过去, "how from
  Nanjing?") to a place named outside the program goes elsewhere: no list of that city,
  no transport entry of the event's; a journey to the event's own buildings (从南京怎么去
  会场), or with no destination named ("from Shanghai, how long does the train take?"),
  is still the event's (bot.city_reader.CityReader.only_set_out_from);
- "after the event" (会后) is when the delegate's own plans are, not sessions asked for;
- a story that says where the journey goes ("client wants go Xi'an…") still says it when
  the question after it ("how from Nanjing?") is read alone;
- a session asked a yes-or-no question (可唔可以, 行不行, 会唔会, "can I …") in
  two or more words nothing in the program explains asks what its card does not say: it
  is offered, not answered; whether a session is held at all ("is there a career fair I
  can bring students to?", 有冇银行来对接的会) is still a question about sessions;
- a delegate's shop that hires (我们店里常年招厨师) describes the delegate;
- a chamber of commerce of another place or people (浙江商会, 越南商会, "a Kenyan chamber
  of commerce") is another body: not the Hunan chambers' theme, and what it does or
  holds is its own; the chambers of Hunan's cities elsewhere (上海的衡阳商会, 娄底驻上海商会)
  and the Hunan chamber in another province are the theme's (bot.places.BODIES_ELSEWHERE);
- a letter of credit, a cover letter or an offer letter is no invitation letter
  (bot.chat_forms.OTHER_SENSES); what the banks at a session issue, grant or open is
  no card's;
- a journey from a city outside the program asked by its flights or trains (郴州到上海有
  直飞没, 衡阳到南京高铁要在武汉转吗) is the airline's or the railway's; a city outside
  the program one will "visit" is where the delegate goes (not the Canton Fair, an
  event), and a story's trip lends its words to the question after it ("…visit Beijing
  for one day, which train I should take from Shanghai?");
- "which city" asks where, like "which floor": no topic word of the local-transport
  entry ("…matchmaking - which day, which city?");
- a building's own story (who designed it, its floor area, the year it was built) is no
  venue's or card's (bot.entry_aspects, "building_story"); where it is still is;
- a vehicle's pass (车辆通行证) is no travel permit (bot.chinese_forms);
- a journey to a place outside the program asked by its way or time (由上海飞过去要几耐)
  is no session's or entry's, unless a session is named (扶贫那个对接会开多久 我要赶高铁
  回岳阳: the session's length); 会议结束后 and 开完会 are "after the event" too;
- the delegate's own: a banquet of their own (喜宴, 客户答谢宴, "a client dinner"),
  making friends (交友), corkage (开瓶费), a café (咖啡厅), and the standards their office
  pays by (工作餐标准, 差旅补贴, 餐补);
- who a person is (a foreigner, an expat, 外籍) is no need of the visa entry's beside a
  session named (bot.vocabulary.PERSON_WORDS); whether a session hires or lets in
  foreigners is no card's ("does the job fair hire foreigners?", 招不招外国人);
- "the 15 minutes meeting", "the 20 tables" count minutes and tables: no day of July
  (bot.when; "anything on the 26?" is still the 26th);
- a word of English of six letters or more is no typo of a program word ("properly" is
  not "property", "horticulture" not "agriculture": bot.english_words, pyspellchecker's
  list), though it may be another form of one or a word cut short; misspellings
  ("recuritment") still are; "shud" is "should"; "later this year" is another time;
"""

from __future__ import annotations

from datetime import date

import pytest

from bot.textnorm import normalize
from bot.typos import Typos
from tests.helpers_core import (
    DEFAULT_NOW,
    answered,
    answered_with_card,
    entry_given,
    offered,
    session_ids,
)


@pytest.mark.parametrize(
    "text",
    [
        "开完会我想去趟山东潍坊看农机展，从南京坐什么车过去方便",
        "after event client wants go Xi'an to see Terracotta Army, how from Nanjing?",
        "from hangzhou how do i get to moganshan after the event?",
    ],
)
def test_a_journey_setting_out_from_a_program_city_goes_elsewhere(index, text):
    assert not answered(index, text).confident


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("从南京怎么去会场", "suggest"),  # the event's buildings: which one
        ("from nanjing, how do I get to the venue?", "suggest"),
        ("what's on in nanjing", "list"),
    ],
)
def test_a_journey_to_the_event_is_still_the_events(index, text, kind):
    assert answered(index, text).kind == kind


@pytest.mark.parametrize(
    "text", ["from shanghai, how long does the train take?", "从上海怎么去昆山"]
)
def test_a_journey_with_no_destination_or_to_a_program_city_is_intercity(index, text):
    assert entry_given(answered(index, text)) == "intercity-travel"


@pytest.mark.parametrize(
    "text",
    [
        "扶贫对接会是不是要先填报名表，我们合作社冇得公章行不行",
        "跨境電商對接會可唔可以俾學生坐喺後面 observe 吓？唔會阻人㗎",
        "精準扶貧對接會如果公司捐錢，可唔可以攞 tax deduction 收據",
        "杭州那场推工程机械、轨道交通的会，门口会不会摆真的挖掘机让人看？",
    ],
)
def test_a_yes_or_no_question_in_unexplained_words_is_offered(index, text):
    assert offered(index, text)


@pytest.mark.parametrize(
    ("text", "session"),
    [
        ("我们店里常年招厨师跟服务员，人才招聘会能不能去摆个摊招人", "talent-recruiting"),
        ("想贷款扩大果园，有没有跟银行对接的场次", "industry-finance-matchmaking"),
        ("Is there a career fair I can bring my final-year students to?", "talent-recruiting"),
    ],
)
def test_whether_a_session_suits_or_is_held_is_still_answered(index, text, session):
    assert answered_with_card(index, text) == [session]


@pytest.mark.parametrize(
    "text",
    [
        "越南商会 signing session got or not?",
        "浙江商会这周有活动吗",
        "Is there a Kenyan chamber of commerce session?",
    ],
)
def test_another_places_chamber_is_not_the_theme(index, text):
    assert not answered(index, text).confident


@pytest.mark.parametrize(
    "text",
    [
        "娄底驻上海商会有活动吗",
        "Changsha chamber of commerce sessions?",
        "上海湖南商会的活动",
        "the Hunan chamber of commerce in Zhejiang?",
    ],
)
def test_hunans_chambers_elsewhere_are_the_theme(index, text):
    answer = answered(index, text)
    assert answer.kind == "theme" and answer.theme.id == "chamber-of-commerce"


def test_a_letter_of_credit_is_the_banks_not_the_visa_entrys(index):
    text = (
        "The industrial and financial matchmaking in Kunshan, do those banks issue letters"
        " of credit for foreign buyers like me?"
    )
    assert offered(index, text) == ["industry-finance-matchmaking"]
    assert entry_given(answered(index, "do I need an invitation letter?")) == "visa"


def test_a_cover_letter_is_the_job_fairs(index):
    assert answered_with_card(index, "need a cover letter for the job fair?") == [
        "talent-recruiting"
    ]


@pytest.mark.parametrize(
    "text",
    [
        "郴州到上海有直飞没",
        "衡阳到南京高铁要在武汉转吗",
        "After the event I want to visit Beijing for one day, which train I should take from"
        " Shanghai?",
    ],
)
def test_a_journey_outside_the_program_is_not_the_intercity_entrys(index, text):
    assert not answered(index, text).confident


def test_between_program_cities_is_still_the_intercity_entry(index):
    assert entry_given(answered(index, "上海到昆山高铁多久")) == "intercity-travel"


def test_which_city_asks_where(index):
    text = "Wool and leather buyers matchmaking - which day, which city?"
    assert not answered(index, text).confident
    assert answered_with_card(index, "the tourism promotion, which city?") == ["tourism-promotion"]
    assert entry_given(answered(index, "how do I get around the city?")) == "local-transport"


@pytest.mark.parametrize(
    "text",
    [
        "上海展览中心是谁设计的",
        "Who actually designed the Shanghai International Convention Center? Need it for my"
        " uni write-up, cheers",
        "Roughly how many square metres is the Hangzhou International Expo Center?",
    ],
)
def test_a_buildings_own_story_is_not_in_the_program(index, text):
    assert not answered(index, text).confident


def test_where_a_building_is_is_still_its_venue(index):
    answer = answered(index, "where is SICC")
    assert answer.kind == "venue" and answer.venue.id == "sicc"


def test_a_vehicles_pass_is_no_travel_permit(index):
    text = "我厅公务车辆驶入南京国际博览中心所需的车辆通行证由谁签发？"
    assert not answered(index, text).confident
    assert answered(index, "港澳通行证可以吗").faq.id == "visa"  # the travel permit


@pytest.mark.parametrize(
    "text",
    [
        "想順路帶學生去張家界，由上海飛過去要幾耐？",
        "會議結束後想順便帶我爸去張家界，從上海過去要坐多久？",
    ],
)
def test_a_trips_time_is_no_sessions(index, text):
    assert not answered(index, text).confident


def test_a_named_sessions_length_beside_a_trip_home_is_its_card(index):
    text = "扶贫那个对接会开多久 我要赶高铁回岳阳"
    assert answered_with_card(index, text) == ["poverty-alleviation-matchmaking"]


@pytest.mark.parametrize(
    "text",
    [
        "我姪子想在南京辦喜宴，洲際酒店的大宴會廳怎麼預訂比較便宜？",
        "浦東香格里拉那個大宴會廳可以訂來辦我們公司的客戶答謝宴嗎，一桌大概多少",
        "我在杭州一個人都不認識，有什麼交友app推薦嗎，想認識當地朋友",
        "What's the corkage at the InterContinental Nanjing if I bring my own bottles to dinner?",
        "请问外出招商人员的工作餐标准如何执行？",
        "昆山有沒有什麼有設計感的咖啡廳或選物店可以推薦？",
    ],
)
def test_the_delegates_own_banquets_friends_and_allowances(index, text):
    assert answered(index, text).kind == "none"


@pytest.mark.parametrize(
    "text",
    [
        "does the job fair hire foreigners?",
        "real talk, does the talent recruiting thing hire foreigners or is it Chinese grads only?",
        "招聘会招不招外国人",
    ],
)
def test_foreigners_at_a_session_are_the_sessions_question(index, text):
    assert offered(index, text) == ["talent-recruiting"]


def test_a_foreigners_own_needs_are_still_the_visa_entrys(index):
    assert entry_given(answered(index, "I'm a foreigner, what do I need?")) == "visa"


@pytest.mark.parametrize(
    "text",
    ["Sir, the 15 minutes meeting in Hangzhou, can I extend?", "the 20 tables at the poverty one"],
)
def test_a_count_after_the_is_no_day(index, text):
    assert index.reader.read(text, DEFAULT_NOW, None).time.day is None
    assert answered(index, text).kind != "outside"


def test_a_bare_day_after_on_or_the_is_still_a_day(index):
    assert index.reader.read("anything on the 26?", DEFAULT_NOW, None).time.day == date(2018, 7, 26)


def test_a_word_of_english_is_no_typo(index):
    text = (
        "Is there a horticulture and floriculture matchmaking session at any point during the week?"
    )
    assert not answered(index, text).confident
    assert not answered(index, "Kindly share the brochure of last year's Hunan week").confident


def test_misspellings_and_words_cut_short_are_still_read(index):
    for text in ("where is the recuritment fair?", "when is the recruit fair?"):
        assert session_ids(answered(index, text)) == ["talent-recruiting"]


def test_a_real_word_is_no_typo_in_the_typo_reader():
    typos = Typos(["agriculture", "property", "recruitment"])
    assert typos.matches("horticulture") == ()
    assert typos.matches("properly") == ()
    assert [word for word, _ in typos.matches("recuritment")] == ["recruitment"]
    assert [word for word, _ in typos.matches("recruit")] == ["recruitment"]


def test_shud_is_should_and_later_this_year_is_another_time(index):
    assert normalize("shud i use didi") == "should i use didi"
    assert index.reader.read("another trade week later this year?", DEFAULT_NOW, None).other_time
    assert not index.reader.read("any trade week this week?", DEFAULT_NOW, None).other_time
