"""Where the question is in a longer text: a pasted e-mail without its frame, and the
sentence that asks among sentences that tell a story (voice input, run-ons).

bot.question reads the text this leaves; bot.search decides when the tail answers on its
own and when the whole text must.
"""

from __future__ import annotations

import re

from bot.textnorm import CJK, LATIN_WORD
from bot.vocabulary import (
    EMAIL_SALUTATION,
    EMAIL_SIGN_OFF,
    EMAIL_SIGNATURE,
    QUESTION_START,
    REASON_AFTER_COMMA,
    REASON_START,
)

TAIL_FROM = 60  # characters (a Chinese one counts two): shorter questions are read whole


_SENTENCE = re.compile(r"[^.!?。！？\n]+[.!?。！？]*")
STATEMENT_WORDS = 2.5  # a sentence this long (a Chinese character counts half) says something


def question_tail(text: str) -> str | None:
    """The question itself, when words around it tell a story: in a long text, from where
    it starts ("can you tell me", 想问) to a reason after it ("because…"); otherwise the
    sentences that end in a question mark, when others only state things ("What is on
    Thursday? Our CEO has only that day free."), or a long text up to a reason after a
    comma (", as colleagues cannot travel"). None: the text is the question."""
    long = _long(text)
    starts = list(QUESTION_START.finditer(text.lower())) if long else []
    if starts:
        tail = text[starts[-1].end() :]
        reason = REASON_START.search(tail.lower())
    else:
        tail = _asked_sentences(text) or (text if long else "")
        reason = REASON_AFTER_COMMA.search(tail.lower())
        if reason is None and _long(tail):
            tail = _last_clause(tail)
    if reason and reason.start() > 0:
        tail = tail[: reason.start()]
    return tail if tail.strip() and tail != text else None


def _long(text: str) -> bool:
    return len(text) + len(CJK.findall(text)) >= TAIL_FROM


_CLAUSE_BREAK = re.compile(r"[,，:：;；]")


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
    r"\b(?:it|that|this|them|there|one)\W*$|它|这个|那个|那里|那边|这里|这边|这家|那家"
)


# A Chinese question particle before a space ends a question typed without its mark
# ("有wifi吗 流量快用完了").
_UNMARKED_QUESTION = re.compile(r"([吗呢])\s+(?=\S)")


def _asked_sentences(text: str) -> str:
    """The sentences ending in a question mark, if another sentence states something."""
    text = _UNMARKED_QUESTION.sub(r"\1？ ", text)
    sentences = [match.group().strip() for match in _SENTENCE.finditer(text)]
    asked = [s for s in sentences if s.endswith(("?", "？"))]
    stated = [
        s
        for s in sentences
        if not s.endswith(("?", "？"))
        and len(LATIN_WORD.findall(s.lower())) + len(CJK.findall(s)) / 2 >= STATEMENT_WORDS
    ]
    return " ".join(asked) if asked and stated else ""


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
