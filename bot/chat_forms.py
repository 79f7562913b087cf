"""How delegates write English, mapped to what the index is written in: chat shorthand
and words in another sense. bot.textnorm applies both to every text (bot.chinese_forms
holds the Chinese table)."""

from __future__ import annotations

# English chat shorthand, word for word (whole words only).
SHORTHAND: dict[str, str] = {
    "u": "you",
    "ya": "you",
    "yu": "you",
    "r": "are",
    "ur": "your",
    "2moro": "tomorrow",
    "2morrow": "tomorrow",
    "2mrw": "tomorrow",
    "2mro": "tomorrow",
    "tmrw": "tomorrow",
    "tmr": "tomorrow",
    "tmro": "tomorrow",
    "tmrow": "tomorrow",
    "tomoro": "tomorrow",
    "tomorow": "tomorrow",
    "tommorow": "tomorrow",
    "tommorrow": "tomorrow",
    "2day": "today",
    "tdy": "today",
    "2nite": "tonight",
    "2night": "tonight",
    "tonite": "tonight",
    "nite": "night",
    "nxt": "next",
    "aftr": "after",
    "aftn": "afternoon",
    "aftnoon": "afternoon",
    "abt": "about",
    "avail": "available",
    "eng": "english",
    "interp": "interpretation",
    "interps": "interpreters",
    "bout": "about",
    "pls": "please",
    "lmk": "let me know",
    "plz": "please",
    "pleez": "please",
    "b4": "before",
    "thx": "thanks",
    "thnx": "thanks",
    "thanx": "thanks",
    "ty": "thanks",
    "tks": "thanks",
    "wot": "what",
    "wat": "what",
    "wut": "what",
    "wht": "what",
    "whats": "what's",
    "wats": "what's",
    "wots": "what's",
    "wot's": "what's",
    "wat's": "what's",
    "prog": "program",
    "progs": "programs",
    "rite": "right",
    "wen": "when",
    "whn": "when",
    "wer": "where",
    "whr": "where",
    "wher": "where",
    "whre": "where",
    "whrs": "where's",
    "wich": "which",
    "thr": "there",
    "hw": "how",
    "mtg": "meeting",
    "stn": "station",
    "wxzf": "微信支付",  # pinyin initials typed for WeChat Pay and Alipay
    "zfb": "支付宝",
    "mtgs": "meetings",
    "conf": "conference",
    "confs": "conferences",
    "govt": "government",
    "biz": "business",
    "ppl": "people",
    "or sth": "",  # a hedge at the end ("…in the cloakroom or smth?"), no thing asked for
    "or smth": "",
    "or something": "",
    "sth": "something",
    "smth": "something",
    "bc": "because",
    "cuz": "because",
    "coz": "because",
    "gonna": "going to",
    "wanna": "want to",
    "gotta": "have to",
    "dunno": "do not know",
    "pm'd": "",
    "thru": "through",
    "w/": "with",
    "intl": "international",
    "int'l": "international",
    "aft": "afternoon",
    "arvo": "afternoon",
    "eve": "evening",
    "morn": "morning",
    "msg": "message",
    "info": "information",
    "hv": "have",
    "cn": "can",
    "cud": "could",
    "wud": "would",
    "shd": "should",
    "shud": "should",
    "k": "ok",
    "kk": "ok",
    "im": "i am",
    "idk": "i do not know",
    "asap": "soon",
    "btw": "",
    "sounds good": "",  # "the tourism one sounds good. what time does it start?"
    "sounds great": "",
    "sounds interesting": "",
    # pinyin initials of a kind of session (对接会, 推介会, 招聘会)
    "djh": "matchmaking",
    "tjh": "promotion conference",
    "zph": "job fair",
    "fyi": "",
    "lol": "",
    "hiya": "hi",
    "sched": "schedule",
    "skd": "schedule",
    "loc": "location",
    "addr": "address",
    "nr": "near",
    "abeg": "please",  # Nigerian Pidgin
    "wetin": "what",
    "dey": "is",
    "don": "have",  # "wetin i don register for": what I have registered for
    "dem": "them",
    "wit": "with",
    "jus": "just",
    "reg": "registration",
    "regn": "registration",
    "last yr": "last year",  # alone, yr is as often "your"
    "xi'an": "xian",  # the city, as the list of other cities spells it
    "next yr": "next year",
    "this yr": "this year",
    "kick off": "start",  # the verb; the noun (kick-off, kickoff) is the opening's
    "kicks off": "starts",
    # set phrases whose words mean something else alone
    "free trade zones": "ftz",
    "free trade zone": "ftz",
    "free-trade zone": "ftz",
    "free trade": "ftz",
    "free-trade": "ftz",
    "who else": "attendees",
    "which cities": "where",  # "which cities is the week in": its buildings, city by city
    "what cities": "where",
    "wkend": "weekend",
    "wknd": "weekend",
    "close to": "near",
    "my brother,": "",  # a greeting ("My brother, the tourism conference, …"), no relative
    "my sister,": "",
    # a session's end or start asked with the verbs of a shop's hours ("the tourism
    # conference, does it close before lunch?"): not the signing's "close a deal" (its
    # opening is left alone: the registration desk's entry asks "when does it open")
    "does it close": "does it end",
    "will it close": "will it end",
    "zjj": "zhangjiajie",
    "sign in": "register",
    "signing in": "register",
    "check in": "register",
    "checking in": "register",
    "halal": "halal meals",
    "business attire": "dress code",
    "attire": "dress code",
    "tie in with": "",
    "side of things": "",  # "the free trade zone side of things"
    "side": "",  # "link up with the free trade zone side"
    "link up with": "",
    "are we free": "",  # free time, not a free ticket
    "am i free": "",
    "street address": "address",  # not the commercial streets' "street"
    # a visa's entries, not getting one ("my visa is single entry… go Hong Kong and come back")
    "single entry": "reentry",
    "double entry": "reentry",
    "multiple entry": "reentry",
    "re-entry": "reentry",
    "re-enter": "reentry",
    "real one": "genuine one",  # "Longjing tea… real one where?": no real estate
    "for real": "truly",
    "next 1": "next one",
    "nxt 1": "next one",
    "the 1 where": "the one where",
    "the 1 whr": "the one where",
    "the 1 that": "the one that",
    "the 1 which": "the one which",
    "the 1 with": "the one with",
    "the 1 about": "the one about",
    "the 1 for": "the one for",
    "working together with": "",
    "work together with": "",
    "hook up with": "",
    "tied to": "",
    "linked to": "",
    "in line with": "",
    "or not": "",
    "whos": "who is",
    "catch a train": "",
    "catch the train": "",
    "catch train": "",
    "train to catch": "",
    "flight to catch": "",
    "passport holders": "passport",
    "passport holder": "passport",
    "who's": "who is",
    "frm": "from",
    "pvg": "airport",
    "your job": "yourjob",
    "this trip": "",
    "my trip": "",
    "suits us": "",
    "suit us": "",
    "suits me": "",
    "suit me": "",
    "suits our": "our",
    "suitable for": "",
    # "business" is a stop word ("our business makes…"): the theme's name is one token
    "business environment": "businessenvironment",
    "biz environment": "businessenvironment",
    "business climate": "businessenvironment",
    "biz climate": "businessenvironment",
    "ease of doing business": "businessenvironment",
    # the theme's English title: "…catching up with Beijing, Shanghai and Guangzhou"
    "beijing, shanghai and guangzhou": "businessenvironment",
    "beijing, shanghai, and guangzhou": "businessenvironment",
    "beijing, shanghai, guangzhou": "businessenvironment",
    "beijing shanghai and guangzhou": "businessenvironment",
    "beijing shanghai guangzhou": "businessenvironment",
    "beijing-shanghai-guangzhou": "businessenvironment",
    # a time the session's end is asked against: "does it end before lunch?" asks when
    **{
        f"{by} {meal}": ""
        for by in ("before", "by", "until", "till")
        for meal in ("lunch", "lunchtime", "noon", "midday")
    },
    "fall under": "under",  # "which sessions fall under the theme": no autumn, no mall
    "falls under": "under",
    "best way to": "how to",  # the way asked for, not the best of something
    "sold out": "soldout",  # a state, not the delegate buying or selling
    "go global": "goglobal",
    "going global": "goglobal",
    "going-global": "goglobal",
    "go-global": "goglobal",
    "fortune global 500": "fortune500",
    "fortune 500": "fortune500",
    "fortune-500": "fortune500",
    "global 500": "fortune500",
    "talent show": "talentshow",
    "chain hotels": "hotels",
    "chain hotel": "hotel",
    "hotel chain": "hotel",
    "tourist visa": "visa",
    "business visa": "visa",
    "can i park": "parking",
    "can we park": "parking",
    "to park": "parking",
    "park my car": "parking",
    "park the car": "parking",
    "centre": "center",
    "centres": "centers",
    "doin": "doing",
    "goin": "going",
    "nothin": "nothing",
    "anythin": "anything",
    # a final g dropped ("are yous streamin any o this?", "lookin tae get oor malts…")
    "streamin": "streaming",
    "speakin": "speaking",
    "parkin": "parking",
    "meetin": "meeting",
    "meetins": "meetings",
    "mornin": "morning",
    "evenin": "evening",
    "lookin": "looking",
    "comin": "coming",
    "landin": "landing",
    "sellin": "selling",
    "stayin": "staying",
    "wonderin": "wondering",
    "matchmakin": "matchmaking",
    "recruitin": "recruiting",
    "signin": "signing",
    "nething": "anything",
    "ne1": "anyone",
    "ecom": "ecommerce",
    "ecomm": "ecommerce",
    "e-comm": "ecommerce",
    "e-com": "ecommerce",
    "evry": "every",
    "somethin": "something",
    "evnt": "event",
    "evnts": "events",
    "wk": "week",
    "rn": "now",
    "@": "at",
}

# Compounds in which a word of the program means something else: "theme park" is no
# theme, "national parks" (Yellowstone) no industrial parks, a "time zone" no development
# zone, a "capital city" no venture capital. Each becomes one word ("themepark") that
# bot.textnorm keeps whole: never split back into the program's words, never a typo of
# one. A compound the program itself uses ("cold chain", "science parks") is not here.
_OTHER_SENSES = {  # the program's word: the words that make it another thing around it
    "park": "theme amusement national water trailer skate dog safari forest wetland ball state",
    "chain": "bike bicycle food key restaurant coffee | store shop smoker reaction saw letter",
    "network": "mobile social cell cellular tv television | cable",
    "zone": "time comfort war end drop",
    "platform": "train railway oil",
    "carrier": "aircraft mobile baby pet mail insurance wafer shipping ocean | bag pigeon",
    "hall": "city town concert food dance pool",
    "belt": "seat black conveyor",
    "city": "capital",
    "signing": "book autograph",
    "theme": "| song party",
    "road": "| trip",
    "chamber": "| music orchestra",
    "code": "zip postal post area qr dial country",
    "visa": "| card cards",
    "wifi": "| router routers extender",
    "registration": "company business car vehicle trademark",
    "contract": "phone mobile rental lease tenancy employment",
    "drive": "test",
    "letter": "cover offer reference recommendation resignation love",
    "permit": "event building construction parking fishing import export business",
}
OTHER_SENSES = {
    " ".join(pair) + plural: "".join(pair)
    for word, around in _OTHER_SENSES.items()
    for side, others in enumerate(around.split("|"))
    for other in others.split()
    for pair in [(other, word) if side == 0 else (word, other)]
    for plural in ("", "s")
}
# "the national parks conference" is the session's national-level parks
OTHER_SENSES |= {
    f"national parks {event}": f"national-level parks {event}"
    for event in ("promotion", "conference", "session", "meeting", "event")
}
# an interpretation of a name, a standard or a film is an explanation, not the
# interpreters' service ("an interpretation of GB 5226.1", "the Chinese interpretation of
# my name"); the interpretation of the speeches is still the service
OTHER_SENSES |= {
    f"{before} interpretation{after}": f"{before} explanation{after}"
    for before, after in (
        ("an", ""),
        ("your", ""),
        ("standard", ""),
        ("legal", ""),
        ("chinese", " of my"),
        ("the", " of my"),
    )
}
# "speaking of" only turns the talk: no speaker is asked for
OTHER_SENSES |= {"speaking of": "as for"}
# a letter of credit is a bank's, not the visa entry's invitation letter
OTHER_SENSES |= {f"{letter} of credit": f"{letter}ofcredit" for letter in ("letter", "letters")}
# paying "with visa" is the card
OTHER_SENSES |= {f"pay {by} visa": f"pay {by} visacard" for by in ("with", "by")}
SHORTHAND |= OTHER_SENSES
