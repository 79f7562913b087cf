"""/venue's lookup: the sessions at the hall or building a delegate names, however loosely."""

from __future__ import annotations

from collections import defaultdict

from rapidfuzz import fuzz, process

from bot.program import Program, Session
from bot.textnorm import has_cjk, normalize


class VenueFinder:
    """Halls, buildings and their aliases of one program; immutable after construction."""

    def __init__(self, program: Program) -> None:
        self._venues = _build_venues(program)
        self._venue_names = list(self._venues)

    def find(self, text: str) -> list[Session]:
        """Sessions at the venue or building best matching `text` (for /venue), in time order.

        On a tie the name closest in length wins: "Huaqiao" finds the building with all
        its halls, a hall's full name finds just that hall.
        """
        if not text.strip():
            return []
        query = normalize(text)
        # token_set_ratio ignores word order and extra words; Chinese has no spaces to split on
        scorer = fuzz.partial_ratio if has_cjk(query) else fuzz.token_set_ratio
        found = process.extract(
            query, self._venue_names, scorer=scorer, score_cutoff=70, limit=None
        )
        if not found:
            return []
        name = max(found, key=lambda hit: (hit[1], -abs(len(hit[0]) - len(query))))[0]
        return sorted(self._venues[name], key=lambda s: (s.start, s.id))


def _build_venues(program: Program) -> dict[str, list[Session]]:
    """Sessions by hall, by building and by the building's aliases, for /venue."""
    venues: dict[str, list[Session]] = defaultdict(list)
    aliases = {
        venue.name: (venue.name_zh, *venue.aliases, *venue.aliases_zh) for venue in program.venues
    }
    for session in program.sessions:
        names = (
            session.venue,
            session.venue_zh,
            session.building,
            session.building_zh,
            *aliases.get(session.building, ()),
        )
        for name in dict.fromkeys(normalize(name) for name in names):
            venues[name].append(session)
    return venues
