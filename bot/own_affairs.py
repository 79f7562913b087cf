"""The delegate's own affairs, which no session or FAQ entry answers: leisure, health,
money, advice, needs the program says nothing of (bot.search states the rules).

Kept apart from bot.vocabulary, whose words shape a question, because these decide that
a question is not the event's at all; each pattern lists its words in both languages.
"""

from __future__ import annotations

import re

from bot.patterns import bilingual
from bot.places import COUNTRIES_EN_ALTERNATIVES, COUNTRIES_ZH_ALTERNATIVES
from bot.vocabulary import WHOLE_EVENT

# A delegate's own leisure (sightseeing plans, shopping, a walk): no session's business,
# whatever city or place stands beside it ("南京有什么好玩的", "day trip to Zhouzhuang").
LEISURE = bilingual(
    r"\b(?:day trips?|road trips?|things to do|(?:anything|something|somewhere) fun|fun to do"
    r"|tour (?:deals?|packages?)|(?:walking|free|city|night) tours?|go(?:ing)? shopping|luxury|outlets?|souvenirs?|nightlife"
    r"|massage|spa|hik(?:e|ing)|scenic spots?|tourist attractions?|must[- ]see"
    r"|what can i do|on my own|kids|children|rainy day"
    r"|(?:sightseeing|tourist|tour|hop-on hop-off) (?:bus|buses|boats?|cruises?|coach)"
    r"|cheap(?:est)? (?:flights?|way to fly)|flight deals?|best route|self-drive|holidays?|vacations?"
    r"|plan (?:a|my|our) .{0,50}trip|(?:theme|amusement|water|forest|safari|wildlife) ?parks?"
    r"|national ?parks?(?! promotion| conference| session)"
    r"|karaoke|ktv|bars?|pubs?|night ?clubs?|gyms?|fitness|swimming pools?|sauna|acrobatics"
    r"|jazz|live music|live bands?|golf|sailing|yacht"
    r"|boat rides?|cruises?|afternoon tea|where (?:can i|to|do i) buy"
    r"|concerts?|musicals?|operas?|tv (?:shows?|programs?|programmes?|series|dramas?)|tapings?|museums?|art galler(?:y|ies)"
    r"|on tv|cinemas?|movie theaters?|movies? tonight|(?:catch|see|watch) (?:a|the) (?:film|movie)|street food|food streets?|night markets?"
    r"|(?:nice|good|beautiful|green|public|city) parks?|parks? (?:for|to) (?:a )?(?:walk|run|jog))\b"
    r"|好玩|攻略|哪些.{0,4}景区|景区有哪些|[45]a级?景区|跟团|散步|夜游|高尔夫|逛街|逛逛|走走|景点推荐|推荐.{0,4}景点|旅游景点|好吃|美食|夜景|一日游|自由行|打卡"
    r"|可以逛|奥特莱斯|奥莱|折扣店|(?<=[\u4e00-\u9fff])outlets?(?![a-z])|夜市|小吃|饭馆|餐馆|菜馆|馆子|(?<!茶)餐厅|聚餐|带孩子|遛娃|公园"
    r"|特价机票|便宜的机票|自驾|度假|酒吧|唱歌|健身|划船|游船|游泳|桑拿|杂技|演唱会|音乐会|话剧|小说|综艺"
    r"|下午茶|家乡菜|(?:哪里|哪儿|哪)有(?:得)?卖|博物馆|美术馆|老街|古镇|好逛|好行|好完|文化街|茶餐厅|抵住|抵唔抵|缆车|电影院|看电影|什么片|爬山|徒步|好看|好睇|追剧|电视节目|按摩|足疗|足浴|推拿"
)
# The delegate's own life, which no event answers: health, money (changed, goods' market
# prices), taxes and fees, a company to register, land for sale, an official's own
# agenda, the news, figures of the economy, the weather, a text to write or translate
# ("the nearest hospital", 房价, "fact-check Hunan's GDP", 会不会下雨, 致辞稿怎么写).
OWN_LIFE = bilingual(
    r"\b(?:hospitals?|clinics?|doctors?|fever|sick|pharmac(?:y|ies)|dentist|police"
    r"|interest rates?|exchange rates?|(?:agency|agencies|agents?|brokers?|brokerage|notary|consult\w*|headhunt\w*|lawyers?|legal|school|tuition|bank|banking) fees?|return polic(?:y|ies)|returns? (?:an? )?(?:items?|orders?|goods)|sse composite|land (?:parcels?|auctions?|sales?)|(?:the )?(?:mayor|governor|party secretary)'s (?:schedule|agenda|diary)|current prices?|market prices?|per (?:kg|kilo|kilogram|tonne?)|(?:change|exchange|swap) (?:some |my |our )?(?:\w+ )?(?:dollars|euros|pounds|yen|money|currency|cash)|stock prices?|stocks|stock markets?|overtime pay|vat|capital gains"
    r"|tax rates?|tax rules|taxes|income tax|gdp|inflation|fact[- ]check"
    r"|register(?:ing)? a company|company registration"
    r"|translate .{1,40}(?:into|to) (?:chinese|english|mandarin)|write me|draft (?:a|my|me)|proofread"
    r"|vaccinations?|vaccines?|my dog|my cat|pets?|(?:my|our) (?:son|daughter|kid|child)'?s?|consulate|lawyers?|court|lawsuit"
    r"|enforceable|share prices?|trade war|richest|dividends?|bonus(?:es)?|pregnan(?:t|cy)"
    r"|giving birth|loyalty|rewards? programs?|earn points|weddings?|tariffs?|anti-dumping"
    r"|motion sickness|car ?sick|radiation|hacked|shanghai composite|hang seng|pensions?|coworking|co-working|customs duty|duty rates?|haze|smog|air quality|face masks?|sworn translators?|certified translat\w*|anniversar(?:y|ies)|lucky|swollen|blood clots?|ankles?|invoices?|funerals?|social insurance|legally|wear and tear|leases?|tenancy|stock exchanges?|married|fianc[eé]e?|counterfeit|fake (?:goods|bags"
    r"|handbags|products)|report (?:a|the) (?:shop|seller|store|scam))\b"
    r"|\b(?:(?:what'?s|how'?s|how is) the weather|weather (?:forecast|like)|forecast"
    r"|typhoons?|umbrellas?|will it rain|raining)\b"
    r"|天气怎么样|天气如何|天气预报|会不会下雨|下不下雨|台风|带伞|雨伞|气温|多少度|狗狗|猫咪|交税|缴税|要不要.{0,2}税|投诉|开一家|开个店|医院|看病|看医生|发烧|生病|药店|药房|牙医|疫苗|报警|警察|利率|汇率|(?:中介|代理|律师|猎头|咨询|公证|银行手续)费|退货|退换货|地块|挂牌出让|土地出让|拍地|(?:市长|省长|书记|主席)[^，,。？?]{0,6}(?:公务活动|行程|日程)|一公斤|每公斤|多少钱一斤|一斤多少|每斤|每吨|印花税|[要需]交[^，,。？?]{0,3}税|进场费|上架费|换(?:钱|汇|外币|美元|港币|港元|欧元|日元|人民币)|兑换(?:外币|美元|港币|港元|欧元|日元|人民币)|房价|股价|股票|加班费|个税|一平|平方米|每平"
    r"|报税|税务|纳税|所得税|退税|税收优惠|租税|注册.{0,4}公司|公司注册|营业执照|户口"
    r"|文件精神|统计数据|经济增长|贸易战|八项规定|领事馆|宠物|汇款|到账|开户|发票|董事长"
    r"|月租|租房|幼儿园|派出所|晕车|驾校|婚姻登记|辐射|孕妇|假货|举报|被盗用|被黑|增值税|上证|深证|恒生指数|强积金|公积金|养老金|只股|股市|雾霾|空气质量|口罩|门号|手机号码|手机卡|翻译做|纪念日|惊喜|律师|风水|算命|诊所|药膏|水泡|葬礼|丧礼|社保|社会保险|暑期工|犯困|失眠|感冒|咳嗽|头疼|缩水"
    r"|利息|国务院|出台|怎么写|起草|帮我写|写一份|翻译成|帮我翻译|翻译一下|怎么翻译|送人|伴手礼|手信|年终奖|积分|学分|关税|反倾销|概念股|涨停|跌停|a股|港股|婚礼|婚宴|高考|要生了|怀孕"
)
# Needs the program says nothing of, whatever event stands beside them: accessibility,
# companions, the delegate's own shipments and parcels, phone, car and errands, filming,
# photos and interviews, gifts, shows and performances, other shows, lucky draws,
# certificates and cocktail parties, how a session is staged (its sponsor, rehearsal,
# backdrop, 礼炮, a speech's draft, the slides' limits), a deal's documents (due
# diligence, 合同文本), renting the event's rooms or equipment, travel reimbursed, visits
# the organizers would arrange, volunteers' own matters, the bot itself, the delegate's
# own school's or firm's event ("a plus-one at the dinner", 手语, 寄样品, roaming, 纪录片,
# 罚单, 我们学校的双选会).
UNSTATED = bilingual(
    r"\b(?:deaf|blind|wheelchairs?|sign language|accessib(?:le|ility)|plus[- ]ones?"
    r"|bring (?:my|a|our) (?:wife|husband|spouse|partner|guest|kids?|family|friend)s?"
    r"|as (?:his|her) (?:wife|husband|spouse|partner)|accompanying (?:persons?|spouses?)"
    r"|(?:ship|send|mail|post) (?:my|our|a|the|some) (?:\w+ ){0,2}(?:samples?|parcels?|packages?|goods)"
    r"|(?:train|plane|air|flight|rail|bus) tickets?|parcels?|(?:my|our) (?:packages?|deliver(?:y|ies)|orders?|couriers?)|roaming|lucky draws?|raffles?"
    r"|certificates? of attendance|attendance certificates?|cocktail (?:party|reception)|site visits?"
    r"|(?:factory|plant|company|farm|greenhouse) (?:visits?|tours?)|rent(?:ing)? (?:the |your |some )?(?:\w+ ){0,2}(?:headsets?|equipment|screens?|projectors?|microphones?)|reimburs\w* (?:\w+ ){0,2}(?:flights?|travel|airfares?|hotels?|accommodation|expenses)|(?:flights?|travel|airfares?|hotels?|accommodation|expenses) (?:be |get |are |is )?reimbursed|(?:organi[sz]ed|arranged) (?:visits?|tours?|excursions?)|(?:set up|arrange|organi[sz]e) (?:a |an |some )?(?:\w+ )?(?:visits?|tours?|excursions?)|(?:visits?|tours?|excursions?) (?:to|of) [\w' ]{1,30}? (?:organi[sz]ed|arranged)|visit on a tour|online check-?in|airlines?|boarding pass(?:es)?|sim cards?|data plans?|mobile data|chargers?|power banks?"
    r"|shoot (?:a|some|our) (?:\w+ ){0,2}(?:video|film|footage)|filming|footage|drones?|who owns the copyright"
    r"|interview (?:with )?(?:the |a |an )?(?:\w+ )?(?:governor|mayor|minister|officials?|ceo|chairman"
    r"|leaders?|speakers?|entrepreneurs?)|parking tickets?|(?:traffic|parking) fines?|pay the fine|rent a car|car rentals?"
    r"|speeding (?:tickets?|fines?)|driving (?:permit|licen[cs]e)|luggage storage|left luggage|store my luggage|tailors?|haircut|barber|laundry|dry cleaning|gifts?"
    r"|do you remember|who (?:made|built|created) you|are you (?:a )?(?:bot|robot|human|real|ai)"
    r"|are you (?:paid|an intern|married|single)|your (?:salary|age|department|boss)"
    r"|(?:which|what) department do you|how long have you been (?:doing|working)|where do you live"
    r"|charge my (?:phone|laptop)|charging|performances?|entertainment|fireworks|cameras?"
    r"|photograph(?:y|s|ers?)?|photos|take (?:photos|pictures)|prayer rooms?|smok(?:e|ing)"
    r"|my (?:kids|children|wife|husband|family) (?:come|join|attend)"
    r"|(?:auto|car|motor|air|boat|fashion|talent) shows?|talentshows?|(?:visa|master|credit|debit) cards?"
    r"|refunds?|same[- ]day delivery|alipay|wechat pay|coupons?|(?:discount|promo|promotion|coupon) codes?"
    r"|(?:travel|accident|medical|health) insurance|(?:buy|get|need|have|covered by) (?:\w+ )?insurance"
    r"|(?:when|what year) was .{0,60} built|architects?"
    r"|lost and found|lost property|time difference|world cup|olympics|asian games|nba"
    r"|premier league|manicures?|nail salons?|car wash|church(?:es)?|sim|no service"
    r"|football match(?:es)?|pay with (?:wechat|alipay|cash|a card|my card)"
    r"|lost (?:my|his|her|their|our) (?:laptop|phone|wallet|bag|umbrella|keys|camera|jacket|luggage)"
    r"|atms?|bank cards?|suitcases?|height (?:limit|restriction)s?|(?:how many|number of) devices|sponsor(?:s|ing|ed|ship)?|seating (?:plans?|charts?|arrangements?)|q ?& ?a|booths?|budgets?|rehears(?:al|als|e)|sound ?checks?|backdrops?|logos?"
    r"|posters?|florists?|(?:av|audio[- ]?visual|lighting|staging|stage|event) (?:vendors?|suppliers?|compan(?:y|ies)|contractors?)|flowers|singles|(?<!speed )dating|due diligence|ndas?|non-disclosure|(?:park|parking) overnight|overnight parking|volunteers? (?:meals?|lunch|uniforms?|shifts?|rosters?|certificates?)|rent (?:the |a |your )?(?:[\w-]+ ){0,3}(?:halls?|rooms?|ballrooms?|venues?)|(?:mobile|cell|phone) (?:number )?of (?:the |whoever)|blind dates?|work permits?|champagne|toasts?|souvenirs?|ribbon[- ]cutting|national anthem"
    r"|book signings?|spouses?|partner program(?:me)?s?|takeaway|takeout|food delivery|on air|tv schedule|pray|praying|prayers|nursing rooms?"
    r"|lactation|octopus cards?|senior (?:discounts?|concessions?)|red packets?|makeup artists?"
    r"|(?:how big is|size of) the stage|sound systems?|banners?|journalists|press coverage"
    r"|press (?:centre|center|rooms?)|media (?:centre|center|rooms?)"
    r"|(?:press|media) (?:pass(?:es)?|cards?|badges?|accreditation|credentials)|(?:a )?tour of the (?:building|venue|hall)"
    r"|(?:our|my) (?:school|university|college|company|firm)'?s? (?:own )?(?:job|career|jobs) (?:fair|day)s?)\b"
    r"|(?:我们|咱们|我|我校)(?:学校|学院|大学|公司|单位)(?:自己)?的(?:双选会|招聘会|宣讲会|年会|运动会)|漫游|流量卡|充电宝|充电器|手语|轮椅|无障碍|听障|视障|家属|带(?:老婆|老公|太太|先生|爱人|孩子|朋友)|寄快递|叫快递|快递怎么寄|寄件|(?:我|我们)的(?:快递|包裹)|快递(?:到了|到没|什么时候到|几时到|到哪)|包裹|(?:收|取|代收)快递|邮寄|寄回|寄到"
    r"|拍摄|纪录片|航拍|版权归谁|版权归属|采访|专访|罚单|罚款|驾照|(?:怎么|哪里|去哪)租车|租车自驾|裁缝|理发|剪头发|剪发|洗衣|送礼|礼物|订舱|舱位|寄存|行李"
    r"|高铁票|火车票|动车票|机票|车票|支付宝|微信支付|账户|帐户|账号|帐号|(?:装|下载|用)(?:什么|哪个|啥)app|优惠券|折扣码|失物招领|时差|世界杯|奥运|亚运|比赛直播|英超|欧冠|美甲|整指甲|做指甲|洗车|教会|教堂|崇拜"
    r"|(?:手机|钱包|电脑|包|钥匙|雨伞|相机)(?:丢|不见)|丢了(?:手机|钱包|电脑|包|钥匙|雨伞|相机)|退票|怎么退|改签|退款|卖啥|有链接|充电|表演|演出|烟花|焰火|相机|拍照|祈祷|吸烟|抽烟|车展|航展|时装秀|服装秀|走秀"
    r"|新闻中心|媒体工作间|记者证|媒体证|采访证|记者发稿|(?:放|播)(?:什么|啥)节目|抽奖|证书|酒会|(?:买|上|投|办|有)(?:意外)?保险|意外险|哪年建|建于|银行卡|取款机|限高|限速|几台设备|几个设备|行李箱|赞助|冠名|预算|座位(?:咋|怎么|如何)?排|排座|路演|问答环节|提问环节|展台|展位|摆摊|投资总额|总投资|彩排|花篮|签约台|舞台|音响|横幅|易拉宝|媒体来|记者来|多少家媒体|总金额|签约额|外卖|(?:今晚|今天|晚上|明晚|几点)播|播什么|播啥|国歌|签名售书|签售|配偶|母婴室|哺乳室|八达通|长者优惠|老人优惠|利是|红包|化妆师|形象照|背景板|主题曲|背景音乐|签字笔|礼炮|纪念品|伴手礼|(?<!上)海报|鲜花|花店|影相|合同文本|合同模板|统一模板|(?:停车|泊车)过夜|停到明早|志愿者的?(?:工作餐|补贴|衣服|培训|证书|时长)|租用[^，,。？?]{0,12}(?:会议室|场地|厅)|ppt(?:限|交给|格式|模板)|(?:报送|提交|上交|发送)ppt|讲话稿|发言稿|货运专线|合影|合个影|合照|相亲|工作许可|工作准证|(?:会议室|场地)[^，,。？?]{0,8}(?:借给|租给)|快递到家|能快递|包邮|剪彩|沙龙|实地考察|包场|场租|出租场地|租场地|办年会|联合办公|临时办公|(?:(?:协|商|同乡|校友|行业)会|局|厅|公司|集团|大学|医院|银行|事务所)的?(?:联系|联络)(?:电话|方式|人)|参观(?:工厂|企业|厂区)|(?:机票|飞机票|差旅费?|路费|交通费|住宿费?|酒店费用?)(?:能|可以|给|会|可)?(?:不能)?报销|报销(?:机票|差旅|路费|交通费|住宿)|租(?:用|借)?(?:同传)?(?:耳机|设备|投影仪|话筒|麦克风)|(?:有没有|有冇|有无|会不会|是否|能否|可否|能不能)[^，,。？?]{0,8}(?:安排|组织)(?:大家|代表|我们)?去?[^，,。？?]{0,10}(?:参观|观摩|考察)|(?:有没有|有冇|有无|会不会|是否有)去[^，,。？?]{1,12}(?:参观|观摩|考察)的?(?:安排|行程|活动)|值机|登机牌|航空公司|你是谁|你是机器人|你是真人|谁开发的你|你(?:一个月|每月)?(?:的)?工资|你是实习生|你住(?:在)?哪|你(?:今年)?多大|你几岁|你叫什么|你结婚|你(?:做|干)(?:这|这个)?(?:工作|份工)多久|你是用什么|你用什么(?:语言|写)|(?:什么|啥)语言写"
)
# A topic asked as knowledge or advice (a law, a difference, a figure, a procedure, which
# ministry, a subsidy, a tax rate, an ownership cap, an approval awaited, a standard or
# test report, a wage level, privacy rules): no session teaches it, unless the question
# names an event ("…是哪场会").
ADVICE = bilingual(
    r"\b(?:differences? between|the difference|is it legal|legal difference|laws?|regulations?|ministry|approv(?:e|es|al)"
    r"|step by step|explain|how many (?!(?:events?|sessions?|meetings?|conferences?|activities|forums?|venues?|things|talks|ones)\b).{1,40} are there|how many (?:people|years|times|hours a)"
    r"|which (?:city|country|province) (?:has|is) (?:the )?(?:more|most|less|fewer|better|best|\w+er than|\w+est)|earn more|(?:longer|bigger|larger|busier) than|trademarks?|dividends?"
    r"|bank accounts?|(?:which|is it|what'?s) better|worth (?:visiting|it)|is it (?:ok|okay|legal|allowed)"
    r"|safely|scams?|fraud|(?:its|an|the) ipo|ipo (?:still )?pending|(?:cit|corporate (?:income )?tax) rates?|(?:foreign )?ownership caps?|foreign ownership|hurdle rates?|(?:management|mgmt) fees?|minimum wages?|customs declarations?|(?:data )?privacy|data protection|gdpr|subsid(?:y|ies|ise|ize)|is (?:the )?best for|best app|vc funds?|rumou?rs?|gossip"
    r"|(?:incentive|policy) details|which [\w ]{0,30}polic(?:y|ies) will"
    r"|who is the (?:governor|mayor|party secretary|minister|president|ceo|chairman) of"
    r"|recipes?|certifications?|which country|these days|trends?|rankings?|sells? well|selling well|best[- ]?sellers?"
    r"|against the rules|give me names|how (?:do i|to|can i|do you) (?:fix|repair|unjam|recover)"
    r"|fix(?=\?)|repairs?|jammed|won'?t start|keeps? falling off|worth buying|works? better"
    r"|who (?:designed|built|invented|founded|painted)|sunset|sunrise|compared (?:with|to)|news"
    r"|why (?:is|are|do they call) .{1,40}(?:called|known as|nicknamed)|what does the name"
    r"|when (?:was|were) .{1,40} (?:built|founded|opened)|how old is|how (?:tall|high) is"
    r"|recommend (?:a|an|any|me a) (?:\w+ )?(?:freight )?(?:forwarders?|suppliers?|agents?|lawyers?"
    r"|accountants?|printers?|manufacturers?)|licen[cs]es?|analy[sz]e|the impact of)\b"
    r"|排队ipo|ipo排队|排队上市|上市了|补贴|补助|安家费|检测报告|有啥标准|有什么标准|差在哪|独资|报关|对口帮扶是|基本工资|最低工资|隐私|个人信息保护|从哪(?:里|儿)?进(?:的)?货|进货渠道|区别|不一样|有啥不同|有什么不同|一共有多少|多少个|多少家|多少条|标准是什么|哪个部门|流程|(?<!补办)(?<!报到)(?<!入场)手续"
    r"|准备哪些材料|投(?:资)?了哪些|投过哪些|(?<!人才)(?<!优惠)政策|优惠政策有哪些|哪些[^，,。？?]{0,6}优惠政策|找谁审批|审批流程|验收|真的假的|哪只好|求推荐|风险最|风险大|有什么分别|什么分别|售后"
    r"|卖得|销量|听说(?!(?:这次)?(?:在)?(?:杭州|南京|上海|昆山)?有(?:一?[个场]|[^，,。？?]{0,6}来))|传闻|八卦|办事处|入会|要啥认证|什么认证|资质|哪个国家|需求大|双十一|双11|爆仓|排名|排行"
    r"|何时获批|批下来|批没批|批了没|认定|什么条件|趋势|行情|怎么考|考试|考研|靠谱|靠不靠谱|装修|怎么炒|怎么煮|菜谱"
    r"|新闻|头条|现任|市委书记|政策文件|开店|分析一下|简要分析|的影响|牌照|全文|哪些条件|读物|推荐几本|找哪家|哪家(?:比较)?好|哪家便宜|哪家最|哪家强|哪个(?:更|最|比较)|差很多|差别大|比较稳妥|更安全|有.{0,6}意向"
    # fixing one's own things, a reputation, whether to buy (修好, 口碑, 值得买)
    # what a meme means (翻译腔是什么梗; the meaning of a program's term is its own: 对标
    # 京沪穗是啥意思), which of two ways works better
    r"|是什么梗|是啥梗|什么梗|啥梗|哪个效果(?:更|比较)?好|效果哪个好"
    r"|为什么叫|为啥叫|哪一?年(?:建|盖|落成)|什么时候(?:建|盖|落成)的|咋叫|名字的由来|名字怎么来|[怎咋肿]么修|修好|修理|维修|修(?:手机|电脑|车|鞋|表)|怎么洗|洗干净|怎么恢复|怎么缓解|涨粉|下一句|背诵|值得买|值不值得|口碑"
)
# An event named as such: leisure beside it is a visit to it ("去招聘会逛逛").
EVENT_NOUNS = bilingual(
    r"\b(?:fairs?|ceremon(?:y|ies)|conferences?|confs?|sessions?|forums?|meetings?|summits?"
    r"|matchmaking|venues?)\b|会场|推介会|对接会|招聘会|洽谈会|博览会|交易会|大会|仪式|开幕式|闭幕式|论坛|场次|哪一?场"
    r"|(?<=[的个])会(?![员长费计])"  # 有个跨境电商的会: a session named by its subject
)
# The event as the time of something else: "tour deals after the conf", 会后去哪玩.
AFTER_EVENT = bilingual(
    r"\b(?:after|before) (?:all )?(?:the|these|those|my|our) (?:conf|conference|event|week|meetings?"
    r"|sessions?|fair)\b"
    r"|会后|开完会|散会后|(?:会议|活动|洽谈周)(?:结束)?(?:以?后|之后)"
)


# Another country's visa, for a trip on from the event (美国签证, "visa for my vietnam
# trip"): the visa entry is China's. A delegate from there ("I'm from Vietnam, do I need
# a visa?", 越南代表要签证吗) still asks China's.
FOREIGN_VISA = bilingual(
    rf"\b(?:{COUNTRIES_EN_ALTERNATIVES}|schengen) visas?\b"
    rf"|\bvisas? (?:for|to) (?:my |our |a |the )?(?:\w+ )?(?:trip to )?(?:{COUNTRIES_EN_ALTERNATIVES})\b"
    # (a trip there beside a visa: "a session for europe travel agencies" is a business)
    rf"|\b(?:{COUNTRIES_EN_ALTERNATIVES}) (?:trip|travel|holiday|tour)\b[^?.!]{{0,40}}\bvisas?\b"
    rf"|\bvisas?\b[^?.!]{{0,40}}\b(?:{COUNTRIES_EN_ALTERNATIVES}) (?:trip|travel|holiday|tour)\b"
    rf"|(?:{COUNTRIES_ZH_ALTERNATIVES}|申根)的?签证|(?:去|到)(?:{COUNTRIES_ZH_ALTERNATIVES})[^，,。？?]{{0,8}}签证"
)


def names_unstated_need(text: str) -> bool:
    """Whether a normalised question names a need the program never speaks of (UNSTATED,
    another country's visa)."""
    return UNSTATED.search(text) is not None or FOREIGN_VISA.search(text) is not None


def is_own_affairs(text: str, unstated: bool) -> bool:
    """The delegate's own leisure, life or a topic asked as advice: leisure beside an
    event is a visit to it and advice a question about it; a hospital or a tax never is.
    `unstated`: whether the text names a need the program never speaks of (searched once
    per text, names_unstated_need)."""
    if unstated or OWN_LIFE.search(text):
        return True
    asked = LEISURE.search(text) or ADVICE.search(text)
    if asked is None:
        return False
    text = AFTER_EVENT.sub(" ", text)  # "tour deals after the conf": the event is a time
    if WHOLE_EVENT.search(text):
        return False
    # beside the event named ("去招聘会逛逛", "anything fun at the job fair"), not a
    # story's event far before it ("…the job fair tomorrow, then a West Lake boat ride")
    events = list(EVENT_NOUNS.finditer(text))
    if any(SESSION_ASKED.fullmatch(event.group()) for event in events):
        return False  # "we run outlet centres: which session?" asks for one
    return not any(_near(event, asked) for event in events)


SESSION_ASKED = re.compile(r"sessions?|哪一?场|场次")


def asks_unstated_need(text: str, unstated: bool) -> bool:
    """A need the program never speaks of (UNSTATED: 场租, a spouse programme), asked for
    itself, whoever the delegate says they are; a business that has such a need and asks
    which session suits it ("we ship parcels for online sellers: which session?") asks
    for a session. `unstated` as for is_own_affairs."""
    return unstated and SESSION_ASKED.search(text) is None


BESIDE = 10  # characters between two phrases (a Chinese one counts two) that are one ask


def _near(one: re.Match[str], other: re.Match[str]) -> bool:
    first, second = sorted((one, other), key=lambda match: match.start())
    gap = first.string[first.end() : second.start()]
    return len(gap) + len(re.findall(r"[\u4e00-\u9fff]", gap)) <= BESIDE
