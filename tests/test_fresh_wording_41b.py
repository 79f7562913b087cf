"""Rules of stop 41 on the bundled program, continued from test_fresh_wording_41.py
(examples of each rule, not the accuracy figure), from the class-9 probe files read in
the stop (tests/data/offtopic/brief_class9.md):
- the delegate's own: a translation asked (译成法文), local specialties to take home
  (特产带回去给邻居), a hotel stay's own terms (a late check-out, 延迟退房), a tour guide's
  lost number (导游电话) and the standard to follow (应参照何种标准);
- an interpretation of a name, a standard or a film is an explanation, not the
  interpreters' service ("the Chinese interpretation of my name", "an interpretation of
  GB 5226.1": bot.chat_forms.OTHER_SENSES); an interpreter asked for still is;
- the editions before this one ("has it been held before?", "previous editions") are
  another time: "not in the program", never the whole program or every building;
- an industrial park of a city outside Hunan (苏州工业园区, "Suzhou Industrial Park") is
  no park the parks conference presents; it keeps its city, so a question about it is
  another city's (bot.places.cut_bodies_elsewhere); a Hunan city's park is the program's;
- a price asked as 收钱不 or 收几多, and wine asked as "have wine" or one's "own bottles",
  are aspects an entry that does not tell them only offers (bot.entry_aspects);
- a taxi or train fare is a price; the days a thing takes to be done (补办需要多长时间) and
  a deadline in working days (提前几个工作日) are aspects no entry here tells; a
  journey's time is still the transport entry's;
- the delegate's own: a seat's class (一等座, "first class"), a courier point to send
  things home (快递点), photocopies (影印), a room to rent or keep longer (另外租用, 延时
  使用), their office's own car park (单位停车场), a translation (英译), a thing left
  behind (落在酒店), a heart condition (心脏不好); an event or building permit is no
  travel permit;
- a building's closing time asked with words between (博览中心晚上几点关门) is the
  building's, no session's card;
- a hall named at a building that is another building's hall (南京国博B厅: Hall B is
  Hangzhou's) names no session: the building named is offered, as for a room no session
  uses; a session named at the wrong building still gets its card;
- fog (有雾) is the weather; a coach (大巴) from a city outside the program is that
  journey's, no transport entry's;
- from the first-sight set AJ, read in the stop: "the 5 big opening-up things" are the
  themes; "is one of the themes about X?" asks what no theme is called; a test drive is
  no parking; a tourist factory visit (观光工厂参访) is a visit the organizers would
  arrange; every session's venue (各场次的会场地点, "which buildings are used as venues")
  is every building; 识别证 is Taiwan's word for the badge; 分会厂 is 分会场 typed by
  its sound; 的士 is a taxi (出租车), whose 的 the particle cutter took (搭的士去花桥国博方唔
  方便 is the transport entry's);
- why the teller asks (…几点结束我好订车票, "…so I can book my train") is their own
  errand, the reason for the question: the session asked still gets its card
  (bot.vocabulary.PURPOSE);
- the price of something other than coming in (samples, a slot on stage, a booth, a
  sponsorship) is no admission fee: the tickets entry does not answer it, also when the
  price is asked alone after the story (…上台讲5分钟，要另外交钱不); a statement in English
  or one to translate is a document's language no entry tells;
"""

from __future__ import annotations

import pytest

from tests.helpers_core import answered, answered_with_card, entry_given


@pytest.mark.parametrize(
    "text",
    [
        "请将“精准扶贫”译成法文。",
        "南京有么子特产带回去给邻居",
        "Can I check out late at the InterContinental on the 26th?",
        "我们老年团旅游的导游电话搞丢了怎么找",
        "请问单位停车场的车位划线应参照何种标准？",
    ],
)
def test_the_delegates_own_translation_gifts_and_stay(index, text):
    assert answered(index, text).kind == "none"


@pytest.mark.parametrize(
    "text",
    [
        "Please tell me the Chinese interpretation of my name in kanji.",
        "Who can give me an interpretation of GB 5226.1 for electrical equipment of machines?",
    ],
)
def test_an_interpretation_of_a_thing_is_no_interpreter(index, text):
    assert not answered(index, text).confident


def test_an_interpreter_is_still_the_interpretation_entry(index):
    assert entry_given(answered(index, "do you provide an interpreter?")) == "interpretation"


@pytest.mark.parametrize(
    "text", ["How many times has this week been held before?", "Has this event been held before?"]
)
def test_editions_before_this_one_are_another_time(index, text):
    assert answered(index, text).kind == "outside"


def test_where_a_session_is_held_is_still_its_card(index):
    assert answered(index, "where is the signing held?").kind == "session"


@pytest.mark.parametrize(
    "text",
    [
        "请问苏州工业园区是否安排推介活动",
        "is Suzhou Industrial Park presenting at the parks conference?",
    ],
)
def test_a_park_outside_hunan_is_not_the_parks_conferences(index, text):
    assert answered(index, text).kind in ("none", "outside", "suggest")  # no card, no entry


def test_a_park_outside_hunan_keeps_its_city(index):
    assert answered(index, "请问本周活动在苏州工业园区是否设有分会场？").kind == "outside"


def test_a_hunan_citys_park_is_the_parks_conferences(index):
    assert answered_with_card(index, "长沙经开区会去南京推介吗") == ["nj-parks-promotion"]


@pytest.mark.parametrize(
    ("text", "entry"),
    [
        ("代表证搞丢了补办收钱不，收几多", "badges"),
        ("does the welcome dinner have wine or should i bring my own lol", "meals"),
    ],
)
def test_a_price_or_wine_the_entry_does_not_tell_is_offered(index, text, entry):
    answer = answered(index, text)
    assert answer.kind == "suggest" and answer.faq.id == entry


def test_a_lost_badge_is_still_the_badges_entry(index):
    assert entry_given(answered(index, "代表证丢了怎么补办")) == "badges"


@pytest.mark.parametrize(
    "text",
    [
        "Taxi fare PVG to SICC, roughly?",
        "First class on bullet train Shanghai–Nanjing, how much costs?",
        "花桥博览中心附近有快递点没我想寄点东西回去",
        "報到處有冇影印服務？",
        "上海國際會議中心嘅會議室可唔可以另外租用？",
        "请问会议室可否延时使用至晚间九时？",
        "请问单位停车场月卡应如何办理？",
        "请问“主会场”一词在外事材料中如何英译为宜？",
        "那个我跟你说啊我这个人记性不好上次在长沙开会的时候把眼镜落在酒店了你们能不能帮我问一下"
        "那个酒店有没有捡到",
    ],
)
def test_fares_and_the_delegates_own_errands(index, text):
    assert not answered(index, text).confident


def test_the_days_a_replacement_takes_are_offered(index):
    answer = answered(index, "请问代表证遗失后补办需要多长时间？")
    assert answer.kind == "suggest" and answer.faq.id == "badges"


def test_a_journeys_time_is_still_the_transport_entrys(index):
    assert entry_given(answered(index, "从虹桥火车站打车到会场要多久哦")) == "local-transport"


def test_an_event_permit_is_no_travel_permit(index):
    assert answered(index, "do we need an event permit for a roadshow in Shanghai?").kind == "none"


def test_a_buildings_closing_time_is_no_card(index):
    assert not answered(index, "南京那个博览中心晚上几点关门啊").confident
    assert answered_with_card(index, "南京国博的园区推介会几点结束") == ["nj-parks-promotion"]


def test_another_buildings_hall_names_no_session(index):
    answer = answered(index, "南京国博会议中心B厅几点开始？")
    assert answer.kind == "suggest" and [v.id for v in answer.venues] == ["nj-expo"]
    assert answered_with_card(index, "杭州国博B厅几点开始") == ["cross-border-ecommerce"]
    assert answered_with_card(index, "is the carriers one at the Nanjing expo?") == [
        "commercial-carriers"
    ]


@pytest.mark.parametrize("text", ["宁波港今天有雾吗", "苏州到上海虹桥机场的大巴在哪座"])
def test_fog_and_a_coach_from_outside_are_not_ours(index, text):
    assert not answered(index, text).confident


def test_the_five_big_opening_up_things_are_the_themes(index):
    assert answered(index, "ok so wot r the 5 big opening-up things").kind == "themes"


@pytest.mark.parametrize(
    "text",
    [
        "Is one of the five opening-up themes about the Guangdong-Hong Kong-Macao Greater Bay Area?",
        "the one where u can test drive new cars - wen is it",
        "想詢問有沒有安排觀光工廠參訪行程",
    ],
)
def test_a_theme_about_another_region_a_test_drive_and_a_factory_visit(index, text):
    assert not answered(index, text).confident


@pytest.mark.parametrize(
    "text",
    [
        "麻煩整理一下各場次的會場地點，我要排接駁車",
        "Which buildings are being used as venues across the four cities?",
    ],
)
def test_every_sessions_venue_is_every_building(index, text):
    assert answered(index, text).kind == "venues"


def test_taiwans_badge_word_and_a_sub_venue_typed_by_sound(index):
    assert entry_given(answered(index, "識別證弄丟了該怎麼處理")) == "badges"
    assert answered(index, "广州有没有分会厂").kind == "outside"


def test_a_taxi_called_dik_si_is_the_transport_entrys(index):
    assert entry_given(answered(index, "搭的士去花橋國博方唔方便")) == "local-transport"


@pytest.mark.parametrize(
    ("text", "session"),
    [
        ("扶贫对接会几点结束我好订车票", "poverty-alleviation-matchmaking"),
        ("when does the signing end so I can book my train?", "sh-industrial-chain"),
    ],
)
def test_the_reason_for_asking_leaves_the_question(index, text, session):
    assert answered_with_card(index, text) == [session]


@pytest.mark.parametrize(
    "text",
    [
        "At the cross-border e-commerce meeting in Hangzhou, will they give us product samples"
        " free or we pay for samples?",
        "hz国博那个重大产业推介会，我们做钢丝绳的小厂能不能上台讲5分钟，要另外交钱不",
        "产融合作对接会can bring我公司的English financial statement吗，还是一定要translate去中文",
    ],
)
def test_a_price_of_samples_or_a_stage_slot_and_a_statements_language(index, text):
    assert not answered(index, text).confident


@pytest.mark.parametrize("text", ["is the job fair free?", "参加招聘会要交钱吗"])
def test_coming_in_is_still_the_tickets_entry(index, text):
    assert entry_given(answered(index, text)) == "tickets"
