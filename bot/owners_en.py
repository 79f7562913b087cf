"""Names outside the program in an English question, and the words they own.

The English half of bot.owners (whose module docstring states the idea): a word
capitalised inside a sentence, or a city or brand however written, is a name; a run of
them no document holds together is a name the program does not have, and the need words
after it ("Disneyland tickets") are its own. English puts the head last, so a known word
right before an unknown noun only describes it ("the VIP lounge").
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Iterable

from bot.chat_forms import SHORTHAND
from bot.owners import Owners
from bot.places import (
    OTHER_CITIES_EN,
    OTHER_NAMES_EN,
    PLACE_MODIFIERS_EN,
)
from bot.textnorm import stem
from bot.vocabulary import (
    GENERIC_EN,
    LIST_EN,
    REQUEST_EN,
    STOP_EN,
    TIME_WORDS_EN,
    WHEN_EN,
    WHERE_EN,
)

OWNED_AFTER = 3  # English words after a name that it can own: "Douyin live streams"
_OWNING_PREPOSITIONS = frozenset({"for", "to", "of", "at"})  # "tickets for Disneyland"
# A word, or a mark that ends a sentence or a clause.
_TOKEN = re.compile(r"[A-Za-z][A-Za-z'’-]*|[.!?。！？\n,;:()\[\]\"“”，；：]")
_SENTENCE_ENDS = frozenset(".!?。！？\n")
_ARTICLES = frozenset({"the", "a", "an"})
_FROM_DETERMINERS = _ARTICLES | {"my", "our", "his", "her", "their", "this"}
# Beginnings of the words in every title ("promo" of "promotion"): short forms, no nouns.
_GENERIC_PREFIXES = frozenset(word[:end] for word in GENERIC_EN for end in range(3, len(word) + 1))
# Words that shape a question rather than name a thing (built once: read per question).
_SHAPING = STOP_EN | GENERIC_EN | WHERE_EN | WHEN_EN | LIST_EN
_SHAPING_HEADS = _SHAPING | REQUEST_EN | TIME_WORDS_EN
# First words of the phrases the normaliser joins into one token ("fortune 500",
# "go global", "business environment"): capitalised, they are no name of their own.
_JOINED_FIRST = frozenset(
    phrase.split()[0]
    for phrase, token in SHORTHAND.items()
    if " " in phrase and token.isalnum() and token not in phrase.split()
)
# The last word of a building's name, and words before it saying the delegate stays there.
_BUILDING_ENDS = frozenset(
    [
        "center",
        "centre",
        "hall",
        "hotel",
        "tower",
        "building",
        "plaza",
        "stadium",
        "museum",
        "mall",
        "arena",
        "theatre",
        "theater",
    ]
)
_STAYING = frozenset(
    ["stay", "stays", "staying", "stayed", "booked", "checked", "live", "living", "i'm", "we're"]
)


def owned_en(
    text: str,
    known_latin: Collection[str],
    known_together: Callable[[Collection[str]], bool] = lambda _: True,
    self_described: bool = False,
    needs: Collection[str] = frozenset(),
    cities: Collection[str] = frozenset(),
    buildings: Collection[frozenset[str]] = frozenset(),
) -> Owners:
    """In raw English text: names outside the program and the topic words (stemmed) they
    own; and the names of capitalised words inside a sentence (one piece of evidence).
    `known_together` tells whether one document holds all the given words: "West Lake"
    is a name the program does not hold, though it holds "west" and "lake" apart. A city
    outside the program owns the words before "in" too ("a hotel in Xi'an"), unless the
    delegate is describing themselves ("we're a travel agency in Ningbo")."""
    owners: set[str] = set()
    owned: set[str] = set()
    names: list[frozenset[str]] = []
    described: set[str] = set()
    kinds: set[str] = set()
    building_asked = False  # "the Shanghai New International Expo Center": not the program's
    for words in _clauses(text):
        describing, kinds_of = _before_head_en(words, known_latin)
        described |= describing
        kinds |= kinds_of
        places, whose = _place_compounds(words, needs, known_together)
        described |= places
        kinds |= whose
        for first, last in _capitalised_runs(words):
            run = [word.lower() for word, _ in words[first:last]]
            if last - first >= 2:
                names.append(frozenset(stem(word) for word in run))
            foreign = [word for word in run if _foreign(word, known_latin)]
            if foreign:
                owners.update(stem(word) for word in foreign)
                if len(run) >= 2:  # "the Korean Chamber of Commerce" is not Hunan's
                    owned.update(_content(run))
            elif _city_landmark(run, cities):
                owned.update(stem(word) for word in run)  # "the Shanghai Tower": no venue
            elif (
                len(content := _content(run)) >= 2
                and frozenset(content) not in buildings  # "the Pudong Shangri-La Hotel"
                and not known_together(content)
            ):
                owners.add(" ".join(content))  # no document holds it: no document knows it
                owned.update(content)
            else:
                continue
            stays = not _STAYING.isdisjoint(word.lower() for word, _ in words[:first])
            building_asked = building_asked or (run[-1] in _BUILDING_ENDS and not stays)
            owned.update(_stems(words[last:]))
            before = [word.lower() for word, _ in words[:first]]
            while before and before[-1] in _ARTICLES:
                before.pop()
            in_city = (
                not self_described
                and before
                and before[-1] == "in"
                and any(word in OTHER_CITIES_EN for word in run)
            )
            if before and (before[-1] in _OWNING_PREPOSITIONS or in_city):
                owned.update(_stems(reversed(words[: len(before) - 1])))
            if before and before[-1] == "to":  # where the delegate is going
                owned.update(_starting_point(words[last:]))
    return Owners(
        frozenset(owners),
        frozenset(owned),
        tuple(names),
        maybe_owned=frozenset(kinds),
        described=frozenset(described),
        building_asked=building_asked,
    )


def _before_head_en(
    words: list[tuple[str, bool]], known_latin: Collection[str]
) -> tuple[set[str], set[str]]:
    """English puts the head last too: a known word right before an unknown noun that
    ends its phrase only describes it ("the VIP lounge at SICC" is a lounge, not the
    VIPs; a request word, "hotel recommendations", is no head); and a known head after an
    unknown word is a kind of it no entry knows ("bluetooth speaker", "dream
    interpretation"): enough to doubt the event's practical answers, as in Chinese."""
    stems = [stem(word.lower()) for word, _ in words]
    shaping = _SHAPING_HEADS

    def unknown_noun(index: int) -> bool:
        word = words[index][0].lower()
        if stems[index] in known_latin or stems[index] in shaping or word in shaping:
            return False
        if "'" in word or len(stems[index]) < 3:
            return False
        if word in _GENERIC_PREFIXES:
            return False  # a short form: "the tourism promo"
        # chat shorthand is read before the index sees it: "mtg" is a meeting
        spelled = [stem(w) for w in SHORTHAND.get(word, word).split()]
        return not any(w in known_latin or w in shaping for w in spelled)

    def ends_phrase(index: int) -> bool:
        return index == len(stems) or stems[index] in shaping or "'" in words[index][0]

    unknown = [unknown_noun(index) for index in range(len(stems))]
    described: set[str] = set()
    kinds: set[str] = set()
    for index in range(1, len(stems)):
        modifier = unknown[index - 1] and len(stems[index - 1]) >= 4  # not "thr"
        if modifier and stems[index] in known_latin and ends_phrase(index + 1):
            kinds.add(stems[index])  # "bluetooth speaker": a kind of speaker no entry knows
        before = stems[index - 1]
        shaped = before in shaping or words[index - 1][0].lower() in shaping  # "sessions"
        if before not in known_latin or shaped or not unknown[index]:
            continue
        # the head: one unknown noun, or two ("Zoomlion crane rental"), ending the phrase
        two = index + 1 < len(stems) and unknown[index + 1]
        if ends_phrase(index + 2 if two else index + 1):
            described.add(before)
    return described, kinds


def _place_compounds(
    words: list[tuple[str, bool]],
    needs: Collection[str],
    known_together: Callable[[Collection[str]], bool],
) -> tuple[set[str], set[str]]:
    """ "the password for the hotel wifi", "train food": a place word before an FAQ
    entry's need that no document holds beside it says whose thing that is. The place only
    describes (no answer of its own); the thing, and what is asked "for" or "of" it, are
    the place's: enough to doubt the event's practical answers."""
    lowered = [word.lower().removesuffix("'s") for word, _ in words]
    places: set[str] = set()
    whose: set[str] = set()
    for index, word in enumerate(lowered[:-1]):
        head = stem(lowered[index + 1])
        if word not in PLACE_MODIFIERS_EN or head not in needs:
            continue
        if known_together([stem(word), head]):
            continue  # "airport taxi", "hotel booking": one entry's own words
        places.add(stem(word))
        whose.add(head)
        start = index
        while start > 0 and lowered[start - 1] in _FROM_DETERMINERS:
            start -= 1
        if start > 0 and lowered[start - 1] in _OWNING_PREPOSITIONS:
            whose.update(_stems(reversed(words[: start - 1])))
    for index, word in enumerate(lowered[2:], start=2):
        # "the wifi password at my hotel": one's own place owns the needs before it
        own = lowered[index - 1] in ("my", "our") and lowered[index - 2] in ("at", "in", "on")
        if own and word in PLACE_MODIFIERS_EN:
            places.add(stem(word))
            whose.update(w for w in map(stem, lowered[max(0, index - 6) : index - 2]) if w in needs)
    return places, whose


def _clauses(text: str) -> Iterable[list[tuple[str, bool]]]:
    """The words of each clause, each with whether it opens a sentence; one pass."""
    words: list[tuple[str, bool]] = []
    opens = True
    for match in _TOKEN.finditer(text):
        token = match.group()
        if token[0].isalpha():
            words.append((token, opens))
            opens = False
            continue
        if words:
            yield words
            words = []
        opens = opens or token in _SENTENCE_ENDS
    if words:
        yield words


def _capitalised_runs(words: list[tuple[str, bool]]) -> Iterable[tuple[int, int]]:
    """Runs of words that are names: capitalised inside a sentence, or a city outside
    the program or a brand however it is written ("zhangjiajie tickets", "apple store")."""
    index = 0
    while index < len(words):
        word, opens_sentence = words[index]
        is_name = (word[0].isupper() and not opens_sentence and word != "I") or _named_anyhow(
            word.lower()
        )
        if opens_sentence and word[0].isupper() and index + 1 < len(words):
            following = words[index + 1][0]  # "West Lake boat tour price": a name opens it
            is_name = is_name or (following[0].isupper() and following != "I")
        if not is_name:
            index += 1
            continue
        end = index + 1
        while end < len(words) and (
            _in_name(words[end][0])
            or (
                words[end][0] in _NAME_JOINERS
                and end + 1 < len(words)
                and _in_name(words[end + 1][0])
            )
        ):
            end += 1  # "Bank of China", "the Chamber of Commerce": one name
        yield index, end
        index = end


_NAME_JOINERS = frozenset({"of", "and", "&", "for"})


def _in_name(word: str) -> bool:
    return word[0].isupper() or _named_anyhow(word.lower())


def _content(run: list[str]) -> list[str]:
    """The words of a name that could name a thing of the program (stemmed)."""
    shaping = _SHAPING
    # a hyphenated word is its joined form, as the index holds it ("shangri-la": shangrila)
    words = [word.replace("-", "") if "-" in word else word for word in run]
    return [stem(word) for word in words if word not in shaping and stem(word) not in shaping]


def name_words(name: str) -> frozenset[str]:
    """The words of a building's name as a capitalised run in a question reads them."""
    return frozenset(_content(name.lower().split()))


def _named_anyhow(word: str) -> bool:
    """A city outside the program or a brand: a name in lower case too ("apple store")."""
    return word in OTHER_CITIES_EN or word in OTHER_NAMES_EN


def _foreign(word: str, known_latin: Collection[str]) -> bool:
    """A word of a name the program does not hold."""
    if word in OTHER_CITIES_EN:
        return True
    if word in _JOINED_FIRST:
        return False  # "Fortune 500": read as one known token, fortune500
    if word in GENERIC_EN or stem(word) in GENERIC_EN or word in TIME_WORDS_EN:
        return False  # "the Hunan tourism thing", "on Wednesday"
    joined = word.replace("-", "")  # "Wi-Fi" is the index's "wifi"
    return len(word) >= 3 and word not in STOP_EN and stem(joined) not in known_latin


def _stems(words: Iterable[tuple[str, bool]]) -> Iterable[str]:
    """The words next to a name, up to the first function word, at most OWNED_AFTER."""
    for count, (word, _) in enumerate(words):
        lowered = word.lower()
        if lowered in STOP_EN or count >= OWNED_AFTER:
            break
        yield stem(lowered)


def _starting_point(words: list[tuple[str, bool]]) -> Iterable[str]:
    """ "…to Disneyland from our hotel": where the way to a name starts is no need of its
    own; the hotel is not asked about."""
    lowered = [word.lower() for word, _ in words]
    if not lowered or lowered[0] != "from":
        return ()
    rest = 1
    while rest < len(lowered) and lowered[rest] in _FROM_DETERMINERS:
        rest += 1
    return _stems(words[rest:])


# A city's landmark ("Shanghai Tower", "Nanjing Museum"): the city's name and a building's
# word, which the program's buildings never are (its halls are, "the Shanghai Hall").
_LANDMARK_ENDS = _BUILDING_ENDS - {"center", "centre", "hall"}


def _city_landmark(run: list[str], cities: Collection[str]) -> bool:
    return len(run) == 2 and run[0] in cities and run[1] in _LANDMARK_ENDS
