"""The delegate's own affairs and other bodies' business get no confident answer
(bot.own_affairs, bot.owners); the same words asked of the event still do.

Fresh wordings, none of them in the labelled sets.
"""

from __future__ import annotations

import pytest

from bot.search import SearchIndex
from tests.helpers_core import DEFAULT_NOW, bundled_program


@pytest.fixture(scope="module")
def index() -> SearchIndex:
    return SearchIndex(bundled_program())


@pytest.mark.parametrize(
    "text",
    [
        # another body whose name holds a known word
        "Is the German Chamber of Commerce taking part this week?",
        "Will the Japanese Chamber of Commerce send anyone?",
        # money, news and texts of one's own
        "哪家银行的贷款利息最低",
        "how is VAT charged on imported wine?",
        "国务院上个月出台了什么新规定",
        "帮我翻译一下这封英文邮件",
        # another platform's account, an app to install, a ticket to travel on
        "京东的商家账号怎么注册",
        "在大陆要装什么app才能叫车",  # the app, not the ride
        "where do I buy train tickets to Wuxi?",
        "动车票怎么改签",
        # which supplier to pick, where to buy things
        "做宣传册找哪家印刷厂好",
        "南京哪里有卖雨花石的",
        "any good afternoon tea near the Bund?",
        # a company's own hiring and sales
        "中联重科的秋招网申什么时候开始",
        "does the Sany crane division sell to Chilean mines?",
        # opening hours, in Cantonese
        "东方明珠几点闩门？",
    ],
)
def test_an_own_affair_is_never_answered_confidently(index, text):
    assert not index.answer(text, DEFAULT_NOW).confident


def test_another_event_named_after_a_city_is_not_the_events_dates(index):
    # "Canton" is a city outside the program, but here it names a fair
    assert index.answer("Canton Fair phase two dates", DEFAULT_NOW).kind == "none"
    assert index.answer("any session in Canton?", DEFAULT_NOW).kind == "outside"


@pytest.mark.parametrize(
    ("text", "kind", "found"),
    [
        ("which sessions are about the Hunan Chamber of Commerce?", "theme", "chamber-of-commerce"),
        ("how do I get from Shanghai to Nanjing between sessions?", "faq", "intercity-travel"),
        ("招聘会几点开始", "session", "talent-recruiting"),
        ("银行贷款对接会在哪里开", "session", "industry-finance-matchmaking"),
    ],
)
def test_the_same_words_asked_of_the_event_are_answered(index, text, kind, found):
    answer = index.answer(text, DEFAULT_NOW)
    ids = [s.id for s in answer.sessions] + [x.id for x in (answer.faq, answer.theme) if x]
    assert answer.kind == kind and found in ids
