"""Rules of stop 32 on the bundled program (examples of each rule, not the accuracy
figure):
- a session's details no card gives are offered with its card, not answered: what to
  bring (要带简历不), whether a role is hired (招不招普工, "is Sany hiring?"), the order
  of its speakers, a job's terms (事业编), a stipend, a minimum size, which of the signed
  projects, what there is at it asked after its name in words mostly not its card's
  (旅游推介会有没有婚纱摄影套餐), what it is asked to include in such words ("does it
  cover bottled water for sports teams?"), what can be done on site (能不能现场签劳动合
  同); asked with when or where, the card answers;
- the delegate's own matters are none, whatever session stands beside them: a
  province's scenic spots as a list, visits the organizers would arrange (有没有安排参观,
  能否安排考察, "an organised visit"), renting the event's equipment or rooms, travel
  reimbursed, money changed, market prices, taxes and slotting fees, another provider's
  fees, a shop's returns, land parcels, an official's agenda, dating, a work permit,
  flowers, group and press photos, overnight parking, volunteers' meals, a speech's draft
  and the slides' limits, a deal's documents, freight lines, a stock index, test
  reports, an IPO, one's own school's job fair (我们学校的双选会); subsidies and approvals
  awaited (批下来) are asked as advice;
- another trade event by its name (广交会, the CIIE) or one the delegate says is not this
  week's ("not the Hunan one") is none wherever it is named, though the week's own dates
  and cities still answer beside it; the week asked of another year is outside even
  where an FAQ entry would explain its other words (明年的洽谈周会移到台湾办吗);
- a session asked for by a subject whose bigrams no one document holds together (高铁技
  术交流会) is one the program does not have; a session sought for someone is never an
  FAQ entry; 交流会 is a kind of event, no session's word (旅游交流会 is no job fair,
  though 人才交流会 is); 青奥中心 is a building the program does not have;
- whether there is a place in town a session is about (有没有批发市场, "a wholesale
  market in Kunshan?") offers the session; near a building ("a supermarket near the
  Huaqiao expo", 旁边有超市吗) it is none."""

from __future__ import annotations

import pytest

from bot.details import asks_what_to_bring
from tests.helpers_core import answered, answered_with_card, offered_for_its_detail, session_ids


@pytest.mark.parametrize(
    ("text", "session"),
    [
        ("去招聘会需要带简历吗", "talent-recruiting"),
        ("do I need to bring my CV to the job fair?", "talent-recruiting"),
        ("扶贫对接会要准备样品吗", "poverty-alleviation-matchmaking"),
    ],
)
def test_what_to_bring_is_offered_with_the_session_not_answered(index, text, session):
    assert offered_for_its_detail(index, text) == [session]


@pytest.mark.parametrize(
    "text", ["when is the job fair and do I need to bring my CV?", "招聘会在哪，要带简历吗"]
)
def test_what_to_bring_asked_with_when_or_where_is_the_card(index, text):
    answer = answered(index, text)
    assert answer.kind == "session" and session_ids(answer) == ["talent-recruiting"]


def test_bringing_is_asked_only_as_a_need():
    assert asks_what_to_bring("要不要带纸质简历")
    assert asks_what_to_bring("what should i bring to the matchmaking")
    assert not asks_what_to_bring("is there a career fair i can bring my students to")


@pytest.mark.parametrize(
    ("text", "session"),
    [
        ("招聘会招不招会计", "talent-recruiting"),
        ("人才招聘会有没有招司机的", "talent-recruiting"),
        ("三一重工有在招焊工吗", "hz-industry-promotion"),
    ],
)
def test_whether_a_role_is_hired_is_offered_not_answered(index, text, session):
    assert offered_for_its_detail(index, text) == [session]


def test_hiring_people_at_all_is_the_job_fairs_own_business(index):
    answer = answered(index, "招聘会招不招人")
    assert answer.kind == "session" and session_ids(answer) == ["talent-recruiting"]


@pytest.mark.parametrize(
    "text",
    [
        "明年的洽谈周会不会移到香港办",
        "2019年的洽谈周还需要办签证吗",
        "Will next year's trade week move to Singapore?",
    ],
)
def test_another_years_week_is_outside_whatever_entry_its_words_reach(index, text):
    assert answered(index, text).kind == "outside"


def test_a_visa_for_this_week_is_still_the_visa_entry(index):
    answer = answered(index, "参加洽谈周需要办签证吗")
    assert answer.kind == "faq" and answer.faq is not None and answer.faq.id == "visa"


@pytest.mark.parametrize(
    "text", ["我们学校的招聘会在哪", "is our university's career fair part of this week?"]
)
def test_the_delegates_own_schools_event_is_not_the_job_fair(index, text):
    assert answered(index, text).kind == "none"


@pytest.mark.parametrize("text", ["有没有新能源汽车技术交流会", "有没有高铁技术交流会"])
def test_a_subject_no_document_holds_together_is_no_session(index, text):
    assert answered(index, text).kind == "none"


def test_a_subject_one_session_holds_is_that_session(index):
    answer = answered(index, "有没有跨境电商交流会")
    assert answer.kind == "session" and session_ids(answer) == ["cross-border-ecommerce"]


def test_two_sessions_named_in_one_story_are_not_one_subject(index):
    text = "明天上午就是产融对接会了，但我想先确认一下今天下午那个商贸流通载体推介会大概几点结束"
    answer = answered(index, text)
    assert answer.kind == "session" and session_ids(answer) == ["commercial-carriers"]


@pytest.mark.parametrize(
    "text",
    [
        "湖南有哪些4A景区",
        "上海证券交易所有没有安排参观",
        "Is there an organised visit to the Shanghai Stock Exchange?",
        "can we rent the interpretation headsets for our own event?",
        "会后能租用同传耳机吗",
        "will the organisers reimburse our flights?",
        "机票能报销吗",
        "where can I change dollars near the venue?",
        "哪里可以换港币",
        "有没有人才安家补贴",
        "台商去园区投资有没有专属补助",
        "签约仪式的花是哪家花店做的",
        "能跟省长合个影吗",
        "are the matchmaking sessions for singles?",
        "do I need a work permit to present at the fair?",
        "茶叶现在多少钱一斤",
        "what are the current prices for Hunan tea?",
        "来上海签合同要交印花税吗",
        "进超市要交多少进场费",
        "自贸区什么时候批下来",
        "does Hunan give subsidies to new factories?",
        "对接会上买的东西能快递到家吗",
        "酒店有没有会议室可以借给我们开会",
        "请问南京市长这周有什么公务活动",
        "昆山有哪些地块挂牌出让",
        "what's the mayor's schedule this week?",
        "南京青奥中心有什么活动",
        "what are China's data privacy rules?",
    ],
)
def test_the_delegates_own_affairs_get_no_answer(index, text):
    assert answered(index, text).kind == "none"


@pytest.mark.parametrize(
    ("text", "kind", "ident"),
    [
        ("旅游推介会介绍哪些景区", "session", "tourism-promotion"),
        ("I run group tours, when is the tourism session?", "session", "tourism-promotion"),
        ("停车费能报销吗", "faq", "parking"),
    ],
)
def test_the_same_words_beside_the_event_still_answer(index, text, kind, ident):
    answer = answered(index, text)
    assert answer.kind == kind
    assert (answer.faq.id if answer.faq else session_ids(answer)[0]) == ident


@pytest.mark.parametrize(
    "text", ["is there a wholesale market in Kunshan?", "有没有批发市场", "昆山有没有批发市场"]
)
def test_whether_there_is_a_place_in_town_offers_the_session(index, text):
    answer = answered(index, text)
    assert answer.kind == "suggest" and session_ids(answer) == ["commercial-carriers"]


@pytest.mark.parametrize(
    "text", ["is there a session about wholesale markets?", "批发市场那个会在哪"]
)
def test_the_session_about_such_a_place_is_still_answered(index, text):
    answer = answered(index, text)
    assert answer.kind == "session" and session_ids(answer) == ["commercial-carriers"]


@pytest.mark.parametrize(
    ("text", "session"),
    [
        ("旅游推介会有没有婚纱摄影套餐", "tourism-promotion"),
        ("扶贫对接会有没有收购鱼翅的企业", "poverty-alleviation-matchmaking"),
        ("招聘会能不能现场签劳动合同", "talent-recruiting"),
        ("is Sany hiring at the job fair?", "talent-recruiting"),
        ("旅游推介会上湘西排第几个发言", "tourism-promotion"),
        (
            "the opening session - does it cover bottled water for sports teams?",
            "sh-industrial-chain",
        ),
        ("is Geely or any other carmaker hiring at the job fair?", "talent-recruiting"),
    ],
)
def test_what_there_is_at_a_session_in_words_its_card_lacks_is_offered(index, text, session):
    assert offered_for_its_detail(index, text) == [session]


@pytest.mark.parametrize(
    ("text", "session"),
    [
        ("旅游推介会会不会介绍凤凰古城的线路", "tourism-promotion"),
        ("产融对接会有没有私募基金参加", "industry-finance-matchmaking"),
        ("does the finance matchmaking include banks?", "industry-finance-matchmaking"),
    ],
)
def test_what_a_session_presents_or_who_takes_part_is_its_card(index, text, session):
    assert answered_with_card(index, text) == [session]


@pytest.mark.parametrize(
    "text",
    [
        "花桥国际博览中心旁边有超市吗",
        "is there a supermarket near the Huaqiao Expo Center?",
        "花桥国际博览中心附近有银行吗",
    ],
)
def test_a_place_in_town_near_a_building_is_not_the_session_there(index, text):
    assert answered(index, text).kind == "none"


def test_what_is_on_at_the_building_is_still_its_venue(index):
    answer = answered(index, "花桥国际博览中心有什么会")
    assert answer.kind == "venue" and answer.venue is not None
    assert answer.venue.id == "huaqiao-expo"


@pytest.mark.parametrize(
    "text",
    [
        "which session is for companies hiring engineers?",
        "is there a job fair where companies are hiring?",
    ],
)
def test_hiring_asked_of_the_event_is_the_job_fair(index, text):
    answer = answered(index, text)
    assert answer.kind == "session" and session_ids(answer) == ["talent-recruiting"]


def test_a_session_sought_is_never_an_faq_entry(index):
    assert answered(index, "which session is for food buyers?").kind == "none"
    answer = answered(index, "is there a session for e-commerce exporters?")
    assert answer.kind == "session" and session_ids(answer) == ["cross-border-ecommerce"]


@pytest.mark.parametrize(
    "text",
    [
        "广交会几号开",
        "is the CIIE this week too?",
        "any job fair for nurses? not the hunan one",
        "有没有专门给海归的招聘会 不是这个综合的那种",
        "can I see the due diligence pack for the signed projects?",
        "签约仪式的合同文本能下载吗",
        "签约仪式记者在哪里影相",
        "停车场可以停车过夜吗",
        "志愿者的工作餐在哪吃",
        "can we rent a room at SICC for our own launch?",
        "能否安排我们去昆山开发区考察",
        "推介会PPT限几页",
        "昆山有没有货运专线",
        "SSE composite today?",
        "农产品进超市要哪些检测报告",
        "长沙有哪些企业在排队IPO",
        "is Sany's IPO still pending?",
        "agency fees",
        "translation agency fees",
        "Taobao return policy",
        "淘宝退货",
    ],
)
def test_other_events_and_the_delegates_own_matters_get_no_answer(index, text):
    assert answered(index, text).kind == "none"


def test_the_weeks_cities_beside_another_event_still_answer(index):
    text = "Is there any session in Guangzhou? I'll be at the Canton Fair after"
    assert answered(index, text).kind == "outside"


def test_slides_after_the_event_are_still_the_livestream_entry(index):
    answer = answered(index, "会后能拿到PPT吗")
    assert answer.kind == "faq" and answer.faq is not None and answer.faq.id == "livestream"


@pytest.mark.parametrize(
    ("text", "session"),
    [
        (
            "which of the projects signed at the opening are from state firms?",
            "sh-industrial-chain",
        ),
        (
            "what's the minimum loan size at the finance matchmaking?",
            "industry-finance-matchmaking",
        ),
        ("what's the stipend for postdocs at the job fair?", "talent-recruiting"),
        ("招聘会的岗位是事业编吗", "talent-recruiting"),
        ("扶贫对接会现场能直接刷卡买茶叶不", "poverty-alleviation-matchmaking"),
        (
            "what's the min order size at the poverty matchmaking?",
            "poverty-alleviation-matchmaking",
        ),
    ],
)
def test_more_details_no_card_gives_are_offered(index, text, session):
    assert offered_for_its_detail(index, text) == [session]


def test_what_a_card_answers_on_site_is_still_the_card(index):
    answer = answered(index, "招聘会现场可以投简历吗")
    assert answer.kind == "session" and session_ids(answer) == ["talent-recruiting"]
    entry = answered(index, "扶贫对接会现场能报名吗")
    assert entry.kind == "faq" and entry.faq is not None and entry.faq.id == "registration-desk"


def test_an_exchange_meeting_is_a_kind_of_event_not_the_job_fair(index):
    tourism = answered(index, "旅游交流会在哪")
    assert tourism.kind == "suggest" and session_ids(tourism) == ["tourism-promotion"]
    talent = answered(index, "人才交流会在哪")
    assert talent.kind == "session" and session_ids(talent) == ["talent-recruiting"]


@pytest.mark.parametrize("text", ["what are the entry fees?", "registration fees"])
def test_the_events_own_fees_are_still_the_tickets_entry(index, text):
    answer = answered(index, text)
    assert answer.kind == "faq" and answer.faq is not None and answer.faq.id == "tickets"
