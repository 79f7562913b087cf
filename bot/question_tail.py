"""Where the question is in a longer text: a pasted e-mail without its frame, and the
sentence that asks among sentences that tell a story (voice input, run-ons).

bot.reader reads the text this leaves; bot.search decides when the tail answers on its
own and when the whole text must.
"""

from __future__ import annotations

import re

from bot.patterns import bilingual
from bot.textnorm import CJK, LATIN_WORD

# A line that closes a pasted e-mail: it and the signature below it are not the question.
EMAIL_SIGN_OFF = re.compile(
    r"^\s*(?:(?:best|kind|warm|warmest)?\s*regards|best(?: wishes)?|cheers|sincerely|"
    r"yours(?: sincerely| faithfully| truly)?|many thanks|thanks(?: a lot| again| in advance)?|"
    r"thanks (?:&|and) (?:best )?regards|盼复|"
    r"thank you(?: very much| in advance)?|谢谢|多谢|感谢|此致|敬礼|顺祝|祝好|商祺)[\s,.!。！，]*$",
    re.IGNORECASE,
)
# A line that opens one: "Dear Sir/Madam," "各位老师好：" "尊敬的组委会："
EMAIL_SALUTATION = re.compile(
    r"^\s*(?:dear\b[^\n]{0,60}|hello\b[^\n?]{0,30}|hi\b[^\n?]{0,30}|to whom it may concern|"
    r"尊敬的[^\n]{0,20}|各位[^\n]{0,10}好|[^\n]{0,12}您好)[\s,.!:：，！]*$",
    re.IGNORECASE,
)

# A last line of an e-mail that signs it: a name, a title, a company ("上海某国旅 张经理").
EMAIL_SIGNATURE = bilingual(
    r"某|公司|集团|经理|先生|女士|老师|主任|秘书|总监|\b(?:ltd|co|inc|gmbh|llc|manager|director|"
    r"officer|secretary|assistant|ceo|chairman)\b",
    re.IGNORECASE,
)

# In a long story, where the question itself starts ("…, so can you tell me what's on
# Thursday afternoon") and where a reason after it starts ("… because I'm driving").
QUESTION_START = bilingual(
    r"\b(?:can|could) you (?:just |please |pls )?(?:tell|let|check|help)\b|\b(?:i|she|he|we|they|boss|colleague)"
    r" (?:really )?(?:want|wants|need|needs|would like) to know\b|\bi(?:'m| am) wondering\b"
    r"|\bim wondering\b|\bwondering\b|\b(?:but|so) (?=(?:which|what|when|where|is|are|does|do)\b)"
    # (not inside a clause about others: "a career fair for grads who want to go back")
    r"|(?<!\bwho )\b(?:wanna|want to|would like to|plan to|planning to|hope to)"
    r" (?:go|attend|join|catch)\b"
    r"|\b(?:i )?(?:totally |completely )?forgot\b|\bremind me\b"
    r"|你[说說](?=[那这這])|[他她][问問](?![题題])|想[问問]+(?:一?下)?|[问問]一下|[问問][问問]|[帮幫][我忙]查|你[帮幫]我|[请請][问問]|麻[烦煩][问問]|但是|所以"
    # a turn to another matter: "separate question though", "off topic, but", 题外话
    r"|\b(?:separate|unrelated|random|different|personal|side|own) question\b|\boff[- ]topic\b"
    r"|\b(?:by the way|btw)\b|不[过過]|另外|[顺順]便[问問]|[对對]了|[题題]外[话話]"
    # a question begun mid-sentence, no mark before it: "…on nanjing road what time do
    # the shops there open"
    r"|(?<=[a-z] )(?=(?:what time|where|how much|is there|are there)\s+"
    r"(?:do|does|is|are|can|will|should|(?:anything|something|somewhere) (?:fun|to do|nice))\b)"
)
# A reason after a comma, which closes a question that has no start marked (", because…"),
# and so does the teller's own plan after the session ("…几点结束，要赶高铁", "how long
# does it go for, got a flight at 2").
REASON_AFTER_COMMA = re.compile(
    r"[,，]\s*(?:as|because|since)\b"
    r"|[,，?？]\s*(?:(?:i|we) (?:have|got|need to catch) (?:(?:a|an|my|the) )?(?:train|flight|plane)"
    r"|got (?:a|an|my) (?:flight|train)"
    r"|(?:我|我们)?(?:下午|晚上|中午|上午|明天|之后|等下|待会)?(?:还)?要?赶(?:高铁|火车|飞机|动车|回)|想约)"
)
# What the teller means to do with the answer, said after the question ("…邮箱是多少？
# 我们想提前联系一下做个采访"): no part of it (unless it asks again)
PURPOSE_AFTER = re.compile(
    r"(?<=[?？])\s*(?:我|我们)(?:想|打算|准备)(?![^。！？?!\n]*[吗嘛么呢?？])"
)
REASON_START = re.compile(r"\b(?:because|since|as i|so i can|so that)\b|,\s*as\b|因[为為]|由[于於]")

TAIL_FROM = 60  # characters (a Chinese one counts two): shorter questions are read whole


# a sentence ends at a stop, but not at the point of a number (PM2.5, 1.5 hours, 8.30am)
_SENTENCE = re.compile(r"(?:[^.!?。！？\n]|(?<=\d)\.(?=\d))+[.!?。！？]*")
STATEMENT_WORDS = 2.5  # a sentence this long (a Chinese character counts half) says something


def question_tail(text: str) -> str | None:
    """The question itself, when words around it tell a story: in a long text, from where
    it starts ("can you tell me", 想问) to a reason after it ("because…"); otherwise the
    sentences that end in a question mark, when others only state things ("What is on
    Thursday? Our CEO has only that day free."), or a text up to a reason after a comma
    (", as colleagues cannot travel", "，要赶高铁"). None: the text is the question."""
    long = _long(text)
    starts = list(QUESTION_START.finditer(text.lower())) if long else []
    while starts and _ONLY_A_DOUBT.match(text, starts[-1].end()):
        starts.pop()  # "…是周四但是不太确定": the doubt after 但是 asks nothing
    if starts:
        tail = text[starts[-1].end() :]
        reason = REASON_START.search(tail.lower()) or PURPOSE_AFTER.search(tail)
    else:
        tail = _asked_sentences(text) or text
        reason = REASON_AFTER_COMMA.search(tail.lower()) or PURPOSE_AFTER.search(tail)
        first = _first_clause_asked(text) if reason is None and tail == text else None
        if first:
            tail = first  # "会场到底有没有wifi啊，我要一直回客户消息的…"
        elif reason is None and not long and tail == text:
            tail = ""  # a short question is read whole
        if reason is None and _long(tail):
            tail = _last_clause(tail)
    if reason and reason.start() > 0:
        tail = tail[: reason.start()]
    return tail if tail.strip() and tail != text else None


# Only the teller's doubt after a question start such as 但是: "…是周四但是不太确定"
# (Chinese only; an English "but not sure" is not read as one yet)
_ONLY_A_DOUBT = re.compile(
    r"\s*(?:我)?(?:也)?(?:不太|不是很|不大|不)(?:确定|清楚|记得|肯定)(?:了|啊|哈)?[\s。.!！?？]*$"
)


def _long(text: str) -> bool:
    return len(text) + len(CJK.findall(text)) >= TAIL_FROM


_CLAUSE_BREAK = re.compile(r"[,，:：;；]")


def _first_clause_asked(text: str) -> str | None:
    """A question in its first clause, told about after it with no question mark
    ("会场到底有没有wifi啊，我要一直回客户消息的，别跟我说不清楚"): that clause."""
    found = _ASKED_THEN_TOLD.match(text.strip())
    if found is None or _ASKS_AGAIN.search(text, found.end()):
        return None
    return found.group(1)


# A Chinese clause ending in a question particle (after an interjection, 哎，…), a comma,
# and what follows
_ASKED_THEN_TOLD = re.compile(
    r"(?:[哎唉诶欸嗯喂][,，]\s*)?([^,，。？?!！]{4,40}?(?:吗|嘛|呢|呀|啊|啰|咯|嘞|冇得|没得))[,，](?=[^,，]{4,})"
)
# (what follows asks again, 坐地铁到得了不, 打车贵不贵, or goes on describing: …那种)
_ASKS_AGAIN = re.compile(
    r"[?？]|吗|什么|哪|怎么|咋|多少|几|啥|谁|如何|是否|有没有|能不能|可不可以|([^\W\d_a-z])[不没]\1"
    r"|[不没冇][\s。!！]*$|那种|这种|之类"
)


def _last_clause(sentence: str) -> str:
    """A long run-on question ("…收获不小，回酒店发现家里热水器漏水了，哪个更安全？"):
    what it asks runs from the last clause that asks on its own to its end."""
    sentence = sentence.strip()
    if not sentence.endswith(("?", "？")):
        return sentence
    breaks = [match.end() for match in _CLAUSE_BREAK.finditer(sentence)]
    for start in reversed(breaks):  # "…: which is better, a Tiguan or a RAV4?"
        clause = sentence[start:].lower()
        if _ASKS_ON_ITS_OWN.match(clause) and not _POINTS_BACK.search(clause):
            return sentence[start:]
    return sentence


# A clause that is a question by itself, not a tag on the sentence before it ("could you
# confirm?", "perhaps in Hangzhou?", "s'il vous plaît?") nor one that points back at it
# ("can you arrange it?", 那里怎么走)
_ASKS_ON_ITS_OWN = re.compile(
    r"\s*(?:what|which|who|where|when|why|how|is|are|does|do|can|should|will)\b(?:\W*\w+){3}"
    r"|\s*[^?？,，:：;；]{0,20}(?:吗|什么|哪|怎么|多少|几|啥|谁|如何|是否|么)"
)
_POINTS_BACK = re.compile(
    r"\b(?:it|that|this|them|there|one|dat|dis|dem)\W*$|它|这个|那个|那里|那边|这里|这边|这家|那家"
    # its subject is the thing named before ("the meeting where companies sign contracts,
    # what time does it open?")
    r"|^\s*(?:what time|when|where|how long) (?:does|do|will|is) (?:it|they)\b"
)


# A Chinese question particle before a space ends a question typed without its mark
# ("有wifi吗 流量快用完了").
_UNMARKED_QUESTION = re.compile(r"([吗呢])\s+(?=\S)")


def _asked_sentences(text: str) -> str:
    """The sentences ending in a question mark, if another sentence states something."""
    text = _UNMARKED_QUESTION.sub(r"\1？ ", text)
    sentences = [match.group().strip() for match in _SENTENCE.finditer(text)]
    asked = [s for s in sentences if s.endswith(("?", "？"))]
    last = sentences[-1] if sentences else ""
    if (
        asked
        and last not in asked
        and not CJK.search(last)
        and (_ASKS_ON_ITS_OWN.match(last.lower()) or _REQUEST.match(last.lower()))
    ):
        # "…the G20 place? can i get a tour of the building", "…at the kunshan conf? pls
        # lmk who's attending"
        asked.append(last)
    stated = [
        s
        for s in sentences
        if not s.endswith(("?", "？"))
        and len(LATIN_WORD.findall(s.lower())) + len(CJK.findall(s)) / 2 >= STATEMENT_WORDS
    ]
    if any(_ASKS_ABOUT_THE_STORY.match(s.lower()) for s in asked):
        return ""  # "I had the impression there is a X session. Is that in Shanghai?"
    return " ".join(asked) if asked and stated else ""


# A closing request that asks as a question does ("pls lmk who's attending", "kindly
# advise the dress code")
_REQUEST = re.compile(
    r"\s*(?:(?:pls|plz|please|kindly|so) )?(?:lmk|let (?:me|us) know|tell (?:me|us)|advise)\b"
)


# A question about what the sentence before it states ("…a K-beauty expo. What time does it
# open?"): it is asked of the whole text.
_ASKS_ABOUT_THE_STORY = re.compile(
    r"\s*(?:(?:what|which|where|when|how)(?: \w+)? )?(?:is|was|are|were|does|do|will|would)"
    r"\s+(?:it|that|this|they|those)\b|\s*(?:那|这|它)(?:是|个|场|在)"
)


def without_email_frame(text: str) -> str:
    """A pasted e-mail without its salutation, sign-off and signature lines."""
    lines = [line for line in text.splitlines() if line.strip()]
    if len(lines) < 3:
        return text
    if EMAIL_SALUTATION.match(lines[0]):
        lines = lines[1:]
    for index in range(len(lines) - 1, 0, -1):
        if EMAIL_SIGN_OFF.match(lines[index]):
            lines = lines[:index]
            break
    while len(lines) > 1 and len(lines[-1]) <= 40 and EMAIL_SIGNATURE.search(lines[-1]):
        lines = lines[:-1]  # a signature without a sign-off above it
    return "\n".join(lines)


# A question that points back at the story ("…customs ask registration of the device;
# where can I do this registration?", 这个注册在哪办): the word after it is the story's
_WORD_POINTED_BACK = bilingual(
    r"\b(?:this|that|such|the same) ([a-z]+)|(?:这|那)(?:个|种|项|类)?([^\W\d_a-z]{2})"
    # a word asked alone with "the" ("…last night, what is the interpretation?")
    r"|^\s*what(?:'s| is) the ([a-z]+)(?: [a-z]+)?\W*$"
)


def words_pointed_back(tail: str) -> list[str]:
    """The words a normalised question points back at the story with (this registration
    → registration; 这个注册 → 注册)."""
    return [word for match in _WORD_POINTED_BACK.finditer(tail) for word in match.groups() if word]
