"""Who a delegate should meet: networking profiles and the pure scoring of a pair.

A pair's score is the sum of these signals (weights below), strongest first:

* seek_offer: what I seek is what they offer. Each sector my request names that their
  offer names counts SEEK_SECTOR (half that if it is only among the sectors they picked,
  not in their offer's words), at most MAX_SECTORS of them; each plain word the two
  texts share counts SEEK_WORD, at most MAX_WORDS. Texts are read by
  bot.matchmaking_terms with the question answering's normalisation, so a Chinese request
  meets an English offer through the sectors both name.
* offer_seek: what they seek is what I offer, scored the same way times OFFER_SEEK (my
  own need comes first in my suggestions).
* roles: how well our roles complement each other (ROLE_FIT, symmetric: an enterprise
  and an investor most, the same role little or not at all) times ROLES.
* sectors: each sector we both picked, SECTOR, at most MAX_SECTORS.
* session: each session we both signed up for, SESSION, or MATCHMAKING_SESSION for a
  matchmaking one (where a meeting can take place), at most MAX_SESSIONS of them.
* language: a language we both speak adds LANGUAGE; none at all multiplies the whole
  score by NO_LANGUAGE, as a meeting would need an interpreter.

A pair with no request/offer hit, no shared sector and no shared session has nothing in
common and is never suggested, however well the roles fit. Suggestions are ordered by
score, then by user id. Each profile's texts are read once and cached, so a service may
pass profiles freshly read from the database on every request.
"""

from __future__ import annotations

import heapq
from collections.abc import Callable, Collection, Iterable
from dataclasses import dataclass
from typing import Literal

from bot.matchmaking_terms import SectorLexicon, TextTerms
from bot.program import Program

Role = Literal["enterprise", "investor", "buyer", "government", "services", "other"]
ROLES: tuple[Role, ...] = ("enterprise", "investor", "buyer", "government", "services", "other")
Language = Literal["zh", "en"]
LANGUAGES: tuple[Language, ...] = ("zh", "en")
MAX_NETWORK_TEXT = 200  # what a delegate offers or seeks: a line, not a brochure

ReasonKind = Literal["seek_offer", "offer_seek", "roles", "sectors", "session", "language"]

SEEK_SECTOR = 4.0
SEEK_WORD = 1.5
OFFER_SEEK = 0.75
ROLES_WEIGHT = 3.0
SECTOR = 1.5
SESSION = 0.75
MATCHMAKING_SESSION = 2.0
LANGUAGE = 0.25
NO_LANGUAGE = 0.25
MAX_SECTORS = 2
MAX_WORDS = 3
MAX_SESSIONS = 2
ROLE_REASON = 0.5  # from this fit on, the roles are named as a reason
CACHED_PROFILES = 1 << 15  # prepared profiles kept, by user id

# How well two roles complement each other, 0..1; either order, missing pairs 0.
_FIT: dict[tuple[Role, Role], float] = {
    ("enterprise", "investor"): 1.0,
    ("enterprise", "buyer"): 0.9,
    ("enterprise", "government"): 0.7,
    ("investor", "government"): 0.7,
    ("enterprise", "services"): 0.6,
    ("buyer", "government"): 0.4,
    ("investor", "buyer"): 0.3,
    ("investor", "services"): 0.3,
    ("buyer", "services"): 0.3,
    ("government", "services"): 0.3,
    ("enterprise", "enterprise"): 0.2,  # suppliers and customers along a chain
    ("investor", "investor"): 0.1,  # co-investors
    ("government", "government"): 0.1,
    **{("other", role): 0.1 for role in ROLES},
}
ROLE_FIT: dict[tuple[Role, Role], float] = {
    (a, b): _FIT.get((a, b), _FIT.get((b, a), 0.0)) for a in ROLES for b in ROLES
}


@dataclass(frozen=True)
class NetworkProfile:
    """What an opted-in delegate shows other opted-in delegates (never their Telegram
    identity), plus the sessions they signed up for, which scoring uses."""

    user_id: int
    name: str
    organization: str
    role: Role
    sectors: tuple[str, ...]  # sector ids of the program
    offer: str
    seek: str
    languages: tuple[Language, ...]
    sessions: tuple[str, ...] = ()  # session ids signed up for (confirmed or waiting)
    # What buttons name them by: random, so a button's data never carries a Telegram id
    handle: str = ""


@dataclass(frozen=True)
class Reason:
    """One thing a pair has in common, as data: the render layer words it.

    seek_offer: what I seek is what they offer (sectors: the sector ids it names,
    words: the other words both texts share, as their offer writes them); offer_seek: the
    other way round (words as my offer writes them); roles: our roles complement each
    other; sectors: sectors we share; session: a session we are both signed up for;
    language: a language we both speak."""

    kind: ReasonKind
    sectors: tuple[str, ...] = ()
    words: tuple[str, ...] = ()
    session_id: str | None = None
    languages: tuple[Language, ...] = ()


@dataclass(frozen=True)
class Match:
    profile: NetworkProfile  # the delegate suggested
    score: float
    reasons: tuple[Reason, ...]  # strongest first


@dataclass(frozen=True, slots=True)
class Prepared:
    """A profile as scoring compares it: its texts read, its lists as bit masks (one bit
    per sector, session and language: an intersection is one `&`)."""

    role: Role
    offer: TextTerms
    seek: TextTerms
    sectors: int  # picked
    offer_sectors: int  # named in the offer
    offered: int  # named in the offer or picked
    seek_sectors: int  # named in the request
    offer_words: frozenset[str]
    seek_words: frozenset[str]
    matchmaking: int  # sessions signed up for that hold meetings
    sessions: int  # the other sessions signed up for
    languages: int


class Matchmaker:
    """Scores pairs of profiles against one program (its sectors and sessions)."""

    def __init__(self, program: Program) -> None:
        self._lexicon = SectorLexicon(program.sectors)
        self._sector_bit = self._lexicon.bits
        # matchmaking sessions first, then in time order: the order session reasons take
        ordered = sorted(program.sessions, key=lambda s: (not s.is_matchmaking, s.start, s.id))
        self._session_bit = {session.id: 1 << i for i, session in enumerate(ordered)}
        self._matchmaking = sum(self._session_bit[s.id] for s in ordered if s.is_matchmaking)
        self._language_bit = {lang: 1 << i for i, lang in enumerate(LANGUAGES)}
        # user id -> (their profile, prepared): a profile read anew from the database is
        # prepared again only if something scoring reads of it changed
        self._prepared: dict[int, tuple[NetworkProfile, Prepared]] = {}

    def prepare(self, profile: NetworkProfile) -> Prepared:
        cached = self._prepared.get(profile.user_id)
        if cached is not None:
            seen, prepared = cached
            # field by field, no tuple built: this runs for every profile of every request
            if (
                seen.offer == profile.offer
                and seen.seek == profile.seek
                and seen.role == profile.role
                and seen.sectors == profile.sectors
                and seen.sessions == profile.sessions
                and seen.languages == profile.languages
            ):
                return prepared
        if len(self._prepared) >= CACHED_PROFILES:  # many left or changed: start afresh
            self._prepared.clear()
        offer, seek = self._lexicon.read(profile.offer), self._lexicon.read(profile.seek)
        picked = self._mask(self._sector_bit, profile.sectors)
        sessions = self._mask(self._session_bit, profile.sessions)
        prepared = Prepared(
            role=profile.role,
            offer=offer,
            seek=seek,
            sectors=picked,
            offer_sectors=offer.sector_bits,
            offered=picked | offer.sector_bits,
            seek_sectors=seek.sector_bits,
            offer_words=offer.words,
            seek_words=seek.words,
            matchmaking=sessions & self._matchmaking,
            sessions=sessions & ~self._matchmaking,
            languages=self._mask(self._language_bit, profile.languages),
        )
        self._prepared[profile.user_id] = (profile, prepared)
        return prepared

    @staticmethod
    def _mask(bits: dict[str, int], ids: Iterable[str]) -> int:
        """One bit per known id; ids the program does not know (any more) count nothing."""
        mask = 0
        for item in ids:
            mask |= bits.get(item, 0)
        return mask

    def score(self, me: NetworkProfile, other: NetworkProfile) -> Match | None:
        """The pair's score and reasons; None when they have nothing in common."""
        return self._match(self.prepare(me), other, self.prepare(other))

    def suggest(
        self,
        me: NetworkProfile,
        others: Iterable[NetworkProfile],
        *,
        exclude: Collection[int] = (),
        limit: int = 5,
    ) -> list[Match]:
        """Up to `limit` delegates worth meeting, best first; never `me` nor `exclude`."""
        if limit <= 0:
            return []
        mine = self.prepare(me)
        score = _scorer(mine)
        excluded = exclude if isinstance(exclude, set | frozenset) else set(exclude)
        # the best `limit` so far, the worst on top: most profiles are worse than it and
        # cost no allocation. Ties go to the lower user id, so -user_id is compared.
        best: list[tuple[float, int, int, NetworkProfile, Prepared]] = []
        for order, other in enumerate(others):
            user_id = other.user_id
            if user_id == me.user_id or user_id in excluded:
                continue
            theirs = self.prepare(other)
            value = score(theirs)
            if value <= 0:
                continue
            if len(best) < limit:
                heapq.heappush(best, (value, -user_id, order, other, theirs))
            elif value > best[0][0] or (value == best[0][0] and -user_id > best[0][1]):
                heapq.heapreplace(best, (value, -user_id, order, other, theirs))
        best.sort(key=lambda entry: (-entry[0], -entry[1], entry[2]))
        return [match for *_, other, theirs in best if (match := self._match(mine, other, theirs))]

    # ------------------------------------------------------------ explaining

    def _match(self, me: Prepared, other: NetworkProfile, them: Prepared) -> Match | None:
        value = _scorer(me)(them)
        if value <= 0:
            return None
        reasons = self._reasons(me, them)
        reasons.sort(key=lambda item: -item[0])  # stable: ties keep the order below
        return Match(other, value, tuple(reason for _, reason in reasons))

    def _reasons(self, me: Prepared, them: Prepared) -> list[tuple[float, Reason]]:
        """Each signal of `_scorer` that counted, with its share of the score."""
        reasons: list[tuple[float, Reason]] = []
        for kind, seeking, offering, weight in (
            ("seek_offer", me, them, 1.0),
            ("offer_seek", them, me, OFFER_SEEK),
        ):
            named = seeking.seek_sectors & offering.offered
            words = seeking.seek_words & offering.offer_words
            if named or words:
                value = _met(named, offering.offer_sectors, len(words)) * weight
                shown = offering.offer.shown(words)
                reasons.append((value, Reason(kind, self._ids(self._sector_bit, named), shown)))
        fit = ROLE_FIT[me.role, them.role] * ROLES_WEIGHT
        if fit >= ROLE_REASON * ROLES_WEIGHT:
            reasons.append((fit, Reason("roles")))
        shared = me.sectors & them.sectors
        if shared:
            both = self._ids(self._sector_bit, shared)
            value = min(shared.bit_count(), MAX_SECTORS) * SECTOR
            reasons.append((value, Reason("sectors", both)))
        meetings, others = me.matchmaking & them.matchmaking, me.sessions & them.sessions
        sessions = self._ids(self._session_bit, meetings | others)[:MAX_SESSIONS]
        reasons += [
            (
                MATCHMAKING_SESSION if self._session_bit[s] & meetings else SESSION,
                Reason("session", session_id=s),
            )
            for s in sessions
        ]
        spoken = me.languages & them.languages
        if spoken:
            languages = tuple(lang for lang in LANGUAGES if self._language_bit[lang] & spoken)
            reasons.append((LANGUAGE, Reason("language", languages=languages)))
        return reasons

    @staticmethod
    def _ids(bits: dict[str, int], mask: int) -> tuple[str, ...]:
        """The ids of a mask, in bit order: the program's order."""
        return tuple(item for item, bit in bits.items() if bit & mask)


# ---------------------------------------------------------------- scoring


def _scorer(me: Prepared) -> Callable[[Prepared], float]:
    """The score of a pair with `me` (see the module docstring), 0 when they have nothing
    in common. Run for every profile of every request, so written for speed: my side
    bound once, bit masks, no allocation beyond the word intersections."""
    seek_sectors, seek_words, offered, offer_sectors, offer_words = (
        me.seek_sectors,
        me.seek_words,
        me.offered,
        me.offer_sectors,
        me.offer_words,
    )
    sectors, matchmaking, sessions, languages = (
        me.sectors,
        me.matchmaking,
        me.sessions,
        me.languages,
    )
    fits = {role: ROLE_FIT[me.role, role] * ROLES_WEIGHT for role in ROLES}

    def score(them: Prepared) -> float:
        wanted = seek_sectors & them.offered
        given = them.seek_sectors & offered
        words = len(seek_words & them.offer_words) if seek_words and them.offer_words else 0
        words_given = len(them.seek_words & offer_words) if offer_words and them.seek_words else 0
        shared = (sectors & them.sectors).bit_count()
        meetings = (matchmaking & them.matchmaking).bit_count()
        others = (sessions & them.sessions).bit_count()
        if not (wanted or given or words or words_given or shared or meetings or others):
            return 0.0
        total = fits[them.role]
        if wanted or words:
            total += _met(wanted, them.offer_sectors, words)
        if given or words_given:
            total += _met(given, offer_sectors, words_given) * OFFER_SEEK
        if shared:
            total += (shared if shared < MAX_SECTORS else MAX_SECTORS) * SECTOR
        if meetings or others:
            meetings = meetings if meetings < MAX_SESSIONS else MAX_SESSIONS
            others = min(others, MAX_SESSIONS - meetings)
            total += meetings * MATCHMAKING_SESSION + others * SESSION
        if languages & them.languages:
            return total + LANGUAGE
        return total * NO_LANGUAGE if languages and them.languages else total

    return score


def _met(named: int, in_offer: int, words: int) -> float:
    """How well an offer answers a request: the sectors the request names that the offer
    names (`in_offer`) or its author picked, and the count of plain words they share."""
    in_text = min((named & in_offer).bit_count(), MAX_SECTORS)
    picked_only = min(named.bit_count() - in_text, MAX_SECTORS - in_text)
    return in_text * SEEK_SECTOR + picked_only * SEEK_SECTOR / 2 + min(words, MAX_WORDS) * SEEK_WORD
