"""Rules of stop 40 on the bundled program, continued from test_fresh_wording_40b.py
(examples of each rule, not the accuracy figure), from the probe files read last in
the stop:
- in a text of both scripts a Latin word ends where its letters end, not where a word
  character does (bot.patterns: "有冇site visit", "像样的KTV", "个stage同backdrop"): the English words
  of every bilingual pattern find it glued to Chinese as they find it between spaces;
- having heard of a session on a day (听说25号上午在杭州有个推介) asks for it, not news;
- what the banks at a session require or lend to, what its providers "can do", taking
  its stage (上…台子), being put on its list (可以列入), minutes for each party (各园区…
  多少分钟), a date to hand in by (何日前), a kind of firm's projects (有没有物流公司的
  项目), a deposit (保证金, typed 保正金) and a tasting (试吃) are no card's; a dessert
  table is a menu no entry gives;
- collateral (要什么抵押), parking spaces to buy, thunderstorms, an O2O 专场 (a Latin
  subject with a digit), a livehouse, the water towns (周庄, 乌镇…), futures and river
  liners (客轮) are not the program's;
- "foreigner" is kept whole (bot.textnorm.KEEP_WHOLE): a foreigner is the visa entry's,
  while "foreign" trade, buyers or a foreign company are a session's words;
- the rule the tables are shared by (么子规矩分, 先到先得), whom the banks accept (有接受),
  a display area (展示区), the date to submit by ("by what date") and which of the parks
  have something are no card's; family brought along (带…家人), Hong Kong dollars to
  settle in, a locker for luggage, a workshop (工作坊) and coffee shops are not ours;
- a slot reserved for some (专属洽谈时段) is no card's; a familiarisation trip (踩线), a
  broadcast van (转播车), a car's inspection (年检) and a building open to visitors on
  other days (平时开放) are not ours;
- a journey to a city outside the program (从南京去黄山要坐几个小时) names the program's
  city it starts from: no list of that city's sessions (Question.goes_outside);
- a closing date (截至, as 截止) and help given on the spot (现场帮不帮) are no card's;
  setting up the day before (布展), damages for breach (违约赔偿), a hall's free dates
  (档期), a press release, a blockchain, a breakdown of figures (分项提供) and a supplier
  to recommend (供应商，有推荐的吗) are not ours; SIAL, MIHAS, Gulfood and Anuga are
  other fairs by name;
- who may be a signing party (可以当签约方吗), places kept for some (专登/专门留给, 预留)
  and a freezer for samples (冰柜, 冷藏) are no card's; a projector (投影), advice asked
  (有咩建议), hiring workers in a city (招工好不好招) and a university's enrolment
  (新生报到, 入学) are not ours;
- the organizers' phone or hotline asked beside the delegate's own affair (想做sponsor，
  组委会的hotline是多少) is still the contacts entry: the number is theirs to give;
"""

from __future__ import annotations

import pytest

from tests.helpers_core import answered, answered_with_card, entry_given, offered


@pytest.mark.parametrize(
    "text",
    [
        "Hangzhou嗰边有冇安排site visit去睇啲factory？",
        "南京新街口那块有啥像样的KTV能招待客户？",
        "旅游推介会个stage同backdrop系边间event company做㗎？",
    ],
)
def test_a_latin_word_glued_to_chinese_is_still_a_word(index, text):
    assert answered(index, text).kind == "none"


def test_heard_of_a_session_on_a_day_asks_for_it(index):
    text = "我们是做钢结构的 老板想看看工程机械那些大厂 听说25号上午在杭州有个推介 是在哪个厅来着"
    assert answered_with_card(index, text) == ["hz-industry-promotion"]


@pytest.mark.parametrize(
    ("text", "session"),
    [
        (
            "Do the banks at the Kunshan finance session need us to clear AML checks before the"
            " slot?",
            "industry-finance-matchmaking",
        ),
        (
            "Do the banks at the finance matchmaking lend to foreign-owned companies?",
            "industry-finance-matchmaking",
        ),
        (
            "The payment providers at the e-commerce meeting, can they do transfers to Kenya?",
            "cross-border-ecommerce",
        ),
        ("我们是合作社不是公司能不能上签约仪式的台子去签", "sh-industrial-chain"),
        ("请问重大项目签约，我们县的项目可以列入签约名单吗？", "sh-industrial-chain"),
        ("国家级重点产业园区推介会上，各园区推介时长为多少分钟？", "nj-parks-promotion"),
        ("推介材料需于何日前报送？国家级重点产业园区推介会", "nj-parks-promotion"),
        ("上海签约仪式今年有没有物流公司的项目？还是清一色重工业", "sh-industrial-chain"),
        ("签一个项目要交多少保正金？", "sh-industrial-chain"),
        ("扶贫对接会那天有没有得试吃农产品？", "poverty-alleviation-matchmaking"),
    ],
)
def test_what_the_banks_there_require_the_stage_the_list_and_a_tasting_are_no_cards(
    index, text, session
):
    assert offered(index, text) == [session]


@pytest.mark.parametrize(
    "text",
    [
        "我们合作社想贷款建个仓库要什么抵押，房子行不行",
        "上海国际会议中心附近有没有车位卖？想买个位收租",
        "请问南京七月下旬是否常有雷暴天气？户外活动是否需要调整？",
        "洽谈周有没有社区团购O2O专场对接会？",
        "杭州晚上有什么livehouse推荐",
        "由昆山市区去周庄要多久车程？",
        "Is there a live stream of soybean futures I can watch for free?",
    ],
)
def test_collateral_parking_spaces_storms_o2o_livehouses_water_towns_and_futures_are_not_ours(
    index, text
):
    assert answered(index, text).kind == "none"


def test_a_dessert_table_at_the_welcome_dinner_is_offered(index):
    answer = answered(index, "7月24号上海欢迎晚宴系边间酒店整嘢食？有冇甜品枱？")
    assert answer.kind == "suggest" and entry_given(answer) is None and answer.faq is not None


def test_a_foreign_company_is_no_foreigner_of_the_visa_entry(index):
    text = "Signing ceremony in Shanghai, can a foreign company also sign a project?"
    assert offered(index, text) == ["sh-industrial-chain"]


def test_foreigners_asking_to_attend_get_the_visa_entry(index):
    assert entry_given(answered(index, "can foreigners attend the event?")) == "visa"


@pytest.mark.parametrize(
    ("text", "session"),
    [
        (
            "扶贫对接会那二十张桌子么子规矩分的，先到先得还是要提前约好？",
            "poverty-alleviation-matchmaking",
        ),
        (
            "产融合作对接会那些银行，有接受外地人开的公司申请贷款吗？",
            "industry-finance-matchmaking",
        ),
        ("请问精准扶贫产业对接会是否安排扶贫车间的产品展示区？", "poverty-alleviation-matchmaking"),
        (
            "If a Dutch SME wished to sign an agreement at the major project signing in Shanghai,"
            " by what date would the documents have to be submitted?",
            "sh-industrial-chain",
        ),
        (
            "Which of the national-level parks presented in Nanjing have their own rail siding?",
            "nj-parks-promotion",
        ),
    ],
)
def test_the_rule_for_tables_who_is_accepted_a_display_area_and_a_date_are_no_cards(
    index, text, session
):
    assert offered(index, text) == [session]


@pytest.mark.parametrize(
    "text",
    [
        "跨境电商对接会，一对一洽谈的时候可以带一个帮忙讲话的家人一起坐吗？",
        "跨境电商对接会的payment providers，support唔support港币settlement？",
        "Shanghai Exhibition Center 东一馆 got locker for luggage?",
        "有没有农产品包装设计的工作坊？",
        "南京洲际酒店那个宴会厅旁边有没有 Starbucks，续命要紧",
    ],
)
def test_family_along_hk_dollars_lockers_workshops_and_coffee_shops_are_not_ours(index, text):
    assert answered(index, text).kind == "none"


def test_a_slot_reserved_for_some_is_no_cards(index):
    assert offered(index, "湖南旅游推介会是否设有旅行社专属洽谈时段？") == ["tourism-promotion"]


@pytest.mark.parametrize(
    "text",
    [
        "有没有组织旅行社去张家界踩线的活动",
        "我们台的转播车能开进南京国博吗？",
        "The Nanjing Expo Center, is it open to the public on other days?",
    ],
)
def test_fam_trips_broadcast_vans_and_visiting_buildings_on_other_days_are_not_ours(index, text):
    assert answered(index, text).kind == "none"


def test_a_journey_to_a_city_outside_is_no_list_of_the_city_it_starts_from(index):
    assert answered(index, "从南京去黄山要坐几个小时的车？").kind == "none"
    assert entry_given(answered(index, "从上海到南京要坐几个小时的车？")) == "intercity-travel"


@pytest.mark.parametrize(
    ("text", "session"),
    [
        ("扶贫对接会报名截至到几号", "poverty-alleviation-matchmaking"),
        ("跨境电商对接会现场帮不帮注册亚马逊店铺", "cross-border-ecommerce"),
    ],
)
def test_a_closing_date_and_help_on_the_spot_are_no_cards(index, text, session):
    assert offered(index, text) == [session]


@pytest.mark.parametrize(
    "text",
    [
        "浦东香格里拉的宴会厅能不能头一天进去布展",
        "签约仪式签的合同有没有违约赔偿的说法",
        "上海展览中心东一馆七月底还有档期可以租吗？",
        "签约仪式会不会有media？签完有没有press release？",
        "你们个产业链是不是用blockchain？",
        "产融合作对接会达成的融资意向金额，能否按银行、基金分项提供？",
        "我们公司要换网络供应商，有推荐的吗？",
    ],
)
def test_setting_up_damages_free_dates_press_releases_tokens_and_breakdowns_are_not_ours(
    index, text
):
    assert answered(index, text).kind == "none"


@pytest.mark.parametrize(
    "text",
    [
        "SIAL China in Shanghai, is it the same week as the food matchmaking?",
        "Gulfood or this week, which one better for a halal distributor like me?",
    ],
)
def test_other_food_fairs_by_name_are_not_the_programs(index, text):
    assert answered(index, text).kind == "none"


@pytest.mark.parametrize(
    ("text", "session"),
    [
        ("上海重大项目签约那场，外资企业可以当签约方吗？", "sh-industrial-chain"),
        ("湖南人才招聘会有冇专登留畀应届毕业生嘅职位？", "talent-recruiting"),
        ("国家级重点产业园区推介会是否为县级园区预留推介时段？", "nj-parks-promotion"),
        (
            "浦东香格里拉那个大宴会厅能不能放个冰柜啊我们的样品要冷藏",
            "poverty-alleviation-matchmaking",
        ),
    ],
)
def test_who_may_sign_places_kept_for_some_and_a_freezer_are_no_cards(index, text, session):
    assert offered(index, text) == [session]


@pytest.mark.parametrize(
    "text",
    [
        "上海国际会议中心5A厅有投影吗 想放我们的视频",
        "我想转去做就业辅导，有咩建议？",
        "昆山那边的工厂现在招工好不好招",
    ],
)
def test_a_projector_career_advice_and_the_labour_market_are_not_ours(index, text):
    assert answered(index, text).kind == "none"


def test_the_organizers_phone_beside_ones_own_affair_is_still_the_contacts_entry(index):
    text = "我们公司想做这次的sponsor，组委会的hotline是多少"
    assert entry_given(answered(index, text)) == "contacts"
