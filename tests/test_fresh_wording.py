"""Wording of stop 29 on the bundled program (examples of each rule, not the accuracy
figure): a home city in the delegate's story, list and supply words, the agenda asked
as "what I signed up for", hedges that ask nothing, Cantonese 推介 as "recommend"."""

from __future__ import annotations

import pytest

from bot.search import Answer, SearchIndex
from tests.helpers_core import DEFAULT_NOW, bundled_program


@pytest.fixture(scope="module")
def index() -> SearchIndex:
    return SearchIndex(bundled_program())


def answered(index: SearchIndex, text: str) -> Answer:
    return index.answer(text, DEFAULT_NOW)


def ids(answer: Answer) -> list[str]:
    return [session.id for session in answer.sessions]


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
    assert answer.kind == "list" and ids(answer) == sessions


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
        assert ids(answered(index, text)) == ["sh-industrial-chain"]


@pytest.mark.parametrize(
    "text", ["Show me what I signed up for", "what i've registered for so far?"]
)
def test_what_i_signed_up_for_is_the_agenda(index, text):
    assert answered(index, text).kind == "agenda"


@pytest.mark.parametrize("text", ["南京有冇好嘅點心推介", "杭州有冇好嘅點心舖推介？"])
def test_cantonese_recommend_is_no_promotion_conference(index, text):
    assert answered(index, text).kind == "none"


def test_a_promotion_asked_for_in_cantonese_is_still_one(index):
    assert ids(answered(index, "有冇旅遊推介會")) == ["tourism-promotion"]


@pytest.mark.parametrize(
    ("text", "session"),
    [
        ("startups looking for VCs, which session?", "industry-finance-matchmaking"),
        ("I want to meet employers from Hunan, which session?", "talent-recruiting"),
    ],
)
def test_everyday_words_for_a_session(index, text, session):
    answer = answered(index, text)
    assert answer.confident and ids(answer) == [session]


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
    assert answer.kind == "suggest" and ids(answer) == [session]


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
    answer = answered(index, text)
    assert answer.kind == "session" and ids(answer) == [session]
