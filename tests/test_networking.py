"""Networking profiles, suggestions, meeting requests and the abuse limits, without Telegram."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from bot.networking import MAX_NETWORK_TEXT
from bot.program import Program
from bot.services import Services
from bot.storage.networking import MAX_PENDING
from tests.conftest import at
from tests.matchmaking_support import (
    ECOMMERCE,
    FINANCE,
    handle_of,
    networker,
    networkers,
    with_meeting_tables,
)
from tests.support import delegate, services_at

NOW = at("2018-07-25T09:00:00+08:00")
ASKER, TARGET, THIRD = 501, 502, 503


@pytest.fixture
async def services(tmp_path: Path, program: Program) -> AsyncIterator[Services]:
    async with services_at(tmp_path, with_meeting_tables(program), NOW) as built:
        yield built


async def request(services: Services, from_user: int, to_user: int) -> int:
    outcome = await services.networking.request(from_user, await handle_of(services, to_user))
    assert outcome.kind == "sent" and outcome.request_id is not None, outcome
    return outcome.request_id


async def suggested(services: Services, user_id: int, session_id: str | None = None) -> list[int]:
    matches = await services.networking.suggestions(user_id, session_id)
    return [match.profile.user_id for match in matches]


# ---------------------------------------------------------------- profiles


async def test_saving_opts_in_with_a_random_handle_kept_on_later_saves(services: Services) -> None:
    await networker(services, ASKER, role="investor", sectors=("agri", "materials"))
    profile = await services.networking.views.profile(ASKER)
    assert profile is not None and await services.networking.is_visible(ASKER)
    assert (profile.role, profile.sectors, profile.languages) == (
        "investor",
        ("agri", "materials"),
        ("zh", "en"),
    )
    assert (profile.name, profile.organization) == (f"Delegate {ASKER}", "Org")
    assert len(profile.handle) == 12 and str(ASKER) not in profile.handle
    await networker(services, ASKER, role="buyer")
    again = await services.networking.views.profile(ASKER)
    assert again is not None and again.handle == profile.handle and again.role == "buyer"
    assert await services.networking.by_handle(profile.handle) == again
    await networker(services, TARGET)
    assert (await services.networking.views.profile(TARGET)).handle != profile.handle  # type: ignore[union-attr]


async def test_saving_needs_a_name_and_organization_first(services: Services) -> None:
    outcome = await services.networking.save(
        ASKER, role="buyer", sectors=["agri"], offer="tea", seek="tea", languages=["zh"]
    )
    assert outcome.kind == "needs_profile" and outcome.profile is None
    assert await services.networking.views.profile(ASKER) is None


@pytest.mark.parametrize(
    ("change", "kind"),
    [
        ({"role": "spy"}, "bad_role"),
        ({"sectors": ["agri", "weapons"]}, "bad_sector"),
        ({"languages": []}, "bad_language"),
        ({"languages": ["fr"]}, "bad_language"),
        ({"offer": " \n\t "}, "bad_offer"),
        ({"offer": "x" * (MAX_NETWORK_TEXT + 1)}, "bad_offer"),
        ({"seek": "\u200b"}, "bad_seek"),
        ({"seek": "y" * (MAX_NETWORK_TEXT + 1)}, "bad_seek"),
    ],
)
async def test_saving_refuses_what_is_not_known_or_too_long(
    services: Services, change: dict[str, object], kind: str
) -> None:
    await delegate(services, ASKER)
    fields: dict[str, object] = {
        "role": "buyer",
        "sectors": ["agri"],
        "offer": "tea",
        "seek": "tea",
        "languages": ["zh"],
    }
    outcome = await services.networking.save(ASKER, **(fields | change))  # type: ignore[arg-type]
    assert outcome.kind == kind
    assert await services.networking.views.profile(ASKER) is None


async def test_texts_are_tidied_and_repeats_dropped(services: Services) -> None:
    await delegate(services, ASKER)
    outcome = await services.networking.save(
        ASKER,
        role="buyer",
        sectors=["agri", "agri"],
        offer="  Hunan\x00 tea\n\n and   rice ",
        seek="z" * MAX_NETWORK_TEXT,
        languages=["en", "en"],
    )
    assert outcome.kind == "saved" and outcome.profile is not None
    assert outcome.profile.offer == "Hunan tea and rice"
    assert outcome.profile.seek == "z" * MAX_NETWORK_TEXT
    assert (outcome.profile.sectors, outcome.profile.languages) == (("agri",), ("en",))


async def test_opting_out_hides_at_once_and_opting_in_restores(services: Services) -> None:
    await networkers(services, ASKER, TARGET, THIRD)
    handle = await handle_of(services, TARGET)
    assert await services.networking.set_visible(TARGET, False)
    assert not await services.networking.is_visible(TARGET)
    assert await services.networking.views.profile(TARGET) is not None  # the data stays
    assert await services.networking.by_handle(handle) is None
    assert await suggested(services, ASKER) == [THIRD]
    assert await suggested(services, TARGET) == []
    assert (await services.networking.request(ASKER, handle)).kind == "unavailable"
    third = await handle_of(services, THIRD)
    assert (await services.networking.request(TARGET, third)).kind == "not_opted_in"
    assert await services.networking.set_visible(TARGET, True)
    assert await suggested(services, ASKER) == [TARGET, THIRD]
    assert not await services.networking.set_visible(4242, True)  # never opted in


# ---------------------------------------------------------------- suggestions


async def test_suggestions_carry_the_sessions_signed_up_for_and_can_keep_to_one(
    services: Services,
) -> None:
    await networkers(services, ASKER, TARGET, THIRD)
    await networker(services, 504, sectors=("materials",))  # nothing in common
    await services.signups.sign_up(TARGET, FINANCE)
    await services.signups.sign_up(TARGET, ECOMMERCE, despite_clash=True)
    matches = await services.networking.suggestions(ASKER)
    assert [m.profile.user_id for m in matches] == [TARGET, THIRD]
    assert set(matches[0].profile.sessions) == {FINANCE, ECOMMERCE}
    assert await suggested(services, ASKER, FINANCE) == [TARGET]
    assert await suggested(services, ASKER, ECOMMERCE) == [TARGET]
    assert await services.networking.suggestions(ASKER, limit=1) == matches[:1]


async def test_no_suggestions_for_a_delegate_not_opted_in(services: Services) -> None:
    await networker(services, TARGET)
    await delegate(services, ASKER)
    assert await suggested(services, ASKER) == []


async def test_a_pair_with_any_request_is_never_suggested_again(services: Services) -> None:
    await networkers(services, ASKER, TARGET, THIRD)
    request_id = await request(services, ASKER, TARGET)
    assert await suggested(services, ASKER) == [THIRD]
    assert await suggested(services, TARGET) == [THIRD]  # either way
    assert await services.networking.decline(request_id, TARGET) == "done"
    assert await suggested(services, ASKER) == [THIRD]
    assert await suggested(services, TARGET) == [THIRD]


async def test_a_block_hides_the_pair_from_each_other(services: Services) -> None:
    await networkers(services, ASKER, TARGET, THIRD)
    request_id = await request(services, ASKER, TARGET)
    assert await services.networking.block(request_id, TARGET) == "done"
    assert await suggested(services, ASKER) == [THIRD]
    assert await suggested(services, TARGET) == [THIRD]


# ---------------------------------------------------------------- requests


async def test_a_request_tells_the_target_at_once(services: Services) -> None:
    await networkers(services, ASKER, TARGET)
    outcome = await services.networking.request(ASKER, await handle_of(services, TARGET), FINANCE)
    assert outcome.kind == "sent" and outcome.request_id is not None
    rows = await services.storage.outbox.rows("meeting_request")
    assert [(r["user_id"], r["payload"], r["due_at"]) for r in rows] == [
        (TARGET, f'{{"request": {outcome.request_id}}}', NOW.timestamp())
    ]
    view = await services.networking.views.request_view(outcome.request_id)
    assert view is not None
    assert (view.request.from_user, view.request.to_user) == (ASKER, TARGET)
    assert (view.request.status, view.request.session_id) == ("pending", FINANCE)
    assert view.requester == await services.networking.views.profile(ASKER)
    assert view.target == await services.networking.views.profile(TARGET)
    assert await services.networking.views.request_view(outcome.request_id + 1) is None


async def test_a_session_that_holds_no_meetings_is_not_kept_on_a_request(
    services: Services,
) -> None:
    await networkers(services, ASKER, TARGET)
    handle = await handle_of(services, TARGET)
    outcome = await services.networking.request(ASKER, handle, "tourism-promotion")
    assert outcome.request_id is not None
    view = await services.networking.views.request_view(outcome.request_id)
    assert view is not None and view.request.session_id is None


async def test_each_rule_that_refuses_a_request_is_named(services: Services) -> None:
    await networkers(services, ASKER, TARGET)
    mine, theirs = await handle_of(services, ASKER), await handle_of(services, TARGET)
    ask = services.networking.request
    assert (await ask(ASKER, mine)).kind == "self"
    assert (await ask(ASKER, "no-such-handle")).kind == "unavailable"
    await delegate(services, THIRD)
    assert (await ask(THIRD, theirs)).kind == "not_opted_in"
    await request(services, ASKER, TARGET)
    assert (await ask(ASKER, theirs)).kind == "already"
    assert (await ask(TARGET, mine)).kind == "already"  # one request per pair, either way
    assert len(await services.storage.outbox.rows("meeting_request")) == 1


async def test_a_block_refuses_requests_either_way(services: Services) -> None:
    await networkers(services, ASKER, TARGET, THIRD)
    request_id = await request(services, ASKER, TARGET)
    assert await services.networking.block(request_id, TARGET) == "done"
    assert await services.storage.outbox.rows("meeting_declined") == []  # not told
    view = await services.networking.views.request_view(request_id)
    assert view is not None and view.request.status == "blocked"
    # The blocked delegate is not told why; the one who blocked is.
    asker_asks = await services.networking.request(ASKER, await handle_of(services, TARGET))
    assert asker_asks.kind == "unavailable"
    target_asks = await services.networking.request(TARGET, await handle_of(services, ASKER))
    assert target_asks.kind == "blocked"
    assert await services.networking.views.request_view(request_id) == view


async def test_at_most_ten_pending_requests(services: Services) -> None:
    await networker(services, ASKER)
    targets = [await networker(services, 600 + n) for n in range(MAX_PENDING + 1)]
    sent = [await request(services, ASKER, target) for target in targets[:MAX_PENDING]]
    last = await handle_of(services, targets[-1])
    assert (await services.networking.request(ASKER, last)).kind == "limit"
    # The limit is the asker's: someone else can still ask the last one.
    await networker(services, THIRD)
    assert (await services.networking.request(THIRD, last)).kind == "sent"
    # An answer frees a place.
    assert await services.networking.decline(sent[0], targets[0]) == "done"
    assert (await services.networking.request(ASKER, last)).kind == "sent"
    assert (await services.networking.request(ASKER, await handle_of(services, THIRD))).kind == (
        "limit"
    )


# ---------------------------------------------------------------- decisions


async def test_decline_by_the_target_tells_the_requester(services: Services) -> None:
    await networkers(services, ASKER, TARGET, THIRD)
    request_id = await request(services, ASKER, TARGET)
    assert await services.networking.decline(request_id, ASKER) == "not_yours"
    assert await services.networking.decline(request_id, THIRD) == "not_yours"
    assert await services.storage.outbox.rows("meeting_declined") == []
    assert await services.networking.decline(request_id, TARGET) == "done"
    assert await services.networking.decline(request_id, TARGET) == "gone"  # a double tap
    assert await services.networking.decline(request_id + 9, TARGET) == "gone"
    rows = await services.storage.outbox.rows("meeting_declined")
    assert [(r["user_id"], r["payload"]) for r in rows] == [(ASKER, f'{{"request": {request_id}}}')]
    view = await services.networking.views.request_view(request_id)
    assert view is not None and view.request.status == "declined"
    assert view.request.decided_at == NOW


async def test_only_the_target_blocks_or_reports(services: Services) -> None:
    await networkers(services, ASKER, TARGET, THIRD)
    request_id = await request(services, ASKER, TARGET)
    for act in (services.networking.block, services.networking.report):
        assert await act(request_id, ASKER) == "not_yours"
        assert await act(request_id, THIRD) == "not_yours"
        assert await act(request_id + 9, TARGET) == "gone"
    view = await services.networking.views.request_view(request_id)
    assert view is not None and view.request.status == "pending"
    assert (await services.networking.stats()).reports == []


async def test_a_report_blocks_and_organizers_see_it_once(services: Services) -> None:
    await networkers(services, ASKER, TARGET)
    request_id = await request(services, ASKER, TARGET)
    assert await services.networking.decline(request_id, TARGET) == "done"
    assert await services.networking.report(request_id, TARGET) == "done"
    assert await services.networking.report(request_id, TARGET) == "done"  # a double tap
    stats = await services.networking.stats()
    assert [(r.reporter_name, r.reported_name, r.request_id) for r in stats.reports] == [
        (f"Delegate {TARGET}", f"Delegate {ASKER}", request_id)
    ]
    assert stats.reports[0].created_at == NOW
    assert stats.requests == {"blocked": 1}
    assert (await services.networking.request(TARGET, await handle_of(services, ASKER))).kind == (
        "blocked"
    )


async def test_stats_count_profiles_and_requests(services: Services) -> None:
    await networkers(services, ASKER, TARGET, THIRD, 504)
    await services.networking.set_visible(504, False)
    first = await request(services, ASKER, TARGET)
    await request(services, ASKER, THIRD)
    await request(services, TARGET, THIRD)
    await services.networking.decline(first, TARGET)
    stats = await services.networking.stats()
    assert (stats.visible, stats.hidden) == (3, 1)
    assert stats.requests == {"pending": 2, "declined": 1}
    assert stats.accepted == 0 and stats.meetings == {}
