"""What a question asks of a practical need beyond the need itself, and whether an FAQ
entry's answer speaks of it: its price, a deadline, its hours, when a meal is served, a
deposit, an English version, a size limit (a floor's load), a line's speed, a night's
stay, breakfast, a headset's channel, a station's exit or platform, a building's closing
time, drink, a performance, what is in the food, the seating, a menu, how long a thing
takes to be done, a building's own story (its architect, floor area, the year it was built).

An entry that speaks of the need but not of what is asked of it ("午餐几点开始": the
meals entry gives no time; 停车场限高多少: the parking entry gives no size; "is the Didi
app in English?") is where the delegate would look, not the answer: it is offered, never
given confidently (bot.resolver, bot.search). One table, so a kind of detail is one entry
here: what asks it, and what in an answer tells it."""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.patterns import Bilingual, bilingual
from bot.vocabulary import OPENING_HOURS

# A time of day in an answer: an entry without one tells no hours or starting time.
CLOCK_TIME = re.compile(r"\d{1,2}[:：]\d{2}|\d{1,2}\s?(?:am|pm)\b|\d{1,2}\s?点|[上下]午\s?\d")
# A price asked ("how much", 多少钱)
PRICE = bilingual(
    r"\bhow much\b|\bprices?\b|\brent(?:al)? (?:per|price|cost|fee|discount)s?\b|\brent[- ]free\b"
    r"|\b(?:taxi|cab|train|bus|metro|subway) fares?\b"
    r"|多少钱|几钱|几多钱|(?<![赚挣花亏了])好多钱|价格|价钱|费用|票价|租金|房租|免租|半价|打折|打几折|要钱(?:不|吗|么|嘛)|要不要钱|收不收钱"
    r"|收钱(?:不|吗|么|嘛)|收几多|收多少|要收钱"
)
PRICE_WORDS = bilingual(
    r"\b(?:free|fees?|charge[sd]?|rates?|costs?|paid|pay)\b|免费|收费|费用|价格"
)


def is_price_word(word: str) -> bool:
    """Whether a word of the evidence only says a price ("free", "charge", 收费): what is
    asked of a need, no need itself."""
    return PRICE.search(word) is not None or PRICE_WORDS.search(word) is not None


@dataclass(frozen=True)
class Aspect:
    """A detail asked of a need (`asked`, on the normalised question), what in an
    entry's answer, English or Chinese, tells it (`told`), and whether a session's card
    tells it (`on_a_card`: its hours, as the card's start and end)."""

    name: str
    asked: Bilingual
    told: Bilingual | re.Pattern[str]
    on_a_card: bool = False


ASPECTS: tuple[Aspect, ...] = (
    Aspect("price", PRICE, PRICE_WORDS),  # 机场到酒店打车多少钱: the transport entry names no fare
    Aspect("hours", OPENING_HOURS, CLOCK_TIME, on_a_card=True),  # 地铁几点停运
    # by when a thing must be sent or booked (签约项目要提前几天报上去, "the deadline to
    # register"): a card gives the session's own time, never a deadline
    Aspect(
        "deadline",
        bilingual(
            r"\bdeadlines?\b|\bcut-?off (?:date|day|time)s?\b|\bby what date\b|截止|截至|提前几天|提前多少天|提前多久"
            r"|提前几个(?:工作)?日"
            r"|(?:最晚|最迟)(?:哪天|那天|几号|什么时候)|(?:什么时间|何时|何日|哪天|几号)前"
        ),
        bilingual(r"\bdeadlines?\b|\bin advance\b|\bbefore\b|\bweeks?\b|截止|提前|之前|以前"),
    ),
    # when a building shuts ("what time does the expo center close at night", 几点闭馆): a
    # card gives its session's end, never the building's
    Aspect(
        "building hours",
        bilingual(
            r"\b(?:building|buildings|cent(?:er|re)|venue|doors?|gates?) (?:\w+ )?(?:close|closes"
            r"|shut|shuts|lock|locks)\b|\bclose (?:the |d )?doors\b|闭馆"
            r"|(?:大楼|场馆|会展中心|中心|大门)[^，,。？?\s]{0,4}几点关"
        ),
        CLOCK_TIME,
    ),
    # when a meal is served (午餐几点开始, "what time does the buffet start", "the welcome
    # dinner on 24 july, what time"); its end is an opening hour's
    # (bot.vocabulary.OPENING_HOURS)
    Aspect(
        "meal time",
        bilingual(
            r"\b(?:lunch|breakfast|dinner|buffet|banquet|coffee break)\b[^?.!]{0,20}\b(?:start|begin)s?\b"
            r"|\bwhat time (?:is|does|will) (?:the )?(?:\w+ )?(?:lunch|breakfast|dinner|buffet|banquet|coffee break)\b"
            r"|\b(?:lunch|breakfast|dinner|buffet|banquet|coffee break)\b[^?.!]{0,30}\bwhat time\b"
            r"|(?:午饭|午餐|早餐|晚餐|晚宴|自助餐|茶歇)[^？?。！]{0,8}几点|几点(?:开饭|吃饭|供餐)"
        ),
        CLOCK_TIME,
    ),
    # what is left against a thing (the headsets are handed out against the badge)
    Aspect(
        "deposit",
        bilingual(r"\bdeposits?\b|押金|订金|定金|保证金"),
        bilingual(r"\bdeposits?\b|\bagainst (?:your|the) badge\b|押金|凭代表证"),
    ),
    # a thing's version in another language (签证邀请函可以出英文版吗, "is the Didi app in English?")
    Aspect(
        "language version",
        bilingual(
            r"\b(?:english|chinese) (?:versions?|editions?|menus?|copy|copies|translations?)\b"
            r"|\b(?:is|are) (?:the |it |they )?[\w' ]{0,30}\bin english\b"
            r"|英文版|英语版|中文版|英文的|英文菜单|双语版"
        ),
        bilingual(r"\benglish\b|英文|英语"),
    ),
    # the language of a thing printed or signed (brochures in English, a contract signed in
    # Turkish): the interpretation entry speaks of the spoken word only
    Aspect(
        "printed language",
        bilingual(
            r"\b(?:brochures?|leaflets?|flyers?|handouts?|pamphlets?|contracts?|agreements?"
            r"|documents?|catalogu?es?)\b[^.?!]{0,40}\bin (?:english|chinese|\w+ language|\w+ish)\b"
            r"|(?:资料|宣传册|手册|合同|协议|文件)[^，,。？?]{0,8}(?:英文|英语|外文)版?"
        ),
        bilingual(r"\b(?:brochures?|printed|contracts?)\b|资料|合同"),
        on_a_card=True,
    ),
    # a size or weight limit (停车场限高多少, "can a coach park there? height limit?")
    Aspect(
        "size limit",
        bilingual(
            r"\b(?:height|weight|size|width|length) (?:limits?|restrictions?|caps?)\b|\bhow (?:tall|high|wide|heavy)\b"
            r"|\b(?:floor|max(?:imum)?|load[- ]bearing) (?:floor )?loads?\b|\bload capacity\b"
            r"|限高|限重|限宽|限长|多高|多宽|多重|承重"
        ),
        bilingual(r"\d\s?(?:m|metres?|meters?|kg|tons?|tonnes?)\b|\d\s?(?:米|吨|公斤)"),
    ),
    # how fast or steady a service is, or a line for it (会场Wi-Fi太慢了能不能接根网线,
    # "will the Wi-Fi cope with a video call?")
    Aspect(
        "speed",
        bilingual(
            r"\b(?:speed|bandwidth|mbps|fast enough|cope with|ethernet|wired|lan cable)\b"
            r"|网速|带宽|速度|快不快|卡不卡|太慢|网线|有线网"
        ),
        bilingual(r"\b(?:speed|bandwidth|mbps|ethernet|wired)\b|网速|带宽|网线"),
    ),
    # whether it runs through the night (停车场晚上能过夜吗, "overnight parking")
    Aspect(
        "overnight",
        bilingual(
            r"\bovernight\b|\b24 ?(?:h|hrs?|hours)\b|\ball night\b|过夜|通宵|停到明早|24小时"
        ),
        bilingual(r"\bovernight\b|\b24 ?(?:h|hours)\b|过夜|通宵|24小时"),
    ),
    # breakfast, which no meal the program serves is (协议酒店含早吗, "is breakfast provided?")
    Aspect(
        "breakfast",
        bilingual(r"\bbreakfasts?\b|早餐|早饭|含早"),
        bilingual(r"\bbreakfasts?\b|早餐|早饭"),
    ),
    # the channel of a headset or a broadcast (同传频道是几号)
    Aspect(
        "channel",
        bilingual(r"\b(?:which|what) channel\b|\bchannel (?:number|no)\b|频道"),
        bilingual(r"\bchannels?\b|频道"),
    ),
    # the platform a train leaves from (高铁在第几月台上车, "which platform for Nanjing?")
    Aspect(
        "platform",
        bilingual(r"\b(?:which|what) platform\b|\bplatform (?:number|no)\b|月台|站台"),
        bilingual(r"\bplatforms?\b|月台|站台"),
    ),
    # the language a contract or document must be in ("must the contract be in Chinese
    # only?", 合同要用简体字吗): the interpretation entry speaks of speech, not papers
    Aspect(
        "document language",
        bilingual(
            r"\b(?:contracts?|documents?|agreements?|mous?|cvs?|resumes?|statements?|reports?)\b[^?.!]{0,30}"
            r"\b(?:chinese|english|translate)\b|\b(?:english|chinese) (?:financial )?statements?\b"
            r"|(?:合同|合约|文件|协议|简历|lebenslauf)[^，,。？?]{0,10}(?:中文|英文|简体|繁体)"
        ),
        bilingual(r"\b(?:contracts?|documents?)\b|合同|文件"),
    ),
    # whether drink is served (欢迎晚宴有没有酒, "any wine at the welcome dinner?"): a wine
    # or a beer traded is no drink asked
    Aspect(
        "alcohol",
        bilingual(
            r"\b(?:alcohol(?:ic)?|booze|liquor)\b|\b(?:any|serve[sd]?|serving) (?:\w+ )?(?:wine|beer|baijiu)\b"
            r"|\bdrinks? served\b|\bserve (?:any )?drinks?\b|\bdry affair\b"
            r"|\bhave (?:any |some )?(?:wine|beer|baijiu)\b|\bbring (?:my|our) own (?:wine|bottles?|drinks?)\b"
            r"|酒水|有没有酒|有酒(?:吗|不|喝)|喝不喝酒|供应酒|上酒"
        ),
        bilingual(r"\b(?:alcohol|wine|beer|baijiu)\b|酒"),
    ),
    # the exit of a station (南京国博离元通站最近的是几号出口): 出口 alone is export
    Aspect(
        "exit",
        bilingual(
            r"\b(?:which|what|nearest) exit\b|\bexit (?:number|no)\b|几号出口|哪个出口|几号口"
        ),
        bilingual(r"\bexits?\b|出口"),
    ),
    # who performs or what show there is (欢迎晚宴有什么表演, "who is performing at the dinner")
    Aspect(
        "performance",
        bilingual(
            r"\bperform(?:s|ing|ers?|ances?)?\b|\bentertainment\b|表演|演出|文艺节目|带节目"
            r"|唱[^，,。？?\s]{0,2}歌|(?<![a-z])mcs?(?![a-z])|主持人|司仪"
        ),
        bilingual(r"\bperform(?:s|ing|ers?|ances?)?\b|\bentertainment\b|表演|演出|节目"),
    ),
    # what is in the food (自助午餐有没有不放辣的菜, "I'm allergic to nuts"); not a food a
    # delegate trades (辣椒, seafood, pork), nor pork asked of halal food, which the
    # entry tells
    Aspect(
        "ingredients",
        bilingual(
            r"\b(?:spicy|peanuts?|nuts|gluten|allerg(?:y|ies|ic)|lactose|dairy)\b"
            r"|辣(?!椒)|花生|坚果|过敏|麸质|乳糖"
        ),
        bilingual(
            r"\b(?:spicy|peanuts?|nuts|gluten|allerg(?:y|ies|ic)|lactose|dairy)\b"
            r"|辣(?!椒)|花生|坚果|过敏|麸质|乳糖"
        ),
    ),
    # who sits where (欢迎晚宴嘅座位表, "can I sit near the Zoomlion people")
    Aspect(
        "seating",
        bilingual(
            r"\bseating\b|\bseat(?:ed)? (?:near|next to|with|beside)\b|\bsit (?:near|next to|with|beside)\b"
            r"|\b(?:assigned|fixed|reserved) seat(?:s|ing)?\b"
            r"|座位表|座次|座位安排|排座|坐近|坐在一起|坐一起|座位[^，。？?]{0,4}固定|固定座位|对号入座"
        ),
        bilingual(r"\bseat(?:s|ed|ing)?\b|座位|座次"),
    ),
    # what is on a menu (欢迎晚宴的菜单, "what's on the menu?")
    Aspect(
        "menu",
        bilingual(
            r"\bmenus?\b|\bdish(?:es)?\b|\bdesserts?\b|菜单|菜式|菜品|什么菜|啥菜|哪些菜|甜品"
        ),
        bilingual(r"\bmenus?\b|\bdish(?:es)?\b|菜单|菜式|菜品"),
    ),
    # how long a thing takes to be done for the delegate (代表证补办需要多长时间, "how long
    # does it take to issue"): an entry that gives no length of time does not tell it (a
    # journey's time is the transport entries', asked as such)
    Aspect(
        "processing time",
        bilingual(
            r"\bhow long (?:does|will|would) (?:it|that|this|the \w+) take to (?:process|issue"
            r"|replace|approve|get|print|make)\b"
            r"|(?:补办|办理|审批|审核|批下来|处理|签发|制作|出证)[^，,。？?]{0,4}(?:需要|要)(?:多长时间|多久|几天)"
        ),
        bilingual(r"\d+\s*(?:min|mins|minutes?|hours?|hrs?|days?)\b|\d+\s*(?:分钟|小时|天)|半小时"),
        on_a_card=True,
    ),
    # a building's own story (who designed it, its floor area, the year it was built): a
    # card or a venue gives where it is and what is held there, never its architecture
    Aspect(
        "building_story",
        bilingual(
            r"\bwho (?:actually )?(?:designed|built)\b|\barchitects?\b|\bsquare (?:metres|meters|feet)\b"
            r"|\bfloor area\b|\bwhen was (?:it|this|that|the [\w ]{3,40}?) built\b|\bbuilt in (?:19|20)\d\d\b"
            r"|谁设计|设计师是|建筑师|建筑面积|占地面积|多少平方|多少平米|哪年建|建于哪|什么时候建(?:的|成)"
        ),
        bilingual(r"\barchitects?\b|\bsquare (?:metres|meters)\b|建筑师|平方米|建于"),
    ),
    # a building's works for exhibitors (a loading bay, a forklift, the power supply, 卸货区,
    # 临时用电, 几相几伏): no card or entry gives them
    Aspect(
        "building works",
        bilingual(
            r"\b(?:loading (?:bays?|docks?|areas?)|forklifts?|power supply|three[- ]phase"
            r"|voltage|power sockets?)\b"
            r"|卸货|装卸区|叉车|用电|电力|几相|电压|插座|搭建商|布展"
        ),
        bilingual(r"\b(?:loading|forklift|voltage)\b|卸货|叉车|用电|电压"),
    ),
)


# Every aspect's wording in one pattern: most questions ask none, and one search of the
# script's half is cheaper than a search per aspect.
_ANY_ASKED = bilingual("|".join(aspect.asked.pattern for aspect in ASPECTS))


def aspects_asked(text: str) -> frozenset[str]:
    """The aspects a normalised question asks of the need it names."""
    if _ANY_ASKED.search(text) is None:
        return frozenset()
    return frozenset(aspect.name for aspect in ASPECTS if aspect.asked.search(text))


# What a session's card tells of the details above; the rest asked of a session are
# details the program does not give (扶贫对接会中午吃啥菜: no card has a menu)
_ON_A_CARD = frozenset(aspect.name for aspect in ASPECTS if aspect.on_a_card)


def untold_on_a_card(aspects: frozenset[str]) -> frozenset[str]:
    """The aspects asked that no session's card tells."""
    return aspects - _ON_A_CARD


def untold_aspects(answer: str) -> frozenset[str]:
    """The aspects an entry's answer (both languages, as written) says nothing of."""
    text = answer.lower()
    return frozenset(aspect.name for aspect in ASPECTS if not aspect.told.search(text))
