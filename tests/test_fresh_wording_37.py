"""Rules of stop 37 on the bundled program (examples of each rule, not the accuracy
figure), from the read probes' confident answers:
- what a question asks of a practical need beyond the need (bot.entry_aspects: a price,
  opening hours, when a meal is served, a deposit, a version in English, a size limit,
  a line's speed, whether it runs overnight, breakfast, a headset's channel, a station's
  exit, a menu) must be in the FAQ entry's answer for the entry to answer: 午餐几点开始 is not answered by the meals entry, which gives no
  time, but is offered, one tap away; the interpretation entry, which hands the headsets
  out against the badge, answers whether they need a deposit; a building named beside such
  a detail only locates it ("what time does breakfast start at the InterContinental?");
  the detail counts when it follows the question without a question mark of its own
  (停车场能停大巴嘛？限高多少啊);
- what a meme means (领盒饭是什么梗) and which of two ways works better (录播课和直播课哪个
  效果好) are advice, not the entry whose word they share; what a theme's words mean is
  the theme's;
- a price (a rent too: 租金) or a count no card shows, asked after a session's question
  without its own question mark (…招租？租金大概几多), makes the session's card an offer of
  the detail it does not give; a count in the story before the question does not; what
  sells well is advice;
- another country's visa (美国签证, "visa 4 my vietnam trip … invite ltr 4 dat?": "dat"
  points back like "that") is not the visa entry, which is China's; a delegate from
  that country still asks China's, and a trip abroad with no visa asked is the
  delegate's business ("a session for europe travel agencies");
- an outlet typed beside Chinese (有冇outlet可以行下) is shopping (名牌 is also a name
  card: 嘉宾名牌放哪)."""

from __future__ import annotations

import pytest

from bot.entry_aspects import aspects_asked, untold_aspects
from bot.textnorm import normalize
from tests.helpers_core import answered

OFFERED_ENTRY = [
    ("午餐几点开始？", "meals"),
    ("晚宴几点", "meals"),  # the entry gives the welcome dinner's day, not its hour
    ("what time does the buffet lunch start", "meals"),
    ("签证邀请函可以出英文版的吗？", "visa"),
    ("会场那个停车场能停大巴嘛？限高多少啊", "parking"),
    ("停车场晚上能过夜吗？我车想停到明早", "parking"),
    ("会场Wi-Fi太慢了，能不能给接根网线？", "wifi"),
    ("wot's on the menu @ the welcome dinner? im allergic 2 peanuts", "meals"),
    ("is breakfast provided?", "meals"),  # the entry serves lunch and one dinner
    ("酒店早餐含不含？", "meals"),
]


@pytest.mark.parametrize(("text", "faq"), OFFERED_ENTRY)
def test_an_entry_silent_on_the_detail_asked_is_offered_not_answered(index, text, faq):
    answer = answered(index, text)
    assert not answer.confident
    assert answer.kind == "suggest" and answer.faq is not None and answer.faq.id == faq


@pytest.mark.parametrize(
    "text",
    [
        "Is the Didi app in English?",
        "What time does breakfast start at the InterContinental Nanjing? I have to be somewhere by 9.",
        "Will the Wi-Fi cope with a video call to my board?",
        "协议酒店含早吗",
        "南京国博离元通站最近的是几号出口？",
        "同传频道是几号，英文是第二频道吗？",
    ],
)
def test_a_detail_no_entry_tells_is_not_answered(index, text):
    assert not answered(index, text).confident


@pytest.mark.parametrize(
    ("text", "faq"),
    [
        ("會場有沒有提供翻譯耳機？要押金嗎？", "interpretation"),  # against the badge
        ("is there english interpretation at the main conference?", "interpretation"),
        ("报到处几点开始报到？", "registration-desk"),
        ("is lunch provided", "meals"),
        ("同传耳机在哪领", "interpretation"),  # the desk's answer gives its hours
        ("is there free wifi at the venue", "wifi"),  # the price asked is "free"
        ("会场wifi稳不稳？要现场给投资人跑demo", "wifi"),
        ("when is the welcome dinner?", "meals"),  # a date answers when; no clock is asked
    ],
)
def test_an_entry_that_tells_the_detail_answers(index, text, faq):
    answer = answered(index, text)
    assert answer.confident and answer.kind == "faq" and answer.faq.id == faq


@pytest.mark.parametrize(
    ("text", "aspect"),
    [
        ("午餐几点开始", "meal time"),
        ("what time is lunch", "meal time"),
        ("同传耳机要押金吗", "deposit"),
        ("is the menu in english", "language version"),
        ("停车场限高多少", "size limit"),
        ("wifi太慢了", "speed"),
        ("overnight parking?", "overnight"),
        ("协议酒店含早吗", "breakfast"),
        ("同传频道是几号", "channel"),
        ("which exit of lujiazui station", "exit"),
        ("机场到酒店打车多少钱", "price"),
        ("what time does the bank open", "hours"),
    ],
)
def test_the_aspect_asked_is_read(text, aspect):
    assert aspect in aspects_asked(normalize(text))


@pytest.mark.parametrize(
    "text",
    ["南京那个推介会是几点开始的", "出口退税怎么办", "maybe this isn't the right channel, but"],
)
def test_a_session_time_an_export_or_a_channel_of_contact_asks_no_aspect(text):
    assert aspects_asked(normalize(text)) == frozenset()


def test_an_answer_tells_an_aspect_in_either_language_and_case():
    assert "language version" not in untold_aspects("Chinese–English interpretation")
    assert "meal time" in untold_aspects("A buffet lunch is served; 提供自助午餐")
    assert "meal time" not in untold_aspects("Lunch is served from 12:00")


@pytest.mark.parametrize("text", ["翻譯腔是什麼梗", "领盒饭是什么梗", "录播课和直播课哪个效果好"])
def test_a_meme_or_which_way_works_better_is_advice(index, text):
    assert not answered(index, text).confident


def test_the_meaning_of_a_themes_words_is_the_theme(index):
    answer = answered(index, "对标京沪穗是啥意思，哪几场会讲这个")
    assert answer.kind == "theme" and answer.theme.id == "business-environment"


@pytest.mark.parametrize(
    ("text", "session"),
    [
        (
            "文化創意產業園區推介會嗰度，有冇婚紗設計公司招租？租金大概幾多",
            "cultural-creative-parks",
        ),
        ("人才招聘会上三一重工招不招人？应届生给开多少月薪", "talent-recruiting"),
    ],
)
def test_a_price_or_count_asked_after_a_sessions_question_is_its_unstated_detail(
    index, text, session
):
    answer = answered(index, text)
    assert answer.kind == "suggest" and answer.detail_unstated
    assert [s.id for s in answer.sessions] == [session]


def test_a_count_in_the_story_before_the_question_is_not_asked(index):
    text = "我们园区有几个项目缺资金领导让我问一下这次有没有跟银行基金券商这些金融机构对接融资的会"
    answer = answered(index, text)
    assert answer.kind == "session" and answer.confident


@pytest.mark.parametrize(
    "text", ["Chilean cherries sell well on Tmall? my cousin exports them", "物流园的租金多少"]
)
def test_what_sells_well_and_a_rent_are_no_session(index, text):
    assert not answered(index, text).confident


@pytest.mark.parametrize(
    "text",
    [
        "need visa 4 my vietnam trip aftr dis, can organisers giv invite ltr 4 dat?",
        "美国签证面签问啥",
        "how do I get a schengen visa after the week",
    ],
)
def test_another_countrys_visa_is_not_the_entry(index, text):
    assert not answered(index, text).confident


@pytest.mark.parametrize(
    "text", ["I'm from Vietnam, do I need a visa?", "do vietnamese delegates need a visa"]
)
def test_a_delegate_from_another_country_asks_chinas_visa(index, text):
    answer = answered(index, text)
    assert answer.confident and answer.faq is not None and answer.faq.id == "visa"


def test_an_outlet_typed_beside_chinese_is_shopping(index):
    assert not answered(index, "花橋嗰邊有冇outlet可以行下？聽講好多名牌有折").confident


def test_a_trip_abroad_without_a_visa_is_a_business_seeking_its_session(index):
    answer = answered(index, "is there a session for europe travel agencies?")
    assert answer.kind == "session" and [s.id for s in answer.sessions] == ["tourism-promotion"]
