"""Fresh wording from stop 43's first-sight sets and probe files, read on arrival (AS, read
last stop, then AT, AU and probe bx). Each rule has examples on both sides: the examples of
what a rule changes failed before it (checked with a `git stash` of bot/ and
data/program.toml); the others guard what must stay.

- "does it close (before lunch)?" asks when a session ends: the signing ceremony's "close a
  deal" names it no longer, so "close" neither finds the signing nor contradicts an
  opening ("what time does it open?" after the signing ceremony described).
- "My brother, …" opening a message is a greeting, no relative of the teller's.
- A relative "where" ("the meeting where companies sign big contracts, what time does it
  open?") asks nothing: the question asks when; and a last clause whose subject is "it"
  ("…, what time does it open?") points back at the thing named before it.
- 俺 and 俺们 (northern and southwestern "I", "we") are the teller; "at this moment" is now.
- 去年那个洽谈会在哪开的 asks where another edition was held; Glasgow and nine more British
  cities are outside the program.
- "Black tie", a kilt, shorts, national dress: the dress code.
- From first-sight AT (read): "chief guest", "guest of honour", "participating
  companies", 大人物 and who speaks on stage (上台讲话, 上台讲嘢) ask for the speakers; PDF
  slides are the livestream entry's (it says slides are not promised); tethering and a
  hotspot ask for the Wi-Fi; Mandarin is the interpretation entry's word.
- From first-sight AU (read): "what i signed up 4" is the agenda; "the 5 themes" are the
  themes; "wkend" is the weekend, outside the week; 明年还会在台湾办吗 asks about another
  edition (会在…办); "who and who are coming", "the other companies that will attend" ask
  who attends; "additional" and 后续 are no topic ("additional sessions in September?" is
  another time); "the nxt 1 after this yr" is another edition; 你说 before 那/这 starts the
  question of a long unpunctuated message; "bring money" and 出钱帮 are the finance
  matchmaking's.
- From probe bx (read): a minimum order (最低采购量, MOQ) is an order's terms no card gives;
  where goods are bought wholesale (在哪里能批发) and a freight rate are the delegate's own
  business; a gift bought for the boss is shopping of one's own; "real one where?" asks
  where the genuine thing is (no real estate, no relative "where"); an approval expected
  (预计获批) is the government's; the language of a printed or signed thing (brochures in
  English, a contract in Turkish, 资料有没有英文版) is no interpretation; a visa's entries
  (single entry, re-entry) are not getting one; the price of goods shown or left somewhere
  (display in the lobby, 寄放样品) is no admission; 沪苏浙 is the Delta, no city; 他问 starts
  a question relayed, and sessions asked for on a subject nothing explains, with no city
  of their own, are not the story's city's list.
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from tests.helpers_core import DEFAULT_NOW, entry_given, session_ids

SHANGHAI = ZoneInfo("Asia/Shanghai")


def test_a_session_closing_asks_when_it_ends(index):
    text = "My brother, the tourism conference, does it close before lunch time?"
    answer = index.answer(text, DEFAULT_NOW)
    assert answer.kind == "session" and answer.confident
    assert session_ids(answer) == ["tourism-promotion"]


def test_a_deal_closed_is_still_the_signing(index):
    answer = index.answer("where do we close a deal with Hunan companies?", DEFAULT_NOW)
    assert session_ids(answer) == ["sh-industrial-chain"]


@pytest.mark.parametrize(
    "text",
    [
        "Please, the meeting where companies sign big project contracts with Hunan, what time"
        " does it open?",
        "the signing ceremony, what time does it open?",
    ],
)
def test_a_session_named_before_what_time_does_it_open_is_that_session(index, text):
    answer = index.answer(text, DEFAULT_NOW)
    assert answer.kind == "session" and answer.confident
    assert session_ids(answer) == ["sh-industrial-chain"]
    assert answer.intent == "when"


def test_the_registration_desk_opening_is_still_its_entry(index):
    answer = index.answer("what time does registration open in nanjing", DEFAULT_NOW)
    assert entry_given(answer) == "registration-desk"
    answer = index.answer("wot time do banks close 2moro", DEFAULT_NOW)
    assert not answer.confident


def test_a_question_whose_subject_is_a_thing_of_its_own_stays_unanswered(index):
    text = (
        "SONCAP certificate for importing LED TVs into Nigeria, how long does it take to process?"
    )
    assert not index.answer(text, DEFAULT_NOW).confident


def test_what_is_going_on_at_this_moment_lists_what_is_on(index):
    now = datetime(2018, 7, 25, 10, 30, tzinfo=SHANGHAI)
    answer = index.answer("Please what is going on at this moment?", now)
    assert answer.kind == "list"
    assert session_ids(answer) == ["hz-industry-promotion", "tourism-promotion"]


@pytest.mark.parametrize(
    "text", ["去年那个洽谈会在哪开的，俺想看看", "Is the Glasgow leg o this on this year?"]
)
def test_another_edition_or_a_british_city_is_not_in_the_program(index, text):
    assert index.answer(text, DEFAULT_NOW).kind == "outside"


def test_this_years_venue_is_still_asked_where(index):
    answer = index.answer("那个洽谈会在哪开的", DEFAULT_NOW)
    assert answer.kind != "outside"


@pytest.mark.parametrize(
    "text",
    ["Is it black tie or can a fella turn up in his kilt?", "can I wear shorts to the forum"],
)
def test_black_tie_and_a_kilt_ask_the_dress_code(index, text):
    assert entry_given(index.answer(text, DEFAULT_NOW)) == "dress-code"


@pytest.mark.parametrize(
    "text",
    [
        "Who is the chief guest for the inauguration?",
        "邊個會上台講嘢？有冇大老闆出席",
        "有邊個大人物嚟講嘢",
        "Please who and who are coming? I want to know the other companies that will attend",
    ],
)
def test_chief_guests_and_who_speaks_on_stage_ask_for_the_speakers(index, text):
    assert entry_given(index.answer(text, DEFAULT_NOW)) == "speakers"


def test_a_boss_is_no_speaker(index):
    answer = index.answer("老闆想找銀行談授信額度，請問要去哪一場呢？", DEFAULT_NOW)
    assert session_ids(answer) == ["industry-finance-matchmaking"]


@pytest.mark.parametrize(
    ("text", "entry"),
    [
        ("Will the presentations be afterwards available as PDF slides?", "livestream"),
        ("is there free wifi at the venue or i need to tether ah", "wifi"),
        ("Tak faham Mandarin sangat, main conference got English or not?", "interpretation"),
    ],
)
def test_slides_tethering_and_mandarin_name_their_entries(index, text, entry):
    assert entry_given(index.answer(text, DEFAULT_NOW)) == entry


def test_a_word_in_mandarin_is_no_interpretation_asked(index):
    assert not index.answer("wot's 'cheers' in mandarin?", DEFAULT_NOW).confident


def test_what_i_signed_up_4_is_the_agenda(index):
    assert index.answer("can u show wat i signed up 4", DEFAULT_NOW).kind == "agenda"


@pytest.mark.parametrize(
    "text",
    [
        "r there any sessions on the wkend",
        "請問明年還會在台灣辦嗎",
        "I am sorry to trouble you, but will there be additional sessions in September?",
        "请问8月份是否还有后续推介活动？",
        "when's the nxt 1 after this yr lol",
    ],
)
def test_another_time_or_edition_is_not_in_the_program(index, text):
    assert index.answer(text, DEFAULT_NOW).kind == "outside"


def test_the_same_words_this_week_are_still_answered(index):
    answer = index.answer("are there additional sessions in Nanjing?", DEFAULT_NOW)
    assert answer.kind == "list"
    assert session_ids(answer) == ["cultural-creative-parks", "nj-parks-promotion"]


def test_you_say_starts_the_question_of_a_long_unpunctuated_message(index):
    text = "我中午在南京吃了盐水鸭好吃得很你说那个国家级园区推介的主会场咋走哦"
    assert session_ids(index.answer(text, DEFAULT_NOW)) == ["nj-parks-promotion"]


@pytest.mark.parametrize(
    "text",
    [
        "Where can I meet people that can bring money to expand our business?",
        "請問一下 想找人出錢幫我們擴充產線 要去哪一場比較好",
    ],
)
def test_people_to_bring_money_are_the_finance_matchmaking(index, text):
    answer = index.answer(text, DEFAULT_NOW)
    assert answer.confident and session_ids(answer) == ["industry-finance-matchmaking"]


def test_sending_money_home_is_no_finance_matchmaking(index):
    assert not index.answer(
        "How do I send money to my mum in Davao from China?", DEFAULT_NOW
    ).confident


@pytest.mark.parametrize(
    "text",
    [
        "扶贫对接会上的上海企业要是采购我们邵阳扶贫车间做的假发，有没有最低采购量的要求？",
        "产业链那个链，我们做假发用的小链条扣子在哪里能批发到？",
        "What is carrier in commercial carriers? I need shipping carrier for one container to"
        " Chittagong. Freight rate?",
        "Sir, Hangzhou Longjing tea, I want buy for my boss. Real one where?",
        "“联动自贸区”主题下，湖南申报自由贸易试验区的进展及预计获批时间表为何？",
        "tourism promo conf - do they hand out brochures in English or just Chinese?",
        "My friend, at signing ceremony in Shanghai, can Turkish company sign the contract also in"
        " Turkish language or only Chinese is accepted?",
        "My visa is single entry. After event I want go Hong Kong and come back. Possible?",
        "浦東香格里拉可以幫我寄放兩箱大理石樣品到隔天嗎？會另外收費嗎？",
        "In Hangzhou expo center I want to put 10 carpets as display in the lobby, who is giving"
        " permission and how much is the cost for this?",
        "我局拟借洽谈周之机与沪苏浙统计部门建立工作联络机制，请问日程中是否设有部门交流环节？",
        "我堂哥在上海开了十几年湘菜馆说想回张家界开个农庄，他问这次洽谈周有没有专门讲宅基地政策的讲座",
    ],
)
def test_details_and_affairs_of_probe_bx_get_no_confident_answer(index, text):
    assert not index.answer(text, DEFAULT_NOW).confident


@pytest.mark.parametrize(
    ("text", "entry"),
    [
        ("is there English interpretation at the main conference?", "interpretation"),
        ("do I need a visa?", "visa"),
        ("any fee to attend?", "tickets"),
    ],
)
def test_the_entries_beside_those_details_still_answer_their_own_need(index, text, entry):
    assert entry_given(index.answer(text, DEFAULT_NOW)) == entry


def test_the_one_where_a_session_is_held_is_still_a_relative(index):
    text = "Which day is the meeting where Hunan sells holiday trips to travel agents?"
    assert session_ids(index.answer(text, DEFAULT_NOW)) == ["tourism-promotion"]
