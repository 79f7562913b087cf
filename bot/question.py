"""What a read question holds: its language, intent, time, place and topic words, and
what it says of itself (bot.reader reads it; bot.resolver answers it)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from bot.owners import Owners
from bot.program import City
from bot.textnorm import has_cjk
from bot.when import TimeFilter

Lang = Literal["en", "zh"]
Intent = Literal["where", "when", "info"]

STORY_WORDS = 4
MAX_QUESTION_CHARS = 500  # a delegate's question; the rest of a pasted wall of text is noise


@dataclass(frozen=True)
class Question:
    lang: Lang
    intent: Intent
    time: TimeFilter
    city: City | None
    listy: bool
    happening: bool  # "what's on": today, while the event runs
    singular: bool  # "the Nanjing conference": one thing is meant, even if two could be
    greeting: bool
    agenda: bool  # "my schedule"
    themes: bool  # "the five opening-up activities"
    self_described: bool  # "we are a bank from Singapore…"
    other_time: bool  # another year, "next week"
    other_city: bool  # a city that is not in the program
    venues: tuple[str, ...]  # ids of the buildings named in full ("杭州国际博览中心", "SICC")
    first_or_last: Literal["first", "last"] | None  # "the last session of the week"
    lookalike: bool  # a word kept apart from its lookalike ("networking", "parking")
    hall: str | None  # the session in the hall named in full ("the Shanghai Hall", 上海厅)
    names_sessions: bool  # asks about sessions as such ("any sessions tonight?", 有会吗)
    hours: bool  # asks when a place opens or closes ("what time does the bank open")
    company_need: str  # what is asked of a company, no event named ("price list", 报价)
    event_kinds: tuple[str, ...]  # the kinds of event named, as topic tokens ("expo", 峰会)
    # the delegate's own leisure or life, no event named ("南京有什么好玩的", a hospital)
    own_affairs: bool
    # a need the program never speaks of, whoever asks (bot.own_affairs_words.UNSTATED: 场租)
    unstated_need: bool
    actions: frozenset[str]  # what is done to the thing ("lost", 补办, 丢: bot.actions)
    by_sound: frozenset[str]  # words put in for homophone typos (南京 for 南经): less sure

    words: tuple[str, ...]
    grams: tuple[str, ...]
    spelled: tuple[tuple[str, str], ...] = ()  # topic word -> as the delegate typed it
    names_buildings: bool = False  # "the Hangzhou venue", "会场怎么去": a building is meant
    whole_program: bool = False  # "the full programme", 全部议程: every session is asked for
    asks_price: bool = False  # "how much", 多少钱
    # what is asked of a need beyond it: its price, hours, a deposit (bot.entry_aspects)
    aspects: frozenset[str] = frozenset()
    # whose attendance is asked ("will COFCO attend…?", 会有阿里巴巴的人吗, "who else is
    # coming?"): the speakers entry's "no list yet", whatever session it is asked of
    attending: bool = False
    near: bool = False  # "a print shop near SICC", 酒店旁边: a building only says where
    asks_held: bool = False  # whether the event is held ("明年还办不办", "held again")
    subject: tuple[str, ...] = ()  # topic tokens naming a session asked for ("new energy")
    owners: Owners = field(default_factory=Owners)  # names outside the program (bot.owners)
    typed: str = ""  # the normalised text before homophone corrections: what bot.doubt reads
    names_event: bool = False  # the week, a session or a ceremony named as such
    # a city outside the program is where the delegate is going ("go Xi'an", 去景德镇):
    # the program's city named beside it is where they set out from (bot.owners)
    goes_outside: bool = False

    def as_typed(self, word: str) -> str:
        """ "financing" for the topic word "financ": what a reply can quote back."""
        return dict(self.spelled).get(word, word)

    @property
    def has_topic(self) -> bool:
        return bool(self.words or self.grams)

    @property
    def is_bare(self) -> bool:
        """Only a question word ("when does the meeting start?"): it names nothing to
        answer about, so the words around it must."""
        return not (
            self.has_topic
            or self.city
            or not self.time.empty
            or self.venues
            or self.hall
            or self.agenda
            or self.themes
            or self.other_time
            or self.other_city
            or self.whole_program
        )

    @property
    def topic_size(self) -> int:
        return len(self.words) + len(self.grams)

    @property
    def is_story(self) -> bool:
        """Many words besides the question's own: voice input or an e-mail around it."""
        return self.topic_size >= STORY_WORDS


def question_language(text: str, user_language: str | None) -> Lang:
    """Chinese characters mean a Chinese reply; otherwise the user's Telegram language."""
    if has_cjk(text):
        return "zh"
    if text.strip() and any(ch.isalpha() for ch in text):
        return "en"
    return "zh" if (user_language or "").lower().startswith("zh") else "en"
