"""How delegates write Chinese, mapped to what the index is written in: Cantonese,
Hunan and Shanghainese words, chat forms, sounds typed for words, and sentence particles.
bot.textnorm applies the table to every text (bot.chat_forms holds the English table)."""

from __future__ import annotations

# Chinese as typed, after OpenCC made it simplified: Cantonese, chat forms and sentence
# particles, mapped to the standard Mandarin the index is written in ("" drops a particle).
# Longer entries are matched first, so "有冇" wins over "冇".
CHINESE_VARIANTS: dict[str, str] = {
    # written numbers: 廿四号 is the 24th
    "廿": "二十",
    "卅": "三十",
    # Cantonese (Hong Kong usage)
    "喺边度": "在哪里",
    "喺边": "在哪里",
    "喺": "在",
    "边度": "哪里",
    "边处": "哪里",
    "边个": "哪个",
    "边间": "哪个",
    "边场": "哪场",
    "边日": "哪天",
    "边一日": "哪天",
    "有冇推介": "有没有推荐",  # 推介 is "recommend" in Cantonese, not a promotion
    "推介下": "推荐一下",
    "推介吓": "推荐一下",
    "食晏": "吃午饭",
    "食饭": "吃饭",
    "食嘢": "吃东西",
    "上台讲嘢": "讲话",  # who speaks on stage: the speakers
    "上台讲话": "讲话",
    "讲嘢": "讲话",  # Cantonese: to speak (边个会嚟讲嘢)
    "识讲": "会说",  # Cantonese: can speak (有冇人识讲英文)
    "唔系": "不是",
    "即系": "就是",  # Cantonese: that is
    "么子": "什么",  # Hunan (Changsha) usage
    "恰饭": "吃饭",  # Hunan: 恰 is to eat
    "去恰": "去吃饭",
    "志原者": "志愿者",  # typed by its sound
    "人材": "人才",  # an old form, typed for 人才
    # 报道 (a news report) typed for 报到 (to check in): a word of its own, so no
    # homophone guess changes it (bot.chinese_words); where one registers, it is 报到
    "去报道": "去报到",
    "哪报道": "哪报到",
    "哪里报道": "哪里报到",
    "几点报道": "几点报到",
    "开始报道": "开始报到",
    "报道处": "报到处",
    "报道时间": "报到时间",
    "报道地点": "报到地点",
    "报道台": "报到台",
    "在那报道": "在哪报到",
    "报道在哪": "报到在哪",
    "开放时间": "开门时间",  # a desk's hours, not the opening-up themes' 开放
    "枱": "桌",  # Cantonese: 幾多張枱 is how many tables
    "阿拉": "我们",  # Shanghainese
    # a program word in another sense (as chat_forms.OTHER_SENSES in English): a Visa card
    # is no visa, a streamer's 直播间 no session stream, 网络招聘 online, not the Wi-Fi
    "visa卡": "信用卡",
    "文化衫": "短袖衫",  # a T-shirt, no culture
    "直播间": "主播间",
    "直播带货": "主播带货",
    "直播卖": "主播卖",
    "网络预约": "线上预约",  # booking online, not the Wi-Fi
    "即场": "当场",  # Cantonese: on the spot
    "保正金": "保证金",  # typed by its sound
    "专登": "专门",  # Cantonese: specially
    "网络招聘": "线上招聘",
    "网络营销": "线上营销",
    "网络推广": "线上推广",
    "网络招商": "线上招商",
    "招商会": "招商推介会",  # its 商会 is no chamber of commerce
    "车辆通行证": "车辆出入证",  # a vehicle's pass, no travel permit
    "分会厂": "分会场",  # typed by its sound
    "车通行证": "车辆出入证",
    "乜嘢": "什么",
    "咩嘢": "什么",
    "咩": "什么",
    "系咪": "是不是",
    "系唔系": "是不是",
    "系定唔系": "是不是",  # Cantonese: is it or not
    "履历": "简历",  # Taiwan and Hong Kong: a CV
    "上昼": "上午",  # Cantonese: morning
    "酒店物业": "商业物业",  # a hotel as property to invest in, no room to book
    "可否": "能不能",  # formal: may one
    "能否": "能不能",
    "甘有影": "是不是真的",  # Taiwanese Hokkien: is it so?
    "敢有影": "是不是真的",
    # Taiwanese Hokkien 阮 (we, our) before a verb or a company, not the surname
    # the Delta's provinces together (沪苏浙统计部门): the region, no city of the program
    "沪苏浙皖": "长三角",
    "沪苏浙": "长三角",
    "江浙沪": "长三角",
    # northern and southwestern 俺 (I, we): 俺们永州种烟叶的, 俺想看看
    "俺们": "我们",
    "俺": "我",
    "阮查": "我查",
    "阮想": "我想",
    "阮欲": "我想",
    "阮要": "我要",
    "阮是": "我们是",
    "阮公司": "我们公司",
    "听讲": "",  # Cantonese: I heard (a teller's filler)
    "听讲座": "听讲座",  # a lecture, kept (longer entries are matched first)
    "听日": "明天",
    "听晚": "明晚",  # Cantonese: tomorrow evening
    "推节会": "推介会",  # typed by its sound (jie)
    "听朝": "明天上午",
    "今日": "今天",
    "琴日": "昨天",
    "寻日": "昨天",
    "后日": "后天",
    "几时": "什么时候",
    "仲有": "还有",
    "几点钟": "几点",
    "几耐": "多久",
    "几多": "多少",
    "而家": "现在",
    "宜家": "现在",
    "朝早": "上午",
    "晏昼": "下午",
    "下昼": "下午",
    "夜晚": "晚上",
    "点样去": "怎么去",
    "点去": "怎么去",
    "点样": "怎么",
    "点解": "为什么",
    "有冇": "有没有",
    "有冇得": "能不能",  # 有冇得睇: can one watch
    "仲有冇得": "还有没有",  # 下个礼拜仲有冇得参加: is there still any
    "有莫得": "有没有",  # Hunan: is there any
    "有得": "有",  # 有得食: there is (food) to have
    "使唔使俾钱": "收不收费",
    "使唔使钱": "收不收费",
    "使唔使": "要不要",
    "买飞": "买票",  # 飞 is a ticket in Cantonese
    "门飞": "门票",
    "得唔得": "行不行",
    "净系": "只",  # 淨係 as OpenCC writes it
    "入去": "进去",
    "冇": "没有",
    "唔该": "请问",
    "唔": "不",
    "嘅": "的",
    "咗": "了",
    "嗰个": "那个",
    "嗰": "那",
    "𠮶个": "那个",  # OpenCC writes 嗰 as 𠮶
    "𠮶": "那",
    "呢个": "这个",
    "啲": "些",
    "揾": "找",
    "睇吓": "看一下",
    "睇下": "看一下",
    "睇": "看",
    "嚟": "来",
    "成个": "整个",
    "捷运": "地铁",  # Taiwan's metro
    "停哪": "停车在哪",  # 车停哪: where to park
    "贷点款": "贷款",  # 想贷点款: a loan
    "贷些款": "贷款",
    # OpenCC's Taiwan phrases make a delegate's 行程 (itinerary) a 进程 (process)
    "进程": "行程",
    "俾": "给",
    "畀": "给",
    "揸车": "开车",
    "打的": "打车",  # take a taxi (的 of 的士)
    "的士": "出租车",  # a taxi: the particle 的 is cut wherever else it stands
    "泊车": "停车",
    "位泊": "停车位",  # 有冇位泊: is there a space to park
    "搞": "举行",
    "佢哋": "他们",
    "佢": "他",
    "想知道": "想知道",
    "想知": "想知道",
    "我哋": "我们",
    "你哋": "你们",
    # Mainland chat forms
    "今儿个": "今天",
    "今儿": "今天",
    "明儿个": "明天",
    "明儿": "明天",
    "昨儿": "昨天",
    "午饭前": "",  # 午饭前能结束吗: a time the end is asked against
    "午餐前": "",
    "中午前": "",
    "散场": "结束",  # when a show lets out: when it ends
    "散会": "结束",
    "哪两天": " 哪天 哪些 ",  # which days, more than one: when, and a list
    "哪几天": " 哪天 哪些 ",
    "明早上": "明天早上",  # 明早 is tomorrow morning, as 明晚 is tomorrow evening
    "明早": "明天早上",
    "今早上": "今天早上",
    "今早": "今天早上",
    "开紧": "在开",
    "搞紧": "在开",
    "走出去战略": " goglobal ",
    "走出去": " goglobal ",
    "主会场": "主会",  # so that 会场 alone can mean "the venues"
    "世界500强": " fortune500 ",
    "世界五百强": " fortune500 ",
    "500强": " fortune500 ",
    "五百强": " fortune500 ",
    "世界五百大": " fortune500 ",  # Taiwan usage: 世界五百大企業
    "五百大": " fortune500 ",
    # 强 typed by its sound (qiang): 墙 and 抢 come first in a pinyin input's list
    "五百墙": " fortune500 ",
    "500墙": " fortune500 ",
    "五百抢": " fortune500 ",
    "500抢": " fortune500 ",
    "配套活动": "活动",  # side events, not the supply chain's 配套
    "上嗨": "上海",  # typed by its sound; 嗨 would otherwise go as a filler
    "咋样": "怎么样",
    "咋走": "怎么走",
    "咋去": "怎么去",
    "咋": "怎么",
    "甚么": "什么",
    "啥时候": "什么时候",
    "啥时间": "什么时间",
    "啥": "什么",
    "哪儿": "哪里",
    "哪嘞": "哪里",
    "哪旮旯": "哪里",
    "神马": "什么",
    "设么": "什么",  # typed by its sound (25号上海有设么会)
    "什莫": "什么",
    "肿么": "怎么",
    "木有": "没有",
    "有木有": "有没有",
    "在哪呢": "在哪里",
    "这边": " ",
    "那边": " ",
    # Sentence particles and fillers: no topic in them
    "嘛": " ",
    "哦": " ",
    "啦": " ",
    "呀": " ",
    "咯": " ",
    "呗": " ",
    "哇": " ",
    "嗯": " ",
    "诶": " ",
    "欸": " ",
    "噢": " ",
    "哈": " ",
    "喔": " ",
    "咧": " ",
    "捏": " ",
    "哎": " ",
    "嘞": " ",
    "哒": " ",
    "嘿": " ",
    "嗨": " ",
    "哟": " ",
    "嘢": " ",
    "噃": " ",
    "㗎": " ",
    "啵": " ",
    "喎": " ",
    "吖": " ",
    "咩呀": "什么",
    "那个那个": " ",
    "就是说": " ",
    "然后": " ",
    "麻烦": "请问",
}
