"""What the bot understood from a question: the core's result, before any rendering."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from bot.program import City, FaqEntry, Session, Theme, Venue
from bot.question import Intent, Lang
from bot.when import TimeFilter

AnswerKind = Literal[
    "session",
    "list",
    "theme",
    "themes",
    "venue",
    "venues",
    "faq",
    "agenda",
    "outside",
    "suggest",
    "greeting",
    "none",
]


@dataclass(frozen=True)
class Answer:
    """What the bot understood and found; rendering turns it into a reply."""

    kind: AnswerKind
    lang: Lang
    intent: Intent = "info"
    sessions: tuple[Session, ...] = ()
    faq: FaqEntry | None = None
    theme: Theme | None = None
    venue: Venue | None = None
    venues: tuple[Venue, ...] = ()  # a building name that fits several: which one?
    time: TimeFilter = field(default_factory=TimeFilter)
    city: City | None = None
    upcoming: tuple[Session, ...] = ()  # when nothing is on (now, tonight): what comes next
    evidence: tuple[str, ...] = ()  # the question's words that chose the answer
    self_described: bool = False  # "we are a bank…": the reply says why the session fits
    # a detail the program does not give ("how many projects will be signed?", what is
    # on in a room no session uses): the session or building it is about is offered,
    # and the reply says the program does not say
    detail_unstated: bool = False

    @property
    def confident(self) -> bool:
        return self.kind not in ("suggest", "greeting", "none")
