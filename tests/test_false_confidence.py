"""False confidence: a need another name owns is not the event's (bot.owners).

Fresh questions, none of them in the labelled sets: the price of an attraction's
tickets, another platform's live stream, a tour of a named company must never be answered
confidently; the same need words asked about the event or one of its sessions must stay
confidently answered.
"""

from __future__ import annotations

import pytest

from bot.own_affairs_words import UNSTATED
from bot.owners import PLACE_MARK, goes_outside, owned_zh
from bot.owners_en import owned_en
from bot.textnorm import normalize, stem
from tests.helpers_core import DEFAULT_NOW, bundled_program


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


@pytest.mark.parametrize(
    "text",
    [
        "any session in Zhangjiajie?",
        "在张家界有会吗",
        "anything in changsha",
        # the Yangtze River Delta's other cities: Changzhou is no typo of Hangzhou
        "any Hunan promotion events in Changzhou this week?",
        "any sessions in huzhou on thursday",
        "周四嘉兴有什么活动",
    ],
)
def test_a_session_asked_for_in_a_city_outside_the_program_is_outside(index, text):
    assert index.answer(text, DEFAULT_NOW).kind == "outside"


def test_a_short_word_met_only_as_another_derivation_is_no_evidence(index):
    answer = index.answer("do you speak Japanese", DEFAULT_NOW)
    assert "speak" not in answer.evidence
    assert index.answer("who is speaking at the job fair", DEFAULT_NOW).faq.id == "speakers"


def test_a_name_no_document_holds_as_a_whole_owns_its_words():
    owners = owned_en("West Lake boat tour price", {"west", "lake", "tour"}, lambda _: False)
    assert {"west", "lake", "tour"} <= owners.owned
    known = owned_en("Job Fair tickets?", {"job", "fair", "ticket"}, lambda _: True)
    assert known.owned == set()


def test_a_brand_is_a_name_in_lower_case_too():
    assert "store" in owned_en("apple store hangzhou", {"store"}).owned


def test_a_known_chinese_word_before_a_head_noun_only_describes_it():
    assert owned_zh("买电话卡", "买电话卡", {"电话"}).maybe_owned == {"电话"}
    assert owned_zh("电话多少", "电话多少", {"电话"}).maybe_owned == set()


def test_a_city_outside_the_program_as_destination_owns_the_need():
    assert goes_outside("can you book me a flight to beijing")
    assert goes_outside("帮我订一张去北京的机票")
    assert not goes_outside("i'm flying in from tokyo, do i need a visa?")


def test_a_known_english_head_after_an_unknown_word_is_a_kind_of_it_no_entry_knows():
    assert owned_en("bluetooth speaker", {stem("speaker")}).maybe_owned == {stem("speaker")}
    assert owned_en("is thr wifi @ the venue", {"wifi", "venu"}).maybe_owned == set()


def test_a_known_english_word_before_an_unknown_noun_only_describes_it():
    assert owned_en("where's the VIP lounge", {"vip"}).described == {"vip"}
    assert owned_en("hotel recommendations", {"hotel"}).described == set()
    zoomlion = stem("zoomlion")
    assert owned_en("Zoomlion crane rental in Nanjing", {zoomlion}).described == {zoomlion}
    # shorthand, time words and short forms are no head nouns
    assert owned_en("finance mtg tmrw", {stem("finance"), "meet"}).described == set()
    assert owned_en("ecommerce tmrw?", {stem("ecommerce")}).described == set()
    assert owned_en("the tourism promo", {stem("tourism")}).described == set()
    assert owned_en("VIP guests", {"vip", "guest"}).described == set()


def test_what_the_program_says_nothing_of_is_no_word_of_the_program():
    """UNSTATED names needs the program does not speak of; a word of a session's or an
    FAQ entry's names would silence the program's own answer ("courier" is the carriers'
    conference's, "copyright trading" the cultural parks')."""
    program = bundled_program()
    words = [
        word
        for doc in (*program.sessions, *program.faq)
        for word in (*doc.keywords, *doc.keywords_zh, *doc.aliases, *doc.aliases_zh)
    ]
    assert [word for word in words if UNSTATED.search(normalize(word))] == []


@pytest.mark.parametrize(
    "text",
    [
        # a word of a theme's title sentence, or of one of its longer names alone
        "is there a building near here?",
        "what is the strategy?",
        "is there a platform for that?",
        "which road is it on?",
        # a theme the program does not have
        "两岸合作这个主题有哪些场次",
    ],
)
def test_one_word_of_a_themes_title_or_phrase_is_no_theme(index, text):
    assert not index.answer(text, DEFAULT_NOW).confident


@pytest.mark.parametrize(
    ("text", "theme"),
    [
        ("belt and road sessions?", "belt-and-road"),
        ("which sessions improve the business environment?", "business-environment"),
        ("chamber of commerce activities?", "chamber-of-commerce"),
        ("一带一路有哪些活动", "belt-and-road"),
        ("anything for Fortune 500 firms?", "fortune500"),
    ],
)
def test_a_themes_names_still_name_it(index, text, theme):
    answer = index.answer(text, DEFAULT_NOW)
    assert answer.kind == "theme" and answer.theme is not None and answer.theme.id == theme


@pytest.mark.parametrize(
    ("text", "joined"),
    [
        ("any theme parks near the venue?", "themepark"),
        ("what time zone is Shanghai in", "timezone"),
        ("capital city of Hunan?", "capitalcity"),
        ("my bike chain broke", "bikechain"),
        ("a chain store near SICC", "chainstore"),
    ],
)
def test_a_compound_of_another_sense_is_one_word(text, joined):
    assert joined in normalize(text).split()


@pytest.mark.parametrize(
    "text",
    [
        "any theme park near the venue?",
        "is there a session on national parks",
        "what time zone is Shanghai in",
        "capital city of Hunan?",
        "Where is Kunshan city hall, for getting a document stamped?",
    ],
)
def test_a_program_word_in_a_compound_of_another_sense_is_no_evidence(index, text):
    assert not index.answer(text, DEFAULT_NOW).confident


@pytest.mark.parametrize(
    "text",
    [
        "Does the national parks conference in Nanjing finish before lunch?",
        "national parks promotion, where is it",
    ],
)
def test_the_national_parks_conference_is_still_the_parks_session(index, text):
    answer = index.answer(text, DEFAULT_NOW)
    assert answer.confident and [s.id for s in answer.sessions] == ["nj-parks-promotion"]


@pytest.mark.parametrize(
    "text",
    [
        "what's the zip code of the venue",
        "can I pay with visa",
        "wifi router recommendation",
        "company registration in hunan",
        "能刷visa卡吗",
        "直播间怎么开",
        "文化衫在哪领",
    ],
)
def test_a_program_word_in_another_sense_is_no_confident_answer(index, text):
    assert not index.answer(text, DEFAULT_NOW).confident


@pytest.mark.parametrize(
    ("text", "faq"),
    [
        ("do I need a visa", "visa"),
        ("is there wifi", "wifi"),
        ("where is registration", "registration-desk"),
        ("dress code?", "dress-code"),
        ("有网络直播吗", "livestream"),
    ],
)
def test_the_faq_words_in_their_own_sense_still_answer(index, text, faq):
    answer = index.answer(text, DEFAULT_NOW)
    assert answer.confident and answer.faq is not None and answer.faq.id == faq
