"""Questions wrapped in a story, an e-mail or a practical need: which part decides.

Fresh wordings, one per rule in bot.search's docstring; not the accuracy figure
(tests/test_accuracy.py).
"""

from __future__ import annotations

import pytest

from bot.question_tail import question_tail
from bot.search import Answer, SearchIndex
from tests.helpers_core import DEFAULT_NOW, at

EVERY_SESSION = [
    "sh-industrial-chain",
    "talent-recruiting",
    "poverty-alleviation-matchmaking",
    "hz-industry-promotion",
    "tourism-promotion",
    "cross-border-ecommerce",
    "cultural-creative-parks",
    "nj-parks-promotion",
    "commercial-carriers",
    "industry-finance-matchmaking",
]


def answered(index: SearchIndex, text: str, now=DEFAULT_NOW) -> tuple[str, list[str], str]:
    answer: Answer = index.answer(text, now)
    faq = answer.faq.id if answer.faq else ""
    return answer.kind, [s.id for s in answer.sessions], faq


@pytest.mark.parametrize(
    "text",
    [
        "please send me the entire programme, our travel department needs it",
        "麻烦把完整的议程发我一份",
        "成個議程表俾我睇吓",
    ],
)
def test_the_whole_program_asked_for_lists_every_session(index, text):
    assert answered(index, text) == ("list", EVERY_SESSION, "")


@pytest.mark.parametrize(
    ("text", "sessions"),
    [
        # story words that an FAQ entry or another day's session would take
        ("I'm staying near the Bund, what's on in Shanghai tomorrow", ["tourism-promotion"]),
        ("I got in this morning, what's happening in Hangzhou this week", None),
        ("What is on Friday? My director is only free that day.", None),
        ("next week I'm in Beijing, so what's on in Nanjing on Thursday?", None),
    ],
)
def test_a_list_asked_for_inside_a_story_is_that_list(index, text, sessions):
    expected = {
        "I got in this morning, what's happening in Hangzhou this week": [
            "hz-industry-promotion",
            "cross-border-ecommerce",
        ],
        "What is on Friday? My director is only free that day.": ["industry-finance-matchmaking"],
        "next week I'm in Beijing, so what's on in Nanjing on Thursday?": ["nj-parks-promotion"],
    }
    assert answered(index, text) == ("list", sessions or expected[text], "")


def test_the_question_sentence_is_the_tail_when_the_others_only_state_things():
    assert question_tail("Where is the job fair? My colleague has a car.") == (
        "Where is the job fair?"
    )
    assert question_tail("Where is the job fair? By car?") is None  # nothing only stated
    assert question_tail("Tourism promotion, when is it?") is None


def test_a_bare_question_at_the_end_of_a_story_asks_about_the_session_the_story_names(index):
    text = "我们旅行社打算组团去湖南旅游推介会看看，请问会议几点开始？"
    assert answered(index, text)[:2] == ("session", ["tourism-promotion"])


@pytest.mark.parametrize(
    ("text", "faq"),
    [
        ("poverty alleviation matchmaking entry fee?", "tickets"),
        ("跨境电商对接会有网络直播吗", "livestream"),
        ("who else is coming to the week?", "speakers"),
        ("这次都有哪些企业来参加", "speakers"),
    ],
)
def test_a_practical_need_beside_a_session_is_the_faq_entry(index, text, faq):
    assert answered(index, text) == ("faq", [], faq)


def test_asking_when_keeps_the_session_beside_a_practical_word(index):
    assert answered(index, "when does the job fair start, is there a fee?")[:2] == (
        "session",
        ["talent-recruiting"],
    )


def test_a_session_named_beyond_doubt_wins_over_an_empty_evening(index):
    now = at("2018-07-24T13:00:00")
    text = "我想问一下明天湖南旅游推介会几点开始，我是不是今晚就得过去"
    assert answered(index, text, now)[:2] == ("session", ["tourism-promotion"])


def test_a_worry_about_a_day_outside_the_event_is_not_answered_confidently(index):
    text = (
        "my colleague keeps saying the storm will get worse and I am worried my train home "
        "on Sunday will be delayed by hours"
    )
    assert not index.answer(text, DEFAULT_NOW).confident


def test_another_edition_asked_about_in_a_story_is_still_outside(index):
    text = "我去年参加过上一届，在长沙认识了很多朋友，想问问明年还办不办"
    assert answered(index, text)[0] == "outside"


def test_an_unsure_question_sentence_beats_a_story_that_finds_nothing(index):
    answer = index.answer(
        "Which expo centre is it? I have to tell our minibus company.", DEFAULT_NOW
    )
    assert answer.kind == "suggest"
    assert {v.id for v in answer.venues} == {"hz-expo", "nj-expo", "huaqiao-expo"}


@pytest.mark.parametrize(
    "text",
    [
        # the session in the story is not what its last question asks
        "My boss loved the cross-border e-commerce matchmaking in Hangzhou, we met two "
        "freight forwarders, and now he wants me to ask you this: which is the better "
        "family car, a Volkswagen Passat or a Honda Accord?",
        "我们做跨境电商的，这次杭州那个对接会聊了好几家物流商，收获不小，回酒店发现家里"
        "冰箱坏了，变频冰箱和定频冰箱哪个更省电？",
        # a turn to another matter, in traditional characters
        "這次來南京參加產業園區推介會，收穫很多，不過想請問一下，南京的鹽水鴨哪一家最正宗？",
        "The talent recruiting fair was busy and our booth did well. Off topic, but do you "
        "know how long to boil a duck egg?",
        # the FAQ entry the story needed is not the question's either
        "会务组说酒店要自己订，我订了一家民宿，住得挺舒服，想问问如果我自己开一家民宿，"
        "需要办哪些证？",
        # a question nothing here answers, two words of its own, after a list's story
        "Took the high-speed train from Shanghai this morning for the parks conference, "
        "very smooth, and it got me wondering on the way: does China's high-speed rail "
        "network actually make money, or is it all losing?",
    ],
)
def test_a_story_about_the_event_does_not_answer_an_unrelated_last_question(index, text):
    assert not index.answer(text, DEFAULT_NOW).confident


@pytest.mark.parametrize(
    ("text", "sessions", "faq"),
    [
        # a tag on the sentence, not a question of its own
        (
            "I believe the Kunshan one about logistics hubs and wholesale markets starts at "
            "9:30, could you confirm if possible?",
            ["commercial-carriers"],
            "",
        ),
        # a last question pointing back at the story
        (
            "I am coming to the tourism promotion with two colleagues from Changsha, where "
            "exactly is it?",
            ["tourism-promotion"],
            "",
        ),
        (
            "I need an official invitation letter for my visa application. To whom should I "
            "address my request?",
            [],
            "visa",
        ),
    ],
)
def test_a_last_clause_that_leans_on_the_story_keeps_the_story(index, text, sessions, faq):
    kind = "faq" if faq else "session"
    assert answered(index, text) == (kind, sessions, faq)


def test_the_last_clause_of_a_long_run_on_question_is_its_tail():
    text = (
        "花桥那个推介会我下午去听了，讲了好多物流园，我自己在昆山有套房子，怎么签租房合同比较稳妥？"
    )
    assert question_tail(text) == "怎么签租房合同比较稳妥？"
    tagged = "the cross-border e-commerce meeting in Hangzhou is on Thursday morning, I assume?"
    assert question_tail(tagged) is None


@pytest.mark.parametrize(
    ("text", "faq"),
    [
        # a question without its mark, then why: 吗 and a space end the question
        ("会场有wifi吗 手机流量快没了", "wifi"),
        # a short statement after the question ("I don't eat pork") is its reason
        ("有清真便当吗？我不吃猪肉", "meals"),
    ],
)
def test_a_short_reason_after_the_question_leaves_the_question(index, text, faq):
    answer = index.answer(text, DEFAULT_NOW)
    assert answer.kind == "faq" and answer.faq is not None and answer.faq.id == faq
