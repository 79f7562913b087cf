"""False confidence: a need another name owns is not the event's (bot.owners).

Fresh questions, none of them in the labelled sets: the price of an attraction's
tickets, another platform's live stream, a tour of a named company must never be answered
confidently; the same need words asked about the event or one of its sessions must stay
confidently answered.
"""

from __future__ import annotations

import pytest

from bot.owners import PLACE_MARK, owned_en, owned_zh
from bot.search import SearchIndex
from tests.helpers_core import DEFAULT_NOW, bundled_program


@pytest.fixture(scope="module")
def index() -> SearchIndex:
    return SearchIndex(bundled_program())


@pytest.mark.parametrize(
    "text",
    [
        # someone else's tickets
        "how much is a ticket to Zhangjiajie national park",  # nor the industrial parks
        "how much r the Disneyland tix",
        "any discount on tickets for the Oriental Pearl Tower?",
        "欢乐谷门票多少钱",
        "故宫门票怎么买",
        "张家界的门票贵不贵",
        "東方明珠門票多少錢",
        # someone else's live stream
        "does Bilibili live stream the concerts?",
        "抖音直播怎么开通",
        "淘宝直播带货课程什么时候",
        # a company the program mentions is not a session asked for by name
        "our team wants a plant visit to Sany Heavy Industry, can you arrange it?",
        "we'd like a factory tour of BYD in Shenzhen",
    ],
)
def test_a_need_another_name_owns_is_never_answered_confidently(index, text):
    answer = index.answer(text, DEFAULT_NOW)
    assert not answer.confident, (answer.kind, answer.faq, answer.sessions)


@pytest.mark.parametrize(
    ("text", "faq"),
    [
        ("how much is the ticket for the job fair", "tickets"),
        ("参会要交费吗", "tickets"),
        ("招聘会门票多少钱", "tickets"),
        ("旅游推介会要门票吗", "tickets"),
        ("學生參加招聘會要收費嗎", "tickets"),
        ("tix for the opening r how much", "tickets"),
        ("is there a livestream of the opening", "livestream"),
        ("开幕式有直播吗", "livestream"),
        ("is the opening ceremony streamed online", "livestream"),
        ("Will the Zhangjiajie tourism session be recorded?", "livestream"),
        ("便宜酒店推荐一下", "hotel"),  # a describing word is no owner
        ("I'm flying in from Tokyo, do I need a visa?", "visa"),
        ("is there a parking fee at SICC", "parking"),
    ],
)
def test_the_same_need_asked_about_the_event_stays_answered(index, text, faq):
    answer = index.answer(text, DEFAULT_NOW)
    assert answer.kind == "faq" and answer.faq is not None and answer.faq.id == faq


@pytest.mark.parametrize(
    ("text", "session"),
    [
        ("张家界旅游推介在几号", "tourism-promotion"),  # the session knows Zhangjiajie
        ("When does Sany present at the industry promotion?", "hz-industry-promotion"),
        (
            "We would like to meet Zoomlion at the Hunan Major Industry Promotion "
            "Conference, when is it?",
            "hz-industry-promotion",
        ),
    ],
)
def test_a_session_that_knows_the_name_is_still_the_answer(index, text, session):
    answer = index.answer(text, DEFAULT_NOW)
    assert answer.kind == "session" and [s.id for s in answer.sessions] == [session]


def test_an_unknown_capitalised_name_owns_the_words_beside_it():
    owners = owned_en("how do I sell on Douyin live streams?", {"live", "stream", "sell"})
    assert owners.owners == {"douyin"}
    assert owners.owned == {"live", "stream"}


def test_a_name_after_for_or_to_owns_the_words_before_it():
    owners = owned_en("any discount on tickets for the Oriental Pearl Tower?", {"ticket"})
    assert "ticket" in owners.owned


def test_a_known_or_sentence_opening_capital_is_no_owner():
    assert owned_en("Tickets for the Job Fair?", {"ticket", "job", "fair"}).owned == set()


def test_words_of_one_capitalised_name_are_one_name():
    owners = owned_en("a tour to Sany Heavy Industry please", {"sany", "heavy", "industry"})
    assert owners.names == (frozenset({"sany", "heavy", "industry"}),)


def test_a_cut_place_owns_what_is_glued_after_it():
    owners = owned_zh(f"{PLACE_MARK}的门票", "张家界的门票", {"门票"})
    assert owners.owned == {"门票"}
    assert owners.owners == {"张家", "家界"}


def test_unknown_characters_glued_before_a_known_word_may_own_it():
    owners = owned_zh("士尼门票", "士尼门票", {"门票"})
    assert owners.maybe_owned == {"门票"} and owners.owned == set()
    assert owned_zh("参会门票", "参会门票", {"参会", "会门", "门票"}).maybe_owned == set()
