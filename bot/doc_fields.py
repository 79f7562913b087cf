"""What each document of the index is read from, field by field, and how much a word of
each field weighs: a session by its titles, aliases, keywords, hall, building and
description; a theme by its Chinese title and its aliases (its English title is a sentence
that describes it); a venue by its names; an FAQ entry by its keywords, its phrases, its
question and its answer. A name of several words is a phrase: its words count together."""

from __future__ import annotations

from collections.abc import Iterable

from bot.program import FaqEntry, Session, Theme, Venue
from bot.textnorm import has_cjk, normalize
from bot.vocabulary import VENUE_GENERIC

FIELD_WEIGHT = {
    "title": 1.0,
    "alias": 1.0,
    "keyword": 1.0,
    "phrase": 1.0,
    "hall": 1.0,
    "building": 0.3,
    "description": 0.3,
    "question": 0.6,
    "answer": 0.25,
}
WORD_FIELDS = {"title", "alias", "keyword", "phrase", "building"}
NAME_FIELDS = {"title", "alias"}  # what a document is called, not what it mentions
MARKED_FIELDS = NAME_FIELDS | {"keyword", "hall"}  # see bot.terms.TermIndex._mark


def session_fields(session: Session) -> Iterable[tuple[str, str]]:
    yield from _titled(session.title, session.title_zh, session.aliases + session.aliases_zh)
    for text in (*session.keywords, *session.keywords_zh):
        yield "keyword", text
    # The hall ("Shanghai Hall (7F)") names this session; the building is shared.
    yield "building", VENUE_GENERIC.sub(" ", normalize(session.building))
    yield "building", VENUE_GENERIC.sub(" ", normalize(session.building_zh))
    yield "hall", session.venue[len(session.building) :]
    yield "hall", session.venue_zh[len(session.building_zh) :]
    yield "description", session.description
    yield "description", session.description_zh


def theme_fields(theme: Theme) -> Iterable[tuple[str, str]]:
    # A theme's English title is a sentence ("Building a new hometown together with…"):
    # its words describe the theme; its aliases name it.
    yield "description", theme.title
    yield "title", theme.title_zh
    for text in (*theme.aliases, *theme.aliases_zh):
        yield ("alias" if _one_word(text) else "phrase"), text


def venue_fields(venue: Venue) -> Iterable[tuple[str, str]]:
    # "hotel" in a hotel's name is not a question about the venue
    for text in (venue.name, venue.name_zh, *venue.aliases, *venue.aliases_zh):
        yield "alias", VENUE_GENERIC.sub(" ", normalize(text))


def faq_fields(entry: FaqEntry) -> Iterable[tuple[str, str]]:
    for text in (*entry.keywords, *entry.keywords_zh):
        yield ("keyword" if " " not in text.strip() else "phrase"), text  # "between cities"
    for text in (*entry.aliases, *entry.aliases_zh):
        # as strong as a keyword; but a word of a longer phrase ("pudong" of "pudong
        # airport") is no need of the entry by itself
        yield ("keyword" if _one_word(text) else "phrase"), text
    yield "question", entry.question
    yield "question", entry.question_zh
    yield "answer", entry.answer
    yield "answer", entry.answer_zh


def _one_word(text: str) -> bool:
    """An alias of one word, as normalised ("business environment" is one token, as
    "go global" is); a longer phrase's words name the document only together."""
    normal = normalize(text)
    return " " not in normal and len(normal) <= (3 if has_cjk(normal) else 20)


def _titled(title: str, title_zh: str, aliases: Iterable[str]) -> Iterable[tuple[str, str]]:
    """A session's or a theme's names: its titles in both languages, then its aliases."""
    yield "title", title
    yield "title", title_zh
    for text in aliases:
        yield "alias", text
