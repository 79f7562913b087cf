"""Rules of stop 33 on the bundled program (examples of each rule, not the accuracy
figure):
- a session named, then asked in three or more words nothing in the program explains
  (the stage's seating, a hall's ceiling height, free samples) is asked for what its card
  does not give: the card is offered, not answered. Not so when a time is asked or
  named, when a field of the card is named (seats, tables, its length, 几点), or when the
  words are the delegate's business looking for the session that suits it;
- what is given away at a session (有没有送门票, 送不送样品, "free samples") is a detail
  no card gives: offered;
- a reception (酒会), an annual company party (年会), a tea party or a salon is another
  event;
- a room or hall no session is held in (第六会议室, "Hall 9C") is not the building's
  sessions: the building named is offered, and without one it is no answer;
- a theme called by its name leads a session that only shares a word with it
  (跟世界500强企业对接有关的活动; 世界五百大 is Taiwan's Fortune 500);
- the seating (座次表, "classroom-style or round tables?") is a detail no card gives;
  枱 is a table, which the card counts; 各自, 告知 and "aftr" ask nothing new; 开放时间
  is a place's hours, not the opening-up themes' 开放;
- which session suits a business ("which mtg fit us", 哪一场比较对口) is never answered
  with an FAQ entry;
- the agenda asked in Nigerian Pidgin ("wetin i don register for") or as the sessions
  signed up for before (我之前报了哪几场, 我自己的行程);
- "to" or "from" travels between two cities only before one of them ("Shanghai to
  Hangzhou"), not in "sorry to ask … in Shanghai and not in Hangzhou"."""

from __future__ import annotations

import pytest

from bot.event_words import SESSION_SUITED
from tests.helpers_core import (
    answered,
    answered_with_card,
    offered_for_its_detail,
    one_offer,
    session_ids,
)


@pytest.mark.parametrize(
    ("text", "session"),
    [
        (
            "What's the ceiling height and floor loading of the Shanghai Hall? "
            "we may bring a robot arm demo",
            "sh-industrial-chain",
        ),
        ("上海国际会议中心上海厅的主席台座次怎么安排，嘉宾名牌放哪", "sh-industrial-chain"),
        (
            "poverty alleviation mtg, do they give away free samples of the dried fruit? "
            "wanna taste",
            "poverty-alleviation-matchmaking",
        ),
    ],
)
def test_a_session_asked_in_words_nothing_explains_is_offered(index, text, session):
    assert offered_for_its_detail(index, text) == [session]


@pytest.mark.parametrize(
    ("text", "session"),
    [
        # the delegate's business is the story; the session that suits it is the answer
        (
            "we trade palm oil from Johor and want wholesale distributors, which session ah?",
            "commercial-carriers",
        ),
        # a field of the card, named
        (
            "how many tables at the poverty alleviation matchmaking for the one-to-one talks",
            "poverty-alleviation-matchmaking",
        ),
        # a time asked
        (
            "possibly a silly question: the cross-border e-commerce meeting, that's "
            "wednesday afternoon I assume?",
            "cross-border-ecommerce",
        ),
    ],
)
def test_a_business_a_card_field_or_a_time_keeps_the_card(index, text, session):
    assert answered_with_card(index, text) == [session]


def test_which_session_suits_is_read_in_both_languages():
    assert SESSION_SUITED.search("we make tea oil, which meeting is best for us")
    assert SESSION_SUITED.search("我老家种猕猴桃，去哪个会好")
    assert SESSION_SUITED.search("我们做跨境物流，哪一场比较对口")
    assert not SESSION_SUITED.search("what time does the job fair start")


@pytest.mark.parametrize(
    "text",
    [
        "abeg which ones i don register for?",
        "show me the sessions that i have book for",
        "我之前报了哪几场来着",
        "我之前報咗名嗰幾場，可唔可以俾我睇返我自己嘅行程？",
    ],
)
def test_the_agenda_asked_in_pidgin_or_as_what_one_signed_up_for_before(index, text):
    assert answered(index, text).kind == "agenda"


def test_having_signed_up_before_is_no_agenda_asked(index):
    assert answered(index, "我之前报了名，但是忘了带身份证").kind != "agenda"


@pytest.mark.parametrize(
    "text",
    [
        "we run a courier business for online sellers, which mtg fit us pass?",
        "我们做冷链物流的，哪一场比较对口，要不要办证件",
    ],
)
def test_which_session_suits_a_business_is_never_an_faq_entry(index, text):
    assert answered(index, text).kind != "faq"


@pytest.mark.parametrize(
    ("text", "session"),
    [
        (
            "Sorry to ask again, the tourism conference is in Shanghai and not in Hangzhou, "
            "correct?",
            "tourism-promotion",
        ),
        ("just to be sure, the job fair is in Shanghai, not Nanjing?", "talent-recruiting"),
    ],
)
def test_to_before_another_word_is_no_travel_between_the_cities_named(index, text, session):
    assert answered_with_card(index, text) == [session]


@pytest.mark.parametrize(
    "text",
    [
        "Shanghai to Hangzhou?",
        "from nanjing to kunshan how long",
        "how do I travel between Hangzhou and Nanjing",
        "Nanjing -> Kunshan, train or car?",
    ],
)
def test_going_from_one_city_to_another_is_the_intercity_entry(index, text):
    answer = answered(index, text)
    assert answer.kind == "faq" and answer.faq.id == "intercity-travel"


@pytest.mark.parametrize(
    ("text", "session"),
    [
        ("旅游推介会上有没有送张家界门票的", "tourism-promotion"),
        ("扶贫对接会送不送农产品样品", "poverty-alleviation-matchmaking"),
        (
            "will the poverty alleviation matchmaking give out free samples?",
            "poverty-alleviation-matchmaking",
        ),
    ],
)
def test_a_giveaway_at_a_session_is_offered_not_answered(index, text, session):
    assert offered_for_its_detail(index, text) == [session]


@pytest.mark.parametrize("text", ["招聘会结束后有茶话会吗", "公司年会能不能请你们的嘉宾来讲话"])
def test_a_reception_or_a_company_party_is_another_event(index, text):
    assert not answered(index, text).confident


@pytest.mark.parametrize(
    ("text", "building"),
    [
        ("花桥国博四楼第六会议室今天开什么会", "huaqiao-expo"),
        ("What's on in Hall 9C at the Shanghai International Convention Center?", "sicc"),
    ],
)
def test_a_room_no_session_is_held_in_offers_its_building(index, text, building):
    answer = answered(index, text)
    assert answer.kind == "suggest" and [venue.id for venue in answer.venues] == [building]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("What's on in Hall 9C at the Shanghai International Convention Center?", "en"),
        ("上海国际会议中心第八会议室有什么会", "zh"),
    ],
)
def test_a_room_no_session_is_held_in_is_said_so_beside_the_building(index, text, lang):
    assert one_offer(index, text, "room_unused", lang).endswith("sicc")


def test_a_room_no_session_is_held_in_and_no_building_is_no_answer(index):
    assert answered(index, "第九会议室今天开什么会").kind == "none"


@pytest.mark.parametrize(
    ("text", "session"),
    [
        ("第三会议室在几楼", "industry-finance-matchmaking"),
        ("Where is Hall 5A?", "tourism-promotion"),
    ],
)
def test_a_room_a_session_is_held_in_is_that_session(index, text, session):
    assert session_ids(answered(index, text)) == [session]


@pytest.mark.parametrize(
    "text", ["跟世界500强企业对接有关的活动有哪些？", "跟世界五百大企業有關的場次有哪些"]
)
def test_a_theme_called_by_its_name_leads_a_session_sharing_a_word(index, text):
    answer = answered(index, text)
    assert answer.kind == "theme" and answer.theme.id == "fortune500"


def test_tables_in_cantonese_are_the_cards_tables(index):
    answer = answered(index, "扶貧對接會有幾多張枱")
    assert answer.kind == "session" and answer.confident


@pytest.mark.parametrize(
    "text",
    [
        "签约仪式的座次表出来了吗",
        "is the Shanghai Hall set up classroom-style or round tables?",
    ],
)
def test_the_seating_is_a_detail_no_card_gives(index, text):
    assert offered_for_its_detail(index, text) == ["sh-industrial-chain"]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("我的 agenda 有哪几场", "agenda"),
        ("are slides shared aftr the sessions?", "faq"),
        ("花桥国博的两场各自几点开始", "venue"),
    ],
)
def test_mixed_and_short_forms(index, text, kind):
    assert answered(index, text).kind == kind


def test_a_desks_opening_hours_are_no_opening_up_theme(index):
    answer = answered(index, "烦请告知报到处的开放时间与地点。")
    assert answer.kind == "faq" and answer.faq.id == "registration-desk"
