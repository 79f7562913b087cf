"""bot.patterns: a pattern run on the half its text's script needs, its word-boundary
alternatives grouped, finds what the pattern as written finds, on every labelled question
as typed and as normalized."""

from __future__ import annotations

import re

import pytest

from bot import (
    event_roles,
    event_words,
    own_affairs,
    own_affairs_words,
    question_tail,
    vocabulary,
    when,
)
from bot.patterns import Bilingual, any_of, bilingual
from bot.textnorm import normalize
from tests.helpers_core import labelled_questions


def _bilingual_patterns() -> dict[str, Bilingual]:
    modules = (vocabulary, event_words, event_roles, own_affairs_words, own_affairs, question_tail)
    found: dict[str, Bilingual] = {}
    seen: set[int] = set()
    for module in modules:  # a pattern imported into a later module is tested where it is built
        for name, value in vars(module).items():
            if isinstance(value, Bilingual) and id(value) not in seen:
                seen.add(id(value))
                found[f"{module.__name__}.{name}"] = value
    found.update(
        {
            f"when rule {i}": rule[0]
            for i, rule in enumerate(when._RULES)
            if isinstance(rule[0], Bilingual)
        }
    )
    return found


PATTERNS = _bilingual_patterns()


@pytest.fixture(scope="module")
def texts() -> list[str]:
    questions = [q["text"] for q in labelled_questions()]
    return sorted({t for q in questions for t in (q, q.lower(), normalize(q))})


def test_the_big_bilingual_patterns_are_split():
    assert len(PATTERNS) >= 40
    assert {"bot.own_affairs_words.UNSTATED", "bot.question_tail.QUESTION_START"} <= set(PATTERNS)


@pytest.mark.parametrize("name", sorted(PATTERNS))
def test_a_split_pattern_finds_what_the_whole_pattern_finds(name, texts):
    pattern = PATTERNS[name]
    for text in texts:
        split = [(m.span(), _found(m)) for m in pattern.finditer(text)]
        whole = pattern.as_written(text)
        assert split == [(m.span(), _found(m)) for m in whole.finditer(text)], text


def _found(match: re.Match[str]) -> list[str]:
    """What the groups caught (a half numbers its groups from its own alternatives)."""
    return [group for group in match.groups() if group is not None]


@pytest.mark.parametrize(
    ("pattern", "english", "chinese"),
    [
        (r"\bhotels?\b|酒店|宾馆", [r"\bhotels?\b"], ["酒店", "宾馆"]),
        # a class or a group holding "|" is one alternative; one without letters is both
        (r"[|a]b|(?:x|y)会|[?？]", ["[|a]b", "(?:x|y)会", "[?？]"], ["(?:x|y)会", "[?？]"]),
        (r"[^\W\d_a-z]节|\u4e00", ["[^\\W\\d_a-z]节"], ["[^\\W\\d_a-z]节", "\\u4e00"]),
    ],
)
def test_alternatives_go_to_the_halves_their_script_can_match(pattern, english, chinese):
    split = bilingual(pattern)
    assert split._english.pattern == "|".join(english)
    assert split._chinese.pattern == "|".join(chinese)


def test_each_call_runs_the_half_its_text_needs():
    split = bilingual(r"\bhotel\b|酒店")
    assert split.search("the hotel").group() == "hotel"
    assert split.search("哪家酒店").group() == "酒店"
    assert split.sub("X", "hotel 酒店") == "X X"  # both scripts: the whole pattern
    assert split.search("12345") is None
    assert bilingual(r"\bhi\b|你好", re.IGNORECASE).search("Hi there") is not None


def test_alternatives_at_a_word_boundary_share_one_boundary_in_their_order():
    split = bilingual(r"\bnext week\b|\blast year\b|(?<=[a-z] )(?=where)|\bweekend\b|周末")
    assert (
        split._english.pattern == r"\b(?:next week\b|last year\b)|(?<=[a-z] )(?=where)|\bweekend\b"
    )
    assert split._chinese.pattern == "周末"
    assert split.search("see you next week").group() == "next week"
    assert split.search("my weekends") is None  # the boundary after the word still holds


def test_any_of_keeps_each_pieces_words_whole_and_the_pieces_order():
    pattern = any_of(r"\b(?:spa)\b|按摩", r"\b(?:spa resort|hotel)\b|酒店")
    assert pattern.pattern == r"\b(?:spa)\b|按摩|\b(?:spa resort|hotel)\b|酒店"
    assert pattern.search("a spa resort").group() == "spa"  # at one place the first wins
    assert pattern.search("spain") is None  # each piece's boundary still holds
    assert pattern.search("hotels") is None
    assert pattern.search("酒店的按摩").group() == "酒店"
    assert pattern.search("the hotel 按摩").group() == "hotel"  # both scripts: both halves


def test_any_of_refuses_an_empty_piece_and_keeps_the_flags():
    with pytest.raises(ValueError):
        any_of(r"\b(?:spa)\b", "")
    with pytest.raises(ValueError):
        any_of()
    assert any_of(r"\b(?:spa)\b", "按摩", flags=re.IGNORECASE).search("A SPA") is not None
    assert any_of(r"\b(?:spa)\b", "按摩").search("A SPA") is None


def test_in_a_text_of_both_scripts_a_latin_word_ends_where_its_letters_end():
    pattern = bilingual(r"\bmcs?\b|主持人")
    assert pattern.search("welcome dinner有没有mc?").group() == "mc"
    assert pattern.search("有没有MC主持".lower()).group() == "mc"
    assert pattern.search("mcdonalds") is None and pattern.search("麦当劳mcdonalds") is None
    # \b beside a Chinese character in a pattern keeps its meaning
    assert bilingual(r"\bvisa卡").search("visa卡能用吗") is not None
