"""Rules of stop 38 on the bundled program (examples of each rule, not the accuracy
figure), from the read probe file ad's confident answers:
- whether a party named comes to a session (芒果TV会来人吗, 中信来不来, 天猫国际会来吗,
  "will COFCO attend the industrial chain conference?", "are Hunan tyre factories
  exhibiting at …?", "which KOLs will be at the cross-border session?") is the speakers
  entry's "no list of guests or companies yet", not the session's card; the delegate,
  a vehicle or the session itself is no party ("which session should I attend?", "will
  somebody be there to translate?", "visa is necessary for attending?"), and 来不及 is
  being late, not coming;
- an FAQ entry found on the organizers' name alone, beside words nothing here explains
  or asked as something they should do (组委会能介绍房东不, 主办方会不会出一份清单), is
  offered: their contacts are where to ask, not the answer; asked where they are or
  how to reach them, it answers;
- "what's on the … menu" asks what is served, not what is on (the SICC's sessions);
- a detail of bot.entry_aspects other than its hours asked of a session (扶贫对接会中午
  吃啥菜) is no card's: the session is offered; two more details are read there, a
  performance ("who is performing at the welcome dinner") and the seating (欢迎晚宴嘅
  座位表), and a meal's time may follow a comma (有没有茶歇，几点开始);
- what is in the food (不放辣的菜, an allergy) and whether seats are fixed (座位是固定
  的嗎) are details the meals entry does not give; a food a delegate trades (辣椒, pork
  beside halal food) is not;
- a rent discount or 免租 is a price asked;
- "can I … on the spot" asks what can be done at a session, as 能不能现场… does."""

from __future__ import annotations

import pytest

from bot.answer import Answer
from tests.helpers_core import answered, offered_for_its_detail, session_ids


def _answer_id(answer: Answer) -> str | None:
    """The id of the FAQ entry, theme or first session answered."""
    found = answer.faq or answer.theme or (answer.sessions[0] if answer.sessions else None)
    return found.id if found is not None else None


PARTY_ATTENDING = [
    "芒果TV会来人吗 文创那场",
    "跨境电商对接会天猫国际会来吗，我们想开海外旗舰店",
    "产融对接会来几家券商，中信来不来",
    "Will COFCO attend the Shanghai industrial chain conference?",
    "Are Hunan tyre factories exhibiting at the Kunshan logistics hubs conference?",
    "Which KOLs or wanghong will be at the cross-border session?",
    "which supermarket chains, Walmart or RT-Mart, attend the commercial carriers conference?",
    "the cross border ecommerce meeting in Hangzhou - will Alibaba's Tmall Global team be in the room?",
]


@pytest.mark.parametrize("text", PARTY_ATTENDING)
def test_a_party_asked_to_come_is_the_speakers_entry(index, text):
    answer = answered(index, text)
    assert answer.kind == "faq" and answer.faq is not None and answer.faq.id == "speakers"


@pytest.mark.parametrize(
    ("text", "kind", "ident"),
    [
        (
            "We're a mid-size commercial bank in Shanghai looking to lend to Hunan "
            "manufacturers. Which session should I attend?",
            "session",
            "industry-finance-matchmaking",
        ),
        (
            "I'm interested in the free trade zone side of things, what should I attend?",
            "theme",
            "free-trade-zone",
        ),
        (
            "I no understand Chinese at all o. If I go to the farm products matchmaking, "
            "will somebody be there to translate for me?",
            "faq",
            "interpretation",
        ),
        (
            "I have Korean passport. Visa is necessary for attending this promotion week or not?",
            "faq",
            "visa",
        ),
    ],
)
def test_the_delegate_or_a_helper_is_no_party_attending(index, text, kind, ident):
    answer = answered(index, text)
    assert answer.kind == kind and answer.confident
    assert _answer_id(answer) == ident


@pytest.mark.parametrize(
    "text",
    [
        "我想签合同租个房子在昆山住一个月，组委会能介绍房东不",
        "簽約儀式嘅枱花係咪主辦方自己揀？有冇得贊助",
        "会后主办方会不会出一份签约项目清单给我们",
        "主办方管不管饭",
    ],
)
def test_something_asked_of_the_organizers_offers_their_contacts(index, text):
    answer = answered(index, text)
    assert not answer.confident
    assert answer.kind == "suggest" and answer.faq is not None and answer.faq.id == "contacts"


@pytest.mark.parametrize(
    "text",
    [
        "组委会在哪",
        "organizers?",
        "组委会能不能给个电话",
        "组委会电话",
        "how do I reach the organisers by phone",
    ],
)
def test_the_organizers_asked_for_are_their_contacts(index, text):
    answer = answered(index, text)
    assert answer.confident and answer.faq is not None and answer.faq.id == "contacts"


@pytest.mark.parametrize(
    ("text", "faq"),
    [
        ("who is performing at the welcome dinner in Shanghai on the 24th", "meals"),
        ("歡迎晚宴嘅座位表幾時公佈？我想坐近啲湖南商會啲人", "meals"),
        ("自助午餐有没有不放辣的菜？我吃不了辣", "meals"),
        ("歡迎晚宴在哪一家飯店舉行？座位是固定的嗎？", "meals"),
    ],
)
def test_a_detail_the_meals_entry_does_not_give_offers_it(index, text, faq):
    answer = answered(index, text)
    assert answer.kind == "suggest" and answer.faq is not None and answer.faq.id == faq


@pytest.mark.parametrize(
    "text",
    [
        "what's on the lunch menu at the Shanghai convention center, any rice and curry lol",
        "会议中间有没有茶歇，几点开始",
        "欢迎晚宴有什么表演",
    ],
)
def test_a_menu_or_a_breaks_time_is_not_answered(index, text):
    assert not answered(index, text).confident


@pytest.mark.parametrize(
    ("text", "session"),
    [
        ("扶贫对接会中午吃啥菜，有没有湘菜嘛", "poverty-alleviation-matchmaking"),
        ("文創園區有沒有電子產品設計的孵化器，免租嗎", "cultural-creative-parks"),
        (
            "Do the commercial complexes in Hunan give rent discounts for French flagship stores?",
            "commercial-carriers",
        ),
    ],
)
def test_a_detail_asked_of_a_session_offers_it(index, text, session):
    answer = answered(index, text)
    assert answer.kind == "suggest" and session_ids(answer) == [session]


@pytest.mark.parametrize(
    ("text", "session"),
    [
        ("what's on at the Shanghai convention center on the 24th?", None),
        ("扶贫对接会几点结束", "poverty-alleviation-matchmaking"),  # the card's hours
    ],
)
def test_what_is_on_and_a_sessions_hours_still_answer(index, text, session):
    answer = answered(index, text)
    assert answer.confident
    if session is not None:
        assert session_ids(answer) == [session]


@pytest.mark.parametrize(
    "text",
    [
        "Can I sign an MoU on the spot at the Hangzhou conference even if my project wasn't "
        "pre-registered?",
    ],
)
def test_what_can_be_done_on_the_spot_is_not_answered_by_the_card(index, text):
    offered_for_its_detail(index, text)  # asserts the session is offered for its detail


@pytest.mark.parametrize(
    ("text", "kind", "ident"),
    [
        ("Got halal makan or not at the venue? I cannot eat pork one", "faq", "meals"),
        (
            "我想从湖南贫困县直接采购辣椒和腊肉，哪个会能对上",
            "session",
            "poverty-alleviation-matchmaking",
        ),
    ],
)
def test_a_food_traded_or_pork_beside_halal_is_no_ingredient_asked(index, text, kind, ident):
    answer = answered(index, text)
    assert answer.kind == kind and answer.confident
    assert _answer_id(answer) == ident


def test_being_late_is_no_party_coming(index):
    answer = answered(index, "从南京坐高铁到昆山参加扶贫对接会会来不及吗")
    assert answer.faq is None or answer.faq.id != "speakers"
