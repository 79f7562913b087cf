"""What the networking and meeting tests share: a program with matchmaking sessions and
sectors, and delegates who opted in."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from bot.program import Program, Sector
from bot.services import Services
from tests.support import delegate

# The bundled program's three matchmaking sessions, each 2 hours: 8 slots of 15 minutes.
POVERTY = "poverty-alleviation-matchmaking"  # 24 Jul 14:30-16:30
ECOMMERCE = "cross-border-ecommerce"  # 25 Jul 14:30-16:30
FINANCE = "industry-finance-matchmaking"  # 27 Jul 09:30-11:30
MATCHMAKING = (POVERTY, ECOMMERCE, FINANCE)
SECTORS = (
    Sector("agri", "Agriculture", "农业", ("farm produce",), ("农产品",)),
    Sector("materials", "New materials", "新材料"),
    Sector("ecommerce", "E-commerce", "电子商务"),
)


def with_meeting_tables(
    program: Program, tables: int = 20, session_ids: Sequence[str] = MATCHMAKING
) -> Program:
    """The program with the matchmaking sectors, and `tables` meeting tables with 15-minute
    slots at each of `session_ids` and none anywhere else."""
    return replace(
        program,
        sectors=SECTORS,
        sessions=tuple(
            replace(s, tables=tables, slot_minutes=15)
            if s.id in session_ids
            else replace(s, tables=0, slot_minutes=0)
            for s in program.sessions
        ),
    )


async def networker(
    services: Services,
    user_id: int,
    *,
    role: str = "enterprise",
    sectors: Sequence[str] = ("agri",),
    languages: Sequence[str] = ("zh", "en"),
) -> int:
    """A delegate with a name and organization who opted in to networking."""
    await delegate(services, user_id)
    saved = await services.networking.save(
        user_id,
        role=role,
        sectors=sectors,
        offer=f"Offer of {user_id}",
        seek=f"Seek of {user_id}",
        languages=languages,
    )
    assert saved.kind == "saved", saved
    return user_id


async def networkers(services: Services, *user_ids: int) -> None:
    """Delegates who opted in, each with the defaults of `networker`."""
    for user_id in user_ids:
        await networker(services, user_id)


async def handle_of(services: Services, user_id: int) -> str:
    profile = await services.networking.views.profile(user_id)
    assert profile is not None
    return profile.handle
