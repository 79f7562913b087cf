"""One test per class of wording the answer-quality issues name, on the bundled program.

These are examples of each rule, not the accuracy figure (tests/test_accuracy.py).
"""

from __future__ import annotations

import pytest

from bot.assistant import Assistant
from bot.clock import Clock
from bot.listing import MAX_SUGGESTIONS
from bot.render import render_answer
from bot.search import Answer, SearchIndex
from tests.helpers_core import DEFAULT_NOW, at, bundled_program

FIRST_DAY_NOON = at("2018-07-24T12:00:00")


def ids(items) -> list[str]:
    return [item.id for item in items]


def answered(index: SearchIndex, text: str, now=DEFAULT_NOW) -> Answer:
    return index.answer(text, now)


@pytest.mark.parametrize(
    ("text", "session"),
    [
        ("旅遊推介會在哪裡", "tourism-promotion"),  # traditional
        ("人才招聘會幾點開始", "talent-recruiting"),
        ("招聘会在哪儿啊", "talent-recruiting"),  # colloquial
        ("跨境电商那个会咋去嘛", "cross-border-ecommerce"),
        ("旅由推介会在哪里", "tourism-promotion"),  # homophone typos
        ("扶平对接会几点", "poverty-alleviation-matchmaking"),
        ("喺邊度搞旅遊推介會", "tourism-promotion"),  # Cantonese
        ("wen is the job fair pls", "talent-recruiting"),  # shorthand
        ("whr r u doin the tourism thing", "tourism-promotion"),
        ("whr is the ecom mtg", "cross-border-ecommerce"),
        # a hyphenated subject is its parts, not an unknown "bankandfund"
        ("when does the bank-and-fund matchmaking end?", "industry-finance-matchmaking"),
    ],
)
def test_variant_wording_finds_the_session(index, text, session):
    answer = answered(index, text)
    assert (answer.kind, ids(answer.sessions)) == ("session", [session])


@pytest.mark.parametrize(
    ("text", "session"),
    [
        ("career fair", "talent-recruiting"),
        ("我想求职", "talent-recruiting"),
        ("where do they sign the MoUs", "sh-industrial-chain"),
        ("sightseeing", "tourism-promotion"),
        ("旅行社", "tourism-promotion"),
        ("rural revitalization", "poverty-alleviation-matchmaking"),
        ("乡村振兴", "poverty-alleviation-matchmaking"),
        ("bank loans", "industry-finance-matchmaking"),
        ("融资", "industry-finance-matchmaking"),
        ("film and TV", "cultural-creative-parks"),
        ("影视", "cultural-creative-parks"),
    ],
)
def test_paraphrases_from_the_program_file(index, text, session):
    answer = answered(index, text)
    assert (answer.kind, ids(answer.sessions)) == ("session", [session])


@pytest.mark.parametrize(
    ("text", "theme"),
    [
        ("Fortune 500", "fortune500"),
        ("世界500强", "fortune500"),
        ("Belt and Road sessions", "belt-and-road"),
        ("一带一路", "belt-and-road"),
        ("free trade zone", "free-trade-zone"),
        ("营商环境", "business-environment"),
        ("湘商", "chamber-of-commerce"),
        # "business" is a stop word, yet the theme's name is one token; "theme" is no topic
        ("the business environment sessions", "business-environment"),
        ("any biz climate stuff?", "business-environment"),
        ("FTZ theme?", "free-trade-zone"),
        ("走出去这个主题包括哪几场", "belt-and-road"),  # 主题 and 包括 name no topic
        ("which sessions are about working with Fortune 500 firms?", "fortune500"),
        ("the belt and road theme pls", "belt-and-road"),
        ("what is the fortune 500 theme about", "fortune500"),
        ("自贸区相关的环节有吗", "free-trade-zone"),  # 环节: a part of the program
    ],
)
def test_a_theme_lists_its_sessions(index, text, theme):
    answer = answered(index, text)
    assert answer.kind == "theme" and answer.theme is not None and answer.theme.id == theme
    assert ids(answer.sessions) == ids(bundled_program().theme_sessions(theme))


@pytest.mark.parametrize(
    ("text", "theme"),
    [
        ("free trade zone bonded warehouse rent per sqm", "free-trade-zone"),
        ("湘商会会费一年多少", "chamber-of-commerce"),
        ("belt and road: how much did china lend?", "belt-and-road"),
        # its members, figures and rankings, though every word is the theme's own
        ("Which Fortune 500 companies have their HQ in Hangzhou?", "fortune500"),
        ("Did any Changsha firm make the Fortune 500 list?", "fortune500"),
        ("世界500强里湖南有几家", "fortune500"),
    ],
)
def test_a_question_about_a_themes_idea_is_offered_its_sessions(index, text, theme):
    """Not asking for sessions, with words the theme does not explain (a fee, a rent, a
    loan) or asking for its members or figures: the theme's sessions are offered, not
    given as the answer."""
    answer = answered(index, text)
    assert answer.kind == "suggest" and not answer.confident
    assert ids(answer.sessions) == ids(bundled_program().theme_sessions(theme))[:MAX_SUGGESTIONS]


@pytest.mark.parametrize(
    "text",
    [
        "what are the five opening-up activities?",
        "五大开放活动是什么",
        "开放主题有哪些",
        "一共有几大主题",
        "开放主题是哪几个",
    ],
)
def test_the_five_themes(index, text):
    assert answered(index, text).kind == "themes"


@pytest.mark.parametrize(
    ("text", "venue"),
    [
        ("what's at the SICC", "sicc"),
        ("上海国际会议中心有什么活动", "sicc"),
        ("Hangzhou International Expo Center", "hz-expo"),
        ("花桥国际博览中心", "huaqiao-expo"),
        ("is the SICC on Binjiang Avenue?", "sicc"),  # a street says where it is
    ],
)
def test_a_building_with_several_sessions_is_a_venue_answer(index, text, venue):
    answer = answered(index, text)
    assert answer.kind == "venue" and answer.venue is not None and answer.venue.id == venue
    assert answer.sessions and all(s.building == answer.venue.name for s in answer.sessions)


@pytest.mark.parametrize(
    ("text", "session"),
    [
        ("where is the Shangri-La", "poverty-alleviation-matchmaking"),
        ("南京国际博览中心几点开始", "nj-parks-promotion"),
        ("the Shanghai Hall on the 7th floor", "sh-industrial-chain"),
        ("二楼B多功能厅", "cross-border-ecommerce"),
        ("第三会议室在哪", "industry-finance-matchmaking"),
        # a street says where the building is; its card gives the address
        ("上海展览中心是在延安中路吗", "talent-recruiting"),
        ("浦东香格里拉在富城路几号", "poverty-alleviation-matchmaking"),
        ("is the Shanghai Exhibition Center on Yan'an Road Middle?", "talent-recruiting"),
        ("InterContinental Nanjing, Zhongshan North Rd right?", "cultural-creative-parks"),
    ],
)
def test_a_building_or_hall_with_one_session_is_that_session(index, text, session):
    answer = answered(index, text)
    assert (answer.kind, ids(answer.sessions)) == ("session", [session])


@pytest.mark.parametrize("text", ["the expo center", "博览中心在哪"])
def test_a_name_that_fits_several_buildings_asks_which(index, text):
    answer = answered(index, text)
    assert answer.kind == "suggest"
    assert set(ids(answer.venues)) == {"hz-expo", "nj-expo", "huaqiao-expo"}
    reply = render_answer(answer, bundled_program(), DEFAULT_NOW)
    assert len(reply.buttons) == 3
    assert {row[0].data for row in reply.buttons} == {"v:hz-expo", "v:nj-expo", "v:huaqiao-expo"}


@pytest.mark.parametrize(
    ("text", "faq"),
    [
        ("is there parking at the venue", "parking"),  # not the parks promotion
        ("停车场", "parking"),
        ("hotel recommendations?", "hotel"),
        ("taxi from the airport", "local-transport"),
        ("地铁怎么坐", "local-transport"),
        ("do I need an invitation letter for my visa", "visa"),
        ("is there interpretation", "interpretation"),
        ("where is lunch", "meals"),
        ("who are the speakers", "speakers"),
        ("who else is coming", "speakers"),
        ("how much is a ticket", "tickets"),
        ("is there a livestream", "livestream"),
        # "included", "for delegates" say nothing of what is asked; a time word owns nothing
        ("is dinner included for delegates?", "meals"),
        ("parking covered for delegates?", "parking"),
        ("中午管饭不", "meals"),
        # a particle that is half of the program's word: 请 of 邀请函, 在 of 在线
        ("邀请函怎么申请", "visa"),
        ("能在线看吗", "livestream"),
        ("使唔使買飛㗎", "tickets"),  # 飛 is a Cantonese ticket
        ("slides avail?", "livestream"),
        ("which kind of visa do foreign guests need?", "visa"),  # "kind" asks nothing
        ("I'm a Kazakh citizen, do I need a visa?", "visa"),  # a nationality is context
        ("打的去会场方便吗", "local-transport"),  # 打的: take a taxi
        ("can we sort out lunch ourselves", "meals"),
        ("is there english interpretation at the themed sessions", "interpretation"),
        ("what to wear to the welcome banquet", "dress-code"),  # the week's own banquet
        ("when does the registration desk open", "registration-desk"),  # its hours given
        ("how do I apply for the invitation letter", "visa"),  # an action it speaks of
        ("best way to get from shanghai to kunshan?", "intercity-travel"),  # not "the best"
        ("who can help me at the venue?", "contacts"),
        ("eng translation at the main sessions?", "interpretation"),  # "eng" is English
        ("揸車去有冇位泊呀", "parking"),  # Cantonese: drive, a space to park
        ("入去要唔要畀錢", "tickets"),  # 畀 is give
        ("有冇接駁巴士去會場", "intercity-travel"),  # the shuttles to the venues
        ("any halal food at the buffet", "meals"),  # a diet the entry names
        ("我吃素，中午的自助餐有素菜吗", "meals"),
    ],
)
def test_practical_questions_get_their_faq_entry(index, text, faq):
    answer = answered(index, text)
    assert answer.kind == "faq" and answer.faq is not None and answer.faq.id == faq


@pytest.mark.parametrize(
    "text",
    [
        "networking drinks",  # not the Wi-Fi network
        "parking ticket fine appeal",
        "chain restaurants nearby",
        "bitcoin price",
        "the blockchain summit",
        "推荐一家火锅店",
        # another kind of event: its dress code is not the week's
        "what should I wear to a charity gala",
        "颁奖晚会的着装要求",
        # something on a street beside a building is not the building
        "南京洲际旁边的中山路有什么好吃的",
        # an action the entry never speaks of: takeaway, expediting, handing a badge on
        "盒饭能外带吗",
        "can the visa letter be expedited",
        "能把代表证转让给同事吗",
        "来华签证可以加急吗",  # 加急 is an action, no homophone typo of 家级 (国家级)
        # a diet the meals entry does not name (it names halal and vegetarian food)
        "is the lunch buffet gluten free",
        "午饭有无糖的点心吗",
        "欢迎晚宴的菜辣不辣",
        # a building the program does not have: its name's words are no evidence
        "深圳会展中心有什么会",
        "广州会展中心今天有什么活动",
        # a service's hours, which the transport entry does not give
        "what time is the last metro in nanjing",
        "上海地铁运营时间是几点到几点",
        # a city outside the program as a session's subject, not where it is
        "any session on Shenzhen?",
        "有没有关于大湾区的会",
    ],
)
def test_lookalikes_and_absent_topics_are_never_confident(index, text):
    assert not answered(index, text).confident


@pytest.mark.parametrize(
    "text",
    [
        "the 2019 promotion week",
        "anything next week?",
        "下周还有活动吗",
        "明年还办吗",
        "what's on in Beijing",
    ],
)
def test_other_editions_dates_and_cities_are_outside_the_program(index, text):
    answer = answered(index, text)
    assert answer.kind == "outside"
    reply = render_answer(answer, bundled_program(), DEFAULT_NOW)
    assert ("24 Jul" in reply.text and "27 Jul" in reply.text) or "7月24日" in reply.text


@pytest.mark.parametrize(
    "text",
    [
        "my schedule",
        "my sessions",
        "我的日程",
        "what did I sign up for",
        "can I see the sessions I've booked?",
        "我报名参加了哪几场",
        # in more words
        "show my personal agenda",
        "which ones did i register for",
        "the ones i booked",
        "我之前报名的活动",
        "我book咗邊幾場",  # Cantonese, book typed in English
        "我预约了哪些场次",
    ],
)
def test_own_agenda(index, text):
    assert answered(index, text).kind == "agenda"


def test_a_one_option_suggestion_is_the_answer(index):
    answer = answered(index, "tourism")
    assert answer.kind == "session"


def test_how_long_states_start_end_and_duration(index):
    answer = answered(index, "how long is the tourism promotion")
    assert answer.kind == "session" and answer.intent == "when"
    reply = render_answer(answer, bundled_program(), DEFAULT_NOW)
    assert "09:30–11:30" in reply.text and "(2 h)" in reply.text
    zh = render_answer(answered(index, "旅游推介会开几个小时"), bundled_program(), DEFAULT_NOW)
    assert "2小时" in zh.text


def test_tonight_says_nothing_is_scheduled_and_what_is_next(index):
    answer = answered(index, "what's on tonight?", FIRST_DAY_NOON)
    assert answer.kind == "list" and answer.sessions == () and answer.time.part == "evening"
    assert ids(answer.upcoming) == ["talent-recruiting"]
    reply = render_answer(answer, bundled_program(), FIRST_DAY_NOON)
    assert "No sessions" in reply.text and "Coming next" in reply.text


def test_a_pasted_email_is_answered_by_the_question_inside(index):
    text = (
        "Dear organizer,\n\nI hope this finds you well. I would like to know the venue of the "
        "talent recruiting meeting.\n\nBest regards,\nLi Wei\nHunan Tourism Group"
    )
    answer = answered(index, text)
    assert (answer.kind, answer.intent, ids(answer.sessions)) == (
        "session",
        "where",
        ["talent-recruiting"],
    )


def test_context_about_the_speaker_does_not_take_over(index):
    text = "你好我是从长沙过来的现在在高铁上明天要去参加那个旅游推介会几点开始"
    answer = answered(index, text)
    assert (answer.kind, ids(answer.sessions)) == ("session", ["tourism-promotion"])


def test_a_business_self_description_gets_the_session_and_why(index):
    answer = answered(index, "we are a bank from Singapore, which meeting suits us")
    assert (answer.kind, ids(answer.sessions)) == ("session", ["industry-finance-matchmaking"])
    reply = render_answer(answer, bundled_program(), DEFAULT_NOW)
    assert reply.text.startswith("Why this session:") and "bank" in reply.text.splitlines()[0]


def test_ask_json_reports_the_kind_and_the_sessions_behind_now_and_next():
    import json

    from bot.exports import answer_json

    assistant = Assistant(bundled_program(), Clock(at("2018-07-24T12:30:00"), frozen=True))
    for text, kind in (
        ("what's on now", "list"),
        ("Fortune 500", "theme"),
        ("my schedule", "agenda"),
    ):
        answer, reply = assistant.ask(text)
        record = json.loads(answer_json(text, answer, reply))
        assert record["kind"] == kind
    answer, reply = assistant.ask("what's on now")
    assert json.loads(answer_json("now", answer, reply))["sessions"] == ["talent-recruiting"]


def test_a_homophone_counts_less_than_the_word_typed(index):
    typed = index.reader.read("南京", DEFAULT_NOW, None)
    by_sound = index.reader.read("南经", DEFAULT_NOW, None)
    assert typed.by_sound == frozenset() and by_sound.city == typed.city
    typed = index.reader.read("旅游推介", DEFAULT_NOW, None)
    by_sound = index.reader.read("旅由推介", DEFAULT_NOW, None)
    assert by_sound.grams == typed.grams and by_sound.by_sound == {"旅游"}
    exact = index._terms.coverage(typed)
    rescued = index._terms.coverage(by_sound)
    assert max(rescued.values()) < max(exact.values())


@pytest.mark.parametrize(
    ("text", "session"),
    [
        (  # English voice input: the time the speaker mentions about themselves loses
            "hi so I land in shanghai this evening and tomorrow morning my boss wants me "
            "at the tourism promotion can you tell me where that is",
            "tourism-promotion",
        ),
        (
            "尊敬的组委会：\n您好！\n请问人才招聘会的具体地点在哪里？\n谢谢！\n某某科技 王经理",
            "talent-recruiting",
        ),
        ("does the signing ceremony end before lunch", "sh-industrial-chain"),
        ("我们是一家做跨境电商的公司，主要卖到东南亚，适合参加哪场", "cross-border-ecommerce"),
        (
            "our French design studio does animation, which session fits us?",
            "cultural-creative-parks",
        ),
        ("徵才活動在哪裡", "talent-recruiting"),  # Taiwan's word for a job fair
        ("找融资的对接会在哪", "industry-finance-matchmaking"),  # 找 is no subject
        ("產融對接會係咪最後一日？", "industry-finance-matchmaking"),  # not the 1st of July
    ],
)
def test_more_ways_delegates_ask(index, text, session):
    answer = answered(index, text)
    assert (answer.kind, ids(answer.sessions)) == ("session", [session])


@pytest.mark.parametrize("faq", ["speakers", "tickets", "livestream"])
def test_data_the_program_lacks_says_so_and_who_to_ask(faq):
    entry = next(f for f in bundled_program().faq if f.id == faq)
    for text in (entry.answer, entry.answer_zh):
        assert "illustrative" in text.lower() or "示意" in text or "组委会" in text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # the question after "can you tell me" decides, not the places told before it
            "my team is spread out all over the place this week two are in nanjing one is in "
            "kunshan and im still in shanghai so can you tell me whats on thursday afternoon",
            ["commercial-carriers"],
        ),
        (  # and a reason after it ("because…") does not take over either
            "i was at the hangzhou conf this morning and it was great and now im wondering what "
            "happens in nanjing tomorrow morning because im driving over tonight",
            ["nj-parks-promotion"],
        ),
        (
            "我们老板让我今天下午先去展览中心看看招聘会然后明天一早赶去南京你帮我查一下明天南京有什么会",
            ["nj-parks-promotion"],
        ),
    ],
)
def test_a_long_story_is_answered_by_the_question_at_its_end(index, text, expected):
    answer = answered(index, text, at("2018-07-25T08:00:00"))
    assert answer.kind == "list"
    assert ids(answer.sessions) == expected


def test_a_session_named_beyond_doubt_beats_a_wrong_city(index):
    for text in (
        "旅遊推介會係咪喺杭州搞？",
        "I may be wrong, but I think the tourism promotion is in Hangzhou?",
    ):
        answer = answered(index, text)
        assert (answer.kind, ids(answer.sessions)) == ("session", ["tourism-promotion"])
    answer = answered(index, "商贸流通载体推介会是不是在南京国际博览中心？")
    assert ids(answer.sessions) == ["commercial-carriers"]


def test_the_reason_quotes_the_delegate_s_own_words(index):
    answer = answered(index, "we are a fund looking for financing deals, which session suits us")
    assert "financing" in answer.evidence
    answer = answered(index, "我们是做跨境电商的公司，适合参加哪场")
    assert answer.evidence == ("跨境电商",)
    reply = render_answer(answer, bundled_program(), DEFAULT_NOW)
    assert reply.text.startswith("推荐理由：与您提到的“跨境电商”相符。")


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("我帮同事报名的是哪几场", "agenda"),
        ("整个program发一份给我", "list"),  # the whole program, in mixed words
        ("今晚有冇節目", "list"),  # 节目: what is on
        ("深圳有没有分场", "outside"),  # 分场 is a session elsewhere
        ("杭州国博总共有哪几场", "venue"),
        ("Kindly inform which all sessions are there in Hangzhou.", "list"),
        ("where are all the conference buildings?", "venues"),
        # the cities of the week are its buildings, city by city
        ("which cities r u in", "venues"),
        ("洽谈周在哪几个城市", "venues"),
        ("本届都在哪些城市办", "venues"),
        ("which city is the job fair in", "session"),  # not a comparison of cities
    ],
)
def test_more_ways_of_asking_for_the_program(index, text, kind):
    assert answered(index, text).kind == kind
