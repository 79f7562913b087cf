"""Rules of stop 31 on the bundled program (examples of each rule, not the accuracy
figure):
- details and entries: what a job pays is no card's; who comes to a session (which
  employers, a company's people, a list of them) is the speakers entry; paying to get
  in, interpretation by its short and Taiwanese names, a tie, 停哪 and 贷点款 reach their
  entries; request and glue words (recommend, relate to) hide none;
- places and times: a branch venue (分会场) asked for in a city outside the program is
  outside, another city's own matter is none; the week asked of another year is
  outside; every venue asked for, whatever story stands around it, is the venues;
- reading: one session meant where several fit asks which; a day or city list in other
  words; a theme asked for its own sessions; the teller's own city and own plan after a
  session are no part of the question; "kick off" as a verb is when a session starts."""

from __future__ import annotations

import pytest

from bot.details import asks_pay
from tests.helpers_core import answered, answered_with_card, session_ids


@pytest.mark.parametrize(
    "text",
    [
        "what salary range do the employers at the job fair offer?",
        "what do the engineering jobs at the job fair pay?",
        "招聘会上的岗位工资一般多少",
        "招聘會的實習生待遇怎麼樣",
    ],
)
def test_what_a_job_pays_is_offered_with_the_job_fair_not_answered(index, text):
    answer = answered(index, text)
    assert answer.kind == "suggest" and answer.detail_unstated
    assert session_ids(answer) == ["talent-recruiting"]


def test_a_jobs_pay_is_no_entry_fee(index):
    assert answered(index, "how much do the jobs at the talent fair pay").kind == "none"
    fee = answered(index, "do I have to pay for the job fair?")
    assert fee.kind == "faq" and fee.faq is not None and fee.faq.id == "tickets"


@pytest.mark.parametrize(
    "text",
    [
        "I want a job with a better salary, which session should I go to?",
        "想找个工资高点的工作，去哪场",
    ],
)
def test_a_job_wanted_for_its_pay_is_still_the_job_fair(index, text):
    answer = answered(index, text)
    assert answer.kind == "session" and session_ids(answer) == ["talent-recruiting"]


def test_pay_is_asked_only_as_an_amount_or_a_level():
    assert asks_pay("what starting salaries are they offering")
    assert asks_pay("薪资咋样")
    assert not asks_pay("a job with a good salary, which session")
    assert not asks_pay("how much do i pay to get in")


@pytest.mark.parametrize(
    "text",
    [
        "长沙有没有分会场，我老家在长沙",
        "岳阳那边有冇分会场咯，想就近参加",
        "Is there a session in Changsha too? I live there",
    ],
)
def test_a_session_asked_for_in_a_city_outside_the_program_is_outside(index, text):
    assert answered(index, text).kind == "outside"


def test_a_city_outside_the_program_with_a_need_of_its_own_is_not_outside(index):
    assert answered(index, "长沙有没有好吃的米粉店推荐").kind == "none"


@pytest.mark.parametrize(
    "text",
    [
        "Which employers are recruiting at the talent fair?",
        "招聘会有哪些湖南的企业来",
        "產融合作對接會有冇參會企業名單？",
        "招聘会会有华为的人吗",
        "which Zhejiang companies will come to the parks promotion?",
    ],
)
def test_who_comes_to_a_session_is_the_speakers_entry(index, text):
    answer = answered(index, text)
    assert answer.kind == "faq" and answer.faq is not None and answer.faq.id == "speakers"


@pytest.mark.parametrize(
    "text",
    [
        "will there be a similar week in 2020?",
        "is the same event on again in 2019",
        "the 2019 one, when is it?",
        "下周还有场不",
    ],
)
def test_the_week_asked_of_another_year_or_week_is_outside(index, text):
    assert answered(index, text).kind == "outside"


def test_another_year_with_a_need_of_its_own_is_still_none(index):
    assert answered(index, "will it snow in Shanghai next week?").kind == "none"


@pytest.mark.parametrize(
    "text",
    [
        "could you send the addresses of all venues? planning my taxis",
        "Where are all the venues? I need to book hotels near them",
        "所有会场的地址发我一下，方便安排车",
        "会场都在哪 全部列出来 谢谢",
    ],
)
def test_every_venue_asked_with_a_story_around_it_is_the_venues(index, text):
    assert answered(index, text).kind == "venues"


def test_every_venue_of_a_city_is_that_citys_buildings(index):
    answer = answered(index, "where are all the venues in Nanjing?")
    assert answer.kind != "venues" and {v.id for v in answer.venues} <= {
        "intercontinental-nanjing",
        "nj-expo",
    }


@pytest.mark.parametrize(
    "text", ["do we pay money to get in?", "what's the gate fee for the job fair?"]
)
def test_paying_to_get_in_is_the_tickets_entry(index, text):
    answer = answered(index, text)
    assert answer.kind == "faq" and answer.faq is not None and answer.faq.id == "tickets"


def test_a_sights_gate_is_still_not_the_events_ticket(index):
    assert not answered(index, "Do I need a ticket to get into the Yu Garden?").confident


@pytest.mark.parametrize(
    "text", ["any eng interp at the hz main conf?", "會場有同步口譯嗎", "有没有同步翻译"]
)
def test_interpretation_by_its_short_and_taiwanese_names(index, text):
    answer = answered(index, text)
    assert answer.kind == "faq" and answer.faq is not None and answer.faq.id == "interpretation"


@pytest.mark.parametrize(
    ("text", "theme"),
    [
        ("一带一路这块有专门的会吗", "belt-and-road"),
        (
            "we run a Hunan hometown association in Hangzhou, which sessions suit us?",
            "chamber-of-commerce",
        ),
    ],
)
def test_a_theme_asked_for_its_own_sessions(index, text, theme):
    answer = answered(index, text)
    assert answer.kind == "theme" and answer.theme is not None and answer.theme.id == theme


@pytest.mark.parametrize(
    ("text", "session"),
    [
        ("我们郴州搞新材料的，去哪个会比较对口", "hz-industry-promotion"),
        ("我们娄底这边的土特产，能拿去哪个会推一推", "poverty-alleviation-matchmaking"),
    ],
)
def test_the_tellers_own_city_outside_the_program_owns_nothing(index, text, session):
    assert answered_with_card(index, text) == [session]


def test_a_place_outside_the_program_still_owns_its_tickets(index):
    assert not answered(index, "张家界门票多少钱").confident


@pytest.mark.parametrize(
    ("text", "sessions"),
    [
        ("南京那场会议几点开始", {"cultural-creative-parks", "nj-parks-promotion"}),
        ("昆山那場活動在哪裡", {"commercial-carriers", "industry-finance-matchmaking"}),
        (
            "when is the main conf? need it for my flights",
            {"sh-industrial-chain", "hz-industry-promotion", "nj-parks-promotion"},
        ),
    ],
)
def test_one_session_meant_where_several_fit_asks_which(index, text, sessions):
    answer = answered(index, text)
    assert answer.kind == "suggest" and set(session_ids(answer)) == sessions


def test_the_sessions_of_a_city_asked_as_such_are_still_a_list(index):
    assert answered(index, "南京有哪些会议").kind == "list"


@pytest.mark.parametrize(
    ("text", "sessions"),
    [
        ("show me what runs on thursday", ["nj-parks-promotion", "commercial-carriers"]),
        (
            "abeg wetin dey happen for kunshan",
            ["commercial-carriers", "industry-finance-matchmaking"],
        ),
        ("冒昧问一句，25号上午有哪几场？", ["hz-industry-promotion", "tourism-promotion"]),
        (
            "三场主会场分别在哪一天",
            ["sh-industrial-chain", "hz-industry-promotion", "nj-parks-promotion"],
        ),
    ],
)
def test_a_day_or_city_list_in_other_words(index, text, sessions):
    answer = answered(index, text)
    assert answer.kind == "list" and session_ids(answer) == sessions


@pytest.mark.parametrize(
    ("text", "session"),
    [
        ("how long does the opening conference go for, got a flight at 3", "sh-industrial-chain"),
        ("杭州主会场几点结束，想约客户吃饭", "hz-industry-promotion"),
        ("南京国家级园区推介会几点结束，我要赶高铁", "nj-parks-promotion"),
    ],
)
def test_the_tellers_own_plan_after_a_session_is_no_part_of_the_question(index, text, session):
    assert answered_with_card(index, text) == [session]


def test_several_sessions_asked_which_beside_the_tellers_train_still_ask_which(index):
    answer = answered(index, "杭州的会几点结束，要赶高铁")
    assert answer.kind == "suggest"
    assert session_ids(answer) == ["hz-industry-promotion", "cross-border-ecommerce"]


def test_a_need_asked_in_the_question_itself_is_still_the_entry(index):
    text = "Is there parking at the Nanjing parks conference? I will drive a rental car."
    answer = answered(index, text)
    assert answer.kind == "faq" and answer.faq is not None and answer.faq.id == "parking"


def test_relate_to_is_glue_not_a_topic(index):
    answer = answered(index, "Which sessions relate to the Fortune 500 companies?")
    assert answer.kind == "theme" and answer.theme is not None and answer.theme.id == "fortune500"


@pytest.mark.parametrize(
    "text", ["is a tie required at the opening?", "do I need a tie for the job fair"]
)
def test_a_tie_asked_for_is_the_dress_code(index, text):
    answer = answered(index, text)
    assert answer.kind == "faq" and answer.faq is not None and answer.faq.id == "dress-code"


def test_a_hotel_asked_with_a_request_word_is_the_hotel_entry(index):
    answer = answered(index, "could you recommend a hotel close to the Nanjing venue?")
    assert answer.kind == "faq" and answer.faq is not None and answer.faq.id == "hotel"


def test_ting_na_asks_where_to_park(index):
    answer = answered(index, "我自己开车来的，停哪啊")
    assert answer.kind == "faq" and answer.faq is not None and answer.faq.id == "parking"


def test_another_citys_own_matter_is_none_not_outside(index):
    assert answered(index, "what's the Dalian seafood market price today?").kind == "none"
    assert answered(index, "any sessions in Dalian?").kind == "outside"
    assert answered(index, "what's on in Dalian today?").kind == "outside"


def test_a_loan_split_by_a_measure_word_is_a_loan(index):
    answer = answered(index, "想找银行贷点款，哪场合适")
    assert answer.kind == "session" and session_ids(answer) == ["industry-finance-matchmaking"]


def test_kick_off_as_a_verb_is_when_a_session_starts(index):
    answer = answered(index, "what time does the tourism promotion kick off?")
    assert answer.kind == "session" and session_ids(answer) == ["tourism-promotion"]
    noun = answered(index, "when is the big kick-off where they sign the deals?")
    assert session_ids(noun) == ["sh-industrial-chain"]


def test_every_venue_asked_where_it_is_set_is_the_venues(index):
    assert answered(index, "请问各个会场分别设在何处？").kind == "venues"
