"""Fresh wording from stop 42's probe files (br, bs) and first-sight set AL, read on
arrival. Each rule has examples on both sides; each example failed before its rule.

- A thing of the town to recommend (南京有啥青旅推荐不, 有没有民宿推荐) is the delegate's own
  leisure, not a list of the city's sessions; "南京有啥活动推荐" still lists them.
- Sessions asked for in a city outside the program are "not in the program", also when
  their subject is one no session has ("a session on new energy in Wuhan?"); more cities
  are known as outside it (Kuala Lumpur, KL, Penang, Nairobi, Lagos, Abuja and some eighty
  more, in both languages), and one named beside a session asked for is still context.
- A flight from a city outside to a program city (温哥华飞浦东) names a building of the
  program, not one of that city: the way there is the transport entry's.
- The clock elsewhere ("Karachi time now?", 时差) is the delegate's own affair.
- A rumour heard (听说, the Cantonese 听讲, which is dropped as a teller's filler) is no
  field of a session: 听说产融对接会在南京开 names the finance matchmaking, and its card
  puts the city right; 听讲座 (a lecture) stays.
- The teller's own train after the question (…开到几点啊，我下午还要赶高铁去杭州) is no part
  of it, with a time of day between; when the teller arrived (我昨天刚从永州坐高铁到上海,
  "landed this morning") is their story, not the day asked about.
- 我单位, 本单位, 我局 are the teller's own office, no word of the contacts' 主办单位.
"""

from __future__ import annotations

import pytest

from bot.textnorm import normalize
from tests.helpers_core import DEFAULT_NOW, entry_given, session_ids


@pytest.mark.parametrize("text", ["南京有啥便宜青旅推荐不，学生党穷哭了", "南京有啥民宿推荐不"])
def test_a_thing_of_the_town_to_recommend_is_no_list_of_sessions(index, text):
    assert not index.answer(text, DEFAULT_NOW).confident


@pytest.mark.parametrize("text", ["南京有啥活动推荐", "南京有啥推荐"])
def test_sessions_to_recommend_are_still_listed(index, text):
    answer = index.answer(text, DEFAULT_NOW)
    assert answer.kind == "list"
    assert session_ids(answer) == ["cultural-creative-parks", "nj-parks-promotion"]


@pytest.mark.parametrize(
    "text",
    [
        "a session on new energy in Wuhan?",
        "Any session in KL or Penang? Easier for me lah",
        "any session in kuala lumpur",
        "Is there a session in Nairobi?",
        "内罗毕有没有分会场",
        "Una get session for Lagos or Abuja?",
    ],
)
def test_sessions_asked_for_in_a_city_outside_are_not_in_the_program(index, text):
    assert index.answer(text, DEFAULT_NOW).kind == "outside"


def test_a_city_outside_beside_a_session_is_still_context(index):
    answer = index.answer("I am from Nairobi, we export coffee online, which session?", DEFAULT_NOW)
    assert answer.kind == "session"


def test_a_flight_from_a_city_outside_to_a_program_building_is_the_way_there(index):
    text = "溫哥華飛浦東，落地後怎麼去浦東香格里拉比較方便？搭地鐵還是計程車"
    assert entry_given(index.answer(text, DEFAULT_NOW)) == "local-transport"
    suzhou = index.answer("the convention center in Suzhou, what is on?", DEFAULT_NOW)
    assert not suzhou.confident


@pytest.mark.parametrize("text", ["Karachi time now?", "Beijing time now?", "跟伦敦时差几个小时"])
def test_the_clock_elsewhere_is_no_session_now(index, text):
    assert not index.answer(text, DEFAULT_NOW).confident


def test_what_is_on_now_is_still_listed(index):
    assert index.answer("what time now", DEFAULT_NOW).kind == "list"


@pytest.mark.parametrize(
    "text", ["我聽講產融對接會改咗去南京，係咪真㗎？", "听说产融对接会在南京开"]
)
def test_a_rumour_heard_names_the_session_it_is_about(index, text):
    answer = index.answer(text, DEFAULT_NOW)
    assert answer.kind == "session"
    assert session_ids(answer) == ["industry-finance-matchmaking"]


def test_a_lecture_is_still_a_lecture():
    assert "听讲座" in normalize("周末去听讲座")


@pytest.mark.parametrize(
    "text",
    [
        "那个扶贫那个会开到几点啊，我下午还要赶高铁去杭州嘞",
        "我昨天刚从永州坐高铁到上海现在住在静安这边那个老板叫我去扶贫对接会看看到底在哪个酒店开啊",
    ],
)
def test_the_tellers_own_journey_is_no_part_of_the_question(index, text):
    answer = index.answer(text, DEFAULT_NOW)
    assert answer.kind == "session"
    assert session_ids(answer) == ["poverty-alleviation-matchmaking"]


def test_a_day_asked_after_the_arrival_is_still_read(index):
    assert index.answer("我昨天到的，昨天有什么会", DEFAULT_NOW).kind == "outside"


def test_the_tellers_own_office_is_no_organizer(index):
    answer = index.answer("我单位的住宿是否由组委会统一安排？", DEFAULT_NOW)
    assert entry_given(answer) == "hotel"
