"""The words of the delegate's own affairs (bot.own_affairs decides with them): four
patterns, each built from named pieces, one need each, with the need's English words and
its Chinese ones (tests/test_own_affairs_pieces.py gives every piece an example). A piece
is added here, as one entry with its comment.
"""

from __future__ import annotations

from bot.patterns import any_of
from bot.places import OTHER_CITIES_EN_ALTERNATIVES

# A delegate's own leisure (sightseeing plans, shopping, a walk): no session's business,
# whatever city or place stands beside it ("南京有什么好玩的", "day trip to Zhouzhuang").
# is_own_affairs reads where the match starts and ends: where two pieces could match at
# one place, the one listed first decides where the match ends.
LEISURE_PIECES: dict[str, str] = {
    # a day out and what to see ("things to do", 好玩, 攻略, 5A景区, 自由行)
    "outings": r"\b(?:day trips?|road trips?|things to do|(?:anything|something|somewhere) fun"
    r"|fun to do|scenic spots?|tourist attractions?|must[- ]see|what can i do|on my own|rainy day"
    r"|best route|self-drive|holidays?|vacations?|plan (?:a|my|our) .{0,50}trip)\b"
    r"|好玩|攻略|哪些.{0,4}景区|景区有哪些|[45]a级?景区|走走|景点推荐|推荐.{0,4}景点|旅游景点|夜景"
    r"|一日游|自由行|打卡|自驾|度假|老街|古镇|好行|好完|文化街|观景台|\b(?:anything to do|observation decks?)\b"
    r"|周庄|同里|乌镇|西塘|朱家角"
    # a good place to do something (有什么好hea的地方, 有啥好逛的地方)
    r"|有(?:什么|啥)好[^，,。？?\s]{1,6}的地方",
    # tours, sightseeing buses and boats (跟团, 夜游, a cruise)
    "tours": r"\b(?:tour (?:deals?|packages?)|(?:walking|free|city|night) tours?"
    r"|(?:sightseeing|tourist|tour|hop-on hop-off) (?:bus|buses|boats?|cruises?|coach)|sailing"
    r"|yacht|boat rides?|cruises?|(?:winery|wine|brewery|vineyard|food|tea|bike|cycling) tours?)\b"
    r"|跟团|夜游|划船|游船|缆车|客轮",
    # a cheap flight for a trip of one's own
    "flight_deals": r"\b(?:cheap(?:est)? (?:flights?|way to fly)|flight deals?)\b"
    r"|特价机票|便宜的机票",
    # shopping: an outlet (奥莱, 上海outlet), souvenirs, where to buy, whether a price is
    # fair, a convenience store (便利店, Taiwan's 超商)
    "shopping": r"\b(?:go(?:ing)? shopping|luxury|outlets?|souvenirs?"
    r"|where (?:can i|to|do i) buy|(?:want|wanna)(?: to)? buy (?:\w+ ){0,3}for my (?:boss|wife"
    r"|husband|family|mum|mom|kids?|friends?))\b"
    r"|逛街|逛逛|可以逛|奥特莱斯|奥莱|折扣店|(?<=[\u4e00-\u9fff])outlets?(?![a-z])"
    r"|(?:哪里|哪儿|哪)有(?:得)?卖|好逛|抵住|抵唔抵"
    r"|便利店|超商|小卖部|\bconvenience stores?\b|\b(?:big sales?|sales? promotions?|on sale)\b|大促|打折促销",
    # food and places to eat (street food, 夜市, 小吃, 夜宵, 烧烤, 下午茶; 餐厅 behind 茶 is
    # 茶餐厅's)
    "food": r"\b(?:afternoon tea|street food|food streets?|night markets?)\b"
    r"|好吃|美食|夜市|小吃|饭馆|餐馆|菜馆|馆子|(?<!茶)餐厅|聚餐|下午茶|家乡菜|茶餐厅"
    r"|夜宵|宵夜|烧烤|撸串|大排档|清真(?:餐厅|饭店|馆)|\bhalal (?:meals )?restaurants?\b"
    r"|星巴克|咖啡店|咖啡馆|咖啡厅|\b(?:starbucks|coffee shops?|caf[eé]s|corkage)\b|开瓶费",
    # nights out (karaoke, bars, live music, 酒吧, 唱歌, 喝点酒)
    "nightlife": r"\b(?:nightlife|karaoke|ktv|bars?|pubs?|night ?clubs?|jazz|live music"
    r"|live bands?|live ?houses?)\b"
    r"|酒吧|唱歌|喝(?:点|两杯|几杯|一杯)酒",
    # sport and wellness (a hike, a gym, golf, a massage, 足疗, 爬山)
    "sport_and_wellness": r"\b(?:massage|spa|hik(?:e|ing)|gyms?|fitness|swimming pools?|sauna"
    r"|golf|jog|jogging|go for a run)\b"
    r"|散步|高尔夫|健身|游泳|桑拿|爬山|徒步|按摩|足疗|足浴|推拿|跑步|晨跑|夜跑"
    r"|羽毛球|乒乓球|网球|篮球|卡丁车|密室逃脱|剧本杀|团建|拓展活动|户外拓展"
    r"|\b(?:badminton|tennis|go-?karts?|karting|team[- ]?building)\b",
    # parks to visit or walk in; a national park's promotion or conference is a session
    "parks": r"\b(?:(?:theme|amusement|water|forest|safari|wildlife) ?parks?"
    r"|national ?parks?(?! promotion| conference| session)"
    r"|(?:nice|good|beautiful|green|public|city) parks?"
    r"|parks? (?:for|to) (?:a )?(?:walk|run|jog))\b"
    r"|公园",
    # shows and museums of the city (acrobatics, a concert, 话剧, 博物馆)
    "shows_and_museums": r"\b(?:acrobatics|concerts?|musicals?|operas?|museums?"
    r"|art galler(?:y|ies))\b"
    r"|杂技|演唱会|音乐会|话剧|博物馆|美术馆",
    # films, television and what is worth watching (a taping, 看电影, 追剧, 好看)
    "screens": r"\b(?:tv (?:shows?|programs?|programmes?|series|dramas?)|tapings?|on tv|cinemas?"
    r"|movie theaters?|movies? tonight|(?:catch|see|watch) (?:a|the) (?:film|movie))\b"
    r"|小说|综艺|电影院|看电影|什么片|好看|好睇|追剧|电视节目",
    # outings with children (带孩子, 遛娃)
    "kids": r"\b(?:kids|children)\b|带孩子|遛娃",
    # a thing of the town to recommend (南京有啥青旅推荐, 有什么便宜的推荐); not a session
    "recommended_things": r"有(?:啥|什么|没有)(?!活动|会|场|论坛|对接|推介|项目|适合|合适)"
    r"[\u4e00-\u9fff]{1,5}推荐",
}
LEISURE = any_of(*LEISURE_PIECES.values())

# The delegate's own life, which no event answers: health, money (changed, goods' market
# prices), taxes and fees, a company to register, land for sale, an official's own
# agenda, the news, figures of the economy, the weather, a text to write or translate
# ("the nearest hospital", 房价, "fact-check Hunan's GDP", 会不会下雨, 致辞稿怎么写).
OWN_LIFE_PIECES: dict[str, str] = {
    # health (a hospital, a fever, a vaccine, a pregnancy, motion sickness, 看病, 失眠)
    "health": r"\b(?:hospitals?|clinics?|doctors?|fever|sick|pharmac(?:y|ies)|dentist|vaccinations?"
    r"|vaccines?|pregnan(?:t|cy)|giving birth|motion sickness|car ?sick|radiation|swollen"
    r"|blood clots?|ankles?)\b"
    r"|医院|看病|看医生|发烧|生病|药店|药房|牙医|疫苗|诊所|药膏|水泡|犯困|失眠|感冒|咳嗽|头疼|晕车"
    r"|辐射|孕妇|要生了|怀孕|心脏不好|心脏病|高血压",
    # the weather and the air (a typhoon, an umbrella, smog, 会不会下雨, 口罩)
    "weather": r"\b(?:(?:what'?s|how'?s|how is) the weather|weather (?:forecast|like)|forecast"
    r"|typhoons?|umbrellas?|will it rain|raining|haze|smog|air quality|face masks?"
    r"|pollution(?! (?:control|treatment|prevention|equipment))|wear a mask|pm ?2\.?5|asthma)\b"
    r"|天气怎么样|天气如何|天气预报|会不会下雨|下不下雨|台风|带伞|雨伞|气温|多少度|雾霾|空气质量|雷暴|暴雨"
    r"|有雾|大雾|\bfog(?:gy)?\b"
    r"|口罩",
    # the clock elsewhere (a time zone, the time in Karachi now, 时差)
    "time_zones": r"\b(?:time ?zones?|local time|time difference"
    rf"|(?:{OTHER_CITIES_EN_ALTERNATIVES}) time(?: now)?"
    rf"|time (?:is it )?(?:now )?in (?:{OTHER_CITIES_EN_ALTERNATIVES}))\b"
    r"|时差|当地时间|北京时间",
    # money changed, sent or banked (an exchange rate, 换美元, 汇款, 开户)
    "banking": r"\b(?:interest rates?|exchange rates?|fx rates?"
    r"|(?:change|exchange|swap) (?:some |my |our )?(?:\w+ )?"
    r"(?:dollars|euros|pounds|yen|money|currency|cash))\b"
    r"|利率|汇率|利息|换(?:钱|汇|外币|美元|港币|港元|欧元|日元|人民币)"
    r"|兑换(?:外币|美元|港币|港元|欧元|日元|人民币)|汇款|到账|开户"
    # paying in a foreign currency ("settled in rupees", "is the HK$ accepted?", 用港币付);
    # a fund in dollars is a business
    r"|\b(?:pay|paid|paying|settled?|settlement|accept(?:ed|s)?|takes?) (?:\w+ ){0,3}?in "
    r"(?:rupees?|naira|rubles?|roubles?|reais|pesos?|ringgit|baht|rupiah|hkd|usd|hk\$|foreign currency)"
    r"|(?:\b(?:rupees?|naira|rubles?|roubles?|reais|pesos?|ringgit|baht|rupiah|hkd|usd)\b|hk\$)"
    r" (?:\w+ )?(?:accepted|taken)\b"
    r"|(?:用|付|收|结算)(?:港币|港元|卢比|卢布|美金|外币|新台币|澳门币)|(?:港币|港元|美金|外币|新台币)(?:能|可以)(?:用|付|收)"
    r"|(?:港币|港元|美金|外币|新台币) ?(?:settlement|结算)",
    # a fee to an agent, a lawyer, a school or a bank; a shop's listing fees (进场费)
    "fees": r"\b(?:(?:agency|agencies|agents?|brokers?|brokerage|notary|consult\w*|headhunt\w*"
    r"|lawyers?|legal|school|tuition|bank|banking) fees?)\b"
    r"|(?:中介|代理|律师|猎头|咨询|公证|银行手续)费|进场费|上架费|入驻费|平台佣金|股权|入股",
    # pay, pensions, insurance and points of one's own (overtime pay, 公积金, 积分)
    "pay_and_points": r"\b(?:overtime pay|bonus(?:es)?|pensions?|social insurance|loyalty"
    r"|rewards? programs?|earn points)\b"
    r"|加班费|年终奖|强积金|公积金|养老金|社保|社会保险|暑期工|积分|学分",
    # shares and stock markets (a dividend, the Hang Seng, 股价, 涨停, a股)
    "markets": r"\b(?:sse composite|stock prices?|stocks|stock markets?|share prices?|dividends?"
    r"|shanghai composite|hang seng|stock exchanges?|futures)\b"
    r"|股价|股票|上证|深证|恒生指数|只股|股市|概念股|涨停|跌停|a股|港股",
    # what goods or homes cost (market prices, per kg, 多少钱一斤, 房价, 每平)
    "prices": r"\b(?:current prices?|market prices?|per (?:kg|kilo|kilogram|tonne?)|freight rates?)\b"
    r"|一公斤|每公斤|多少钱一斤|一斤多少|每斤|每吨|房价|一平|平方米|每平"
    r"|哪里能批发|能批发到|在哪(?:里)?批发",  # where goods are bought wholesale
    # taxes and duties (VAT, a tariff, anti-dumping, 个税, 要交什么税)
    "taxes": r"\b(?:vat|capital gains|tax rates?|tax rules|taxes|income tax|tariffs?|anti-dumping"
    r"|customs duty|duty rates?)\b"
    r"|交税|缴税|要不要.{0,2}税|印花税|[要需]交[^，,。？?]{0,3}税|个税|报税|税务|纳税|所得税|退税"
    r"|税收优惠|租税|增值税|关税|反倾销|抵税",
    # the economy, the news and the state's papers (GDP, a trade war, 八项规定, 国务院出台)
    "economy_and_news": r"\b(?:gdp|inflation|fact[- ]check|trade war|richest)\b"
    r"|文件精神|统计数据|经济增长|贸易战|八项规定|国务院|出台",
    # an official's or a chairman's own agenda (市长的行程)
    "officials_agenda": r"\b(?:(?:the )?(?:mayor|governor|party secretary)'s"
    r" (?:schedule|agenda|diary))\b"
    r"|(?:市长|省长|书记|主席)[^，,。？?]{0,6}(?:公务活动|行程|日程)|董事长",
    # a company of one's own to register or a shop to open (营业执照, an invoice)
    "own_company": r"\b(?:register(?:ing)? a company|company registration|invoices?)\b"
    r"|开一家|开个店|注册.{0,4}公司|公司注册|营业执照|发票",
    # land, rent and desks (a land auction, a lease, coworking, 拍地, 租房)
    "land_and_leases": r"\b(?:land (?:parcels?|auctions?|sales?)|coworking|co-working|wear and tear"
    r"|leases?|tenancy)\b"
    r"|地块|挂牌出让|土地出让|拍地|月租|租房|收租|买[^，,。？?\s]{0,3}车位|车位[^，,。？?\s]{0,3}卖",
    # the law, the police and fakes (a lawsuit, a consulate, hacked, 假货, 举报)
    "law_and_fakes": r"\b(?:police|consulate|lawyers?|court|lawsuit|enforceable|hacked|legally"
    r"|counterfeit|fake (?:goods|bags|handbags|products)"
    r"|report (?:a|the) (?:shop|seller|store|scam)|overcharg\w*|ripped off|rip-?offs?"
    r"|(?:take|takes|taking|took) (?:a |the )?(?:long way|detours?))\b"
    r"|投诉|报警|警察|领事馆|派出所|假货|举报|被盗用|被黑|律师|绕路|绕远路|宰客|黑车|拒载",
    # returning what one bought (a return policy, 退货, clothes 缩水)
    "returns": r"\b(?:return polic(?:y|ies)|returns? (?:an? )?(?:items?|orders?|goods))\b"
    r"|退货|退换货|缩水",
    # a text to write or translate (a draft, a sworn translator, 怎么写, 帮我翻译)
    "writing": r"\b(?:translate .{1,40}(?:into|to) (?:chinese|english|mandarin)|write me"
    r"|draft (?:a|my|me)|proofread|sworn translators?|certified translat\w*)\b"
    r"|翻译做|怎么写|起草|帮我写|写一份|翻译成|帮我翻译|翻译一下|怎么翻译|译成|翻成|英译|译为",
    # family, pets and one's own milestones (my son's, a wedding, a funeral, 宠物, 高考, 户口)
    "family": r"\b(?:my dog|my cat|pets?|(?:my|our) (?:son|daughter|kid|child)'?s?|weddings?"
    r"|anniversar(?:y|ies)|funerals?|married|fianc[eé]e?)\b"
    r"|狗狗|猫咪|户口|宠物|幼儿园|驾校|婚姻登记|纪念日|惊喜|葬礼|丧礼|婚礼|婚宴|高考|老年大学|养老院"
    r"|国际学校|\binternational schools?\b|新生报到|入学",
    # luck, dreams and songs, and gifts of one's own (风水, 算命, 解梦, lyrics, 伴手礼)
    "luck_and_gifts": r"\b(?:lucky|dream(?:s|t|ed)?|lyrics|horoscopes?|zodiac)\b"
    r"|风水|算命|解梦|梦见|做梦|歌词|星座|送人|伴手礼|手信|特产带回去|带回去(?:给|送)"
    r"|带回[^，,。？?]{0,6}的?特产",
    # a phone number or card of one's own
    "phone_number": r"门号|手机号码|手机卡",
}
OWN_LIFE = any_of(*OWN_LIFE_PIECES.values())

# Needs the program says nothing of, whatever event stands beside them: accessibility,
# companions, the delegate's own shipments and parcels, phone, car and errands, filming,
# photos and interviews, gifts, shows and performances, other shows, lucky draws,
# certificates and cocktail parties, how a session is staged (its sponsor, rehearsal,
# backdrop, 礼炮, a speech's draft, the slides' limits), a deal's documents (due
# diligence, 合同文本), renting the event's rooms or equipment, travel reimbursed, visits
# the organizers would arrange, volunteers' own matters, the bot itself, the delegate's
# own school's or firm's event ("a plus-one at the dinner", 手语, 寄样品, roaming, 纪录片,
# 罚单, 我们学校的双选会).
UNSTATED_PIECES: dict[str, str] = {
    # accessibility (a wheelchair, sign language, 无障碍, 听障)
    "accessibility": r"\b(?:deaf|blind|wheelchairs?|sign language|accessib(?:le|ility))\b"
    r"|手语|轮椅|无障碍|听障|视障",
    # prayer, smoking and nursing rooms (a church, 祈祷, 吸烟, 母婴室)
    "prayer_smoking_nursing": r"\b(?:prayer rooms?|smok(?:e|ing)|church(?:es)?|pray|praying|prayers"
    r"|nursing rooms?|lactation|(?:buddhist |taoist )?temples?|mosques?|cloakrooms?|coat ?checks?)\b"
    r"|教会|教堂|崇拜|祈祷|吸烟|抽烟|母婴室|哺乳室|寺庙|清真寺",
    # companions (a plus-one, a spouse, a partner programme, 家属, 带老婆)
    "companions": r"\b(?:plus[- ]ones?"
    r"|bring (?:my|a|our) (?:wife|husband|spouse|partner|guest|kids?|family|friend)s?"
    r"|as (?:his|her) (?:wife|husband|spouse|partner)|accompanying (?:persons?|spouses?)"
    r"|my (?:kids|children|wife|husband|family) (?:come|join|attend)|spouses?"
    r"|partner program(?:me)?s?)\b"
    r"|家属|带(?:老婆|老公|太太|先生|爱人|孩子|朋友)|配偶|带[^，,。？?\s]{0,8}家人",
    # dating (singles, a blind date; speed dating is a matchmaking session)
    "dating": r"\b(?:singles|(?<!speed )dating|blind dates?|make (?:some )?friends)\b|相亲|交友|交朋友",
    # the delegate's own shipments and parcels (samples to ship, 寄快递, 包邮, 订舱)
    "shipments": r"\b(?:(?:ship|send|mail|post) (?:(?:my|our|a|the|some) )?(?:\w+ ){0,2}"
    r"(?:samples?|parcels?|packages?|goods)|parcels?"
    r"|(?:my|our) (?:packages?|deliver(?:y|ies)|orders?|couriers?)|same[- ]day delivery)\b"
    r"|寄快递|叫快递|快递怎么寄|寄件|(?:我|我们)的(?:快递|包裹)"
    r"|快递(?:到了|到没|什么时候到|几时到|到哪)|包裹|(?:收|取|代收)快递|邮寄|寄回|寄到|订舱|舱位"
    r"|货运专线|快递到家|能快递|包邮|快递点|寄点东西|寄东西",
    # tickets, flights and luggage (a boarding pass, left luggage, 改签, 值机, 时差)
    "tickets_and_luggage": r"\b(?:(?:train|plane|air|flight|rail|bus) tickets?|online check-?in"
    r"|airlines?|boarding pass(?:es)?|luggage storage|left luggage|store my luggage|suitcases?"
    r"|lockers? for (?:my |our )?(?:luggage|bags?)"
    r"|time difference|(?:keep|leave|store) (?:my |our )?(?:[\w-]+ ){0,2}(?:samples|goods|boxes)"
    r" (?:there|overnight|one night))\b"
    r"|寄存|行李|高铁票|火车票|动车票|机票|车票|时差|退票|改签|行李箱|值机|登机牌|航空公司"
    # a seat's class on a train or a plane
    r"|\b(?:first|business|economy) class\b|一等座|二等座|商务座|头等舱|经济舱",
    # the phone (roaming, a SIM card, a charger, 充电宝, 几台设备)
    "phone": r"\b(?:roaming|sim cards?|data plans?|mobile data|chargers?|power banks?"
    r"|charge my (?:phone|laptop)|charging|sim|no service|(?:how many|number of) devices|vpns?)\b"
    r"|漫游|流量卡|充电宝|充电器|充电|几台设备|几个设备|翻墙",
    # the car (a fine, a rental, a licence, parking overnight, 罚单, 限高)
    "car": r"\b(?:parking tickets?|(?:traffic|parking) fines?|pay the fine|rent a car|car rentals?"
    r"|speeding (?:tickets?|fines?)|driving (?:permit|licen[cs]e)|car wash"
    r"|height (?:limit|restriction)s?|(?:park|parking) overnight|overnight parking)\b"
    r"|罚单|罚款|驾照|(?:怎么|哪里|去哪)租车|租车自驾|洗车|限高|限速|(?:停车|泊车)过夜|停到明早|年检",
    # errands and services (a haircut, laundry, a manicure, lost property, 理发, 美甲)
    "errands": r"\b(?:tailors?|haircut|barber|laundry|dry cleaning|lost and found|lost property"
    r"|manicures?|nail salons?|makeup artists?|work permits?|takeaway|takeout|food delivery"
    r"|lost (?:my|his|her|their|our)"
    r" (?:laptop|phone|wallet|bag|umbrella|keys|camera|jacket|luggage))\b"
    r"|裁缝|理发|剪头发|剪发|洗衣|失物招领|美甲|整指甲|做指甲"
    r"|(?:手机|钱包|电脑|包|钥匙|雨伞|相机)(?:丢|不见)|丢了(?:手机|钱包|电脑|包|钥匙|雨伞|相机)"
    r"|外卖|化妆师|工作许可|工作准证"
    # a thing left behind (眼镜落在酒店了, 有没有捡到) and copies to make (复印, 影印)
    r"|(?:落|忘|丢)在[^，,。？?\s]{0,6}(?:酒店|房间|车上|会场|那里)|捡到|复印|影印|打印服务"
    # a hotel stay's own terms (a late check-out, 延迟退房) and a lost guide's number
    r"|\b(?:late check-?outs?|check(?:ing)? out late|early check-?ins?|check(?:ing)? in early)\b"
    r"|延迟退房|晚点退房|提前入住|导游(?:的)?(?:电话|联系方式|微信)",
    # another kind of China visa than a visitor's asked about (an R talent or Z work visa,
    # a student visa, residence): the visa entry is the business visitor's; a delegate
    # who holds one ("on a student visa", 拿工作签证在上海) still asks the event's
    "other_visas": r"(?<!on a )(?<!on my )(?<!with a )(?<!with my )(?<!have a )(?<!hold a )"
    r"\b(?:talent|work|working|student|study|residence|family|spouse) visas?\b"
    r"|\bresidence permits?\b|\b(?:tibet|lhasa)\b[^.?!]{0,30}\bpermits?\b|入藏(?:函|许可)"
    r"|(?<![拿持有着])(?:人才|工作|学生|留学|探亲|(?<![a-z])[rzx]字?)签证|居留许可|居留证",
    # a certificate issued to the delegate (实习证明, "a certificate of attendance"): no part
    # of the program speaks of one
    "certificates": r"\b(?:certificates? of (?:attendance|participation|internship)"
    r"|(?:internship|volunteer|attendance|participation) certificates?"
    r"|(?:cpd|cpe) (?:hours|points|credits)|(?:course|uni|university|academic) credits?"
    r"|credits? (?:for|4) (?:uni|university|school|my degree))\b"
    r"|学分"
    r"|(?:开|出具|出)(?:个|一份|张)?[^，。？?\s]{0,4}证明|实习证明|志愿者?证明|参会证明",
    # how a job interview goes or is prepared for (面经, 面试一般问啥, "interview tips"):
    # the job fair's employers ask, no card tells
    "interview_tips": r"\b(?:interview (?:tips|questions|advice)|how to (?:prepare for|pass|ace)"
    r" (?:an |the |a |my )?(?:job )?interviews?)\b"
    r"|面经|面试技巧|面试(?:一般)?(?:都)?(?:会)?问(?:些)?(?:啥|什么)",
    # registering a company, a product or a trademark with the authorities ("registration
    # of a medical device", 注册公司): the registration desk is the event's check-in
    "registering_a_business": r"\b(?:product|device|drug|trademark|company|business|patent"
    r"|vehicle) registrations?\b|\bregistration (?:of|for) (?:a |an |the |my |our )?"
    r"(?:medical |new )?(?:devices?|products?|drugs?|trademarks?|compan(?:y|ies)|business(?:es)?"
    r"|patents?|vehicles?)\b|\bregister\s*(?:a |our |my )?(?:company|business|公司)"
    r"|(?:医疗器械|产品|商标|专利|药品|公司)注册|注册(?:商标|公司|资本)|注册[^，,。？?]{1,10}商标",
    # paying, refunds, accounts and insurance (Alipay, a coupon, an ATM, 红包, 意外险)
    "paying": r"\b(?:(?:visa|master|credit|debit) cards?|refunds?|alipay|wechat pay|coupons?"
    r"|(?:discount|promo|promotion|coupon) codes?|pay with (?:wechat|alipay|cash|a card|my card)"
    r"|atms?|bank cards?|octopus cards?|senior (?:discounts?|concessions?)|red packets?"
    r"|(?:travel|accident|medical|health) insurance"
    r"|(?:buy|get|need|have|covered by) (?:\w+ )?insurance)\b"
    r"|支付宝|微信支付|账户|帐户|账号|帐号|(?:装|下载|用)(?:什么|哪个|啥)app|优惠券|折扣码|怎么退"
    r"|退款|卖啥|有链接|(?:买|上|投|办|有)(?:意外)?保险|意外险|银行卡|取款机|八达通|长者优惠"
    r"|老人优惠|利是|红包",
    # filming, photos, interviews and the press (drones, a press pass, 纪录片, 合影, 记者证)
    "filming_photos_press": r"\b(?:shoot (?:a|some|our) (?:\w+ ){0,2}(?:video|film|footage)|filming"
    r"|footage|drones?|who owns the copyright"
    r"|interview (?:with )?(?:the |a |an )?(?:\w+ )?"
    r"(?:governor|mayor|minister|officials?|ceo|chairman|leaders?|speakers?|entrepreneurs?)"
    r"|cameras?|photograph(?:y|s|ers?)?|photos"
    r"|take (?:photos|pictures)|journalists|press coverage|press (?:centre|center|rooms?)"
    r"|media (?:centre|center|rooms?)"
    r"|(?:press|media) (?:pass(?:es)?|cards?|badges?|accreditation|credentials))\b"
    r"|拍摄|纪录片|航拍|版权归谁|版权归属|采访|专访|相机|拍照|新闻中心|媒体工作间|记者证|媒体证|跟拍|直播车|转播车"
    r"|新闻稿|通稿|\bpress releases?\b"
    r"|采访证|记者发稿|媒体来|记者来|多少家媒体|形象照|影相|合影|合个影|合照",
    # gifts and flowers (souvenirs, a florist, 礼物, 花篮)
    "gifts": r"\b(?:gifts?|florists?|flowers|souvenirs?)\b|送礼|礼物|礼品|花篮|纪念品|伴手礼|鲜花|花店",
    # shows and performances, and other shows (fireworks, a motor show, 表演, 走秀, 签售)
    "shows": r"\b(?:performances?|entertainment|fireworks"
    r"|(?:auto|car|motor|air|boat|fashion|talent) shows?|talentshows?|book signings?)\b"
    r"|表演|演出|烟花|焰火|车展|航展|时装秀|服装秀|走秀|签名售书|签售",
    # sport and television (the World Cup, the NBA, a TV schedule, 英超, 今晚播)
    "sport_and_tv": r"\b(?:world cup|olympics|asian games|nba|premier league|football match(?:es)?"
    r"|on air|tv schedule)\b"
    r"|世界杯|奥运|亚运|比赛直播|英超|欧冠|(?:放|播)(?:什么|啥)节目|(?:今晚|今天|晚上|明晚|几点)播"
    r"|播什么|播啥",
    # lucky draws, certificates and cocktail parties (a raffle, a toast, 抽奖, 证书, 酒会)
    "draws_certificates_cocktails": r"\b(?:lucky draws?|raffles?|certificates? of attendance"
    r"|attendance certificates?|cocktail (?:party|reception)|champagne|toasts?)\b"
    r"|抽奖|证书|酒会",
    # how a session is staged: its sponsor, seating, rehearsal, backdrop, sound, banners, a
    # ribbon-cutting, 礼炮, a speech's draft, the slides' limits (上海报 is no 海报)
    "staging": r"\b(?:sponsor(?:s|ing|ed|ship)?|seating (?:plans?|charts?|arrangements?)|q ?& ?a"
    r"|booths?|budgets?|rehears(?:al|als|e)|sound ?checks?|backdrops?|logos?|posters?"
    r"|(?:av|audio[- ]?visual|lighting|staging|stage|event)"
    r" (?:vendors?|suppliers?|compan(?:y|ies)|contractors?)"
    r"|ribbon[- ]cutting|national anthem|(?:how big is|size of) the stage"
    r"|sound systems?|banners?|load-?ins?|loading docks?|production (?:house|compan(?:y|ies))s?"
    r"|projectors?)\b|投影"
    r"|赞助|冠名|预算|座位(?:咋|怎么|如何)?排|排座|路演|问答环节|提问环节|展台|展位|摆摊|彩排"
    r"|签约台|舞台|音响|横幅|易拉宝|国歌|背景板|主题曲|背景音乐|签字笔|礼炮|(?<!上)海报|剪彩|布展|撤展"
    r"|ppt(?:限|交给|格式|模板)|(?:报送|提交|上交|发送)ppt|讲话稿|发言稿",
    # a deal's documents and figures (due diligence, an NDA, 合同文本, 签约额)
    "deal_papers": r"\b(?:due diligence|ndas?|non-disclosure)\b"
    r"|投资总额|总投资|总金额|签约额|合同文本|合同模板|统一模板",
    # renting the event's rooms or equipment (a hall, headsets, 场租, 包场, 租耳机)
    "renting": r"\b(?:rent(?:ing)? (?:the |your |some )?(?:\w+ ){0,2}"
    r"(?:headsets?|equipment|screens?|projectors?|microphones?)"
    r"|rent (?:the |a |your )?(?:[\w-]+ ){0,3}(?:halls?|rooms?|ballrooms?|venues?)"
    r"|(?:halls?|rooms?|ballrooms?|venues?)\b[^.?!]{0,40}\b(?:can|could|may) (?:i|we) (?:rent|hire)"
    # a room of one's own to book ("meeting rooms delegates can rent by the hour")
    r"|(?:meeting|conference|function) rooms? (?:[\w-]+ ){0,3}(?:rent|hire|book|reserve)"
    r"|(?:reserve|book|hire) (?:a |the |one )?(?:small |private )?(?:meeting|conference|function) rooms?)\b"
    r"|租用[^，,。？?]{0,12}(?:会议室|场地|厅)|(?:会议室|场地)[^，,。？?]{0,8}(?:借给|租给|借来|租来)|沙龙"
    r"|场地租用|租用报价|\bhalf-day rental\b|(?:借|租)(?:给)?(?:我们|我哋|来|嚟)(?:办|搞|举行|举办)|档期"
    r"|包场|场租|出租场地|租场地|办年会|联合办公|临时办公|另外租用|单位(?:的)?停车场"
    r"|(?:会议室|场地|会场)[^，,。？?]{0,6}(?:延时|延长)使用"
    r"|租(?:用|借)?(?:同传)?(?:耳机|设备|投影仪|话筒|麦克风)",
    # travel reimbursed (机票能报销吗)
    "reimbursed": r"\b(?:reimburs\w* (?:\w+ ){0,2}"
    r"(?:flights?|travel|airfares?|hotels?|accommodation|expenses)"
    r"|(?:flights?|travel|airfares?|hotels?|accommodation|expenses)"
    r" (?:be |get |are |is )?reimbursed)\b"
    r"|(?:机票|飞机票|差旅费?|路费|交通费|住宿费?|酒店费用?)(?:能|可以|给|会|可)?(?:不能)?报销"
    r"|报销(?:机票|差旅|路费|交通费|住宿)"
    # the standards one's own office pays by (工作餐标准, 差旅标准, 餐补)
    r"|(?:工作餐|用餐|就餐|差旅|出差|住宿)(?:标准|补贴)|餐补|伙食补贴",
    # visits the organizers would arrange (a site visit, a factory tour, 参观工厂, 安排考察)
    "arranged_visits": r"\b(?:site visits?|familiari[sz]ation trips?|fam trips?"
    r"|(?:factory|plant|company|farm|greenhouse) (?:visits?|tours?)"
    r"|(?:organi[sz]ed|arranged) (?:visits?|tours?|excursions?)"
    r"|(?:set up|arrange|organi[sz]e) (?:a |an |some )?(?:\w+ )?(?:visits?|tours?|excursions?)"
    r"|(?:visits?|tours?|excursions?) (?:to|of) [\w' ]{1,30}? (?:organi[sz]ed|arranged)"
    r"|visit on a tour|(?:a )?tour of the (?:building|venue|hall)|führung"
    r"|open to (?:the )?public\b[^?.!]{0,20}\bother days)\b|平时[^，,。？?]{0,4}开放|踩线"
    r"|实地考察|参观(?:工厂|企业|厂区)|观光工厂"
    r"|(?:有没有|有冇|有无|会不会|是否|能否|可否|能不能)[^，,。？?]{0,8}(?:安排|组织)"
    r"(?:大家|代表|我们)?去?[^，,。？?]{0,10}(?:参观|观摩|考察)"
    r"|(?:有没有|有冇|有无|会不会|是否有)去[^，,。？?]{1,12}(?:参观|观摩|考察)"
    r"的?(?:安排|行程|活动)",
    # the building's history (who its architect was, 哪年建)
    "building_history": r"\b(?:(?:when|what year) was .{0,60} built|architects?)\b|哪年建|建于",
    # volunteers' own matters (their meals, shifts, certificates, lodging, 志愿者补贴)
    "volunteers": r"\b(?:volunteers? (?:meals?|lunch|uniforms?|shifts?|rosters?|certificates?"
    r"|accommodation|housing|lodging))\b"
    r"|志愿者(?:的|们)?[^，,。？?\s]{0,6}?(?:工作餐|补贴|餐补|衣服|服装|工作服|uniform|培训|证书|时长|住宿|宿舍|住哪|排班)",
    # someone's own phone number (an association's, a firm's: 商会的联系电话)
    "contacts": r"\b(?:(?:mobile|cell|phone) (?:number )?of (?:the |whoever))\b"
    r"|(?:(?:协|商|同乡|校友|行业)会|局|厅|公司|集团|大学|医院|银行|事务所)"
    r"的?(?:联系|联络)(?:电话|方式|人)",
    # the bot itself (who made you, are you a robot, your salary, 你是谁, 你几岁)
    "the_bot": r"\b(?:do you remember|who (?:made|built|created) you"
    r"|are you (?:a )?(?:bot|robot|human|real|ai)|are you (?:paid|an intern|married|single)"
    r"|your (?:salary|age|department|boss)|(?:which|what) department do you"
    r"|how long have you been (?:doing|working)|where do you live)\b"
    r"|你是谁|你是机器人|你是真人|谁开发的你|你(?:一个月|每月)?(?:的)?工资|你是实习生|你住(?:在)?哪"
    r"|你(?:今年)?多大|你几岁|你叫什么|你结婚|你(?:做|干)(?:这|这个)?(?:工作|份工)多久|你是用什么"
    r"|你用什么(?:语言|写)|(?:什么|啥)语言写",
    # the delegate's own school's or firm's event (我们学校的双选会)
    "own_event": r"\b(?:(?:our|my) (?:school|university|college|company|firm)'?s?"
    r" (?:own )?(?:job|career|jobs) (?:fair|day)s?)\b"
    r"|(?:我们|咱们|我|我校)(?:学校|学院|大学|公司|单位)(?:自己)?的"
    r"(?:双选会|招聘会|宣讲会|年会|运动会)"
    # a banquet of one's own (喜宴, 客户答谢宴, "a client dinner")
    r"|喜宴|寿宴|生日宴|满月酒|谢师宴|答谢宴|\b(?:client dinners?|wedding banquets?)\b",
}
UNSTATED = any_of(*UNSTATED_PIECES.values())

# A topic asked as knowledge or advice (a law, a difference, a figure, a procedure, which
# ministry, a subsidy, a tax rate, an ownership cap, an approval awaited, a standard or
# test report, a wage level, privacy rules): no session teaches it, unless the question
# names an event ("…是哪场会"). As in LEISURE, the pieces' order decides where a match ends.
ADVICE_PIECES: dict[str, str] = {
    # how two things differ or compare, which is better or worth it (区别, 哪个更, 哪家好, 口碑)
    "comparisons": r"\b(?:differences? between|the difference|legal difference"
    r"|which (?:city|country|province) (?:has|is) (?:the )?"
    r"(?:more|most|less|fewer|better|best|\w+er than|\w+est)"
    r"|earn more|(?:longer|bigger|larger|busier) than"
    r"|(?:which|is it|what'?s) better|worth (?:visiting|it)|is (?:the )?best for|best app"
    r"|worth buying|works? better|compared (?:with|to))\b"
    r"|差在哪|区别|不一样|有啥不同|有什么不同|哪只好|求推荐|风险最|风险大|有什么分别|什么分别"
    r"|找哪家|哪家(?:比较)?好|哪家便宜|哪家最|哪家强|哪个(?:更|最|比较)|差很多|差别大|比较稳妥"
    r"|更安全|哪个效果(?:更|比较)?好|效果哪个好|值得买|值不值得|口碑|靠谱|靠不靠谱",
    # laws, rules, licences and standards (is it legal, GDPR, a trademark, 资质, 检测报告)
    "laws_and_standards": r"\b(?:is it legal|laws?|regulations?|trademarks?|customs regimes?"
    r"|temporary (?:import|admission)|ata carnets?"
    r"|is it (?:ok|okay|legal|allowed)|(?:data )?privacy|data protection|gdpr|certifications?"
    r"|against the rules|licen[cs]es?|licensed)\b"
    r"|检测报告|有啥标准|有什么标准|隐私|个人信息保护|标准是什么|验收|要啥认证|什么认证|资质|认定|持牌"
    r"|参照[^，,。？?]{0,6}标准|何种标准|哪个标准"
    r"|牌照",
    # the state: a ministry, an approval, a subsidy, a policy, who holds an office (补贴,
    # 哪个部门, 何时获批, Taiwan's 陆委会); 人才政策 and 优惠政策 are a session's subject, 优惠政策有哪些 advice
    "government": r"\b(?:ministry|approv(?:e|es|al)|subsid(?:y|ies|ise|ize)"
    r"|(?:incentive|policy) details|which [\w ]{0,30}polic(?:y|ies) will"
    r"|who is the (?:governor|mayor|party secretary|minister|president|ceo|chairman) of)\b"
    r"|补贴|补助|安家费|对口帮扶是|哪个部门|(?<!人才)(?<!优惠)政策|优惠政策有哪些"
    r"|哪些[^，,。？?]{0,6}优惠政策|找谁审批|审批流程|(?:何时|预计)获批|批下来|批没批|批了没|现任|市委书记"
    r"|政策文件|全文|陆委会|投审会",
    # a procedure or an exam, step by step (流程, 准备哪些材料, 考研; 补办, 报到 and 入场手续 are
    # the event's own)
    # (explaining the event's own themes or sessions is the event's: "explain the five
    # major opening-up activities")
    "procedures": r"\b(?:step by step|explain(?!(?: [\w-]+){0,4} (?:themes?|sessions?|activities"
    r"|program|programme|schedule|agenda|opening[- ]up|event|week|conference)\b))\b"
    r"|流程|(?<!补办)(?<!报到)(?<!入场)手续|准备哪些材料|入会|什么条件|怎么考|考试|考研|哪些条件"
    r"|缔约过失|违约责任|法律责任|有权主张|升学|招生简章|违约赔偿|读博|在职攻读",
    # figures and rankings, unless of the event's own sessions (how many … are there, 多少家)
    "figures": r"\b(?:how many (?!(?:events?|sessions?|meetings?|conferences?|activities"
    r"|forums?|venues?|things|talks|ones)\b).{1,40} are there"
    r"|how many (?:people|years|times|hours a)|which country|rankings?)\b"
    r"|一共有多少|多少个|多少家|多少条|哪个国家|排名|排行|分项提供|时间序列|历年[^，,。？?]{0,8}数据",
    # a business's own money and dealings (an IPO, a tax rate, an ownership cap, fees, wages,
    # customs, a fraud, 独资, 报关, 进货渠道)
    "business": r"\b(?:dividends?|bank accounts?|safely|scams?|fraud|(?:its|an|the) ipo"
    r"|ipo (?:still )?pending|(?:cit|corporate (?:income )?tax) rates?|(?:foreign )?ownership caps?"
    r"|foreign ownership|hurdle rates?|(?:management|mgmt) fees?|minimum wages?"
    r"|customs declarations?|vc funds?)\b"
    r"|排队ipo|ipo排队|排队上市|上市了|独资|报关|基本工资|最低工资|从哪(?:里|儿)?进(?:的)?货"
    r"|进货渠道|投(?:资)?了哪些|投过哪些|售后|办事处|开店|有.{0,6}意向|店铺怎么开|网店怎么开"
    r"|签(?:两个|几个|个)?(?:主播|网红)|广告投放|登广告|好点子|出主意|要什么抵押|抵押物"
    r"|(?:供应商|服务商)[，,]?有(?:没有)?推荐|有(?:什么|啥|咩)建议|好不好招|招工难|区块链|发币|\b(?:blockchain|crypto ?tokens?)\b"
    r"|\b(?:place|placing) an? (?:advert|advertisement|ad)\b|\bshould (?:i|we) (?:change|switch) suppliers?\b",
    # what sells and the market's trends (best-sellers, 销量, 双十一, 行情)
    "trends": r"\b(?:these days|trends?|sells? well|selling well|best[- ]?sellers?)\b"
    r"|卖得|销量|需求大|双十一|双11|爆仓|趋势|行情",
    # the news, rumours and analysis (gossip, the impact of, 听说, 头条, 分析一下; 听说 this city
    # has a session asks about the event)
    "news_and_analysis": r"\b(?:rumou?rs?|gossip|news|newspapers?|analy[sz]e|the impact of)\b"
    # 听说…有个推介 (heard there is a session, on a day, in a city) asks for the session
    r"|真的假的|听说(?!(?:\d{1,2}号)?(?:上午|下午|晚上)?(?:这次)?(?:在)?(?:杭州|南京|上海|昆山)?"
    r"有(?:一?[个场]|[^，,。？?]{0,6}来))"
    r"|传闻|八卦|新闻|头条|分析一下|简要分析|的影响",
    # names, memes, sights and history (why it is called, who built it, a sunset, 什么梗, 哪年建;
    # the meaning of a program's term is its own: 对标京沪穗是啥意思), books to read
    "names_and_history": r"\b(?:who (?:designed|built|invented|founded|painted)|sunset|sunrise"
    r"|why (?:is|are|do they call) .{1,40}(?:called|known as|nicknamed)|what does the name"
    r"|when (?:was|were) .{1,40} (?:built|founded|opened)|how old is|how (?:tall|high) is)\b"
    r"|读物|推荐几本|是什么梗|是啥梗|什么梗|啥梗|为什么叫|为啥叫|哪一?年(?:建|盖|落成)"
    r"|什么时候(?:建|盖|落成)的|咋叫|名字的由来|名字怎么来|涨粉|下一句|背诵",
    # fixing, cleaning or soothing one's own things (a jammed printer, 修好, 怎么洗, 装修)
    "repairs": r"\b(?:how (?:do i|to|can i|do you) (?:fix|repair|unjam|recover)|fix(?=\?)|repairs?"
    r"|jammed|won'?t start|keeps? falling off)\b"
    r"|装修|[怎咋肿]么修|修好|修理|维修|修(?:手机|电脑|车|鞋|表)|怎么洗|洗干净|怎么恢复|怎么缓解",
    # cooking (a recipe, 怎么炒, 菜谱)
    "recipes": r"\b(?:recipes?)\b|怎么炒|怎么煮|菜谱",
    # a firm to hire (recommend a freight forwarder, give me names, 推荐…主承销商)
    "firms_to_hire": r"\b(?:give me names"
    r"|recommend (?:a|an|any|me a) (?:\w+ )?(?:freight )?"
    r"(?:forwarders?|suppliers?|agents?|lawyers?|accountants?|printers?|manufacturers?))\b"
    r"|推荐[^，。？?]{0,12}(?:承销商|律师事务所|律师|会计师事务所|会计师|货代|报关行|中介)",
}
ADVICE = any_of(*ADVICE_PIECES.values())
