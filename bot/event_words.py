"""Words that name events rather than ask about them: kinds of event (another event is
meant when the session found is not called so), the subject of a session asked for, the
week's other editions, other trade events by name, and a session sought for someone.

Kept apart from bot.vocabulary (the words that shape a question) so that each stays a
list a reader can take in; both are the reader's and the resolver's words.
"""

from __future__ import annotations

import re

from bot.patterns import bilingual, word_set
from bot.textnorm import cjk_grams, latin_words, stem

# Kinds of event a question can name ("the agriculture expo", 美食节): when the session
# that answers is not called so, another event is meant.
EVENT_KINDS = bilingual(
    r"\b(?:expos?(?! ?cent)|exhibitions?|summits?|forums?|festivals?|gala|banquets?|luncheons?"
    r"|competitions?|contests?|tournaments?|hackathons?|(?:press|news|media) (?:conference|event)s?"
    r"|auctions?|parties|party|after[- ]?part(?:y|ies)|fan (?:meet|meeting)s?|esports|tastings?"
    r"|private (?:events?|functions?)"
    r"|conventions?|(?:product )?launch(?:es| events?)?|awards?(?: (?:nights?|ceremon(?:y|ies)))?|prizes?"
    r"|marathons?|regattas?|horse rac(?:es|ing)|ribbon[- ]cutting|dialogues?|cocktails?|mixers?"
    r"|investor days?|capital markets? days?"
    r"|(?:design|fashion|tech|film|music|wine|beer|food|art|startup|innovation|auto|car) weeks?"
    r"|(?<=international )trade fairs?"  # "the Lagos International Trade Fair"
    r"|(?:auto|car|motor|air|fashion|talent|boat|art) shows?|messe"
    r"|world(?= (?:\w+ ){1,4}(?:conference|congress)))\b"  # another event is the world's
    r"|(?:世界|全球|国际|全国)(?=[^\W\d_a-z]{2,8}?大会)|博览会|展会|展览(?!中心|馆)|峰会|论坛|(?![对环季细情章关调礼音])[^\W\d_a-z]节(?![目约奏省能])|(?:播|电视|卫视|综艺)[^\W\d_a-z]{0,4}节目|晚会|大赛|比赛|午餐会|宴会(?!厅)|发布会|记者会|械展|车展|书展|画展|漫展|房展"
    r"|(?<=投资|贸易|商品|国际)洽谈会|交易会|拍卖|舞会|派对|用品展|(?:家具|服装|食品|珠宝|建材|婚纱|陶瓷|美妆|母婴)展|校友(?:会|聚会)|运动会|比武|义卖|鉴定会|见面会|品鉴会|答谢会|颁奖|庆典|联欢|酒会|年会|茶话会|沙龙|赛马|龙舟赛|马拉松|剪彩"
)


def event_kind_tokens(typed: str) -> tuple[str, ...]:
    """The kinds of event a normalised text names, as topic tokens: each kind's head
    ("expo" of "food expo", the bigrams of 峰会); "Expo Center" is a building, no kind."""
    return tuple(
        token
        for found in EVENT_KINDS.finditer(typed)
        for token in [stem(w) for w in latin_words(found.group())][-1:] + cjk_grams(found.group())
    )


# The kinds a trade week holds (their head tokens): one in a city outside the program may be
# taken for this week's, so the answer says where the week is ("the Ningbo forum").
TRADE_EVENT_KINDS = word_set("expo exhibit summit forum convent fair 论坛 峰会 博览 览会 展会 展览")
# A Chinese run ending in an event noun: unknown characters glued before it name another
# event (纺织产业对接会 is not the poverty alleviation 产业对接会).
EVENT_NOUN_END_ZH = re.compile(
    r"(?:对接|推介|洽谈|招聘|交流|博览|年|大|晚|餐|宴|午餐)会$|论坛$|峰会$|节$"
)
# The subject of a session asked for ("a session on new energy", "the pharma matchmaking",
# 有没有体育产业的推介会): when a word of it is one nothing in the program explains, no
# session is about it, whatever city or day the question names.
_SUBJECT_BEFORE = (  # "a session on …"
    r"sessions?|conferences?|confs?|forums?|meetings?|matchmaking|events?|seminars?"
    r"|workshops?|activit(?:y|ies)|anything"
)
_SUBJECT_AFTER = (  # "the … summit"
    r"sessions?|conferences?|confs?|forums?|matchmaking|seminars?|workshops?|salons?"
    r"|symposi(?:um|a)|ceremon(?:y|ies)|summits?|expos?"
    r"|road ?shows?|(?<=-sellers )meets?|(?<=-seller )meets?|(?<=b2b )meets?"  # "a buyers-sellers meet"
)
# Whether an English text can hold a subject at all: SUBJECT's English alternatives try
# one to three words at every word start, which costs on a long e-mail.
# An event asked to be on ("is SEMICON China happening that week?", "is ChinaJoy being held
# in Shanghai"): what it is called is the subject.
_HELD = r"happening|taking place|being held|held|running|going on"
SUBJECT_NOUN_EN = re.compile(rf"\b(?:{_SUBJECT_BEFORE}|{_SUBJECT_AFTER}|themes|{_HELD})\b")
SUBJECT = bilingual(
    rf"\bis (?!(?:there|it|this|that|anything|something)\b)(?:the |an? )?"
    rf"([\w-]+(?: [\w-]+){{0,2}}) (?:also |still )?(?:{_HELD})\b|"
    rf"\b(?:{_SUBJECT_BEFORE}) (?:on|about|covering|devoted to|related to) "
    rf"([\w-]+(?: (?!(?:for|in|at|with|to|from|by|during)\b)[\w-]+){{0,2}})"  # "…for Chinese firms"
    # what a matchmaking is for ("a procurement matchmaking for rare earth materials?")
    rf"|\bmatchmaking for (?!(?:the|a|an|my|our|me|us|them|foreign|overseas|small)\b)"
    rf"([\w-]+(?: (?!(?:in|at|with|to|from|by|during)\b)[\w-]+){{0,2}})"
    # what sessions are asked to have ("hz sessions got a 5G demo zone?")
    rf"|\b(?:sessions|events|meetings|conferences) (?:got|have|include|offer|feature) "
    rf"(?:an? |any |some )?([\w-]+(?: (?!(?:for|in|at|with|to|from|by|during)\b)[\w-]+){{0,2}})"
    rf"|\b([\w-]+(?: [\w-]+){{0,2}})(?='? (?:{_SUBJECT_AFTER})\b)"
    # 化妆品方面的推介活动, 新能源那块儿有啥对接会, 环保产业的活动: a field asked for
    # (纺织机械的技术交流会, 停车场项目的招商推介: the field, before what kind of meeting)
    # (a rumour heard is no field: 听说产融对接会…, 我听讲产融对接会…)
    r"|([^\W\d_a-z的了是在有会来去要和与跟个那这哪啥么什找想看参卖买帮给暨听说讲]{2,4})(?:(?:方面|相关|领域|类|行业|那块儿?"
    r"|这块儿?|项目)?的?(?:有没有|有什么|有啥|有)?(?:技术|项目|产业|招商|投资)? ?(?:对接会|推介活动|专题活动|推介会|专场|展销会"
    r"|研讨会|座谈会|论坛|峰会|沙龙|酒会|洽谈会|交流会|大会|博览会|展会|招商推介|采购对接|签约活动|签约仪式|签约会|选品会|工作坊|培训班)|(?:方面|领域|行业|产业|那块儿?|这块儿?)的?(?:有没有|有什么|有啥|有)?(?:活动|场次))"
    # a field named in Latin letters before a kind of meeting (PPP项目专场, AI的论坛)
    r"|(?<![a-z])([a-z][a-z0-9]{1,7}) ?(?:项目)?的?(?:专场|对接会|推介会|论坛|峰会|研讨会)"
    r"|([^\W\d_a-z]{2})(?:仪式|典礼|(?<![方形模样公正格程款版])式|礼)(?![\u4e00-\u9fff])"  # 闭幕礼, not 联系方式
    r"|([^\W\d_a-z的了是在有会来去要和与跟个那这哪啥么什找想看参卖买帮给]{2,4})(?:这个|这一)主题"  # 两岸合作这个主题
    # a theme asked to be something: "is ocean economy one of the themes?", 国企混改是哪个主题
    r"|\bis ([\w-]+(?: [\w-]+){0,3}) (?:one of|among|part of) (?:the )?(?:five |5 )?"
    r"(?:themes|opening[- ]up (?:activities|themes))\b"
    r"|([^\W\d_a-z的了是在有会来去要和与跟个那这哪啥么什找想看参卖买帮给]{2,6})(?:是不是|算不算|属于)(?:五大)?(?:开放)?主题之一"
    r"|([^\W\d_a-z的了是在有会来去要和与跟个那这哪啥么什找想看参卖买帮给]{2,6})(?:是|属于)哪一?个主题"
    r"|(?:有没有|有无)([^\W\d_a-z的了是在有会来去要和与跟个那这哪啥么什找想看参卖买帮给]{2,6})(?:的|相关的?)?主题"
)
# The event itself asked about, or whether it is held (again, another edition): "明年还办
# 不办", "will it be held in 2019", "the 2019 Hunan-YRD week", 2017年的洽谈周.
EDITION = bilingual(
    r"\b(?:editions?|again|held|hold|take place|next one|return|trade week|yrd week"
    r"|hunan[- ]?yrd|promotion week|(?:same|similar|another) (?:week|event)|week (?:in|for) 20\d\d"
    r"|20\d\d (?:one|week|event)|20\d\d (?:[\w–-]+ ){1,3}(?:week|edition)"
    r"|(?:it|the week|the event) (?:still )?runs?"
    r"|(?:are|r) (?:you|u) (?:done|finished|over))\b"
    r"|届|还办|再办|办不办|还搞|搞不搞|举办|举行|开不开|还开|会唔会|会办|洽谈周|经贸周|合作周"
    r"|(?:在哪|哪里|哪儿|什么时候|啥时候|几时)(?:召)?开的"  # 去年那个洽谈会在哪开的
    r"|会在[\u4e00-\u9fff]{1,6}办"  # 明年还会在台湾办吗
)
# Another trade event by its name (the Canton Fair, the CIIE, the HKTDC's fairs), or one the
# delegate says is not this week's ("not the Hunan one", 不是这个综合的那种): never a session
OTHER_EVENT = bilingual(
    r"\bcanton (?:fair|expo)\b|\bciie\b|\bimport expo\b|\bhktdc\b|\btrade development council\b"
    r"|\b(?:sial|mihas|gulfood|anuga)\b"
    r"|\bnot (?:the|this|that|your) (?:hunan |main |big |general )?(?:one|fair|event|conference)\b"
    r"|广交会|进博会|贸发局|不是这个综合|不是(?:这个|你们这个|洽谈周)的?(?:会|那种|活动)"
)
# Which session, and whether it suits: the delegate's business is the story around it
_WHICH_SESSION = r"\bwhich (?:\w+ ){0,2}(?:sessions?|meetings?|mtgs?|events?|ones?|conf\w*)\b"
_WHICH_SESSION_ZH = r"哪(?:个|一)?场|哪(?:个|一)(?:会|活动)"
_SUITS = r"\b(?:fits?|suits?|suitable|relevant|right for|best for)\b|合适|适合|对口|比较好"
# "we trade palm oil … which session ah?", 我老家种猕猴桃，去哪个会好: the words around it
# are the business, not a detail asked of a session
SESSION_SUITED = re.compile(
    rf"{_WHICH_SESSION}|{_SUITS}|(?:去|参加|报|选)哪(?:个|一|场)|哪(?:个|一|场)(?:会|活动|场)"
)
# A session described by what happens there ("the meeting where Hunan sells holiday trips to
# travel agents", 介绍张家界凤凰那些地方玩的会): its words are the session's, not the
# delegate's own leisure
SESSION_DESCRIBED = re.compile(
    r"\b(?:the |a )?(?:meeting|session|conference|event|one|mtg) (?:where|in which|at which)\b"
    r"(?!\s*(?:[?.!]|$))"  # "real one where?" asks where
    r"|(?:介绍|推介|推广|讲)[^，,。？?]{1,12}的(?:会|活动|场次)"
)
# Its "where" is a relative, not the question's ("the meeting where companies sign big
# contracts, what time does it open?" asks when)
RELATIVE_WHERE = re.compile(
    r"\b(meeting|session|conference|event|one|mtg|forum) where\b(?!\s*(?:[?.!]|$))"
)
# A session sought for someone ("is there a session for food exporters?", 哪场适合, "which
# mtg fit us"): never an FAQ entry
SESSION_SOUGHT = re.compile(
    r"\b(?:is there|are there|any) (?:a |an |one )?(?:sessions?|meetings?|mtgs?|events?) (?:for|on|about)\b"
    r"|\bwhich (?:sessions?|meetings?|events?) (?:is|are) for\b"
    rf"|(?:{_WHICH_SESSION}|{_WHICH_SESSION_ZH})[^.?!。？！]{{0,30}}?(?:{_SUITS})"
)
