"""The words that shape a question rather than name its topic, in English and Chinese.

Kept apart from the matching code so that adding a paraphrase is a one-word change.
Each set is written as a plain string of words to keep it readable.
"""

from __future__ import annotations

import re


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


def _phrases(text: str) -> tuple[str, ...]:
    """Longest first, so "在哪里" is cut out before "哪里" can split it."""
    return tuple(sorted(set(text.split()), key=len, reverse=True))


# "where" questions lead with the venue and send a map pin.
WHERE_EN = _words("""where wheres venue venues location locations located locate address
    addresses directions direction navigate navigation map maps held place places""")
# "when" questions lead with the time.
WHEN_EN = _words("""when whens time times day days date start starts starting begin begins
    beginning end ends finish finishes hour hours clock""")
# Words that ask for a list rather than one session.
LIST_EN = _words("""schedule schedules agenda agendas program programme programs events sessions
    activities happenings list lineup everything anything all whats on going happening plan
    plans which conferences meetings timetable itinerary overview""")
# Words in nearly every title: they say "a session", not which one.
GENERIC_EN = _words("""event session activity conference meeting hunan hunans yangtze river
    delta week promotion cooperation trade economic the forum""")
# A singular event noun: "the Nanjing conference" means one thing, even if two could fit.
SINGULAR_EN = _words("event session activity conference meeting forum")
STOP_EN = _words("""a an the of for to in at is are was were be been do does did i me my we our
    us you your can could would should will shall may might there here any some please pls
    plz tell show give find know want wanna get need about with and or it its this that these
    those from by go take takes taking what who how hi hello hey thanks thank info information
    details detail see attend join visit exactly again so if just also held happen happens
    hold holds im id ive like has have having many much more other else which one ones up out
    learn look looking interested interest talk come coming going am check right ok okay yes
    no not thing things stuff""")
# "What's on?" asks about today (during the event); "the schedule" asks about all of it.
HAPPENING = re.compile(r"\bwhat'?s on\b|\bwhat is on\b|\bhappening\b|\bgoing on\b|有什么|有啥|在开")
# The event as a whole: "when does the promotion week start?" is answered with the program.
WHOLE_EVENT = re.compile(r"\bweek\b|\bthe event\b|洽谈周|本届|整个活动")
GREETING = re.compile(
    r"\b(?:hi|hello|hey|hallo|good (?:morning|afternoon|evening))\b|你好|您好|嗨|哈喽"
)

WHERE_ZH = _phrases("""什么地方 在什么地方 在哪里 在哪儿 在哪 在那里 在那儿 哪里 哪儿 地点 地址 位置
    场地 场馆 怎么走 怎么去 如何去 怎样去 导航""")
WHEN_ZH = _phrases("几点钟 几点 什么时候 什么时间 何时 时间 哪天 哪一天 开始 结束 日期 几号")
LIST_ZH = _phrases("""有什么活动 有哪些活动 有什么 有哪些 什么活动 哪些活动 活动 日程 议程 安排 节目
    会议 行程 哪些 都有 几场 一共 多少场 所有 全部""")
STOP_ZH = _phrases("""请问 我想知道 想知道 我想 告诉我 一下 是什么 什么 湖南 长三角 洽谈周 经贸 我们
    你们 的 了 吗 呢 吧 啊 是 在 有 我 你 这个 那个 要 去 参加 举行 举办 召开 请 哪 个 还是
    多长 多久 多少 怎么 如何 怎样 可以 能 需要 ？ ?""")

# A question naming two cities ("Shanghai to Hangzhou") is about travelling between them;
# the FAQ entry that carries this keyword answers it.
BETWEEN_CITIES_TOPIC = "intercity"
