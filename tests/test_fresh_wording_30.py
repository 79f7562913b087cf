"""Rules of stop 30 on the bundled program (examples of each rule, not the accuracy
figure): other events, fairs, provinces and buildings elsewhere; places in town; details no
card gives (a total, which company does what, what a session covers); a theme's person or
a theme the program lacks; sessions named by a need only FAQ entries have; time words
(明早, 哪两天, 散场, "before lunch", "evenings", a clock time that is no homophone); short
forms and shorthand (杭博, e-comm, "which hall"); stories that hear of a session or ask
every venue."""

from __future__ import annotations

import pytest

from bot.textnorm import normalize
from tests.helpers_core import DEFAULT_NOW, answered, at, session_ids


@pytest.mark.parametrize(
    "text",
    [
        "Is SEMICON China happening the same week at one of the Shanghai venues?",
        "is WAIC happening in shanghai",
        "Is ChinaJoy being held in Shanghai during the week?",
    ],
)
def test_another_event_asked_to_be_on_is_not_the_citys_sessions(index, text):
    assert answered(index, text).kind == "none"


@pytest.mark.parametrize(
    ("text", "sessions"),
    [
        ("is the job fair happening on tuesday", ["talent-recruiting"]),
        ("is the signing ceremony being held at SICC", ["sh-industrial-chain"]),
    ],
)
def test_a_session_asked_to_be_on_is_still_its_card(index, text, sessions):
    answer = answered(index, text)
    assert answer.kind == "session" and session_ids(answer) == sessions


def test_anything_asked_to_be_on_is_still_the_list(index):
    answer = answered(index, "is there anything happening in nanjing")
    assert answer.kind == "list"
    assert session_ids(answer) == ["cultural-creative-parks", "nj-parks-promotion"]


@pytest.mark.parametrize(
    ("text", "now", "sessions"),
    [
        ("明早有什么会", "2018-07-24T20:00:00", ["hz-industry-promotion", "tourism-promotion"]),
        ("今早有什么会", "2018-07-24T07:00:00", ["sh-industrial-chain"]),
    ],
)
def test_mingzao_and_jinzao_are_a_morning(index, text, now, sessions):
    answer = answered(index, text, at(now))
    assert answer.kind == "list" and session_ids(answer) == sessions


def test_a_wish_inside_a_clause_about_others_is_no_question_start(index):
    text = "Is there a career fair for grads who want to go back to Hunan?"
    answer = answered(index, text)
    assert answer.confident and session_ids(answer) == ["talent-recruiting"]
    # the delegate's own wish still starts the question after the story
    own = "ok so I land tmr morning then check in hotel first after that wanna go the job fair one is it in the afternoon"
    assert session_ids(answered(index, own)) == ["talent-recruiting"]


@pytest.mark.parametrize(
    ("text", "theme"),
    [
        ("Which sessions fall under the free trade zone theme?", "free-trade-zone"),
        (
            "Which sessions are under the 'catching up with Beijing, Shanghai and Guangzhou' theme?",
            "business-environment",
        ),
        (
            "anything about catching up with Beijing, Shanghai and Guangzhou?",
            "business-environment",
        ),
    ],
)
def test_a_theme_asked_by_its_title_words(index, text, theme):
    answer = answered(index, text)
    assert answer.kind == "theme" and answer.theme is not None and answer.theme.id == theme
    # the title's cities name the theme, not a city its sessions are filtered by
    assert len(answer.sessions) == len(index.program.theme_sessions(theme))


@pytest.mark.parametrize(
    ("text", "sessions"),
    [
        ("Which session is the big contract signing ceremony?", ["sh-industrial-chain"]),
        (
            "what time does the big opening session with all the contract signings start?",
            ["sh-industrial-chain"],
        ),
    ],
)
def test_a_size_word_is_no_subject_the_program_lacks(index, text, sessions):
    answer = answered(index, text, DEFAULT_NOW)
    assert answer.confident and session_ids(answer) == sessions


def test_a_closing_quote_ends_a_phrase_but_an_apostrophe_does_not():
    assert "businessenvironment" in normalize("the 'beijing, shanghai and guangzhou' one")
    assert normalize("u'd") == "u'd"


@pytest.mark.parametrize(
    "text",
    [
        "我們公司做會展服務，想了解上海國際會議中心七樓上海廳的場租同可容納人數，麻煩提供一下",
        "is there a partner programme for spouses while we're in meetings?",
    ],
)
def test_a_need_the_program_never_speaks_of_is_none_whoever_asks(index, text):
    assert answered(index, text).kind == "none"


def test_a_business_with_such_a_need_asking_for_a_session_still_gets_one(index):
    text = (
        "We're a freight forwarder: half our business is warehousing for domestic retailers, "
        "half is cross-border parcel shipping for online sellers. Which session suits us?"
    )
    answer = answered(index, text)
    assert set(session_ids(answer)) == {"commercial-carriers", "cross-border-ecommerce"}


def test_what_a_session_is_asked_to_cover_in_unexplained_words_is_offered(index):
    answer = answered(index, "does the finance matchmaking cover crypto")
    assert answer.kind == "suggest" and answer.detail_unstated
    assert session_ids(answer) == ["industry-finance-matchmaking"]
    known = answered(index, "does the ecommerce session cover logistics")
    assert known.confident and session_ids(known) == ["cross-border-ecommerce"]


@pytest.mark.parametrize(
    "text",
    [
        "where is the bank",
        "哪里有银行",
        "超市在哪",
        "where's the closest wholesale market",
        "where is the travel agency",
        "timber market in kunshan where is",
    ],
)
def test_where_a_place_in_town_is_is_not_the_session_about_it(index, text):
    answer = answered(index, text)
    assert not answer.confident


@pytest.mark.parametrize(
    ("text", "sessions"),
    [
        ("where is the finance meeting", ["industry-finance-matchmaking"]),
        ("批发市场那个会在哪", ["commercial-carriers"]),
        ("where is the bank one", ["industry-finance-matchmaking"]),
        ("Where's the Zhangjiajie travel thing happening", ["tourism-promotion"]),
        ("where is the job fair", ["talent-recruiting"]),
    ],
)
def test_where_a_session_named_by_what_it_is_about_is_its_card(index, text, sessions):
    answer = answered(index, text)
    assert answer.confident and session_ids(answer) == sessions


def test_a_person_asked_of_a_themes_idea_is_not_its_sessions(index):
    assert answered(index, "商会会长是谁").kind == "suggest"
    asked = answered(index, "湘商会有哪些活动")
    assert asked.kind == "theme" and asked.theme is not None
    assert asked.theme.id == "chamber-of-commerce"


@pytest.mark.parametrize(
    ("text", "sessions"),
    [
        ("昆善那边的会是哪两天", ["commercial-carriers", "industry-finance-matchmaking"]),
        ("杭州的会是哪两天开", ["hz-industry-promotion", "cross-border-ecommerce"]),
        ("南京的会在哪几天", ["cultural-creative-parks", "nj-parks-promotion"]),
    ],
)
def test_which_days_asks_when_a_list_is(index, text, sessions):
    answer = answered(index, text)
    assert answer.kind == "list" and session_ids(answer) == sessions


def test_an_award_is_a_kind_of_event_the_program_is_not_called(index):
    assert not answered(index, "is there a creative industries award").confident


@pytest.mark.parametrize(
    ("text", "sessions"),
    [
        (
            "喂你好我是温州做鞋子的我们厂里想把鞋子卖到国外去听说杭州有个跨境电商的会那个在哪儿开啊",
            ["cross-border-ecommerce"],
        ),
        ("听说有个跨境电商的会，在哪开", ["cross-border-ecommerce"]),
    ],
)
def test_heard_of_a_session_is_no_rumour(index, text, sessions):
    answer = answered(index, text)
    assert answer.confident and session_ids(answer) == sessions


def test_a_rumour_is_still_no_session(index):
    assert answered(index, "听说湖南的房价涨了").kind == "none"


def test_every_venue_asked_before_a_reason_is_the_venues(index):
    answer = answered(index, "Where are all the venues? I want to look at the map first")
    assert answer.kind == "venues"
    # the venue of an event a story names that the program lacks is not every venue
    other = "Hello, we heard there is a maple products gala on 25 July in Shanghai. Could you confirm the venue? Regards, Marc"
    assert answered(index, other).kind != "venues"


def test_sanchang_is_when_it_ends_and_two_sessions_at_a_building_are_its_own(index):
    ends = answered(index, "昆山那个会几点散场啊")
    assert set(session_ids(ends)) == {"commercial-carriers", "industry-finance-matchmaking"}
    building = answered(index, "上海国际会议中心是不是有两个会")
    assert building.kind == "venue" and building.venue is not None and building.venue.id == "sicc"


@pytest.mark.parametrize("text", ["TV program tonight", "今晚电视节目"])
def test_tv_programmes_are_no_film_and_tv_session(index, text):
    assert answered(index, text).kind == "none"


@pytest.mark.parametrize(
    "text",
    [
        "any events in guangdong",
        "广东有没有分会场",
        "安徽有活动吗",
        "is the week also held in Zhejiang",
    ],
)
def test_a_province_asked_as_where_the_event_is_is_outside(index, text):
    assert answered(index, text).kind == "outside"


def test_a_province_a_delegate_comes_from_is_still_context(index):
    for text in (
        "我们是广东的企业，哪个会合适",
        "我们公司在广东，哪个会适合我们",
        "We are a company in Zhejiang, which session suits us?",
    ):
        assert answered(index, text).kind != "outside", text
    assert answered(index, "What number do I call for an ambulance in China?").kind == "none"


@pytest.mark.parametrize(
    "text",
    ["when is the Hunan-Yangtze River Delta week", "hunan-yrd week", "湖南—长三角洽谈周什么时候"],
)
def test_the_weeks_own_hyphenated_names_are_the_whole_program(index, text):
    answer = answered(index, text)
    assert answer.kind == "list" and len(answer.sessions) == 10


@pytest.mark.parametrize(
    "text",
    [
        "convention center in suzhou",
        "the international convention center in beijing",
        "从义乌坐高铁到杭州国博要多久",
    ],
)
def test_a_building_name_in_a_city_outside_the_program_is_another_building(index, text):
    assert not answered(index, text).confident


def test_a_trip_from_a_city_outside_to_a_building_named_in_full_is_still_answered(index):
    answer = answered(index, "I'm flying from Beijing to the SICC, how far from the airport?")
    assert answer.confident


@pytest.mark.parametrize(
    "text",
    [
        "is there a parking session",
        "parking conference",
        "is there a visa seminar",
        "有没有签证论坛",
    ],
)
def test_a_session_named_by_a_need_only_faq_entries_speak_of_is_not_in_the_program(index, text):
    assert answered(index, text).kind == "none"


@pytest.mark.parametrize(
    ("text", "faq"),
    [
        ("How do I get from Shanghai to Hangzhou between sessions?", "intercity-travel"),
        ("Is there English interpretation at the sessions?", "interpretation"),
    ],
)
def test_a_need_beside_the_sessions_is_still_its_entry(index, text, faq):
    answer = answered(index, text)
    assert answer.confident and answer.faq is not None and answer.faq.id == faq


@pytest.mark.parametrize(
    "text",
    [
        "Made in China 2025 - is that one of the themes?",
        "中国制造2025是不是五大主题之一",
        "is industry 4.0 one of the themes",
    ],
)
def test_what_no_theme_is_called_asked_to_be_one_is_none(index, text):
    assert answered(index, text).kind == "none"


def test_a_theme_asked_to_be_one_by_its_name_is_that_theme(index):
    answer = answered(index, "is the belt and road one of the themes")
    assert (
        answer.kind == "theme" and answer.theme is not None and answer.theme.id == "belt-and-road"
    )
    assert answered(index, "what are the themes").kind == "themes"


@pytest.mark.parametrize(
    "text",
    [
        "The Alimentaria fair of Barcelona is also this week? I am confused",
        "nanjign expo center got a jewelry fair on thurs?",
        "Is there a textile sourcing fair during the week?",
    ],
)
def test_a_fair_that_is_no_job_fair_is_another_event(index, text):
    # "not in the program" is right too for another city's fair (since stop 42)
    answer = answered(index, text)
    assert not answer.confident or (answer.kind == "outside" and not answer.sessions)


@pytest.mark.parametrize(
    "text", ["when is the job fair", "where is the career fair", "hr fair in sh wen does it finish"]
)
def test_the_job_fair_by_its_names_is_still_its_card(index, text):
    answer = answered(index, text)
    assert answer.confident and session_ids(answer) == ["talent-recruiting"]


@pytest.mark.parametrize(
    ("text", "kind", "ident"),
    [
        ("杭博那邊總共有幾場？", "venue", "hz-expo"),
        (
            "wen does the hangzhou e-comm mtg start? may fly in from hk that morning",
            "session",
            "cross-border-ecommerce",
        ),
        ("pls do i need 2 show my badge at evry session or just the 1st one", "faq", "badges"),
        (
            "Nanjing International Expo Center — which event and which hall?",
            "session",
            "nj-parks-promotion",
        ),
        (
            "Which hall is it in the Pudong Shangri-La?",
            "session",
            "poverty-alleviation-matchmaking",
        ),
    ],
)
def test_short_forms_and_which_hall(index, text, kind, ident):
    answer = answered(index, text)
    found = {
        "venue": answer.venue.id if answer.venue else None,
        "faq": answer.faq.id if answer.faq else None,
        "session": session_ids(answer)[0] if answer.sessions else None,
    }[kind]
    assert answer.kind == kind and found == ident


def test_another_edition_asked_with_function_words_is_outside(index):
    assert answered(index, "明年2019还会在崑山辦嗎").kind == "outside"


@pytest.mark.parametrize(
    ("text", "session"),
    [
        (
            "杭州主会场是不是25号上午九点半开始，别搞错了",
            "hz-industry-promotion",
        ),  # 九点 is no 酒店
        ("Does the tourism promotion end before lunch?", "tourism-promotion"),
        ("旅游推介会午饭前能结束吗", "tourism-promotion"),
    ],
)
def test_a_time_of_day_in_a_when_question_is_no_topic(index, text, session):
    answer = answered(index, text)
    assert answer.confident and session_ids(answer) == [session]


def test_lunch_and_dinner_asked_for_themselves_are_still_the_meals(index):
    for text in (
        "is lunch served before noon",
        "Is dinner provided or are we on our own in the evenings?",
    ):
        answer = answered(index, text)
        assert answer.kind == "faq" and answer.faq is not None and answer.faq.id == "meals"


@pytest.mark.parametrize(
    "text",
    [
        "wot's the total deal size of the major projects signed tdy?",
        "What is the total value of the major projects that will be signed on 24 July?",
    ],
)
def test_a_total_no_card_shows_is_a_detail_the_program_does_not_give(index, text):
    answer = answered(index, text)
    assert answer.kind == "suggest" and answer.detail_unstated


def test_a_building_named_with_its_hall_is_the_session_there(index):
    for text in (
        "Shanghai Exhibition Center West Hall 1 — what time does it open?",
        "Shanghai Exhibition Center West Hall 1, what time does the session start?",
    ):
        answer = answered(index, text)
        assert answer.confident and session_ids(answer) == ["talent-recruiting"]
    assert answered(index, "the National Exhibition and Convention Center").kind == "none"


@pytest.mark.parametrize(
    "text",
    [
        "请问昆山市政务服务中心周末是否对外办公？",
        "请问下一届中国国际投资贸易洽谈会在哪里举办，何时开始报名？",
    ],
)
def test_an_office_open_on_another_day_or_another_fair_is_not_outside(index, text):
    assert answered(index, text).kind == "none"


@pytest.mark.parametrize(
    "text",
    [
        "Which bank at the Industrial and Financial Cooperation Matchmaking Meeting can confirm letters of credit from Sonali Bank?",
        "跨境電商那場，活魚冷鏈要走哪家物流比較好？運費怎麼算",
    ],
)
def test_which_participant_does_something_is_a_detail_the_program_does_not_give(index, text):
    answer = answered(index, text)
    assert answer.kind == "suggest" and answer.detail_unstated


@pytest.mark.parametrize(
    ("text", "session"),
    [
        ("產融合作對接會有哪些銀行會參加", "industry-finance-matchmaking"),
        ("乡村振兴那个对接会是在上海哪家酒店", "poverty-alleviation-matchmaking"),
    ],
)
def test_which_banks_come_or_which_hotel_is_still_the_card(index, text, session):
    answer = answered(index, text)
    assert answer.confident and session_ids(answer) == [session]


@pytest.mark.parametrize(
    "text",
    [
        "Which hotel is the venue?",
        "My colleague says one session is in a hotel ballroom – which hotel?",
        "哪个酒店是会场",
    ],
)
def test_which_hotel_is_the_venue_asks_which_hotel_building(index, text):
    answer = answered(index, text)
    assert answer.kind == "suggest"
    assert {v.id for v in answer.venues} == {"pudong-shangri-la", "intercontinental-nanjing"}


def test_which_hotel_to_stay_in_is_still_the_hotel_entry(index):
    answer = answered(index, "which hotel should I stay in")
    assert answer.kind == "faq" and answer.faq is not None and answer.faq.id == "hotel"
