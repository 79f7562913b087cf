"""Buildings named that the program does not have (bot.building_names, bot.owners).

Fresh questions, none of them in the labelled sets: a building that shares words with the
program's venues (中心, 大厦, 国际) is no venue of it and holds none of its sessions; the
program's own buildings, however they are named, and a hotel where the delegate stays,
keep their answers.
"""

from __future__ import annotations

import pytest

from bot.building_names import BuildingNames
from tests.helpers_core import DEFAULT_NOW


@pytest.fixture(scope="module")
def names() -> BuildingNames:
    return BuildingNames(
        ["上海国际会议中心", "国际会议中心", "南京绿地洲际酒店", "洲际酒店"], ["上海", "南京"]
    )


def test_a_building_the_program_does_not_have_is_found_with_its_words(names):
    grams, asked = names.others("上海中心大厦有没有活动")
    assert {"中心", "大厦"} <= grams and asked
    grams, asked = names.others("国家会展中心有哪场活动")
    assert {"国家", "会展", "中心"} <= grams and asked


def test_the_programs_buildings_and_plain_words_are_no_other_building(names):
    assert names.others("上海国际会议中心在哪") == (frozenset(), False)
    assert names.others("上海的国际会议中心在哪") == (frozenset(), False)
    assert names.others("南京洲际酒店几楼") == (frozenset(), False)  # a city, a short form
    assert names.others("住酒店要自己订吗") == (frozenset(), False)  # no name before 酒店
    assert names.others("离市中心远吗") == (frozenset(), False)  # 中心 alone: no building


def test_where_the_delegate_stays_is_context_not_a_place_asked_about(names):
    grams, asked = names.others("我住在全季酒店")
    assert "全季" in grams and not asked


@pytest.mark.parametrize(
    "text",
    [
        "国家会展中心有哪场活动？",
        "上海中心大厦那边有没有分会场",
        "南京国际青年文化中心今天有什么会",
        "杭州白马湖国际会展中心有安排吗",
        "上海大剧院有演出吗",
        # in English: a capitalised name ending in a building's word that no venue holds
        "What's on at the Shanghai New International Expo Center this week?",
        "Any sessions at the Nanjing Olympic Sports Center on Thursday?",
        # asked what is on there: the program's city in its name is not the question's
        "What's happening at the Shanghai New International Expo Centre this week?",
        "上海新国际博览中心这周有啥展览",
        "南京奥体中心明天有什么活动",  # 奥体 is no short form of 奥体博览城
        # asked whether it is a venue: the hotel entry's need does not lead
        "国际饭店是不是会场",
        "和平饭店是会场吗",  # 和 of 和平 (peace) is no "and" cutting the name
        # a city's landmark: its name and a building's word, no venue of the program
        "Is the Shanghai Tower a venue this week?",
        "Anything on at the Shanghai Tower this week?",
    ],
)
def test_a_building_outside_the_program_gets_no_confident_answer(index, text):
    answer = index.answer(text, DEFAULT_NOW)
    assert not answer.confident, answer


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("上海国际会议中心有哪些活动", "venue"),
        ("南京洲际酒店在哪", "session"),  # its one session, with where it is
        ("我住在全季酒店，25号南京有什么活动", "list"),
        ("推荐一下会场附近的酒店", "faq"),
        ("I'm staying at the Jinjiang Tower Hotel, what's on in Shanghai tomorrow?", "list"),
        ("What's on at the Shanghai International Convention Center?", "venue"),
        ("I'm at the Hilton Hotel, what's on today?", "list"),
        ("我在希尔顿酒店，今天有什么活动", "list"),
        ("West Hall 1 - what's happening there?", "session"),
    ],
)
def test_the_programs_buildings_and_a_delegates_hotel_keep_their_answers(index, text, kind):
    answer = index.answer(text, DEFAULT_NOW)
    assert answer.confident and answer.kind == kind, answer


@pytest.mark.parametrize("text", ["any exhibition?", "有没有展览"])
def test_one_word_of_a_buildings_name_is_no_building(index, text):
    answer = index.answer(text, DEFAULT_NOW)
    assert not answer.confident and answer.kind == "suggest", answer


@pytest.mark.parametrize("text", ["where is the exhibition center?", "展览中心在哪"])
def test_two_words_of_a_buildings_name_name_it(index, text):
    answer = index.answer(text, DEFAULT_NOW)
    assert answer.confident and [s.id for s in answer.sessions] == ["talent-recruiting"]


@pytest.mark.parametrize(
    "text",
    [
        # at a building of the program: neither it nor a session there is called so
        "上海国际会议中心周三有没有拍卖会",
        "杭州国博明晚有没有派对",
        "is there an after-party at the nanjing expo center on thursday?",
        # on a day or in a city of the program: not that day's sessions
        "is there a sailing regatta in kunshan after the sessions on friday",
        "周五在昆山有没有赛马活动",
        "is there a wine tasting after the kunshan sessions on the 26th?",
        # another event's week: its kind is its head ("design week" is a week)
        "is there a design week going on in shanghai?",
        "any fashion week events in hangzhou",
    ],
)
def test_a_kind_of_event_nothing_is_called_is_another_event(index, text):
    answer = index.answer(text, DEFAULT_NOW)
    assert not answer.confident, answer


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("今晚有没有晚会", "list"),  # nothing this evening, said as such
        ("the tourism expo where", "session"),  # an alias of the tourism promotion
        ("扶贫对节会在香格里拉几楼", "session"),  # 对节 is a typo of 对接, no festival
        ("这次有没有和海上丝绸之路相关的环节", "theme"),  # 环节 is a part of the week
    ],
)
def test_the_programs_own_kinds_of_event_keep_their_answers(index, text, kind):
    answer = index.answer(text, DEFAULT_NOW)
    assert answer.confident and answer.kind == kind, answer


@pytest.mark.parametrize(
    "text",
    [
        # 会议 of 上海国际会议中心 is the building's name, asking for no session: the
        # building's other services and surroundings are not its card
        "从上海国际会议中心走到外滩要多久",
        "上海国际会议中心楼上的咖啡厅还开着吗",
        "上海国际会议中心顶楼是干什么用的",
    ],
)
def test_a_venues_name_asks_for_no_session(index, text):
    answer = index.answer(text, DEFAULT_NOW)
    assert not answer.confident, answer


@pytest.mark.parametrize(
    ("text", "kind"),
    [("上海国际会议中心在哪条路上", "venue"), ("上海国际会议中心有哪些会议", "venue")],
)
def test_a_venue_asked_where_or_for_its_sessions_keeps_its_card(index, text, kind):
    answer = index.answer(text, DEFAULT_NOW)
    assert answer.confident and answer.kind == kind, answer


@pytest.mark.parametrize(
    "text",
    [
        "Is there anything at the Hongqiao Convention Center?",
        "Anything on at the National Exhibition and Convention Center today?",
    ],
)
def test_a_capitalised_name_holding_a_buildings_short_form_is_another_building(index, text):
    """SICC's "convention center" inside another building's name is not SICC."""
    assert not index.answer(text, DEFAULT_NOW).confident


@pytest.mark.parametrize(
    "text",
    [
        "Is SICC the one in Pudong?",  # a sentence's first word joined to the name
        "Shanghai Intl Convention Centre, which sessions?",  # the name as typed
    ],
)
def test_the_buildings_own_names_as_typed_stay_the_building(index, text):
    answer = index.answer(text, DEFAULT_NOW)
    assert answer.kind == "venue" and answer.venue is not None and answer.venue.id == "sicc"
