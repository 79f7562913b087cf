"""Who a delegate should meet: networking profiles and the pure scoring of a pair.

FIRST CUT (to be replaced by the full scoring): sector overlap only.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable
from dataclasses import dataclass
from typing import Literal

from bot.program import Program

Role = Literal["enterprise", "investor", "buyer", "government", "services", "other"]
ROLES: tuple[Role, ...] = ("enterprise", "investor", "buyer", "government", "services", "other")
Language = Literal["zh", "en"]
LANGUAGES: tuple[Language, ...] = ("zh", "en")

ReasonKind = Literal["seek_offer", "offer_seek", "roles", "sectors", "session", "language"]


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
    words: the other words both texts share); offer_seek: the other way round;
    roles: our roles complement each other; sectors: sectors we share; session: a
    session we are both signed up for; language: a language we both speak."""

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


class Matchmaker:
    """Scores pairs of profiles against one program (its sectors and sessions)."""

    def __init__(self, program: Program) -> None:
        self._program = program

    def score(self, me: NetworkProfile, other: NetworkProfile) -> Match | None:
        """The pair's score and reasons; None when they have nothing in common."""
        shared = tuple(s for s in me.sectors if s in other.sectors)
        if not shared:
            return None
        return Match(other, float(len(shared)), (Reason("sectors", sectors=shared),))

    def suggest(
        self,
        me: NetworkProfile,
        others: Iterable[NetworkProfile],
        *,
        exclude: Collection[int] = (),
        limit: int = 5,
    ) -> list[Match]:
        """Up to `limit` delegates worth meeting, best first; never `me` nor `exclude`."""
        matches = [
            match
            for other in others
            if other.user_id != me.user_id and other.user_id not in exclude
            if (match := self.score(me, other)) is not None
        ]
        matches.sort(key=lambda match: (-match.score, match.profile.user_id))
        return matches[:limit]
