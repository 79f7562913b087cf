"""Places a question names that are not the program's: other cities, provinces and
countries, streets, brands' names, and where the delegate is rather than what they ask
about. Named alone, another city gets "not in the program"; inside a longer question
("I'm from Changsha") it is context and leaves the topic alone (bot.owners).
"""

from __future__ import annotations

import re

from bot.patterns import bilingual, phrase_list, word_set

# Cities that are not in the program. Named alone, they get "not in the program"; inside a
# longer question ("I'm from Changsha") they are context and leave the topic alone.
OTHER_CITIES_EN = word_set("""beijing peking guangzhou canton shenzhen changsha wuhan chengdu
    chongqing xian tianjin suzhou wuxi ningbo hefei xiamen qingdao hongkong macau macao taipei
    zhuzhou xiangtan yueyang changde hengyang chenzhou yiyang shaoyang huaihua loudi yongzhou
    zhangjiajie zjj jishou singapore tokyo seoul london paris berlin dubai frankfurt munich
    stuttgart hamburg milan rome madrid amsterdam sydney melbourne bangkok jakarta manila osaka
    greaterbayarea pearlriverdelta
    changzhou nantong yangzhou zhenjiang taizhou yancheng huaian lianyungang xuzhou suqian
    shaoxing jiaxing huzhou jinhua wenzhou zhoushan lishui quzhou wuhu maanshan anqing chuzhou
    tongling xuancheng chizhou huangshan bengbu fuyang zhengzhou jinan nanchang fuzhou guiyang
    kunming nanning haikou sanya lanzhou xining yinchuan urumqi lhasa hohhot shenyang dalian
    harbin changchun shijiazhuang taiyuan dongguan foshan zhuhai shantou quanzhou yiwu kaohsiung
    taichung tainan hsinchu zhangzhou weihai yantai zibo luoyang kaifeng guilin liuzhou yichang
    xiangyang jingzhou jiujiang ganzhou chicago toronto vancouver hanoi mumbai delhi moscow
    istanbul vienna zurich geneva brussels barcelona lisbon prague warsaw busan incheon nagoya
    kyoto yokohama auckland perth brisbane boston seattle houston dallas atlanta miami
    kualalumpur kl penang cebu davao surabaya bali phuket chiangmai danang saigon hochiminh
    hcmc yangon colombo dhaka karachi lahore kathmandu nairobi lagos abuja accra johannesburg
    capetown kampala addisababa cairo almaty astana tashkent tehran riyadh jeddah doha
    abudhabi bangalore bengaluru chennai kolkata hyderabad ahmedabad pune fukuoka sapporo
    kyiv kiev minsk stpetersburg vladivostok ulaanbaatar dublin edinburgh manchester lyon
    marseille rotterdam antwerp copenhagen stockholm oslo helsinki budapest athens saopaulo
    bogota santiago lima buenosaires mexicocity losangeles sanfrancisco newyork montreal
    jingdezhen glasgow aberdeen dundee inverness belfast cardiff liverpool leeds bristol
    birmingham""")
# Brands and platforms: names outside the program however they are written ("apple store",
# "netflix live stream"); what they own is not the event's (bot.owners).
OTHER_NAMES_EN = word_set("""apple uber netflix youtube starbucks ikea tesla huawei xiaomi disney
    disneyland mcdonalds kfc airbnb amazon google facebook instagram tiktok douyin bilibili
    taobao costco walmart marriott hilton iphone ipad macbook samsung""")
# Characters that end a Chinese noun and make the word before them a description of it:
# 电话卡 is a card, not the contacts' telephone (bot.owners).
HEAD_NOUNS_ZH = frozenset("卡机店馆园寺塔岛")
# Where the delegate is, not what they ask about: a known word of one entry before the
# word of another only says whose thing it is ("the hotel wifi", "a sightseeing bus"),
# and 高铁上, 出租车上, 家里 only say where ("高铁上能买到吃的吗").
PLACE_MODIFIERS_EN = word_set("""hotel hotels airport train taxi cab plane flight home office
    room""")
# Near a building: the building only says where something else is.
NEAR = bilingual(r"\bnear(?:by|est)?\b|\bnext to\b|\bbeside\b|附近|旁边|周边|周围|边上|隔壁|隔篱")
# One's own places: their wifi or breakfast is theirs (家里的wifi); never a homophone typo.
OWN_PLACES_ZH = ("家里", "店里")
LOCATED_ZH = re.compile(
    r"(?:高铁|火车|动车|出租车|的士|地铁|飞机|酒店|宾馆|房间)(?:上|里|内)"
    r"(?=[\u4e00-\u9fffa-z])(?!海|杭州|南京|昆山|苏州|北京)"  # 坐高铁上杭州 goes there
    rf"|{'|'.join(OWN_PLACES_ZH)}|(?:酒店|宾馆|机场|高铁站)的(?=[\u4e00-\u9fffa-z])|(?:酒店|宾馆)(?:附近|旁边|周边)"
)
OTHER_CITIES_ZH = phrase_list("""北京 广州 深圳 长沙 武汉 成都 重庆 西安 天津 苏州 无锡 宁波 合肥 厦门
    青岛 香港 澳门 台北 株洲 湘潭 岳阳 常德 衡阳 郴州 益阳 邵阳 怀化 娄底 永州 吉首 张家界 新加坡 东京 首尔
    常州 南通 扬州 镇江 泰州 台州 盐城 淮安 连云港 徐州 宿迁 绍兴 嘉兴 湖州 金华 温州 舟山 丽水 衢州
    芜湖 马鞍山 安庆 滁州 铜陵 宣城 池州 黄山 蚌埠 阜阳 六安 郑州 济南 南昌 福州 贵阳 昆明 南宁 海口
    三亚 兰州 西宁 银川 乌鲁木齐 拉萨 呼和浩特 沈阳 大连 哈尔滨 长春 石家庄 太原 东莞 佛山 珠海 汕头
    泉州 义乌 高雄 台中 台南 新竹 漳州 威海 烟台 淄博 洛阳 桂林 柳州 宜昌 襄阳 荆州 九江 赣州 纽约
    伦敦 巴黎 柏林 迪拜 悉尼 曼谷 大阪 吉隆坡 河内 孟买 莫斯科 粤港澳 大湾区 珠三角
    槟城 宿务 泗水 巴厘岛 普吉岛 清迈 岘港 胡志明市 西贡 仰光 科伦坡 达卡 卡拉奇 加德满都 内罗毕
    拉各斯 阿布贾 阿克拉 约翰内斯堡 开普敦 坎帕拉 亚的斯亚贝巴 阿拉木图 阿斯塔纳 塔什干 德黑兰
    利雅得 吉达 多哈 阿布扎比 班加罗尔 金奈 加尔各答 海得拉巴 新德里 名古屋 福冈 札幌 釜山 仁川 基辅
    明斯克 圣彼得堡 海参崴 乌兰巴托 都柏林 爱丁堡 曼彻斯特 鹿特丹 安特卫普 哥本哈根 斯德哥尔摩
    奥斯陆 赫尔辛基 布达佩斯 雅典 圣保罗 波哥大 布宜诺斯艾利斯 墨西哥城 洛杉矶 旧金山 蒙特利尔
    芝加哥 多伦多 温哥华 墨尔本 罗马 马德里 米兰 阿姆斯特丹 法兰克福 慕尼黑 维也纳 苏黎世 日内瓦
    布鲁塞尔 巴塞罗那 里斯本 布拉格 华沙 雅加达 马尼拉 伊斯坦布尔 景德镇""")
# Provinces say where a delegate's company is; they never name a session. (Countries stay
# words: "the capital of France" must stay a question the program does not answer.)
CONTEXT_PLACES_EN = word_set(
    "china zhejiang jiangsu anhui guangdong hubei fujian shandong sichuan europe asia africa"
)
CONTEXT_PLACES_ZH = phrase_list("江浙沪 江浙 浙江 江苏 安徽 广东 湖北 福建 山东 四川")
# "Hong Kong" is two words; folded into one before matching cities.
# A street named after a city or province ("Nanjing Road" is in Shanghai, 湖南路 in
# Nanjing): a place in town, not the city; cut before cities are read.
STREETS = bilingual(
    r"\b(?:nanjing|hangzhou|shanghai|kunshan|hunan|beijing|sichuan|henan|jiangsu|zhejiang)"
    r"\s+(?:(?:east|west|north|south|middle|central)\s+)?(?:road|rd|street|lu|avenue)\b"
    r"(?!\s+(?:trips?|shows?))"
    r"|(?:南京|杭州|上海|昆山|湖南|北京|四川|河南|江苏|浙江)[东西南北中]?(?:大街|大道|街|路(?![况线程费途上]))"
)
STREET = " boulevard "  # what a street becomes: a place nothing in the program explains
# Any street's Chinese name (中央路, 延安中路, 世纪大道): beside a building, where it is.
STREET_NAME_ZH = re.compile(
    r"[^\W\d_a-z在是到的从往去那这边走]{1,4}?(?:路|大道|大街)(?![况线程费途上口])"
)
# Any street's English name ("Binjiang Avenue", "Zhongshan Road North"), the same.
STREET_NAME_EN = re.compile(
    r"\b[a-z][a-z'’-]*\s+(?:(?:east|west|north|south|middle|central)\s+)?"
    r"(?:road|rd|street|st|lu|avenue|ave|boulevard|blvd)\b"
    r"(?:\s+(?:east|west|north|south|middle|central)\b)?"
)
OTHER_CITY_PHRASES = {
    "hong kong": "hongkong",
    "xi'an": "xian",
    "xi an": "xian",
    "greater bay area": "greaterbayarea",  # another region's own promotion weeks
    "pearl river delta": "pearlriverdelta",
    "kuala lumpur": "kualalumpur",
    "chiang mai": "chiangmai",
    "da nang": "danang",
    "ho chi minh city": "hochiminh",
    "ho chi minh": "hochiminh",
    "cape town": "capetown",
    "addis ababa": "addisababa",
    "abu dhabi": "abudhabi",
    "st petersburg": "stpetersburg",
    "saint petersburg": "stpetersburg",
    "sao paulo": "saopaulo",
    "são paulo": "saopaulo",
    "buenos aires": "buenosaires",
    "mexico city": "mexicocity",
    "los angeles": "losangeles",
    "san francisco": "sanfrancisco",
    "new york": "newyork",
}
# The cities outside the program as regex alternatives (the longest English name first,
# so "hong kong" is not cut at "hong"; the Chinese list is longest first already).
OTHER_CITIES_EN_ALTERNATIVES = "|".join(sorted(OTHER_CITIES_EN, key=len, reverse=True))
OTHER_CITIES_ZH_ALTERNATIVES = "|".join(OTHER_CITIES_ZH)
# Countries a delegate travels on to, as regex alternatives: a trip there, its visa
COUNTRIES_EN_ALTERNATIVES = (
    "japan|korea|thailand|the us|america|europe|vietnam|india|russia|australia|malaysia"
    "|singapore|germany|france|britain|the uk|canada|indonesia|philippines|cambodia|laos"
)
COUNTRIES_ZH_ALTERNATIVES = (
    "日本|韩国|泰国|美国|英国|法国|德国|欧洲|越南|印度|俄罗斯|澳洲|澳大利亚|马来西亚"
    "|新加坡|加拿大|印尼|菲律宾|柬埔寨|老挝"
)
# Bodies of another place: a chamber of commerce of another place or people (浙江商会,
# "the Mongolian chamber of commerce", AmCham), not the Hunan chambers of the theme
# (上海湖南商会 and "the Hunan chamber of commerce in Zhejiang" are the theme's); an
# industrial park of a city outside Hunan (苏州工业园区, "Suzhou Industrial Park"), not one
# the parks conference presents. Cut before themes are read; what they do is their own.
# Hunan's own cities: their chambers elsewhere (上海的衡阳商会) and parks are the program's.
HUNAN_CITIES_EN = word_set("""changsha zhuzhou xiangtan hengyang shaoyang yueyang changde
    zhangjiajie yiyang chenzhou yongzhou huaihua loudi xiangxi jishou liuyang""")
HUNAN_CITIES_ZH = phrase_list(
    "长沙 株洲 湘潭 衡阳 邵阳 岳阳 常德 张家界 益阳 郴州 永州 怀化 娄底 湘西 吉首 浏阳"
)
_NOT_ANOTHER_CHAMBER = "|".join(
    sorted(
        HUNAN_CITIES_EN
        | word_set("""hunan hunanese xiang hometown the a an our this that these those local
        your my which any of in for at and with to from about on is are what some provincial
        city county overseas no every each via or""")
    )
)
_OTHER_PLACES_ZH = "|".join(name for name in OTHER_CITIES_ZH if name not in HUNAN_CITIES_ZH)
_OTHER_PLACES_EN = "|".join(sorted(OTHER_CITIES_EN - HUNAN_CITIES_EN, key=len, reverse=True))
_PARK_WORDS_ZH = "工业园区|工业园|开发区|高新区|经开区|新区|科技园|产业园|园区"
BODIES_ELSEWHERE = bilingual(
    rf"\b(?!(?:{_NOT_ANOTHER_CHAMBER})\b)[a-z][a-z'’-]+\s+(?:general\s+)?chambers?\s+of\s+commerce\b"
    r"|\b(?:amcham|eurocham)\b"
    rf"|(?<!驻)(?:{_OTHER_PLACES_ZH}|{'|'.join(CONTEXT_PLACES_ZH)}"
    rf"|{COUNTRIES_ZH_ALTERNATIVES}|蒙古|台湾|美国|欧盟|外国|总)(?:总)?商会"
    rf"|\b(?:{_OTHER_PLACES_EN})\s+(?:industrial park|industrial zone|industrial estate"
    r"|development zone|high-?tech zone|hi-tech zone|new area|science park|tech park)s?\b"
    rf"|(?:{_OTHER_PLACES_ZH})(?:{_PARK_WORDS_ZH})"
)
OTHER_BODY = " guild "  # what another place's chamber or park becomes: no body of the program
_PARK_ZH = re.compile(rf"({_OTHER_PLACES_ZH})(?:{_PARK_WORDS_ZH})$")
_PARK_EN = re.compile(rf"^({_OTHER_PLACES_EN})\s")


def cut_bodies_elsewhere(text: str) -> tuple[str, int]:
    """A normalised text with another place's chambers and parks made OTHER_BODY (a park
    keeps its city, which is still where it is: 苏州工业园区 is in Suzhou), and how many."""

    def cut(match: re.Match[str]) -> str:
        park = _PARK_ZH.search(match.group()) or _PARK_EN.search(match.group())
        return f" {park.group(1)}{OTHER_BODY}" if park else OTHER_BODY

    return BODIES_ELSEWHERE.subn(cut, text)


# Every English name of a city outside the program, the names of several words among them
# ("hong kong", "kuala lumpur"), as regex alternatives, the longest first.
_OTHER_CITY_NAMES_EN = "|".join(
    sorted(OTHER_CITIES_EN | set(OTHER_CITY_PHRASES), key=len, reverse=True)
)
# A journey from a city outside the program to one of its cities or airports (温哥华飞浦东,
# "from Vancouver to Pudong"): the outside city is where it starts, not where a building
# named after it is.
_PROGRAM_ARRIVALS_ZH = "上海|浦东|虹桥|杭州|萧山|南京|禄口|昆山"
_PROGRAM_ARRIVALS_EN = "shanghai|pudong|hongqiao|hangzhou|xiaoshan|nanjing|lukou|kunshan"
ARRIVES_FROM_ELSEWHERE = re.compile(
    rf"(?:{OTHER_CITIES_ZH_ALTERNATIVES})(?:飞|到|去|至|飞往|飞到)(?:{_PROGRAM_ARRIVALS_ZH})"
    rf"|\b(?:from\s+)?(?:{_OTHER_CITY_NAMES_EN})\s+(?:to|2)\s+(?:{_PROGRAM_ARRIVALS_EN})\b"
)
# Sessions asked for in a city outside the program, whatever their subject ("is there a
# session in Nairobi for those who could not travel?", 武汉那边这个礼拜有冇得类似的推介会,
# 是否在合肥设分会场): none is held there.
SESSIONS_ASKED_ELSEWHERE = re.compile(
    r"\b(?:sessions?|events?|meetings?|conferences?|forums?|anything|something)(?: held)? in "
    rf"(?:{_OTHER_CITY_NAMES_EN})\b"
    rf"|(?:{OTHER_CITIES_ZH_ALTERNATIVES}) ?(?:那边|这边)?(?:这个礼拜|这周|本周|这几天)?也?"
    # (read after normalizing: 有冇 is 有没有 by then, 有冇得 能不能; Hunan's 有冒得 stays)
    r"(?:有没有|有无|有冒得|能不能|设|办|开)(?:类似的|相关的)?(?:分会场|推介会|对接会|活动|场次)"
    # a city's own event (永州市是否单独组织了招商推介活动)
    rf"|(?:{OTHER_CITIES_ZH_ALTERNATIVES})市?(?:是否|有没有|会不会)?单独(?:组织|举办|安排|搞|办)"
)
# A city outside the program as what a session would be about ("a session on Shenzhen",
# "a Greater Bay Area session", 关于大湾区的会): a subject the program lacks, not a place
# asked about.
CITY_AS_SUBJECT = re.compile(
    rf"\b(?:on|about|regarding|covering|concerning) (?:the )?(?:{_OTHER_CITY_NAMES_EN})\b"
    rf"|\b(?:a|an) (?:{_OTHER_CITY_NAMES_EN}) (?:session|forum|conference|meeting|seminar|panel)s?\b"
    rf"|(?:关于|有关)(?:{OTHER_CITIES_ZH_ALTERNATIVES})"
    # 有没有大湾区的主题: a theme on another region, not sessions held there
    rf"|(?:有没有|有无)(?:{OTHER_CITIES_ZH_ALTERNATIVES}){{1,2}}(?:的|相关的?)?主题"
)
