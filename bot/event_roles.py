"""Who takes part: a party asked to come to a session (who else is coming, 芒果TV会来人吗,
"will COFCO attend…?"), which is the speakers entry's topic, and the organizers named
as such, whose contacts entry answers how to reach them but not what they are asked to
do (组委会能介绍房东不).

Kept apart from bot.vocabulary (the words that shape a question) so that each stays a
list a reader can take in; the reader (Question.attending) and the resolver read it.
"""

from __future__ import annotations

from bot.patterns import bilingual, word_set

# who is asked to come is never the delegate, a vehicle or the session itself
_NOT_A_PARTY = (
    r"(?:i|we|you|it|there|they|my|our|this|that|some(?:one|body)|any(?:one|body)|staff"
    r"|the (?:session|event|conference|meeting"
    r"|forum|bus|shuttle|car|taxi|driver|weather))\b"
)
# "Who else is coming?", 都有哪些企业参加: who attends, the speakers' FAQ entry's topic.
ATTENDING = bilingual(
    r"\bwho(?:'s| is| else is| else's| will be)? (?:coming|attending|going|joining|participating)\b"
    r"|\bwho(?:'s| is| will)? (?:speak(?:s|ing)?|giv(?:es|ing) the (?:keynote|speech|talk)|present(?:s|ing)?)\b"
    r"|\b(?:which|what) (?:[\w-]+ ){0,2}(?:companies|firms|buyers|exhibitors|enterprises)"
    r"(?: will| are)? (?:attend(?:ing)?|com(?:e|ing)|be (?:at|there)|join(?:ing)?|participat(?:e|ing))\b"
    r"|\b(?:which|what) (?:companies|firms|employers) (?:are|will be) (?:hiring|recruiting)\b"
    r"|\bwho and who\b"  # Nigerian English: "please who and who are coming?"
    r"|\bother (?:companies|firms|participants|delegations)(?: that| who)? (?:will|are going to"
    r"|are) (?:attend|come|coming|attending|participate|participating)\b"
    r"|\bwho else\b|(?:哪些|什么|哪几家|多少)(?:企业|公司|人|嘉宾|单位|客商|领导)(?:会)?(?:来)?(?:参加|参会|出席|来)"
    # a company's people, or companies of a kind, asked to come (会有阿里巴巴的人吗,
    # 有哪些长沙的单位来), and a list of them asked for (有冇参会基金公司名单)
    r"|会有[^，。？?！!\s]{1,8}的人|[^，。？?！!\s]{2,8}的人会(?:来|参加|出席)"
    r"|哪些[^，。？?！!\s]{1,6}的(?:企业|公司|单位|客商)(?:会)?(?:来|参加|参会|出席)"
    r"|(?:有没有|有冇|有无)[^，。？?！!\s]{0,6}名单|(?:企业|公司|参会|嘉宾|客商|参展商)名单"
    # which official or guest comes (哪位领导会来, 省里哪位领导出席)
    r"|哪位(?:领导|嘉宾|专家|老师)?会?(?:来|参加|出席)"
    r"|哪些[^，。？?！!\s]{0,3}(?:老板|嘉宾|领导|企业家|专家)会?(?:上台)?(?:讲话|发言|致辞|演讲)"
    r"|谁(?:会)?(?:参加|来|出席|讲话|发言|致辞|演讲)"
    r"|(?:省长|市长|县长|书记|部长)(?:会否|会不会|会)?(?:亲临|出席|参加|来不来|来)"
    # a party named and asked to come (芒果TV会来人吗, 中信来不来, 天猫国际会来吗, "will
    # COFCO attend…?", "are Hunan tyre factories exhibiting at…?"); 来不及 is being late
    r"|会?来人(?:吗|嘛|么|不|没)|会来(?:吗|嘛|么|不(?!及))|来不来(?!得及)|会不会(?:来|到场|出席|参加)"
    r"|到不到场|出不出席|会(?:到场|出席)|来几家"
    # what kind of party comes (来的VC都是什么阶段的, 来的都是哪些银行)
    r"|来的[^，。？?！!\s]{0,6}?都是(?:什么|哪|啥)"
    rf"|\bwill (?!{_NOT_A_PARTY})(?:[\w'&.-]+ ){{1,5}}?"
    r"(?:attend|be (?:attending|there|present|in the room|exhibiting|represented|recruiting|hiring)"
    r"|show up|exhibit|present at)\b"
    rf"|\b(?:is|are) (?!{_NOT_A_PARTY})(?:(?!for |to |necessary )[\w'&.-]+ ){{1,5}}?"
    r"(?:attending|exhibiting|presenting at|confirmed (?:for|to attend))\b"
    r"|\b(?:which|what) [\w ,'&-]{1,40}?(?<! i)(?<! we) (?:will be at|attend the|are attending"
    r"|are (?:confirmed for|presenting at)|will present at)\b"
)
ATTENDING_TOPIC = "attendees"
# The organizers named as such: the contacts entry's party, not its need (a phone, an
# e-mail): "组委会能介绍房东不" asks them for something else
ORGANIZERS_NAMED = word_set("""organizer organizers organiser organisers organizing organising
    committee 组委会 主办方 主办单位 承办方 会务组""")
# How to reach the organizers ("组委会的hotline是多少", "the organizers' phone number"):
# asked beside the delegate's own affair (sponsoring), the contacts entry still answers
ORGANIZERS_CONTACT = bilingual(
    r"\b(?:organi[sz]ers?|organi[sz]ing committee)'?s? (?:hotline|phone|email|e-mail|contacts?)\b"
    r"|(?:组委会|主办方|主办单位|承办方|会务组)的?(?:hotline|电话|联系方式|联系电话|邮箱|email)"
)

# Something the organizers are asked to do or decide ("will the organizers publish…",
# 主办方会不会出一份清单, 主辦方自己揀): a request, whatever its words
ASKED_OF_ORGANIZERS = bilingual(
    r"\b(?:will|can|could|do|does|would|should) the organi[sz](?:ers?|ing committee)\b"
    r"|(?:组委会|主办方|主办单位|承办方|会务组)(?:会不会|能不能|可不可以|管不管|是否|自己|会|能|可以|给不给)"
)
