"""The delegate's own affairs and other bodies' business get no confident answer
(bot.own_affairs, bot.owners); the same words asked of the event still do.

Fresh wordings, none of them in the labelled sets.
"""

from __future__ import annotations

import pytest

from tests.helpers_core import DEFAULT_NOW


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
        # opening hours, in Cantonese, or whether a place still opens
        "东方明珠几点闩门？",
        "新街口那家书店还营业吗",
        # pets, taxes, one's own shop, a complaint, a child's troubles
        "狗狗可以带上地铁吗",
        "出租房子要不要交税",
        "想在昆山开一家奶茶店，要多少钱",
        "网约车司机态度差怎么投诉",
        "how do I get my daughter to eat her vegetables?",
        # a translation, the bot itself, figures and comparisons
        "合同里的arbitration clause怎么翻译",
        "你是用什么语言开发的",
        "how many people live in Kunshan?",
        "which city has more subway lines, Hangzhou or Nanjing?",
        # another time about something else, and another city's affairs then
        "will it snow in Harbin next weekend?",
        "weather in Seoul this weekend?",
        "my passport expires next year, can I renew it in Shanghai?",
        # what the program does not offer: a lucky draw, a certificate, a cocktail party
        "最后一天有没有抽奖",
        "can we get a certificate of attendance for our team?",
        "周四晚上有没有企业家酒会",
        "is a company visit to Hunan firms organised after the Kunshan sessions?",
        # an airline's check-in, a TV series, one's own hacked mailbox
        "when does online check-in open for my Air China flight?",
        "最近有什么好看的电视剧",
        "我的邮箱被盗用了怎么办",
        # one's own shop on a platform
        "在天猫开店要交多少保证金",
        "catering licence for my food truck",  # a licence is one's own business
        "got a speeding ticket in hangzhou, how to pay it",
        "who pays for wear and tear on a rented flat?",
        # a funeral, a contract's law, a football match on the hotel TV
        "can I wear black to a funeral in Shanghai?",
        "is my contract legally binding if I signed it online?",
        "酒店房间能看英超吗",
        "周末有人组织去爬山吗",  # leisure at another time is still the delegate's own
        "ticket to the Shanghai museum?",
        # the delegate's schedule as what they talk about, not what they ask for
        "my schedule is packed, where can I get a coffee?",
        "我的日程太满了，有什么解压的方法",
        "my agenda app crashed",
        # television, the cinema and the news are no "what's on" of the program
        "what's on TV tonight?",
        "今晚电影院有什么片",
        "what's happening in the news today?",
        "今天有什么新闻",
        "any street food in Nanjing tonight?",
        # the bot itself, a phone to repair, a fashion show, a stock index
        "你一个月工资多少",
        "which department do you work in?",
        "are you paid for this?",
        "有没有服装秀",
        "whats the shanghai composite at rn",
        "點樣申請強積金",  # a Hong Kong pension, not the finance matchmaking
        # another body's phone number, a supplier to pick, one's own shop's wifi
        "请问台湾同乡会的联系电话是多少",
        "can you recommend a good freight forwarder in Ningbo?",
        "我店里的wifi很慢怎么办",
        "need 2000 sqm of warehouse space in Kunshan, how much?",  # no year 2000
        # renting the venue for one's own meeting, a supplier, a cable car's hours, a
        # licence to renew, books to read, a permit to renew (an action on another thing)
        "我们协会想租场地办年会，国际会议中心对外出租吗",
        "could you recommend a trustworthy freight forwarder?",
        "天门山缆车几点收",
        "旅行社牌照怎么续期",
        "推荐几本关于营商环境的书",
        "台胞证过期了去哪里换发",
        # another event of the world's or the country's
        "世界互联网大会在乌镇几号开",
        "when is the World Internet Conference held?",
        # fixing one's own things, a school's reputation, an office's hours
        "耳机线断了怎么修",
        "开发区那边哪家幼儿园口碑好",
        "高新区的派出所周六上班吗",
        "交通银行几点下班",
        "my headphones are jammed, how do i fix them?",
        # a theme's word in a shop's name: an idea has no opening hours
        "老乡鸡门店几点开门",
        # the bot itself, a health worry, leisure after the meeting, a shop near a venue
        "你们这个机器人是用啥语言写的",
        "坐高铁过安检有辐射吗",
        "开完会闲着，南京晚上有啥好逛的老街",
        "whr can i print flyers nr sicc 2day",
        # a region's name is no homophone typo: 江浙 (jiangzhe) is not 讲者 (speakers)
        "为什么江浙菜那么甜",
        # where a name comes from is no question about the thing named
        "杭州为什么叫电商之都",
        # the delegate's own parcel is no session on logistics
        "我的快递到酒店了吗",
        "快递几时到啊",
        "where's my package? tracking says delivered",
        "会场能代收快递吗",
        # how a session is staged, which the program does not say: not its card
        "签约仪式的赞助商是谁",
        "when is the rehearsal for the job fair",
        "旅游推介会的背景板是谁做的",
        "will there be a champagne toast at the finance matchmaking?",
        "扶贫对接会有纪念品发吗",
        "招聘会有化妆师吗",
        # a building's history is knowledge, not its card
        "when was the SICC built",
        # read as meant too: 快第 is 快递, the delegate's own parcel
        "我的快第到酒店了吗",
        "湖南卫视今晚播什么",  # a TV channel's schedule, not the film and TV parks
        "外卖到了没",
        "扶贫对接会门口的花篮是谁送的",
        # another kind of event than the FAQ entry speaks of: not the meals entry
        "halal food expo anywhere?",
        # "now" in a question about something else is no "what's on now"
        "做钢贸的搞供应链金融，银行现在还放款吗",
        # leisure after a session, its staging, the sums signed: not the session's card
        "Any live jazz at the Shangri-La after the poverty matchmaking?",
        "南京的会开完有没有安排夜游",
        "跨境电商对接会的舞台多大",
        "上海签约仪式的签约额一共多少",
    ],
)
def test_an_own_affair_is_never_answered_confidently(index, text):
    assert not index.answer(text, DEFAULT_NOW).confident


@pytest.mark.parametrize(
    "text", ["is my schedule full on thursday?", "我的日程", "我的日程安排好了吗"]
)
def test_the_delegates_schedule_asked_for_is_their_agenda(index, text):
    assert index.answer(text, DEFAULT_NOW).kind == "agenda"


def test_a_themes_sessions_asked_when_keep_their_answer(index):
    answer = index.answer("一带一路的活动几点开始", DEFAULT_NOW)
    assert answer.confident and answer.kind == "theme"


def test_a_word_of_the_language_is_no_homophone_typo(index):
    # 放假 (a day off) sounds like 房价 (the room rate): the weekend is not the hotel's
    assert index.answer("你周末放假吗", DEFAULT_NOW).kind != "faq"
    assert index.answer("商海24号有什么会", DEFAULT_NOW).city.name_zh == "上海"  # a city's sound


def test_another_event_named_after_a_city_is_not_the_events_dates(index):
    # "Canton" is a city outside the program, but here it names a fair
    assert index.answer("Canton Fair phase two dates", DEFAULT_NOW).kind == "none"
    assert index.answer("any session in Canton?", DEFAULT_NOW).kind == "outside"


@pytest.mark.parametrize(
    "text",
    [
        # something else at another time: one word of its own nothing here explains is enough
        "What's the weather going to be like next week?",
        "下周天气怎么样",
        "will it rain on Saturday?",
        "who won the match last week?",
        "2019年的GDP是多少",
        "is the bank open on Saturday?",
        "will the stock market go up next year?",
    ],
)
def test_something_else_at_another_time_is_not_the_events_dates(index, text):
    assert not index.answer(text, DEFAULT_NOW).confident


@pytest.mark.parametrize(
    "text",
    [
        "is there a job fair in Wuhan next month?",  # the event's kind of session, elsewhere
        "any sessions next week?",
        "was there a trade week like this in 2016?",
        "明年还办这个洽谈周吗",
        # the event itself named at another time
        "When is the 2019 Hunan-YRD week?",
        "2017年的洽谈周在哪几个城市",
        "明年还会办吗",
        "8月有招聘会吗",  # a month named without a day
        # a story's words around it are no topic of its own
        "上一届在长沙认识了不少合作伙伴，收获很大，下一届还办不办？",
        # another region's promotion week is no edition of this one (粤港澳 is no visa need)
        "湖南-粤港澳大湾区洽谈周在哪办",
        "any sessions in the Greater Bay Area?",
    ],
)
def test_the_event_asked_about_at_another_time_is_outside(index, text):
    assert index.answer(text, DEFAULT_NOW).kind == "outside"


@pytest.mark.parametrize(
    ("text", "kind", "found"),
    [
        ("which sessions are about the Hunan Chamber of Commerce?", "theme", "chamber-of-commerce"),
        ("how do I get from Shanghai to Nanjing between sessions?", "faq", "intercity-travel"),
        ("招聘会几点开始", "session", "talent-recruiting"),
        ("银行贷款对接会在哪里开", "session", "industry-finance-matchmaking"),
        ("Is there a banquet?", "faq", "meals"),  # the welcome dinner in Shanghai
        ("do hk delegates need a home return permit?", "faq", "visa"),
        ("no wifi signal in the hall at SICC, help", "faq", "wifi"),
        ("幾點有得食晏", "faq", "meals"),
        ("快递物流的对接会在哪", "session", "commercial-carriers"),
        ("express delivery session?", "session", "commercial-carriers"),
        # who a session is for is no part of its subject ("…for Chinese firms")
        ("Is there anything on going global for Chinese firms?", "theme", "belt-and-road"),
    ],
)
def test_the_same_words_asked_of_the_event_are_answered(index, text, kind, found):
    answer = index.answer(text, DEFAULT_NOW)
    ids = [s.id for s in answer.sessions] + [x.id for x in (answer.faq, answer.theme) if x]
    assert answer.kind == kind and found in ids


@pytest.mark.parametrize(
    "text",
    [
        # a session asked for on a subject nothing in the program explains
        "is there a session on quantum computing in Shanghai?",
        "when is the biotech matchmaking?",
        "有没有医疗器械的对接会",
        "請問有沒有區塊鏈的研討會？",  # 区块 beside the known 块: still unknown
        "杭州有没有化妆品方面的推介活动",
        "anything about elderly care on Thursday?",
        "is the sports conference on friday?",  # a day named: still no list of that day
        "有没有医疗产业相关的座谈会",  # a symposium is an event asked for by its subject
        # a lookalike of the finance session's securities
        "is there a session on information security?",
        # a ceremony the program does not hold
        "is there a closing ceremony on Friday?",
        "閉幕禮喺邊度搞？",
        # a particle inside the subject's word: 能 of 新能源 is no "can"
        "有新能源方面的活动吗",
        "有冇新能源嘅活動",
        # a summit, an expo or a 大会 on a subject the program lacks; words no one
        # document holds together ("smart city": the dress code's smart, a city)
        "智能机器人大会几点开幕",
        "can you send the women entrepreneurs' forum agenda?",
        "Our delegation would like to attend the smart city expo in Nanjing, could you share "
        "the schedule?",
        # a field asked for with its marker: 那块儿, 产业的活动
        "光伏那块儿有啥对接会吗",
        "有没有环保产业的活动",
    ],
)
def test_a_session_on_a_subject_the_program_lacks_is_not_found(index, text):
    assert index.answer(text, DEFAULT_NOW).kind == "none"


@pytest.mark.parametrize(
    ("text", "session"),
    [
        ("is there a session on tourism in Hangzhou?", "tourism-promotion"),
        ("文化产业方面有什么活动", "cultural-creative-parks"),
        ("有半导体专场吗", "hz-industry-promotion"),  # as "semiconductors" in English
        ("招聘那块有啥活动", "talent-recruiting"),
        ("is there a tourism expo?", "tourism-promotion"),  # an alias of its own
        (
            "When does my husband's session in Nanjing finish on Wednesday?",
            "cultural-creative-parks",
        ),
        ("银行会来产融对接会吗", "industry-finance-matchmaking"),  # 会来 is no subject
        ("有没有扶贫方面的对接会", "poverty-alleviation-matchmaking"),
        ("when is the cross-border e-commerce matchmaking?", "cross-border-ecommerce"),
        ("开幕式几点开始", "sh-industrial-chain"),
        ("do securities firms come to the finance matchmaking?", "industry-finance-matchmaking"),
        ("when is the opening ceremony?", "sh-industrial-chain"),
    ],
)
def test_a_session_on_a_subject_the_program_holds_is_found(index, text, session):
    answer = index.answer(text, DEFAULT_NOW)
    assert answer.confident and [s.id for s in answer.sessions] == [session]


def test_a_hall_the_program_lacks_is_no_typo_of_one_it_has(index):
    # SICC's Hall 5A holds a session; Hall 5B is no typo of it, and nothing of the program
    # is there: the building is offered, not given as the answer
    answer = index.answer(
        "What's on in Hall 5B at the Shanghai International Convention Center?", DEFAULT_NOW
    )
    assert answer.kind == "suggest" and [v.id for v in answer.venues] == ["sicc"]
