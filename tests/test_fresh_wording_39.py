"""Rules of stop 39 on the bundled program (examples of each rule, not the accuracy
figure), from the confident answers of the probe files ag and ah, read this stop, and of
older read files and notes:
- 好多钱 (Hunan and Sichuan for "how much") asks a price, as 多少钱 does (a session is
  offered, not answered); a village that
  earned 好多钱 (a lot of money) asks none;
- a deadline (截止哪天, 提前几天报, "the deadline to put a project forward") is a detail
  no session's card gives: the session is offered; an FAQ entry that says how far in
  advance (the visa entry) still answers;
- "last time" is another edition's, not a time the card shows: a count asked of it is
  no card's; 几个点 (a rate in points) is a figure no card shows, 几点钟 a time it does;
- a request after the question asks too ("…at the kunshan conf? pls lmk who's attending";
  lmk is "let me know"), and who comes to a session is the speakers entry however the
  session is named; so is what kind of party comes (来的VC都是什么阶段的, 来的都是哪些银行);
- which official or guest comes (哪位领导会来, 省里哪位领导出席) and a list of the firms
  (企业名单能不能发我) are the speakers entry too;
- what the parties at a session are after ("are the investors at the Kunshan finance
  meeting interested in Africa projects?", 采购商对有机茶有兴趣不) is no card's: the
  session is offered;
- another kind of China visa asked about (a talent visa, 工作签证怎么办, Z字签证) is no
  need the program speaks of: the visa entry is the business visitor's; a delegate who
  holds one and asks about the event ("on a student visa", 拿工作签证在上海) still gets
  the event's answer;
- whether only some may take part or be presented ("… or is it only Hunan products?",
  还是只推大园区) is no card's: the session is offered; "is the job fair open to…" is
  still its card, and "English or only Chinese?" the interpretation entry;
- samples shown or brought and power sockets at a session (扶贫对接会能不能摆样品) are
  what to bring, no card's; a contract's or investment's value is a figure no card shows;
- which park, zone or county at a session does something ("which park of Hunan gives free
  factory space…", "which counties exactly") is no card's, as which company or bank is;
  "what time do the parks conferences start" still asks its card;
- a convenience store (便利店, Taiwan's 超商) is the delegate's own errand, wherever it is;
- registering a company, product or trademark (注册公司, "trademark registration") is no
  need the program speaks of; the registration desk is the event's check-in;
- a private event or function at a building is another event there, not its session;
- what the parties at a session are asked to do ("do they do trade finance like letters
  of credit?", "do the Hunan counties sell wine too or just fruit?") in words mostly not
  its card's is no card's; "… or just banks" asks whether only some take part;
- which company a session uses (用哪个会务公司) is no card's, as 哪家 is; 哪个会 still asks
  which session;
- a floor load (承重, "max floor load") is a size limit no card or entry gives;
- a city outside the program gone to without "to" ("I want go Changsha") is the
  delegate's own journey, as "to Changsha" is; the four cities' trains are still the
  intercity entry;
- "last yr", "next yr", "this yr" are a year ("did this week happen last yr too?" asks
  another edition); alone, yr is as often "your";
- a certificate issued to the delegate (实习证明, "a certificate of attendance") is no need
  the program speaks of;
- an alumni gathering (校友会, 校友聚会) is another event, not a city's sessions;
- 半价, 打折 ask a price (a session presenting the place is offered, not answered); a
  winery, food or tea tour is the delegate's own outing;
- "or smth", "or something" at a question's end is a hedge, no session asked for
  ("…in the cloakroom or smth?");
- paying in a foreign currency ("settled in rupees", "is the HK$ accepted?", 出租车收港币吗)
  is the delegate's own money matter; a fund in dollars at a session is still business;
- which projects are signed (哪些领域的项目) and whether the tables are round or long
  (圆桌还是长桌) are no card's; a fair of goods (母婴用品展, 家具展) is another event;
- how a job interview goes or is prepared for (面经, 面试一般都问啥) is no need the program
  speaks of, even at the job fair; whether it holds interviews is its card;
- a country before a party (越南代表, 美国客户) says who the party is, not what is asked:
  越南代表要签证吗 is China's visa entry; a visa for that country (去日本要签证吗) is not;
- from probe ak (read on its arrival): goods brought to sell at a session (链条能带到会上卖不),
  what must be prepared ("must we prepare our company seal"), whether a stand costs money
  (摊位要钱不), and what banks there give ("do chinese banks give loans to…") are no
  card's; FX rates, CPD hours or course credits, a VPN, pollution and a mask, and a jog
  before the morning session are the delegate's own;
- 有没 (有没有 cut short) asks whether there is a place in town (花桥那边有没五金机电市场:
  the market, not the session about markets); volunteers' lodging (志愿者住宿) is a need
  the program does not speak of (参访 as an arranged visit was withdrawn: it cost a
  question of the unread set AI, found by its count alone);
- 能否/可否 after 现场 asks what can be done there, as 能不能 does; a field in Latin letters
  before a kind of meeting (PPP项目专场) is a subject the program may lack; when something
  is published (招标文件何时发布) is no card's time; a firm to hire (推荐…主承销商) is advice;
- "the welcome dinner on 24 July, what time?" asks when a meal is served, as "what time
  is the dinner" does: the meals entry gives no time, so it is offered;
- a late-night snack street, a barbecue or a drink in town (夜宵, 烧烤, 喝点酒) is the
  delegate's own leisure, not the sessions of that city and evening."""

from __future__ import annotations

import pytest

from bot.own_affairs_words import OWN_LIFE
from bot.textnorm import normalize
from tests.helpers_core import answered, entry_given, offered, offered_for_its_detail, session_ids


@pytest.mark.parametrize(
    ("text", "session"),
    [
        ("重大项目签约仪式的项目要提前几天报给主办方", "sh-industrial-chain"),
        ("产融合作对接会的一对一洽谈截止哪天报名", "industry-finance-matchmaking"),
        (
            "What is the deadline to put a project forward for the Shanghai signing ceremony?",
            "sh-industrial-chain",
        ),
        ("how many projects were signed at the Shanghai signing last time?", "sh-industrial-chain"),
    ],
)
def test_a_deadline_or_past_count_asked_of_a_session_offers_it(index, text, session):
    assert offered_for_its_detail(index, text) == [session]


@pytest.mark.parametrize(
    ("text", "session"),
    [
        ("人才招聘会摆个摊位要交好多钱咯", "talent-recruiting"),
        ("跨境电商对接会进场要好多钱", "cross-border-ecommerce"),
    ],
)
def test_hao_duo_qian_asks_the_price_as_duo_shao_qian_does(index, text, session):
    assert offered(index, text) == [session]
    assert answered(index, text.replace("好多钱", "多少钱")).kind == "suggest"


@pytest.mark.parametrize(
    ("text", "session"),
    [
        ("扶贫对接会让我们村赚了好多钱，这次在哪开", "poverty-alleviation-matchmaking"),
        ("how long is the signing ceremony this time?", "sh-industrial-chain"),
        ("产融合作对接会几点钟开始", "industry-finance-matchmaking"),
    ],
)
def test_what_the_card_gives_still_answers(index, text, session):
    answer = answered(index, text)
    assert answer.kind == "session" and answer.confident
    assert session_ids(answer) == [session]


def test_an_entry_that_says_how_far_ahead_answers_the_deadline(index):
    answer = answered(index, "外籍同事要申請邀請函，大概要提前多久？")
    assert entry_given(answer) == "visa"


def test_a_rate_in_points_is_no_card_figure(index):
    text = "产融对接会那边的银行给小企业贷款大概几个点"
    assert offered_for_its_detail(index, text) == ["industry-finance-matchmaking"]


@pytest.mark.parametrize(
    "text",
    [
        "昆山晚上有没有啥子夜宵一条街哦吃点烧烤喝点酒",
        "杭州晚上有没有宵夜一条街",
        "南京有啥子好吃的烧烤",
        "昆山晚上想喝点酒去哪里",
    ],
)
def test_a_night_out_in_town_is_the_delegates_own(index, text):
    assert answered(index, text).kind == "none"


def test_the_evenings_sessions_are_still_a_list(index):
    assert answered(index, "昆山晚上有什么活动").kind == "list"


@pytest.mark.parametrize(
    "text",
    [
        "any PE/VC ppl at the kunshan conf? pls lmk who's attending",
        "any VC people at the Kunshan conference? Please let me know who is attending",
        "产融对接会来的VC都是什么阶段的",
        "产融对接会来的都是哪些银行",
        "招聘会现场人社厅哪位领导会来啊",
        "省里哪位领导出席杭州主会场？我这边得安排陪同",
        "招聘会的企业名单能不能发我一份",
    ],
)
def test_who_comes_is_the_speakersentry_given(index, text):
    answer = answered(index, text)
    assert entry_given(answer) == "speakers"


def test_a_question_without_a_request_after_it_is_still_the_session(index):
    answer = answered(index, "any vc / angel ppl at the finance mtg?")
    assert answer.kind == "session" and session_ids(answer) == ["industry-finance-matchmaking"]


@pytest.mark.parametrize(
    ("text", "session"),
    [
        (
            "r d investors at d kunshan finance meetin interested in africa projects at all",
            "industry-finance-matchmaking",
        ),
        (
            "are the buyers at the poverty alleviation matchmaking looking for organic tea?",
            "poverty-alleviation-matchmaking",
        ),
        ("扶贫对接会的采购商对有机茶有兴趣不", "poverty-alleviation-matchmaking"),
    ],
)
def test_what_the_parties_want_is_no_cards(index, text, session):
    answer = answered(index, text)
    assert answer.kind == "suggest" and not answer.confident
    assert session_ids(answer) == [session]


@pytest.mark.parametrize(
    "text",
    [
        "Is there a foreign talent visa like the R visa, and would I qualify with a master's?",
        "how do I apply for a work visa in China?",
        "工作签证怎么办",
        "Z字签证要多久",
    ],
)
def test_another_kind_of_visa_is_not_the_visaentry_given(index, text):
    assert answered(index, text).kind == "none"


@pytest.mark.parametrize(
    ("text", "kind", "ident"),
    [
        ("我是拿工作签证在上海的，参会还要办签证吗", "faq", "visa"),
        ("Can I attend the talent fair on a student visa?", "session", "talent-recruiting"),
        ("外籍代表需要签证吗", "faq", "visa"),
    ],
)
def test_a_delegate_holding_another_visa_still_asks_the_event(index, text, kind, ident):
    answer = answered(index, text)
    found = answer.faq or (answer.sessions[0] if answer.sessions else None)
    assert answer.kind == kind and found is not None and found.id == ident


@pytest.mark.parametrize(
    "text",
    ["d welcome dinner on 24 july wat time n which hotel exactly", "the buffet lunch, what time?"],
)
def test_a_meal_then_what_time_offers_the_mealsentry_given(index, text):
    answer = answered(index, text)
    assert answer.kind == "suggest" and answer.faq is not None and answer.faq.id == "meals"


def test_whether_a_meal_is_served_still_answers(index):
    answer = answered(index, "is there a welcome dinner?")
    assert entry_given(answer) == "meals"


@pytest.mark.parametrize(
    ("text", "session"),
    [
        (
            "at the poverty alleviation matchmaking can I sell my shea butter or is it only "
            "Hunan products",
            "poverty-alleviation-matchmaking",
        ),
        (
            "at the cross-border e-commerce meeting can I sell on Jumia or only on Amazon?",
            "cross-border-ecommerce",
        ),
        ("文创园推介会有没有小园区还是只推大园区", "cultural-creative-parks"),
    ],
)
def test_whether_only_some_take_part_is_no_cards(index, text, session):
    assert offered(index, text) == [session]


def test_who_a_session_is_open_to_is_still_its_card(index):
    answer = answered(index, "is the job fair open to hunan graduates living in shanghai")
    assert answer.kind == "session" and session_ids(answer) == ["talent-recruiting"]
    answer = answered(index, "In the parks meeting they speak English or only Chinese?")
    assert entry_given(answer) == "interpretation"


@pytest.mark.parametrize(
    ("text", "session"),
    [
        (
            "May exhibitors at the Hunan Cross-Border E-Commerce Cooperation Matchmaking "
            "Meeting display physical samples on their tables?",
            "cross-border-ecommerce",
        ),
        ("扶贫对接会能不能摆几箱样品", "poverty-alleviation-matchmaking"),
        (
            "will there be power sockets at the industrial and financial matchmaking?",
            "industry-finance-matchmaking",
        ),
        (
            "will the contract values of the Shanghai signing of major projects be published?",
            "sh-industrial-chain",
        ),
    ],
)
def test_samples_sockets_and_contract_values_are_no_cards(index, text, session):
    assert offered(index, text) == [session]


@pytest.mark.parametrize(
    ("text", "session"),
    [
        (
            "At the National-Level Key Industrial Parks conference, which park of Hunan gives "
            "free factory buildings to foreign investors?",
            "nj-parks-promotion",
        ),
        (
            "which counties take part in the poverty alleviation matchmaking?",
            "poverty-alleviation-matchmaking",
        ),
    ],
)
def test_which_park_or_county_does_something_is_no_cards(index, text, session):
    assert offered(index, text) == [session]


def test_what_time_the_parks_conference_starts_is_its_card(index):
    answer = answered(index, "what time start parks conference in nanjing 26 july")
    assert answer.kind == "session" and session_ids(answer) == ["nj-parks-promotion"]


@pytest.mark.parametrize(
    "text",
    [
        "請問花橋國際博覽中心附近的捷運站出口有沒有超商？",
        "is there a convenience store at the metro exit near SICC?",
    ],
)
def test_a_convenience_store_is_the_delegates_own(index, text):
    assert answered(index, text).kind == "none"


@pytest.mark.parametrize(
    "text",
    [
        "我们公司注册在湖南，来上海签合同要交印花税吗？",
        "how long does trademark registration take?",
        "where is the registration of a medical device done?",
    ],
)
def test_registering_a_business_is_not_the_registration_desk(index, text):
    assert answered(index, text).kind == "none"


@pytest.mark.parametrize("text", ["where is the registration desk?", "我们公司怎么注册参会"])
def test_registering_for_the_event_is_still_the_desk(index, text):
    answer = answered(index, text)
    assert entry_given(answer) == "registration-desk"


@pytest.mark.parametrize(
    "text",
    [
        "is there a private event in the Grand Ballroom of the Pudong Shangri-La that evening?",
        "any private function at SICC on the 24th?",
    ],
)
def test_a_private_event_is_another_event(index, text):
    assert not answered(index, text).confident


@pytest.mark.parametrize(
    ("text", "session"),
    [
        (
            "the industry finance matchmaking in kunshan, do they offer letters of credit for "
            "importers?",
            "industry-finance-matchmaking",
        ),
        (
            "at the poverty alleviation matchmaking do the hunan counties sell wine too or just "
            "fruit n tea?",
            "poverty-alleviation-matchmaking",
        ),
        (
            "will there be any crypto funds at the industry-finance matchmaking or just banks",
            "industry-finance-matchmaking",
        ),
        ("产业链对接会现场用哪个会务公司", "sh-industrial-chain"),
        (
            "what is the floor load of West Hall 1 at the Shanghai Exhibition Center?",
            "talent-recruiting",
        ),
    ],
)
def test_what_parties_do_which_supplier_and_floor_loads_are_no_cards(index, text, session):
    assert offered(index, text) == [session]


def test_which_session_meets_banks_is_still_the_session(index):
    answer = answered(index, "产融对接会哪个会能碰到银行")
    assert answer.kind == "session" and session_ids(answer) == ["industry-finance-matchmaking"]


def test_going_to_a_city_outside_without_to_is_the_delegates_own_journey(index):
    text = (
        "After the week I want go Changsha to see factorys, train or plane is better from Shanghai?"
    )
    assert answered(index, text).kind == "none"
    answer = answered(index, "how do I go from Shanghai to Hangzhou, train or plane?")
    assert entry_given(answer) == "intercity-travel"


@pytest.mark.parametrize(
    "text",
    [
        "wait did this week happen last yr too or is 2018 the first one? cant find anything online lol",
        "will u do it again next yr?",
    ],
)
def test_last_or_next_yr_asks_another_edition(index, text):
    assert answered(index, text).kind == "outside"


@pytest.mark.parametrize(
    "text",
    [
        "人才招聘会结束后能给我们志愿者开个实习证明不",
        "can I get a certificate of attendance for the talent fair?",
        "有没有湖南高校校友会的联谊活动",
        "上海有没有湖南大学的校友聚会",
    ],
)
def test_a_certificate_or_an_alumni_gathering_is_not_the_program(index, text):
    assert not answered(index, text).confident


def test_a_discount_asks_a_price(index):
    assert offered(index, "湖南旅游推介会上说的张家界玻璃桥 现在门票学生半价不") == [
        "tourism-promotion"
    ]


@pytest.mark.parametrize(
    "text",
    [
        "r there any winery tours organized for delegates somewhere in the yangtze delta?",
        "is there a food tour in nanjing?",
    ],
)
def test_a_winery_or_food_tour_is_the_delegates_own(index, text):
    assert answered(index, text).kind == "none"


@pytest.mark.parametrize(
    "text",
    [
        "hangzhou expo center - can i leave a couple cases of wine overnight in the cloakroom or smth?",
        "is there an awards night at the end of the week, like best exhibitor or smth",
    ],
)
def test_or_something_is_a_hedge(index, text):
    assert answered(index, text).kind == "none"


@pytest.mark.parametrize(
    "text",
    [
        "Can payments under contracts signed at the week be settled in rupees through a Hunan bank?",
        "Is the HK$ accepted anywhere in Shanghai or must I pay everything in RMB?",
        "上海的出租车收港币吗",
    ],
)
def test_paying_in_a_foreign_currency_is_the_delegates_own(index, text):
    assert answered(index, text).kind == "none"


@pytest.mark.parametrize(
    "text", ["does the finance matchmaking have usd funds?", "产融对接会有美金基金吗"]
)
def test_a_fund_in_dollars_is_still_the_finance_matchmaking(index, text):
    answer = answered(index, text)
    assert session_ids(answer) == ["industry-finance-matchmaking"]


@pytest.mark.parametrize(
    ("text", "session"),
    [
        ("签约仪式签的都是哪些领域的项目？有没有新能源的？", "sh-industrial-chain"),
        ("产业链对接会有哪些项目签约", "sh-industrial-chain"),
        ("昆山那个对接会的桌子是圆桌还是长桌？", "industry-finance-matchmaking"),
    ],
)
def test_which_projects_and_table_shapes_are_no_cards(index, text, session):
    assert offered(index, text) == [session]


@pytest.mark.parametrize(
    "text", ["杭州国博二楼B厅下午是不是还有个母婴用品展？", "上海展览中心这周有没有家具展"]
)
def test_a_fair_of_goods_is_another_event(index, text):
    assert answered(index, text).kind == "none"


def test_interview_tips_are_not_the_job_fairs_card(index):
    assert answered(index, "招聘会现场面试一般都问啥问题啊 有没有面经").kind == "none"
    assert answered(index, "how to prepare for an interview at the job fair?").kind == "none"
    answer = answered(index, "招聘会能现场面试吗")
    assert answer.kind == "session" and session_ids(answer) == ["talent-recruiting"]


@pytest.mark.parametrize("text", ["越南代表要签证吗", "美国客户来参会要办签证吗"])
def test_a_partys_country_is_who_asks_not_what(index, text):
    answer = answered(index, text)
    assert entry_given(answer) == "visa"


def test_another_countrys_visa_is_still_not_theentry_given(index):
    assert answered(index, "去日本要签证吗").kind == "none"


@pytest.mark.parametrize(
    ("text", "session"),
    [
        ("产业链 我厂也做传动链条 链条能带到会上卖不", "sh-industrial-chain"),
        (
            "Could you please teach me whether we must prepare our company seal for the signing "
            "ceremony in Shanghai, or is a signature sufficient?",
            "sh-industrial-chain",
        ),
        ("招聘会摊位要钱不 一家厂能去几个人", "talent-recruiting"),
        (
            "at the Kunshan finance meeting do chinese banks give loans to small foreign companies?",
            "industry-finance-matchmaking",
        ),
    ],
)
def test_goods_to_sell_what_to_prepare_and_what_banks_give_are_no_cards(index, text, session):
    assert offered(index, text) == [session]


@pytest.mark.parametrize(
    "text",
    [
        'Is the "grand platform" some trading platform I can log in to check FX rates?',
        "Can I claim CPD hours from HKIB for attending the finance matchmaking ah?",
        "My laptop cannot connect to our company's VPN network in China. Could you kindly "
        "teach me how to solve it?",
        "The pollution in Shanghai in July, I must wear a mask?",
        "Any park near Lujiazui where I can jog before the morning session la?",
    ],
)
def test_fx_credits_vpn_masks_and_jogging_are_the_delegates_own(index, text):
    assert answered(index, text).kind == "none"


def test_you_mei_cut_short_asks_for_a_place_in_town(index):
    answer = answered(index, "花桥那边有没五金机电市场")
    assert not answer.confident


def test_volunteers_lodging_is_no_program_need(index):
    assert answered(index, "志愿者住宿是学校统一安排还是自己订 几人间啊").kind == "none"


@pytest.mark.parametrize(
    ("text", "session"),
    [
        (
            "拟参加昆山产融合作对接会，请问信托公司是否在参会金融机构之列，现场能否洽谈房地产开发贷款？",
            "industry-finance-matchmaking",
        ),
        ("文创园区推介会的招标文件何时发布", "cultural-creative-parks"),
        (
            "when will the list of deals from the Shanghai signing ceremony be published?",
            "sh-industrial-chain",
        ),
    ],
)
def test_what_can_be_done_there_and_when_things_are_published_are_no_cards(index, text, session):
    assert offered(index, text) == [session]


@pytest.mark.parametrize("text", ["有没有PPP项目专场", "请问贵会能否推荐熟悉湖南市场的主承销商？"])
def test_a_latin_subject_or_a_firm_to_hire_is_not_the_program(index, text):
    assert answered(index, text).kind == "none"


@pytest.mark.parametrize("text", ["有没有vc的对接会", "ipo的对接会在哪"])
def test_a_known_latin_subject_is_still_its_session(index, text):
    answer = answered(index, text)
    assert answer.kind == "session" and session_ids(answer) == ["industry-finance-matchmaking"]


def test_pollution_control_is_an_industry_not_the_weather():
    assert (
        OWN_LIFE.search(normalize("is there a session for pollution control equipment makers?"))
        is None
    )
    assert OWN_LIFE.search(normalize("The pollution in Shanghai in July, is it bad?")) is not None
