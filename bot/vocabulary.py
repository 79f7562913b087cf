"""The words that shape a question rather than name its topic, in English and Chinese.

Kept apart from the matching code so that adding a paraphrase is a one-word change.
Each set is written as a plain string of words to keep it readable.
"""

from __future__ import annotations

import re

from bot.patterns import bilingual, phrase_list, word_set
from bot.textnorm import stem

# "where" questions lead with the venue and send a map pin.
WHERE_EN = word_set("""where wheres venue venues location locations located locate address
    addresses directions direction navigate navigation map maps held place places buildings
    building""")
# The room asked for ("could you confirm the exact room?"): where, not a room to rent.
WHERE_PHRASES_EN = (
    "which room",
    "what room",
    "exact room",
    "which rooms",
    "which hall",
    "what hall",
    "which floor",
    "which city",
    "what city",
    "which cities",
)
# "when" questions lead with the time.
WHEN_EN = word_set("""when whens time times day days date start starts starting begin begins
    beginning end ends finish finishes conclude concludes hour hours clock wrap over last""")
# Words that ask for a list rather than one session.
LIST_EN = word_set("""schedule schedules agenda agendas program programme programs events sessions
    activities happenings list lineup everything anything any all whats on going happening plan
    plans conferences meetings timetable itinerary overview total number count scheduled""")
# Words in nearly every title: they say "a session", not which one.
GENERIC_EN = word_set("""event session activity conference meeting hunan hunans yangtze river
    delta yrd week promotion cooperation trade economic the forum theme themes themed
    presentation""")
# Chinese bigrams of a kind of event, no session's own word (人才交流会 is the job fair's by
# 人才: "旅游交流会" is no job fair)
GENERIC_GRAMS_ZH = frozenset(["交流", "流会"])
# A singular event noun: "the Nanjing conference" means one thing, even if two could fit.
SINGULAR_EN = word_set("event session activity conference meeting forum")
STOP_EN = word_set("""a an the of for to in at is are was were be been do does did i me my we our youd
    inform needful relate relates related relating linked connected recommend recommended
    recommendation recommendations
    whether advise whom two three four five six seven eight nine ten dozen couple few several
    they them their he she him his her
    us you your can could would should will shall may might there here any some please pls
    plz tell let show give find know want wanna get need about with and or it its this that these
    those from by go take takes taking what who how hi hello hey thanks thank info information
    details detail see attend join visit exactly again so if just also held happen happens
    hold holds im id ive like has have having many much more other else which one ones up out
    learn look looking interested interest talk come coming going am check right ok okay yes
    no not thing things stuff doing only very sorry but question questions sure fairly double
    dumb silly quick quickly maybe perhaps think guess wonder wondering actually kindly hope
    ask asking asked try trying decide deciding send full after before during then there
    whether which want wants boss manager colleague colleagues wife husband friend friends part
    ah lah leh lor meh hor sia krub krab khrap kha got related relevant approximately roughly
    exactly cannot say
    bring wrong mistaken mixing believe true confirm correct remember recall company companies firm firms business make makes made said
    really as well isnt arent doesnt dont wasnt werent theres heres nothing check checking double
    supposed suppose wont till until still aim aimed whatever hq people available being
    totally completely doublecheck doublechecking recheck anywhere somewhere anyone someone
    included incl including provided covered delegate delegates kind kinds type types sort
    myself ourselves yourself yourselves themselves cover covers host hosts provide provides every goes
    something anything probably based exact needed complete entire whole overall big huge large
    straight answer clearly article checked enough pak bapak ibu sir madam maam fit fits describe
    particularly especially close additional
    above across almost alone along already although always among amongst another anyhow
    anyway became become becomes becoming beforehand below both cant couldnt due eg either
    etc even ever everyone former formerly further had hasnt hence however ie
    indeed into itself herself himself hers latter less meanwhile mine moreover most mostly
    must namely neither nevertheless nor often once onto others otherwise ours rather
    seem seemed seeming seems since somehow sometime sometimes than thence therefore though
    through throughout thru thus too toward towards upon whenever whereas wherever whoever
    whose within yours under""")
# Words that ask for something about the word before them, never a thing of their own:
# "hotel recommendations" asks about hotels (bot.owners).
REQUEST_EN = word_set("""recommendation recommendations recommend suggestion suggestions advice tips
    tip options option ideas idea price prices cost costs fee fees rate rates nearby""")
# What a delegate does to a thing ("lost", 补办, "extend"): it names no need by itself; it
# counts for a document only beside a word naming the thing ("lost my badge").
ACTIONS_EN = word_set("""lost lose losing replace replacement apply application extend extension
    renew renewal cancel book booking buy bought broke broken forgot print printing
    interview interviews selfie expedite expedited switch swap refund refunds reschedule
    upgrade borrow reentry""")
ACTIONS_ZH = frozenset(
    phrase_list(
        "补办 申请 延期 续签 续期 换发 更换 换新 预订 购买 坏了 忘了 采访 专访 合影 合照"
        " 加急 打包 带走 换成 退款 退票 改签 转让 升级 借用 外带 单次入境 多次入境 二次入境"
    )
)
# A diet asked of a meal is another need unless the entry names it: "kosher lunch?" is not
# answered by an entry offering halal and vegetarian food (bot.actions).
DIETS_EN = word_set("kosher vegan vegans gluten dairy lactose spicy chili chilli keto diabetic")
DIETS_ZH = frozenset(
    phrase_list(
        "麸质 乳糖 奶制品 乳制品 纯素 犹太 不辣 太辣 很辣 怕辣 吃辣 辣椒 无糖 低糖 低盐 生酮"
    )
)
LOSE_ZH = ("丢", "遗失", "掉在", "掉了", "落在")  # 丢了, 护照丢, 遗失, 掉在车上: one action
# A volunteer relaying a guest's question ("guest asks: where r the venues?", 嘉宾问下一场
# 几点开始): the question is what follows.
RELAYED = re.compile(
    r"^\s*(?:(?:a|an|the|my|our|one) )?(?:guests?|delegates?|visitors?|clients?|customers?"
    r"|gentleman|lady|old man|boss)(?: here)? (?:asks?|asked|wants to know|would like to know)"
    r"(?: if| whether)?\s*[:,]?\s*"
    r"|^\s*(?:嘉宾|客人|来宾|贵宾|一位[^问，,]{0,6}|有位[^问，,]{0,6}|老板)(?:想)?问(?:一下)?[:：，,]?\s*"
    # "what's at pudong shangri-la? client asking": said after the question
    r"|(?<=[?？.!。])\s*(?:(?:a|the|my|our) )?(?:guests?|delegates?|visitors?|clients?|customers?|boss)"
    r" (?:is |are )?(?:asking|asks|wants to know)\W*$",
    re.IGNORECASE,
)
# "What's on?" asks about today (during the event); "the schedule" asks about all of it.
HAPPENING = bilingual(
    # (not a menu: "what's on the lunch menu at SICC?" asks what is served)
    r"\bwhat'?s on\b(?! (?:the |today'?s |tonight'?s )?(?:\w+ )?menu)|\bwhat(?:ever)? is on\b|\bwhatever'?s on\b|\banything (?:on|happening|going on)\b|\bhappening\b|\bgoing on\b|\bwhat runs\b|有什么|有啥|(?<!现)在开|开着的"
)
# The event as a whole: "when does the promotion week start?" is answered with the program.
WHOLE_EVENT = re.compile(r"\bweek\b|\bthe event\b|洽谈周|本届|整个活动")
# The whole program asked for as such ("the full programme", 全部议程, 行程表): every session,
# whatever other words stand around the request ("…一份", "…to plan my travel").
WHOLE_PROGRAM = bilingual(
    r"\b(?:full|whole|entire|complete|overall)\s+(?:\w+\s+){0,2}?"
    r"(?:program(?:me)?|schedule|agenda|timetable|itinerary|line-?up)s?\b"
    r"|(?:整个|全部|所有|完整|全体)[^，。？！?,\s]{0,8}?(?:议程|日程|行程|安排|时间表|场次|program(?:me)?"
    r"|schedule|agenda)"
    r"|(?:议程|日程|行程|时间)表"
    # 有啥活动 … 给我整个全部的看看: all of it, asked to be shown
    r"|(?:整个|全部|所有)(?:全部)?的?(?:活动|会议|场次)?都?(?:给我)?(?:看看|瞧瞧|发我|发给我|列出来|列一下)"
)
GREETING = bilingual(
    r"\b(?:hi|hello|hey|hallo|good (?:morning|afternoon|evening))\b|你好|您好|嗨|哈喽"
)

WHERE_ZH = phrase_list("""哪些地方 哪几个地方 几个地方 哪栋楼 哪栋 哪座楼 哪幢楼 哪幢 哪个楼 分会场 会场 几楼 哪个馆 哪个厅 什么地方 在什么地方 在哪里 在哪儿 在哪 在那里 在那儿 哪里 哪儿 地点 地址 位置
    场地 场馆 怎么走 怎么去 如何去 怎样去 导航 哪条路上 哪条路 哪条街 什么路 哪间酒店 哪家酒店 哪个酒店 哪间饭店 哪家饭店 哪个饭店 何地 何处 哪些城市 哪几个城市 几个城市 哪个城市 什么城市 哪座城市""")
# "During the conference" says when the delegate is there, not which sessions they ask
# about (会议期间上海天气怎么样); cut before the list words (会议) can be read.
DURING_ZH = phrase_list("会议期间 开会期间 活动期间 洽谈周期间 会期内 会期间")
WHEN_ZH = phrase_list(
    "开到几点 到几点 几点钟 几点 什么时候 什么时间 何时 何日 时间 哪天 哪一天 开始 结束 日期 几号"
)
LIST_ZH = phrase_list("""分会场 场次 哪几场 有什么活动 有哪些活动 有什么 有哪些 什么活动 哪些活动 活动 日程 议程 安排
    会议 行程 哪些 都有 几场 一共 多少场 所有 全部 都有哪些 都有什么 列出来 列出 晚会 这两场 两场 三场 这三场 这几场 场子 各场 总共 共有 节目 分场 有场 有会 清单 列个 几场会 两个会 两场会""")
STOP_ZH = phrase_list("""请问 如果 我单位 本单位 敝单位 我局 比较对口 对口 还会 我想知道 想知道 我想 告诉我 一下 是什么 什么 具体 湖南 长三角 洽谈周 经贸 我们 几位同志 同志
    本届 这届 这种会 这类会 这样的会 在线等 挺急的 急急急 老朽 此番 鄙人 不知 这次 正在进行 进行 一场
    你们 的 了 吗 呢 吧 啊 是 在 有 我 你 这个 那个 要 去 参加 举行 举办 召开 请 哪 个 还是
    多长 多久 多少 怎么 如何 怎样 可以 能 需要 公司 做生意 有关系 有关 相关 关于 涉及 方面 跟 与
    家人们 官方 粉丝 推荐 便宜 实惠 干净 安静 高档 豪华 舒适 划算 最近有 最近去 最近在 最近还 最近是 记错 记得 确认 核实 好像 或许 也许 搞错 弄错 搞错了 帮忙 可能 没错 对吧 对吗 是否 来着 分别 各自 各个 告知 烦请 那场 这场 开会 应该
    主题 包括 包含 提供 自己解决 这几天 这两天 问下 本地 都是 比较快 比较近 比较省事 后续
    ？ ?""")
# The phrase lists a question is read with, in this order, and what each marks: a
# Chinese one's, and the only phrases of these lists an English one has.
QUESTION_PHRASES_ZH: tuple[tuple[tuple[str, ...], str | None], ...] = (
    (DURING_ZH, None),
    (WHERE_ZH, "where"),
    (WHEN_ZH, "when"),
    (LIST_ZH, "list"),
    (STOP_ZH, None),
)
QUESTION_PHRASES_EN: tuple[tuple[tuple[str, ...], str | None], ...] = (
    (("?", "？"), None),
    (WHERE_PHRASES_EN, "where"),
)


# A question naming two cities ("Shanghai to Hangzhou") is about travelling between them;
# the FAQ entry that carries this keyword answers it.
BETWEEN_CITIES_TOPIC = "intercity"

# ---------------------------------------------------------------- whole-question intents

# The delegate's own agenda ("my schedule"), answered with what /my shows.
AGENDA = bilingual(
    r"(?<!near )(?<!next to )(?<!by )(?<!at )(?<!under )(?<!beside )"  # "near my seat": a place
    r"\bmy (?:own |personal )?(?:schedule|agenda|sessions|events|bookings|sign[- ]?ups|registrations|"
    r"itinerary|plan|program(?:me)?|calendar|seats?|reservations?)\b"
    # …unless it is what the delegate talks about: "my schedule is packed", "my agenda app"
    r"(?!\s+(?:is|was|has been|looks|app|apps)\b)"
    r"|\b(?:what|which)(?: sessions?| events?| ones)? (?:did|have) i (?:sign(?:ed)? up|register(?:ed)?|"
    r"book(?:ed)?|join(?:ed)?|enrol(?:led)?)"
    r"|\bi(?:'m| am) (?:signed up|registered|booked) (?:for|into)\b"
    r"|\b(?:what|which)(?: sessions?| events?| ones)? am i (?:signed up|registered|booked) (?:for|in|into)\b"
    r"|\b(?:sessions?|events?|ones)(?: that| wey)? i(?:'ve| have)? (?:registered|signed up|booked)\b"
    r"|\b(?:sessions?|events?|ones)(?: that| wey)? i(?:'ve| have) (?:register|sign up|book)\b"
    r"|\bwhat i(?:'ve| have)? (?:signed up|registered|booked) (?:for|4)\b"
    r"|\bwhat i(?:'ve| have) (?:sign up|register|book) for\b"  # Pidgin: "wetin i don register for"
    r"|我(?:自己)?的 ?(?:agenda|schedule|行程表)(?! ?(?:太|很|满|超|排满|好满))|我(?:自己)?的(?:日程|行程|议程|安排|报名|活动|场次|预约|座位)(?!太|很|满|超|排满|好满)|我(?:报名?|book|订|预订|预约)了(?:哪|什么|几|边)|我(?:都)?报了|我(?:之前|此前|先前|已经)报了名?(?:的|那|哪|几|什么)"
    r"|报(?:名)?(?:参加)?了哪(?:些|几)|报名的是哪|已报名的|报名的场次|(?:我|本人|自己)(?:本人)?(?:已经?|之前|此前|先前)?报名(?:了)?(?:参加)?的"
    r"|(?:鄙人|本人|我)的(?:参会)?日程(?!太|很|满|超|排满|好满)"
    r"|我参加(?:了)?哪几?(?:场|个)|我自己(?:都)?报了|我[个嘅] ?agenda"
    r"|(?:本人|我)(?:的)?(?:日程|行程)表?上(?:已)?(?:登记|报名|预约)"  # 本人日程表上已登记之场次
)
# "What are the five opening-up activities?": the themes as such.
THEMES = bilingual(
    r"\bthe (?:five|5) (?:\w+ )?themes\b"  # "idk wat the 5 themes r"
    r"|\b(?:five|5) (?:major |big |main |key )?(?:opening[- ]up|open(?:ing)?)\b|\bopening[- ]up (?:activities|themes)\b"
    r"|\b(?:the )?(?:five|5) themes\b|\bwhat (?:are )?the themes\b|\bthemes\b"
    r"|五大(?:开放)?(?:活动|主题|行动)|五个(?:开放)?(?:活动|主题|行动)|开放活动|开放行动|开放主题|对外开放活动|(?:哪|几)(?:些|个|几个|几大|大)主题|主题活动有哪些"
)
# What a theme is asked to be ("is X one of the themes?", X是哪个主题, 有没有X的主题): a
# subject nothing in the program explains is no theme of it.
THEME_ASKED_OF = re.compile(
    r"\bis (?P<en>.{2,60}?) (?:one of|among|part of) (?:the )?(?:five |5 )?"
    r"(?:themes|opening[- ]up (?:activities|themes))"
    # "is one of the five opening-up themes about the Greater Bay Area?"
    r"|\b(?:is|are) (?:one|any) of (?:the )?(?:five |5 )?(?:opening[- ]up )?(?:themes|activities)"
    r" (?:about|on|for) (?P<en2>.{2,60})"
    r"|(?P<zh>[^\s，。？！?,]{2,12}?)(?:是不是|算不算|属不属于|属于)(?:五大)?(?:开放)?主题之一"
    r"|(?P<zh2>[^\s，。？！?,]{2,12}?)(?:是|属于)哪(?:个|一个)主题"
)
# A year, a week or a month outside the event: answered with the event's dates. A number
# with a unit after it is a quantity ("2000 sqm", 2000平), not a year.
_NOT_A_YEAR = (
    r"(?!\s*(?:sqm|m2|square|sq|units?|pcs|pieces|tons?|kg|rmb|yuan|usd|people"
    r"|平|元|块|人|吨|台|件|个))"
)
OTHER_TIME = bilingual(
    r"\b(?:next|last|previous|coming) (?:week|month|year|edition)\b|\bnext years?\b|\blast years?\b"
    r"|\blater this year\b|\bafter this year\b"
    # the editions before this one ("has it been held before?", "previous editions")
    r"|\b(?:held|happened|organi[sz]ed|run) before\b|\bbeen held\b|\b(?:previous|past|earlier) editions?\b"
    r"|\b(?:every|each) year\b|\bannually\b|每年|年年"
    r"|\b(?:on |this |the )?weekends?\b|周末|星期六|星期天|星期日|周六|周日|礼拜六|礼拜天"
    rf"|\b(?:19|20)(?!18\b)\d\d\b{_NOT_A_YEAR}"
    rf"|下(?:个)?(?:周|星期|礼拜|月)|上(?:个)?(?:周|星期|礼拜|月)|明年(?!就?要?毕业)|去年|前年|上年(?!纪)|下一?届|上一?届|(?:19|20)(?!18)\d\d{_NOT_A_YEAR}年?"
    # another month named on its own ("in November", 八月份); with a day it is a date
    r"|\bin (?:january|february|march|april|may|june|august|september|october|november"
    r"|december)\b(?! ?\d)|(?<![\d十])(?:[一二三四五六八九]|十[一二]?|[1-689]|1[0-2])月(?:份)?"
    r"(?!\s*[\d一二三四五六七八九十])"  # 8月, 八月份: a month named without a day
)
# This edition named after another time: the other time is the story's (去年评上了老字号，
# 这次有没有老字号展销会), unless this edition is the one the teller misses (这次没赶上)
THIS_EDITION = bilingual(
    r"(?:\bthis (?:time|year|edition)\b|这次|今次|本次|这届|本届|今年)"
    r"(?![^，,。？?!！]{0,6}(?:没赶上|赶不上|走不开|来不了|去不了|错过|\bmiss|\bcan'?t make))"
)
# A pasted e-mail: its greeting, courtesy phrases and signature are noise around the question.
EMAIL_CLOSING = bilingual(
    r"(?:\b(?:best|kind|warm)(?:est)? regards\b|\bregards,|\byours (?:sincerely|faithfully|truly)\b"
    r"|\bsincerely,|\bbest wishes\b|\bcheers,).*$|(?:此致|顺祝|祝好|敬礼|期待您的回复|盼复).*$"
)
EMAIL_NOISE = bilingual(
    r"\bdear [a-z .]{0,40}?(?:,|\s(?=i\b))|\bto whom it may concern\b|\bi (?:am|'m) writing to (?:ask|enquire|inquire|request)(?: about)?\b"
    r"|\bi hope (?:this|you)[^.?!]*[.!]|\bthank you (?:in advance|very much|for your (?:help|time|reply))\b"
    r"|\bthanks in advance\b|\bmany thanks\b|\blooking forward to (?:your|hearing)[^.?!]*[.!]?"
    r"|\b(?:could|would|can) you (?:please |kindly )?(?:tell|let|inform|advise) (?:me|us)(?: know)?\b"
    r"|\bi would (?:like|appreciate)(?: it)?(?: to (?:know|ask|confirm))?\b|\bplease (?:advise|confirm)\b"
    r"|尊敬的[^，,:：]{0,12}[，,:：]|您好[，,!！]?|打扰了|冒昧(?:地)?(?:问一句)?|非常感谢|感谢您?的?(?:帮助|回复)?|麻烦您?了?"
)
# Where the teller would rather not go (衡阳有没有分会场 不想跑那么远, 长沙有没有招聘会 我不想跑
# 上海): a reason, not a place or topic asked about
RELUCTANCE = re.compile(
    r"(?:我|我们)?(?:不想|懒得|不愿意?)再?(?:大老远)?(?:跑|去)(?:到|去)?"
    r"(?:那么远|那么老远|太远|上海|杭州|南京|昆山|花桥)?|(?:跑)?那么远"
)
# Why the teller asks (几点开我好订车票, "so I can book my train"): their own errand is the
# reason for the question, not what it asks about
PURPOSE = re.compile(
    r"(?:我|我们)好(?:订|买|定|安排|准备|提前)[^，,。？?！!]{0,10}(?=[。？?！!.\s]*$)"
    r"|\bso (?:that )?(?:i|we) can (?:book|buy|plan|arrange) [^,.?!]{1,30}(?=[?!.\s]*$)"
)
# A delegate describing their own business: the answer says why the session fits.
SELF_DESCRIBED = bilingual(
    r"\b(?:we are|we're|we run|we make|we sell|we do|our (?:company|firm|studio|bank|group|"
    r"business|team|agency|fund)|i (?:am|'m) (?:a|an|from|with)|i run|i work (?:for|at|in)"
    r"|(?:i|we) (?:sell|make|export|import|produce|manufacture|supply|grow|trade|distribute))\b"
    r"|我们(?:是|公司|单位|企业|做)|我(?:是做|是一家|在一家|们家)|本公司|我司|敝公司"
    # where or what "we" are, then what we make: 我们厂做钢丝, 咱娄底钢厂做板材的, 我们郴州搞石墨
    # (搞 reads as 举行 by then)
    r"|(?:我们|咱们?)[^，,。？?！!\s想要能去来会在的]{1,6}(?:做|举行|生产|经营|种|养|招(?=[厨工人员]))"
    # a plan to invest is who the delegate is too: 打算去湖南建厂, "planning to set up a plant"
    r"|(?:打算|准备|计划|想)[^，,。？?]{0,8}(?:建厂|设厂|开厂|落户|投资建|办厂)"
    r"|\b(?:we(?:'re| are)? plan(?:ning)? to|we want to|we'd like to) (?:build|set up|open|invest)\b"
)
# Opening hours are a place's: "what time does the bank open", 银行几点开门.
OPENING_HOURS = bilingual(
    r"\b(?:open(?:ing)? hours|business hours|(?:what time|when) (?:does|do|will|is|are)\b"
    r"[^?.!]{1,40}?\b(?:open|close)s?\b(?! ?ing)|is (?:the )?(?:\w+ ){1,3}open (?:on|at|until|till"
    r"|today|tomorrow|tonight|now|late|again)\b)|营业时间|几点(?:开门|关门|闩门|营业|开放)|(?:开门|关门|开放)时间"
    r"|(?:还|是否|有没有)(?:在|有)?(?:开放|营业)|开放吗|营业吗|开不开放|上班吗|几点下班|办公时间|几点收(?!到)"
    r"|(?:是否|有没有|还)?对外办公|办不办公|上不上班"
    # a service's hours: the last train, 地铁几点停运
    r"|\b(?:last|first) (?:train|metro|subway|bus)\b|\b(?:metro|subway) hours\b|停运|收车|末班|首班|运营时间"
    # a meal's hours ("what time does lunch end", 午饭几点结束)
    r"|\b(?:lunch|breakfast|dinner|buffet)\b[^?.!]{0,20}\b(?:end|ends|finish|finishes|over)\b"
    r"|(?:午饭|午餐|早餐|晚餐|自助餐)[^？?。！]{0,6}(?:结束|几点收)"
)
# What one asks a company, not an event: its prices, specifications, rentals, jobs,
# accounts ("Sany excavator price list", 三一重工的出口报价). A session that only mentions
# the company (not one called by its name) does not answer it.
COMPANY_NEED = bilingual(
    r"\b(?:price lists?|pricing|quotes?|quotations?|specs|specifications?|datasheets?"
    r"|catalog(?:ue)?s?|rentals?|for rent|hiring|vacanc(?:y|ies)|seller accounts?|accounts?"
    r"|wholesale prices?|distributors?hip|dealership|memberships?|subscriptions?"
    r"|(?:factory|plant) (?:tours?|visits?)|(?:is|are) \w+ hiring|(?:does|do) (?:[\w()]+ ){1,5}sell to|need a contact"
    r"|(?:warehouse|factory|plant|company|group|store) (?:is |are )?hiring|how much does an? (?:new |used )?(?:\w+ ){1,3}cost)\b"
    r"|\b(?:revenues?|profits?|market (?:cap|value)|share price|stock price|earnings)\b"
    r"|营收|营业额|利润|市值|股价|财报|报价|价格表|参数|规格|说明书|租赁|出租|招人|在招聘|批发价|代理权|经销|开店|保证金|会员|续费|招不招|校招|网申|社招|秋招|春招|参观工厂|参观厂|啥价|什么价|价位"
    r"|多少钱一台"
)
# A question about how long a session lasts is a "when" question.
DURATION = bilingual(
    r"\bhow long\b|\bduration\b|\blast(?:s|ing)? (?:for|until|till)\b|\bend(?:s|ing)? (?:before|after|by)\b|\bbefore lunch\b"
    r"|\bafter lunch\b|\b(?:be )?over by(?: noon| lunch)?\b|\bby noon\b|多长时间|多久|几个小时|几个钟|几小时|持续|开多久|午饭前|午餐前|吃饭前|中午前"
)

# A weekday named: in a story, the day the question is about (after "next week I'm away").
WEEKDAY = bilingual(
    r"\b(?:mon|tue|tues|wed|thu|thur|thurs|fri)(?:day)?\b|\bwednesday\b|(?:周|星期|礼拜)[一二三四五]"
)

# Words that contradict each other: a question holding one is not about a document
# named by the other ("the closing ceremony" is not the "opening ceremony", 闭幕 not 开幕).
# Pairs, English written as typed (stemmed where used), Chinese as bigrams.
OPPOSITES = tuple(
    tuple(pair.split("/"))
    for pair in sorted(
        word_set("""opening/closing open/close arrival/departure arrive/depart arriving/leaving
    start/end begin/finish morning/evening welcome/farewell first/last 开幕/闭幕 开场/闭幕
    开始/结束 到达/离开 抵达/离开 接机/送机 上午/下午 早上/晚上 欢迎/欢送 首场/最后""")
    )
)

# English time words: never a thing asked about ("ecommerce tmrw" is e-commerce).
TIME_WORDS_EN = word_set("""today tonight tomorrow tmr tmrw yesterday morning afternoon evening night
    now next later soon weekend monday tuesday wednesday thursday friday saturday sunday
    mon tue tues wed thu thur thurs fri sat sun am pm""")

# Chinese time words, known to the homophone corrector so it never rewrites them.
TIME_WORDS_ZH = phrase_list("""今天 明天 后天 昨天 上午 下午 晚上 中午 早上 今晚 现在 下一 接下 星期 周一
    周二 周三 周四 周五 礼拜 几号 月份 马上 刚才 一会 等下 晚点 今年""")

# "The first session of the week", "最后一场": one session by its place in time.
FIRST_SESSION = bilingual(
    # ("is the 2018 week the first one?" asks of the editions)
    r"\b(?<!week the )(?<!edition the )(?:first|earliest|opening) (?:session|event|one|meeting|activity)\b"
    r"|第一场|首场|最早(?:的)?一场"
    r"|\b(?:opens|kicks off|starts) the (?:week|event|programme|program)\b"
)
LAST_SESSION = bilingual(
    r"\b(?:last|final|latest|closing) (?:session|event|one|meeting|activity)\b|最后一场|最后一个|最晚(?:的)?一场|压轴"
    r"|\b(?<!who )(?:concludes|closes|ends|wraps up|rounds off) the (?:week|event|programme|program)\b"
)

# "What should I wear to the opening?", 晚宴穿什么: what to wear is the dress code, whatever
# occasion stands beside it (the occasion is context, the dress code the need).
WEAR = bilingual(
    r"\bwear(?:ing)?\b|\bdress(?:ed)? up\b|穿(?:什么|啥|哪|着|正装|西装|戴|工作服|便装|休闲)|怎么穿"
)
WEAR_TOPIC = "dress code"

# Characters so common in questions that a pair holding one is never taken for a typo
# (有会 is not 优惠, 有相 is not 邮箱).
COMMON_CHARS = frozenset(
    "有是在的了吗呢吧我你他她它这那不没会要去和也都就还说能给让被把从到对跟很太哪谁几么啥完一个己"
)
# An unknown Chinese bigram holding one of these is grammar around the topic, not topic.
NOISE_CHARS = COMMON_CHARS | frozenset("一个些下到开场请想问只带")

# Words in building names that say what kind of building, not which: a question about
# "the hotel" is about accommodation, not about the venues that happen to be hotels.
VENUE_GENERIC = bilingual(r"\bhotels?\b|大酒店|酒店|饭店|宾馆")

# List words that only name sessions: beside a singular ("那场会议") they ask for one.
SESSION_NOUNS_ZH = frozenset(["会议", "活动"])
# "南京的会": one meeting is meant, even if two could be (Chinese has no article to say so).
SINGULAR_ZH = re.compile(r"(?:那个|这个|哪个|的)会(?![议场展都])|[那这哪]场(?![馆地])")

# Two cities with one of these are a question about travelling between them; "to",
# "from" and "between" are such only before a city (bot.city_reader: not "sorry to ask").
TRAVEL_CUE = bilingual(
    r"\b(?:get|getting|travel|travelling|traveling|go|going|train|trains|"
    r"drive|driving|transfer|distance|far)\b|去|到|从|往返|之间|前往|怎么走|多远|高铁|动车"
)

# Words that ask for a building rather than a session: its address, the way there.
BUILDING_WORDS = bilingual(
    r"\bvenues?\b|\bbuildings?\b|\baddress\b|\bhow (?:do|can|should) (?:i|we) get\b"
    r"|会场|场馆|场地|地址|怎么去|怎么走"
)

# Words that ask about sessions as such ("any sessions tonight?", 晚上有会吗).
SESSION_NOUNS = bilingual(
    r"\b(?:sessions?|events?|meetings?|mtgs?|activit(?:y|ies)|conferences?|confs?|"
    r"programs?|programmes?|schedule|agenda|anything|everything|something|parts? of the week)\b"
    r"|活动|会议|场次|分会场|推介会|对接会|有会|还有场|(?:专门|相关|对口|方面)的会|什么会|哪些会|几个会|哪个会|哪一场|哪场|日程|安排|环节|板块|专场|专门讲"
)

# The time after the week ("after the event", 会后): when the delegate's own plans are,
# not sessions asked for.
AFTER_THE_EVENT = bilingual(
    r"\bafter (?:the |this )?(?:event|events|week|conference|expo)\b|会后|活动后"
    r"|(?:会议|活动|洽谈周|会)结束(?:以后|之后|后)|开完会"
)

# Who a person is (a foreigner, an expat, 外籍): an entry's word for whom its need is
# for, not the need; beside a session named, what is asked is of the session ("does the
# job fair hire foreigners?").
PERSON_WORDS = word_set("expat expats foreigner foreigners citizen citizens compatriots") | {
    "外籍",
    "外宾",
    "外国",
    "国人",
}

# Places in town a session is about (banks come to the finance matchmaking, supermarkets to
# the commercial carriers'): "where is the bank", 哪里有超市 asks for the place, not the
# session (bot.topic_answers), unless an event noun names the session.
PLACE_NOUNS = (
    frozenset(
        stem(word)
        for word in word_set("""bank banks supermarket supermarkets market markets factory
    factories agency agencies mall malls shop shops store stores warehouse warehouses port
    office wholesale travel""")
    )
    | frozenset(  # as the index holds Chinese: bigrams
        word[i : i + 2]
        for word in phrase_list("银行 超市 批发市场 工厂 旅行社 商场 商店 仓库 港口")
        for i in range(len(word) - 1)
    )
)
# Whether there is such a thing ("is there a bank nearby?", "got or not", 有没有超市, 有没市场)
THERE_IS = bilingual(r"\b(?:is|are) there\b|\bgot(?: or not)? ?\?|\bany\b|有没有?|有冇|有无|有吗")
# "the bank one", 批发市场那个会: a session meant, named by what it is about
ONE_MEANT = re.compile(r"\bthe (?:[\w-]+ ){1,3}(?:one|ones|thing|things)\b|那个会|那场|哪个会|的会")
# A word right before a session noun: what the session would be about ("a parking
# session", 签证论坛).
NEED_BEFORE_SESSION = re.compile(
    r"\b(?!(?:between|next|after|before|other|each|every|all|same|first|last|later)\b)([a-z]+)"
    r" (?:sessions?|conferences?|confs?|seminars?|forums?|summits?|workshops?|panels?)\b"
    r"|([\u4e00-\u9fff]{2})(?:论坛|研讨会|专场|峰会|讲座)"
)
# Which hotel a session is held in, no session named ("which hotel is the venue?", 哪个酒店是
# 会场): the buildings that are hotels, not where delegates stay.
HOTEL_VENUE = bilingual(
    r"\bwhich hotels?\b[^?.!]{0,30}\b(?:venues?|sessions?|ballrooms?|held|conferences?|meetings?)\b"
    r"|\b(?:venues?|sessions?|ballrooms?|conferences?|meetings?)\b[^?.!]{0,40}\bwhich hotels?\b"
    r"|哪[个家]酒店(?:是会场|开会|办会|开)|会场是哪[个家]酒店"
)
# Which session is held at a hotel ("which one is at a hotel?", 南京那俩会哪个是在酒店办的):
# the sessions whose building is a hotel, in the city or on the day asked.
SESSION_AT_A_HOTEL = bilingual(
    r"\bwhich (?:one|session|conference|meeting|event)s? (?:is |are )?(?:held )?(?:at|in) (?:a|the) hotel\b"
    r"|哪(?:个|场|一场)(?:会)?(?:是)?在(?:酒店|宾馆|饭店)(?:办|开|举办|举行)"
)
# Every building asked where it is, whatever story stands around the request ("the
# addresses of all venues, to plan my route", 会场都在哪 全部列出来, 各场活动会场地址的汇总).
ALL_VENUES_ASKED = bilingual(
    r"\bwhere (?:are|r) (?:all|each) (?:of )?(?:the )?(?:venues|locations)\b"
    r"|\b(?:addresses|locations|list|map) of (?:all|every|each) (?:of )?(?:the )?(?:venues?|locations)\b"
    r"|\b(?:list|send|show) (?:me |us )?(?:all|every) (?:the )?venues\b|\ball (?:the )?venue addresses\b"
    r"|(?:所有|全部|各个?|每个|各场活动|各场次)的? ?(?:会场|场馆|venues?) ?的?[^，。？?]{0,4}?(?:地址|地点|位置|在哪|何处)"
    r"|\bwhich buildings\b[^?.!]{0,30}\bvenues\b|\bbuildings? (?:are )?(?:being )?used as venues\b"
    r"|会场都在哪"
)
# A person asked for ("who heads the chamber", 会长是谁).
ASKS_WHO = bilingual(r"\bwho\b|\bwhos\b|是谁|谁是|哪位")
# Members, figures or rankings of a theme's idea asked for ("which Fortune 500 companies
# have their HQ in Shanghai", 世界500强湖南有几家, 会费): facts the program does not give.
IDEA_FACTS = bilingual(
    r"\b(?:which|what|how many) (?:\w+ ){0,3}(?:companies|firms|corporations|enterprises"
    r"|countries|nations|members|brands|provinces)\b|\bmembership\b|\brankings?\b|\branked\b"
    r"|\b(?:make|made|on) (?:it (?:onto|into) )?the (?:\w+ ){0,4}list\b|上榜|入围|入选"
    r"|哪些(?:企业|公司|国家|城市|品牌|省)|哪几家|几家|多少家|多少个国家|哪个国家|会费|入会|排名|排第几"
)
