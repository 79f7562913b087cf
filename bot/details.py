"""What a session's card shows, and what is asked of a session that it does not.

A card gives a session's time, building, hall and floor, its seats and, for a
matchmaking session, its tables and meeting length; a list gives the sessions
themselves. "How many projects will be signed?", 签了多少亿 or 哪几个县的农产品 ask
for a figure the program does not hold: the session is where the delegate would look,
so it is offered, never given as the answer (bot.search). So is what happens at the
session (会上, 现场) that the question asks with words nothing in the program explains
(人才招聘会上有没有事业单位编制的岗位, 扶贫对接会现场能不能直接下单), and which company,
bank or official there does something ("which bank at the finance matchmaking confirms
letters of credit?", 哪家物流比较好); who comes at all is the card's or the speakers entry's.
What a job pays ("what salary range are the employers offering?", 应届生给开多少月薪) is
in no card either: the job fair is where to ask it. Nor is who may take part ("does the job
fair accept Korean nationals?", 也可以一起上台签吗), how places are shared out (名额如何
分配), whether deals are made public (签约金额会公开吗) or how a deal is paid (现款还是赊账):
one pattern per kind, listed in _NO_CARD_GIVES.
"""

from __future__ import annotations

import re

_COUNT = re.compile(
    r"\bhow (?:many|much|big)\b|\btotal (?:\w+ )?(?:size|value|amount|volume)\b|\b(?:deal|contract|investment) (?:size|value|amount)s?\b"
    r"|\bwhat ?%|\bpercent(?:age)?\b|\bwhat (?:irr|return|yield|rate)s?\b|几成|百分之几|(?<![\d两])几个点(?![钟位])"
    r"|\b(?:min|minimum|max|maximum) (?:\w+ )?(?:size|amount|order)s?\b"
    r"|多少|几多|哪几|(?<![我们院司])有几|几亿|(?:分到|分配|拿到|给)了?几个"
    r"|几个(?:县|市|园区|企业|项目|银行|国家)|具体几个"
)
# what a card or a list counts: its seats, tables, minutes, time, place, the sessions
_SHOWN = re.compile(
    r"\b(?:tables?|seats?|places?|people|persons?|minutes?|mins?(?! (?:\w+ )?(?:size|amount|order))|hours?|hrs?|(?<!last )(?<!next )time|long|"
    r"capacity|spots?|slots?|floors?|rooms?|halls?|days?)\b"
    # sessions as the thing counted, not as a session's name ("the talent recruiting meeting")
    r"|\b(?:many|number of|several) (?:[\w-]+ ){0,2}?(?:sessions?|meetings?|events?)\b"
    r"|座|位子|多少人|几个人|几人|桌|分钟|小时|时长|时间|地址|(?<!项目)名额|几号|几楼|楼层|厅|多久|几天"
    r"|场次|几场|多少场|(?:几|多少)个(?:会|活动)"
)

# What a card gives, asked by its name: the card answers however many words stand around
# it ("how many tables are prepared for one-to-one meetings?", "…, Zhongshan North Rd right?")
_CARD_FIELD = re.compile(
    r"\b(?:tables?|seats?|capacity|minutes?|hours?|how long|address|road|rd|street|st|avenue|ave)\b"
    r"|名额|桌|多久|时长|几点|地址|路|街|大道"
)

# "at the session, is there / can one …": a detail of what happens there
_AT_THE_SESSION = re.compile(
    r"(?:会上|现场|会场上)[^，。？！?]{0,14}?"
    r"(?:有没有|有冇|能不能|可不可以|可以|能否|可否|会不会|给不给|是否|怎么|咋|要不要|帮不帮)"
    # …能不能现场谈订单, 能不能当场就谈成: the same asked the other way round
    r"|(?:能不能|可不可以|能否|能|可以)(?:在)?(?:现场|当场|会上)"
    # 现场能直接扫码卖货不: can one do it there, asked with 能 and a closing 不 or 吗
    r"|(?:会上|现场|当场)(?:能|可以)[^，,。？?!！]{1,12}(?:不|吗|么)"
    # "can I sign an MoU on the spot at the Hangzhou conference?": the same in English
    r"|\b(?:can|could|may) (?:i|we|one|you) [^?.!]{1,40}?\b(?:on the spot|there and then|right there)\b"
)

# what there is at a session, asked right after its name: 旅游推介会有冇推介婚纱摄影套餐,
# 那场会不会发免费门票 (what the session presents is on its card: 会不会介绍南岳衡山)
_AFTER_THE_SESSION = re.compile(
    r"(?:会|那场|仪式|推介|对接)(?:上|里|那边|现场)?(?:有没有|会不会)([^，,。？?!！]{2,24})"
    # what a session is asked to take in: "does the finance matchmaking cover crypto?",
    # "does it include the supply chain for edible-oil bottling lines?"
    r"|\bdoes (?:it|the|this|that|your)\b[^,.?!]{0,50}? (?:cover|include|involve|deal with|touch on) "
    r"([^,.?!]{3,60})"
    # what the parties there are asked to do ("do they do trade finance like letters of
    # credit?", "do the Hunan counties sell wine too?")
    r"|\b(?:do|does|will|can|could) (?:they|it|the (?!program)[\w-]+(?: [\w-]+)?"
    r"|(?:[\w-]+ )?(?:banks|investors|buyers|funds|companies|counties|parks)) (?:do|offer|provide"
    r"|sell|buy|handle|accept|fund|finance|give|lend|issue|grant|open) ([^,.?!]{3,60})"
)

# whether the session covers a thing or who attends: its card and the speakers entry say
_COVERS = re.compile(r"介绍|推介|涉及|包括|包含|参加|出席|讲|谈")

# Which company, bank or official at a session does something: who takes part is not on
# any card ("which logistics company at the e-commerce matchmaking does sea freight?",
# 哪家物流比较好, 哪位领导会来)
_WHICH_PARTICIPANT = re.compile(
    r"\bwhich of the (?:[\w-]+ ){0,3}(?:projects|deals|contracts|parks|zones|banks|companies)\b"
    # ("a session at which companies… can meet banks": a relative clause, no question)
    r"|(?<!\bat )(?<!\bin )(?<!\bfor )(?<!\bby )\b(?:which|what) (?:[\w-]+ ){0,2}"
    r"(?:compan(?:y|ies)|firms?|banks?|platforms?|agenc(?:y|ies)"
    r"|markets?|suppliers?|buyers?|florists?|partners?|employers?|carmakers?|manufacturers?"
    r"|officials?|leaders?)\b(?! (?:will |are )?(?:come|coming|attend|attending|be there|hiring))"
    r"|\bwhich (?:[\w-]+ ){0,2}(?:parks?|zones?|count(?:y|ies))\b"
    r"|\bany (?:compan(?:y|ies)|firms?|banks?|investors?|buyers?) from\b"  # "any company from Pakistan"
    # a kind of party named (有没有台资银行, 有冇澳门嘅电商平台参加): no card lists them
    r"|有没有[^，,。？?\s]{1,4}(?:的|资)(?:银行|券商|电商平台|企业|公司)"
    r"|有没有我们[^，,。？?\s]{1,6}的?(?:项目|企业|公司)|有(?:没有)?专门(?:做|投|服务)"
    r"|有没有[^，,。？?\s]{1,6}(?:公司|企业)的项目"
    r"|哪[家间](?!酒店|饭店|宾馆|场馆|会场|房|厕)|哪个 ?(?!会[^务展]|[场活])[^\s，。？?]{0,10} ?(?:公司|厂家|厂商|银行|供应商)|哪位(?!领导会?(?:参加|来|出席))"
    r"|哪些(?:企业|公司|银行|领导|厂家)(?!会?(?:参加|来|出席))|哪些(?:[^，。？?\s]{1,4}的)?项目"
)

# What the parties there are after ("are the investors at the Kunshan finance meeting
# interested in Africa projects?", "r d buyers…", 来的投资人对非洲项目感兴趣吗): no card says
_PARTIES_WANT = re.compile(
    r"\b(?:are|will) (?:the|d|any) (?:[\w-]+ ){0,2}(?:investors|buyers|banks|vcs|funds|companies"
    r"|firms|employers|exhibitors|officials|delegates|participants)\b[^?.!]{0,50}?"
    r"\b(?:interested in|looking for|keen on|open to)\b"
    r"|(?:投资人|投资方|买家|采购商|银行|基金|客商)[^，。？?]{0,12}(?:感兴趣|有兴趣)(?:吗|不|没|么)"
    r"|愿意(?:贷款|放贷|借钱|投资|投钱)给"
)

# Whether only some may take part or be presented ("can I sell shea butter or is it only
# Hunan products?", 有没有民宿还是只推大酒店): who or what a session admits is no card's
_ONLY_SOME = re.compile(
    r"\bor (?:is it |it is |it'?s |its |are they )?(?:just |only )?(?:only|just)\b|还是只(?!是)"
    # "or is it locals only?", "or must be Hunan company only?", 是不是只投本地企业
    r"|\bor (?:is it |it'?s |are they |must be |should be )(?:[\w-]+ ){1,3}only\b|是不是只(?!有)|是否只(?!有)|只限|仅限"
)

# How places or tables are shared out (名额如何分配, "first come first served?"): no card
# says, though it gives their number
_ALLOCATION = re.compile(
    r"(?:如何|怎么|怎样|咋|点样)分配|(?:什么|么子)规矩分|\bfirst come,? first served\b|先到先得"
    # the minutes each party gets (每个市州能分到几分钟, 每个园区可以讲几分钟)
    r"|(?:每个|每家|每位|各)[^，,。？?]{1,14}(?:几|多少)分钟|留几分钟|给[^，,。？?]{1,10}几分钟"
    r"|\bhow (?:are|is|will) (?:the )?"
    r"(?:[\w-]+ ){0,3}(?:allocated|assigned|shared out|distributed)\b"
)

# Whether someone may take part, or on what terms ("does the job fair accept Japanese
# nationals?", "can foreign farmers also sell there?", 台资企业也可以一起上台签吗, 台湾的学历
# 会被承认吗, "bank can give loan to foreign company?"): who a session admits or serves is
# no card's
_WHO_MAY = re.compile(
    r"\baccepts? (?:[\w-]+ ){0,2}(?:nationals|citizens|foreigners|passport holders|applicants)\b"
    # foreigners hired or let in ("does the job fair hire foreigners?", 招不招外国人)
    r"|\b(?:hire|hires|hiring|recruit|recruits|recruiting|employ|employs|take|takes) (?:on )?"
    r"(?:foreigners|expats|foreign (?:nationals|students|graduates|workers|staff))\b"
    r"|\b(?:can|could|may) (?:foreigners|expats) (?:attend|join|apply|take part|go|come)\b"
    r"|招(?:不招)?(?:外国人|外籍|老外)|(?:外国人|外籍人士|老外)(?:能不能|可不可以|可以|能)(?:参加|应聘|去|报名)"
    r"|\b(?:can|could|may) [\w' -]{1,40}? also (?:sell|join|take part|attend|sign|pitch|present"
    r"|apply|exhibit)\b"
    r"|\b(?:banks?|investors?|buyers?|funds?) (?:there |here )?(?:can|could|will|would) (?:give|lend"
    r"|offer|provide|finance|fund|do)\b"
    r"|\b(?:banks?|investors?|buyers?|funds?) (?:there|here) (?:give|lend|offer|provide|finance"
    r"|fund|do)s?\b"
    r"|\b(?:banks?|investors?|funds?) (?:give|lend|offer)s? [^?.!]{1,40}\balso\b"
    r"|\b(?:are|is) [\w' -]{1,30}? allowed to\b"
    r"|也放进去|也加进去|算进|算入|计入|(?:能不能|可不可以|能否)顺便|有接受|专属|预留|专门留给"
    r"|(?:可以|能|能不能|可不可以)当[^，,。？?\s]{0,4}方"
    r"|上[^，,。？?\s]{0,10}台子|(?:可以|能否|能不能|可否)列入"
    r"|\b(?:banks|investors|buyers|funds) at (?:the )?[\w -]{1,50}? (?:lend|give|offer|provide|finance"
    r"|fund|need|require|ask)\b"
    r"|\b(?:foreign|overseas|international) (?:compan(?:y|ies)|firms?|buyers?|sellers?|traders?)"
    r" (?:can|could|may) \w+"
    r"|(?:能|可以|想|要|让)(?:一起|也)?(?:上台|登台)|有没有[^，,。？?\s]{1,12}(?:上台|登台)"
    r"|是否接受|接不接受|(?:会|能)?被承认|承不承认|(?:也|一起)(?:可以|能)"
    r"|(?:能不能|可不可以|可唔可以)也|以[^，,。？?\s]{1,10}(?:的)?名义"
    r"|算不算(?!是?(?:主题|五大))"
)

# When something about a session is published (招标文件何时发布, "when will the list of
# deals be released?"): a date of the organizers', not the session's own time
_PUBLISHED = re.compile(
    r"(?:何时|什么时候|啥时候|哪天|几时)(?:发布|公布|公开|出台|发出来)"
    r"|\bwhen (?:will|is|are|do|does) (?:the )?[\w' ]{1,60}? (?:be )?(?:published|released|announced"
    r"|made public)\b"
    # whether it is made public at all (签约金额会公开吗, "will the amounts be disclosed?")
    r"|(?:会|会不会|是否|能否)(?:对外)?公开|公开吗|公不公开|\bbe (?:made )?(?:public|disclosed)\b"
    r"|\bget (?:published|announced|released|made public)\b|(?:才|再)公布|公不公布|会议纪要"
)

# Whether a role is hired there (招不招普工, 三一重工有在徵機械工程師嗎): no card lists the
# jobs; hiring people at all (招不招人) is the job fair's own business
_ROLE_HIRED = re.compile(
    r"(?:招不招|有没有招|有冇招|有在招|有在征)(?!人)|(?:^|[.?!,] ?)(?:is|are) (?!there\b)[\w' ]{2,60}? hiring\b"
)
# The terms a job comes with, asked in any form (是事业编还是合同工, 五险一金交不交)
_JOB_TERMS = re.compile(r"事业编|编制|合同工|劳务派遣|五险一金|\bprobation(?:ary)? period\b")
# How a deal there is paid (当场付款还是月结, "payment terms"): no card says
_PAYMENT_TERMS = re.compile(
    r"月结|账期|付款方式|当场付款|现场付款|现款|赊账|\bpayment terms\b"
    r"|最低采购量|最低订货量|起订量|\bmoq\b|\bminimum order(?: quantit(?:y|ies))?\b"  # an order's terms
)
# What is given away there (旅游推介会上有没有送门票, 发不发纪念品, "free samples"): no card
# lists it
_GIVEAWAY = re.compile(
    r"(?:有没有|有冇|会不会|能不能|可不可以)(?:免费)?(?:送|赠送|发放|派发|派(?![人车对]))|送不送|发不发|赠不赠"
    r"|\b(?:give ?aways?|freebies?|free (?:gifts?|samples?|souvenirs?))\b|\bgiv(?:e|ing) (?:away|out)\b"
    r"|试食|试吃"  # a tasting of the goods there
)
# How the room is laid out or who sits where (座次, 圆桌还是课桌式, "the seating plan"):
# no card gives it, though it gives the count of seats and tables
_SEATING = re.compile(
    r"座次|座位(?:安排|表|图)|摆位|排位|坐第几排|课桌式|课室式|剧院式|圆桌式|鸡尾酒式|展示区"
    r"|(?:圆桌|长桌|方桌)还是(?:圆桌|长桌|方桌)"
    r"|\bseating (?:plans?|charts?|arrangements?|layouts?)\b|\bwhich (?:seat|row|table) is (?:mine|for me|reserved)\b"
    r"|\b(?:classroom|theat(?:re|er)|banquet|cabaret|boardroom|u-shape)[- ]style\b|\bround tables? or\b"
    r"|\bround tables? ?(?:定|还是) ?long\b"
)
# The order a session runs in (南岳衡山排第几个发言, "the running order"): no card gives it
_ORDER = re.compile(r"第几个|排第几|发言顺序|出场顺序|\b(?:running|speaking) order\b")


# What a job pays, asked as an amount or a level ("the usual salary range", 薪资咋样): a
# job wanted "with a good salary" asks for the job fair, not its pay
_PAY = re.compile(
    r"\b(?:salar(?:y|ies)|wages?|stipends?|pay (?:range|scale|package)s?|remuneration)\b"
    r"|\b(?:jobs?|positions?|roles?|vacanc(?:y|ies)|posts?|openings?)\b[^.?!,]{0,30}\bpay\b"
    r"|月薪|年薪|底薪|时薪|薪资|薪水|薪酬|工资|待遇"
)
_PAY_ASKED = re.compile(
    r"\b(?:what|how much|range|typical|usual|average|avg|starting)\b"
    r"|多少|几多|咋样|怎么样|如何|高不高|范围|大概"
)


# What to bring, prepare, show or plug in at a session ("do I need to bring my CV?",
# 要带简历不, "may exhibitors display samples… power sockets?"): no card lists it; asked
# with when or where, the card answers the rest
_BRING = re.compile(
    r"\b(?:need|have|got|required) (?:to|2) (?:bring|prepare|print)\b|\bshould (?:i|we) bring\b"
    r"|\bmust (?:i |we )?(?:bring|prepare)\b|带(?:到|去)(?:会上|会场|现场)(?:卖|摆|展示)"
    r"|\bwhat (?:to|should i|should we|do i|do we) (?:bring|prepare)\b"
    r"|(?:要|需要|得|用不用|要不要|需不需要|必须)(?:自己|多)?(?:带|准备|携带|打印)"
    r"|(?:要|需要|要不要)[^，,。？?]{0,12}自己(?:带|准备|打印)"
    r"|\b(?:bring|display|show|exhibit|taste)\w* (?:\w+ ){0,3}samples?\b|\bpower (?:sockets?|outlets?|points?)\b"
    r"|(?:带|摆|展示|拿)[^，,。？?\s]{0,4}样品|插座|电源|自带|自行印制|自己印"
    r"|\bput (?:a |my |our )?(?:small )?(?:table|stand|booth)\b|放个冰柜|冰柜|冷藏"
    # leaflets to lay out (有没有桌子给我们摆单页)
    r"|(?:摆|放|发|派)[^，,。？?\s]{0,6}(?:单页|传单|宣传册|宣传单|折页|易拉宝|展架)"
    r"|(?:拿|带)(?:过?去|来)(?:摆|展示|卖)"  # 手工艺品能不能拿去摆一下
)


def asks_what_to_bring(typed: str) -> bool:
    """Whether a normalised question asks what to bring or prepare."""
    return _BRING.search(typed) is not None


def asks_pay(typed: str) -> bool:
    """Whether a normalised question asks what a job pays."""
    return _PAY.search(typed) is not None and _PAY_ASKED.search(typed) is not None


def asks_at_the_session(typed: str) -> bool:
    """Whether a normalised question asks what there is or can be done at a
    session ("…会上有没有…", "现场能不能…")."""
    return _AT_THE_SESSION.search(typed) is not None


def asked_at_the_session(typed: str) -> str | None:
    """What a normalised question asks there is at a session, right after its name
    ("…对接会有没有收购虱目鱼的上海企业" → 收购虱目鱼的上海企业), or what it is asked to
    include ("does it include X?" → X), or None."""
    found = _AFTER_THE_SESSION.search(typed)
    if found is None:
        return None
    if found.group(1):
        return _COVERS.sub(" ", found.group(1))
    return next(group for group in found.groups()[1:] if group)


# A question answered yes or no ("…sell fabric or not?", "can students sit at the back?",
# 让不让摆, 可唔可以): what a session allows or holds, which its card says only by its
# words (有没有 is left out: it asks what is there as often as whether a thing is allowed)
_YES_OR_NO = re.compile(
    r"\bor not\b|\b(?:can|could|may) (?:i|we|they|students|one|my|our)\b"
    r"|\b(?:do|does|will) (?:they|it|the)\b|\b(?:is|are) there\b|\bany chance\b"
    r"|([让能会可行要给准许收带])(?:不|唔)\1|可不可以|可唔可以"
)


# …whether a session is held at all ("is there a career fair I can bring students to?",
# 有冇银行来对接的会): a question about sessions, not a detail of one
_IS_THERE_A_SESSION = re.compile(
    r"(?:有没有|有冇|\bis there\b|\bare there\b)[^，,。？?!！]{0,16}?"
    r"(?:的会|场次|会议|对接会|推介会|活动|\bfairs?\b|\bsessions?\b|\bmeetings?\b|\bevents?\b)"
)


def asks_yes_or_no(typed: str) -> bool:
    """Whether a normalised question is answered yes or no, of a session's detail."""
    return _YES_OR_NO.search(typed) is not None and _IS_THERE_A_SESSION.search(typed) is None


# A price asked of something other than coming in (samples, a slot on stage, a booth, a
# sponsorship: "will they give us samples free or we pay?", 上台讲5分钟要另外交钱不): the
# tickets entry tells the admission, nothing else's price
_PRICE_OF_ANOTHER_THING = re.compile(
    r"\b(?:samples?|booths?|stands?|stage|speaking (?:slot|time)|sponsor\w*|logo|banner)\b"
    r"[^?.!]{0,30}\b(?:free|pay|paid|charge[sd]?|cost|fee)\b"
    r"|\b(?:free|pay for|charge for)\b[^?.!]{0,20}\b(?:samples?|booths?|stands?|sponsor\w*)\b"
    r"|(?:样品|上台|发言|演讲|展位|摊位|赞助|广告|冠名)[^。？?]{0,14}(?:交钱|收费|付费|收钱|多少钱|要钱|免费)"
    # selling one's own goods there (我们带的苗绣能不能在会场卖，要交钱不): a stall's price
    r"|(?:会场|现场|场内|场馆)[^。？?]{0,2}卖[^。？?]{0,10}(?:交钱|收费|付费|收钱|多少钱|要钱)"
    r"|\bsell\b[^?.!]{0,30}\b(?:at|in) the (?:venue|hall|session)\b[^?.!]{0,20}\b(?:pay|fee|charge[sd]?|cost)\b"
    # goods shown or left somewhere ("put 10 carpets as display in the lobby… how much is
    # the cost", 寄放两箱样品…会另外收费吗): the space's or the storage's price
    r"|\b(?:display|showcase|store|storage)\b[^?.!]{0,60}\b(?:how much|cost|fee|charge[sd]?)\b"
    r"|(?:寄放|寄存|存放|摆放|陈列)[^。]{0,30}(?:交钱|收费|付费|收钱|多少钱|要钱)"
)


def asks_price_of_another_thing(typed: str) -> bool:
    """Whether a normalised question asks the price of samples, a stage slot, a booth or a
    sponsorship: no entry's admission."""
    return _PRICE_OF_ANOTHER_THING.search(typed) is not None


def asks_a_card_field(typed: str) -> bool:
    """Whether a normalised question asks by name for what a card gives: its seats,
    tables, length, time or address."""
    return _CARD_FIELD.search(typed) is not None


def asks_unshown_count(typed: str) -> bool:
    """Whether a normalised question asks how many or how much of a thing no card shows."""
    return _COUNT.search(typed) is not None and _SHOWN.search(typed) is None


# What no card gives, one pattern per kind of detail (each is described where it is
# defined above); a count and a job's pay need two patterns each, so are asked apart.
_NO_CARD_GIVES: tuple[re.Pattern[str], ...] = (
    _WHICH_PARTICIPANT,
    _PARTIES_WANT,
    _ONLY_SOME,
    _WHO_MAY,
    _ALLOCATION,
    _PUBLISHED,
    _ROLE_HIRED,
    _JOB_TERMS,
    _PAYMENT_TERMS,
    _ORDER,
    _GIVEAWAY,
    _SEATING,
)


def asks_what_no_card_gives(typed: str) -> bool:
    """Whether a normalised question asks a detail no card gives: a count, a participant,
    what the parties want, who may take part or only some, how places are shared out,
    whether or when a thing is published, a role hired, a job's terms or pay, payment
    terms, the order of speakers, a giveaway or the seating."""
    return (
        asks_unshown_count(typed)
        or asks_pay(typed)
        or any(pattern.search(typed) is not None for pattern in _NO_CARD_GIVES)
    )
