"""The normalisation pipeline and the homophone corrector, step by step."""

from __future__ import annotations

import pytest

from bot.chinese_words import in_a_longer_word, is_word
from bot.homophones import Homophones, sound
from bot.textnorm import normalize, stem


@pytest.mark.parametrize(
    ("typed", "normal"),
    [
        ("ＷｉＦｉ　密码", "wifi 密码"),  # NFKC: full-width letters and space
        ("旅遊推介會在哪裡", "旅游推介会在哪里"),  # traditional -> simplified
        ("計程車", "出租车"),  # Taiwan usage, not only characters
        ("乡村振兴的文件精神", "乡村振兴的文件精神"),  # simplified: no Taiwan phrases
        ("我的行程", "我的行程"),
        ("有活动么", "有活动么"),
        ("喺邊度搞旅遊推介會", "在哪里举行旅游推介会"),  # Cantonese after OpenCC
        ("聽日幾點開始", "明天几点开始"),
        ("係咪喺上海", "是不是在上海"),
        ("入場使唔使俾錢", "入场收不收费"),  # a fee, however it is asked
        ("香港人入去使唔使簽證㗎", "香港人进去要不要签证"),
        ("淨係帶回鄉證得唔得", "只带回乡证行不行"),
        ("浦東香格里拉嗰場", "浦东香格里拉那场"),  # OpenCC writes 嗰 as 𠮶
        ("有冇推介？", "有没有推荐?"),  # Cantonese 推介 is "recommend", not a promotion
        ("幾點有得食晏", "几点有吃午饭"),  # lunch, in Hong Kong words
        ("长沙有么子会", "长沙有什么会"),  # Changsha usage
        ("招聘会咋去啊", "招聘会怎么去啊"),  # mainland chat forms
        ("招聘会在哪儿嘛", "招聘会在哪里"),  # particles dropped
        ("wot r u doin 2moro", "what are you doing tomorrow"),  # English shorthand
        ("whr is the mtg b4 lunch pls", "where is the meeting before lunch please"),
        ("the Shanghai Hall on the 7th floor", "the shanghai hall on the 7f"),  # floors
        ("floor 2", "2f"),
        ("7/F", "7f"),
        ("二楼B多功能厅", "2f b多功能厅"),
        ("七樓上海廳", "7f 上海厅"),
        ("Shanghai Intl Convention Centre", "shanghai international convention center"),
    ],
)
def test_each_step_of_the_pipeline(typed, normal):
    assert normalize(typed) == normal


def test_normalizing_twice_changes_nothing():
    for text in ("旅遊推介會在哪裡", "wot r u doin 2moro", "二楼B多功能厅", "喺邊度"):
        assert normalize(normalize(text)) == normalize(text)


def test_words_that_would_stem_into_another_word_stay_whole():
    assert stem("parking") != stem("parks")
    assert stem("networking") != stem("network")
    assert stem("securities") != stem("security")
    assert stem("recruiting") == stem("recruitment") == "recruit"


def test_homophones_replace_only_an_unknown_word_with_the_one_that_sounds_alike():
    fixer = Homophones(
        known={"南京", "旅游", "推介", "在哪", "哪里", "什么"},
        targets={"南京", "旅游", "湖南", "上午", "商务"},
        words={"南京", "旅游", "什么", "活动"},
    )
    assert fixer.correct("南经有什么活动") == "南京有什么活动"
    assert fixer.correct("旅由推介会在哪里") == "旅游推介会在哪里"
    assert fixer.correct("湖男") == "湖南"
    assert fixer.correct("南京") == "南京"  # an exact word is never rewritten
    # 上五 sounds like both 上午 and 商务: the one sharing a character wins
    assert fixer.correct("上五") == "上午"
    # a pair whose character belongs to a known word next door stays: 有活|活动
    assert fixer.correct("有活动") == "有活动"
    assert fixer.correct("where is it") == "where is it"


def test_sound_reads_a_word_as_a_word():
    assert sound("长沙") == "changsha"
    assert sound("南经") == sound("南京")


def test_homophone_corrections_are_reported_so_they_count_less():
    fixer = Homophones(known={"南京"}, targets={"南京"}, words={"南京"})
    assert fixer.corrections("南经有什么") == ("南京有什么", frozenset({"南京"}))
    assert fixer.corrections("南京有什么") == ("南京有什么", frozenset())


def test_a_word_of_the_language_is_no_typo_except_of_a_city():
    fixer = Homophones(
        known={"周末", "什么"},
        targets={"房价", "火车", "上海", "直播"},
        words={"房价", "火车", "上海", "什么"},
        places={"上海"},
    )
    assert fixer.correct("你周末放假吗") == "你周末放假吗"  # 放假 (a holiday), not 房价
    assert fixer.correct("货车限行吗") == "货车限行吗"  # a lorry, not a train
    assert fixer.correct("商海有什么会") == "上海有什么会"  # a word, but a city's sound
    assert fixer.correct("火侧站在哪") == "火车站在哪"  # no word: a typo


def test_a_character_of_a_word_of_the_language_beside_a_typo_stays():
    fixer = Homophones(known={"知识"}, targets={"知识", "人才"}, words={"知识", "人才"})
    # 之时 sounds like 知识, but 时 is of 时间 (a word of the language)
    assert fixer.correct("两场活动之时间为何") == "两场活动之时间为何"
    assert fixer.correct("之时") == "知识"  # alone, a typo
    # unless that word's other character makes the program's word with the next one
    # (湖男人才 is 湖南 人才): here 间 is of the program's 间隙
    fixer = Homophones(known={"知识"}, targets={"知识"}, words={"知识", "间隙"})
    assert fixer.correct("之时间隙") == "知识间隙"


def test_a_common_word_missing_from_pypinyins_phrases_is_no_typo_either():
    # 志愿 (volunteer) sounds like 支援, 现金 (cash) like 先进: both are words of the
    # language (jieba's dictionary), so neither is rewritten; 合做 is too rare to be one
    fixer = Homophones(
        known={"什么"}, targets={"支援", "先进", "合作"}, words={"支援", "先进", "合作"}
    )
    assert fixer.correct("志愿者补贴") == "志愿者补贴"
    assert fixer.correct("收现金吗") == "收现金吗"
    assert fixer.correct("怎么合做") == "怎么合作"


def test_a_pair_inside_a_longer_word_of_the_language_is_no_typo():
    fixer = Homophones(known=set(), targets={"的士"}, words={"的士"})
    assert fixer.correct("迪士尼门票") == "迪士尼门票"  # Disney, not a taxi
    assert fixer.correct("迪士") == "的士"


def test_chinese_words_come_from_the_dictionary():
    assert is_word("志愿") and is_word("现金")
    assert not is_word("南经") and not is_word("合做")
    assert in_a_longer_word("买迪士尼门票", 1) and not in_a_longer_word("南经", 0)
