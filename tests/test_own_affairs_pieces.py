"""The pieces bot.own_affairs_words builds its four big patterns from: each still finds the
words of its need, alone and inside the pattern built of it, and none is left without
an example here (a piece added later gets one)."""

from __future__ import annotations

import re

import pytest

from bot import own_affairs_words
from bot.patterns import Bilingual
from bot.textnorm import normalize

# constant -> piece -> questions that name the piece's need, English then Chinese
EXAMPLES: dict[str, dict[str, tuple[str, ...]]] = {
    "LEISURE": {
        "outings": ("things to do in Nanjing", "南京有什么好玩的"),
        "recommended_things": ("南京有啥便宜青旅推荐不", "有没有民宿推荐"),
        "tours": ("any walking tours?", "有夜游吗"),
        "flight_deals": ("cheapest flights to Xi'an", "哪里有特价机票"),
        "shopping": ("where can I buy tea?", "附近有奥莱吗"),
        "food": ("the best street food", "有什么小吃"),
        "nightlife": ("a good bar nearby", "哪里有酒吧"),
        "sport_and_wellness": ("is there a gym?", "哪里可以按摩"),
        "parks": ("a park for a walk", "附近的公园"),
        "shows_and_museums": ("which museums are open?", "博物馆几点开门"),
        "screens": ("a cinema near the hotel", "想去看电影"),
        "kids": ("somewhere with kids", "带孩子去哪"),
    },
    "OWN_LIFE": {
        "health": ("the nearest hospital", "发烧了怎么办"),
        "weather": ("will it rain tomorrow?", "明天会不会下雨"),
        "time_zones": ("Karachi time now?", "跟伦敦时差几个小时"),
        "banking": ("where can I change some dollars?", "哪里可以换美元"),
        "fees": ("how much are agency fees?", "律师费多少"),
        "pay_and_points": ("overtime pay rules", "公积金怎么交"),
        "markets": ("the Hang Seng today", "今天涨停的股票"),
        "prices": ("the market price of pork", "猪肉多少钱一斤"),
        "taxes": ("income tax in China", "个税怎么算"),
        "economy_and_news": ("fact-check Hunan's GDP", "八项规定是什么"),
        "officials_agenda": ("the mayor's schedule", "市长明天的行程"),
        "own_company": ("register a company in Suzhou", "怎么办营业执照"),
        "land_and_leases": ("land auctions in Hefei", "租房多少钱"),
        "law_and_fakes": ("I need a lawyer", "怎么报警"),
        "returns": ("the return policy", "能退货吗"),
        "writing": ("translate this into Chinese", "帮我翻译一下"),
        "family": ("my dog is sick", "宠物能带吗"),
        "luck_and_gifts": ("lucky numbers", "看风水"),
        "phone_number": ("手机卡在哪买",),
    },
    "UNSTATED": {
        "accessibility": ("is the hall wheelchair accessible?", "有手语翻译吗"),
        "prayer_smoking_nursing": ("is there a prayer room?", "哪里可以吸烟"),
        "companions": ("can I bring my wife?", "可以带家属吗"),
        "dating": ("a night for singles", "想相亲"),
        "shipments": ("can we ship our samples here?", "怎么寄快递"),
        "tickets_and_luggage": ("left luggage at the station", "在哪里改签"),
        "phone": ("where to buy a SIM card", "哪里借充电宝"),
        "car": ("rent a car", "罚单怎么交"),
        "errands": ("a haircut nearby", "哪里可以理发"),
        "other_visas": ("would I qualify for a talent visa?", "R字签证怎么办"),
        "certificates": ("can I get a certificate of attendance?", "能开个实习证明不"),
        "interview_tips": ("any interview tips?", "面试一般都问啥问题"),
        "registering_a_business": (
            "where is the registration of a medical device done?",
            "注册公司要多久",
        ),
        "paying": ("can I pay with Alipay?", "能用支付宝吗"),
        "filming_photos_press": ("can we shoot a video?", "可以拍照吗"),
        "gifts": ("should I bring gifts?", "要送礼吗"),
        "shows": ("any performances tonight?", "有演出吗"),
        "sport_and_tv": ("watch the World Cup", "英超在哪看"),
        "draws_certificates_cocktails": ("is there a lucky draw?", "有抽奖吗"),
        "staging": ("who are the sponsors?", "彩排几点"),
        "deal_papers": ("the due diligence", "有合同文本吗"),
        "renting": ("can we rent the ballroom?", "场租多少"),
        "reimbursed": ("will my flights be reimbursed?", "机票能报销吗"),
        "arranged_visits": ("is there a site visit?", "能参观工厂吗"),
        "building_history": ("when was the hall built?", "这栋楼建于哪年"),
        "volunteers": ("volunteer meals", "志愿者的补贴怎么发"),
        "contacts": ("the phone number of the chamber", "商会的联系电话"),
        "the_bot": ("are you a robot?", "你是谁"),
        "own_event": ("our school's job fair", "我们学校的双选会"),
    },
    "ADVICE": {
        "comparisons": ("the differences between them", "有什么区别"),
        "laws_and_standards": ("is it legal to", "需要什么资质"),
        "government": ("which ministry approves it?", "有什么补贴"),
        "procedures": ("explain it step by step", "办理流程"),
        "figures": ("how many people live in Suzhou?", "一共有多少"),
        "business": ("corporate tax rates", "报关怎么做"),
        "trends": ("what sells well?", "销量怎么样"),
        "news_and_analysis": ("any news?", "有什么八卦"),
        "names_and_history": ("how old is the bridge?", "为什么叫这个名字"),
        "repairs": ("how do I fix my laptop?", "手机怎么修"),
        "recipes": ("a recipe for dumplings", "菜谱"),
        "firms_to_hire": ("recommend a freight forwarder",),
    },
}


def _pieces(constant: str) -> dict[str, str]:
    return getattr(own_affairs_words, f"{constant}_PIECES")


@pytest.mark.parametrize("constant", sorted(EXAMPLES))
def test_the_pattern_is_its_pieces_each_with_an_example(constant):
    pattern = getattr(own_affairs_words, constant)
    assert isinstance(pattern, Bilingual)
    assert pattern.pattern == "|".join(_pieces(constant).values())
    assert set(EXAMPLES[constant]) == set(_pieces(constant))


@pytest.mark.parametrize(
    ("constant", "piece", "text"),
    [
        (constant, piece, text)
        for constant, pieces in EXAMPLES.items()
        for piece, texts in pieces.items()
        for text in texts
    ],
)
def test_a_piece_finds_its_need_alone_and_in_its_pattern(constant, piece, text):
    normalized = normalize(text)
    assert re.search(_pieces(constant)[piece], normalized), (piece, normalized)
    assert getattr(own_affairs_words, constant).search(normalized), (constant, normalized)
