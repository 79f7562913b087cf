"""The networking at the front desk, without Telegram: the profile form step by step, what
a delegate can type or press at each step, /network off and on, /matches, requests and
their answers, the meeting in /my and the .ics, and /stats."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from pathlib import Path

import pytest
from icalendar import Calendar

from bot import buttons
from bot.delegate import Delegate
from bot.reply import Reply
from bot.services import Services
from bot.storage import Profile, Storage
from tests.helpers_core import at, bundled_program
from tests.matchmaking_support import networker
from tests.support import delegate, services_at

NOW = at("2018-07-25T09:00:00+08:00")
FOOD = ("agriculture-food",)
FINANCE = "industry-finance-matchmaking"  # Fri 27 Jul 09:30, Kunshan, 20 tables
ADA, BAO, EVE, ORGANIZER = (
    Delegate(8101, "en"),
    Delegate(8102, "zh-hans"),
    Delegate(8103, "en"),
    8199,
)


@pytest.fixture
async def services(tmp_path: Path) -> AsyncIterator[Services]:
    async with services_at(tmp_path, bundled_program(), NOW, frozenset({ORGANIZER})) as opened:
        yield opened


def data_of(reply: Reply, label: str) -> str:
    found = [b.data for row in reply.buttons for b in row if label in b.label]
    assert len(found) == 1, (label, [b.label for row in reply.buttons for b in row])
    return found[0]


async def say(services: Services, who: Delegate, text: str) -> Reply:
    return (await services.front.respond(who, text)).reply


async def press(services: Services, who: Delegate, reply: Reply, label: str) -> Reply:
    return await services.front.press(who, data_of(reply, label))


async def fill_in(services: Services, who: Delegate, offer: str, seek: str) -> Reply:
    """/network through its five steps: Hunan enterprise, new materials, the texts, English."""
    roles = await say(services, who, "/network")
    sectors = await press(services, who, roles, "Hunan enterprise")
    sectors = await press(services, who, sectors, "New materials")
    ask_offer = await press(services, who, sectors, "Done")
    assert "Step 3 of 5" in ask_offer.plain
    ask_seek = await say(services, who, offer)
    assert "Step 4 of 5" in ask_seek.plain
    languages = await say(services, who, seek)
    return await press(services, who, languages, "Done")


async def up_to_the_offer(services: Services, who: Delegate) -> Reply:
    """/network by buttons as far as the first typed answer: role Other, Biomedicine."""
    await delegate(services, who.id)
    roles = await say(services, who, "/network")
    sectors = await press(services, who, await press(services, who, roles, "Other"), "Biomedicine")
    return await press(services, who, sectors, "Done")


# ---------------------------------------------------------------- the form


async def test_without_a_name_network_asks_it_first(services: Services) -> None:
    reply = await say(services, ADA, "/network")
    assert "I need them first" in reply.plain and "full name" in reply.plain
    assert await services.storage.network_drafts.get(ADA.id) is None


async def test_the_form_starts_by_itself_once_the_name_questions_network_asked_are_done(
    tmp_path: Path,
) -> None:
    program = bundled_program()
    async with services_at(tmp_path, program, NOW) as first:
        asked = await say(first, ADA, "/network")
        assert "full name" in asked.plain and "send /network again" not in asked.plain
        organization = await say(first, ADA, "Ada Lovelace")
        assert "organization" in organization.plain and organization.follow_up is None
    async with services_at(tmp_path, program, NOW) as second:  # remembered over a restart
        saved = await say(second, ADA, "Xiangtan Heavy Machinery")
        assert "Thanks, Ada Lovelace" in saved.plain
        assert saved.follow_up is not None and "Step 1 of 5" in saved.follow_up.plain
        sectors = await press(second, ADA, saved.follow_up, "Hunan enterprise")
        assert "Step 2 of 5" in sectors.plain


async def test_the_people_to_meet_button_leads_to_the_form_after_the_name_questions(
    services: Services,
) -> None:
    card = await services.front.card(ADA, FINANCE, "en", "info")
    join = await press(services, ADA, await press(services, ADA, card, "People to meet"), "Join")
    assert "full name" in join.plain
    await say(services, ADA, "Ada Lovelace")
    saved = await say(services, ADA, "Xiangtan Heavy Machinery")
    assert saved.follow_up is not None and "Step 1 of 5" in saved.follow_up.plain


async def test_name_questions_not_asked_by_network_do_not_open_its_form(
    services: Services,
) -> None:
    await say(services, ADA, "/network")
    await say(services, ADA, "/stop")
    await say(services, ADA, "/profile")  # asked again, for themselves this time
    await say(services, ADA, "Ada Lovelace")
    saved = await say(services, ADA, "Xiangtan Heavy Machinery")
    assert "Thanks, Ada Lovelace" in saved.plain and saved.follow_up is None
    assert await services.storage.network_drafts.get(ADA.id) is None


async def test_the_form_saves_a_profile_others_can_see(services: Services) -> None:
    await delegate(services, ADA.id)
    saved = await fill_in(services, ADA, "Graphene coatings", "Investors for a new plant")
    assert "networking profile is on" in saved.plain
    profile = await services.networking.views.profile(ADA.id)
    assert profile is not None
    assert (profile.role, profile.sectors, profile.offer, profile.seek, profile.languages) == (
        "enterprise",
        ("new-materials",),
        "Graphene coatings",
        "Investors for a new plant",
        ("en",),
    )
    shown = await say(services, ADA, "/network")
    assert "Your networking profile" in shown.plain and "Graphene coatings" in shown.plain
    assert "tg://" not in shown.text  # what others see carries no Telegram contact


async def test_choices_are_ticked_in_place_and_done_needs_one(services: Services) -> None:
    await delegate(services, ADA.id)
    roles = await say(services, ADA, "/network")
    sectors = await press(services, ADA, roles, "Buyer or trader")
    empty = await press(services, ADA, sectors, "Done")
    assert empty.alert and "at least one" in empty.plain
    ticked = await press(services, ADA, sectors, "Logistics")
    assert ticked.edits and "✓ Logistics" in str(ticked.buttons)
    unticked = await press(services, ADA, ticked, "Logistics")
    assert "✓" not in str(unticked.buttons)
    stale = await press(services, ADA, roles, "Investor")  # the role step is behind us
    assert stale.alert


async def test_a_text_that_cannot_be_an_offer_is_refused_with_the_reason(
    services: Services,
) -> None:
    await up_to_the_offer(services, ADA)
    too_long = await say(services, ADA, "x" * 201)
    assert "201 characters" in too_long.plain and "200" in too_long.plain
    sticker = await services.front.not_text(ADA)
    assert "type what you offer" in sticker.plain
    draft = await services.storage.network_drafts.get(ADA.id)
    assert draft is not None and draft.step == "offer" and draft.offer == ""


async def test_a_question_at_the_prompt_is_answered_and_the_step_comes_back(
    services: Services,
) -> None:
    await up_to_the_offer(services, ADA)
    answered = await say(services, ADA, "where is the tourism promotion?")
    assert "Tourism Promotion" in answered.plain
    assert (
        answered.follow_up is not None and "waiting for what you offer" in answered.follow_up.plain
    )
    go_on = await press(services, ADA, answered.follow_up, "Go on")
    assert "Step 3 of 5" in go_on.plain
    after_command = await say(services, ADA, "/themes")
    assert after_command.follow_up is not None
    stopped = await say(services, ADA, "/stop")
    assert "unchanged" in stopped.plain
    assert await services.networking.views.profile(ADA.id) is None


async def test_the_form_survives_a_restart(tmp_path: Path) -> None:
    program = bundled_program()
    async with services_at(tmp_path, program, NOW) as first:
        await delegate(first, ADA.id)
        roles = await say(first, ADA, "/network")
        sectors = await press(first, ADA, await press(first, ADA, roles, "Other"), "Logistics")
        await press(first, ADA, sectors, "Done")
    async with services_at(tmp_path, program, NOW) as second:
        asked = await say(second, ADA, "Cold-chain warehouses in Changsha")
        assert "Step 4 of 5" in asked.plain


async def test_changing_the_profile_keeps_each_answer_with_one_tap(services: Services) -> None:
    await delegate(services, ADA.id)
    await fill_in(services, ADA, "Graphene coatings", "Investors")
    shown = await say(services, ADA, "/network")
    roles = await press(services, ADA, shown, "Change it")
    assert "✓ Hunan enterprise" in str(roles.buttons)
    sectors = await press(services, ADA, roles, "Hunan enterprise")
    ask_offer = await press(services, ADA, sectors, "Done")
    assert "Graphene coatings" in ask_offer.plain
    ask_seek = await press(services, ADA, ask_offer, "Keep it")
    languages = await say(services, ADA, "Bank loans")
    await press(services, ADA, languages, "Done")
    profile = await services.networking.views.profile(ADA.id)
    assert profile is not None and (profile.offer, profile.seek) == (
        "Graphene coatings",
        "Bank loans",
    )
    assert "Step 4 of 5" in ask_seek.plain


async def test_network_off_hides_at_once_and_on_shows_again(services: Services) -> None:
    assert "no networking profile" in (await say(services, ADA, "/network off")).plain
    await networker(services, ADA.id, sectors=FOOD)
    await networker(services, BAO.id, sectors=FOOD)
    assert "hidden" in (await say(services, ADA, "/network off")).plain
    assert await services.networking.suggestions(BAO.id) == []
    assert "hidden" in (await say(services, ADA, "/matches")).plain
    assert "visible again" in (await say(services, ADA, "/network on")).plain
    assert [m.profile.user_id for m in await services.networking.suggestions(BAO.id)] == [ADA.id]
    assert "isn't something /network knows" in (await say(services, ADA, "/network maybe")).plain


# ---------------------------------------------------------------- suggestions and requests


async def test_matches_need_an_opt_in_and_a_card_offers_people_to_meet(
    services: Services,
) -> None:
    join = await say(services, ADA, "/matches")
    assert "joined the networking" in join.plain and "Join the networking" in str(join.buttons)
    card = await services.front.card(ADA, FINANCE, "en", "info")
    people = await press(services, ADA, card, "People to meet")
    assert people.plain == join.plain
    ended = await services.front.card(ADA, "talent-recruiting", "en", "info")
    assert "People to meet" not in str(ended.buttons)  # not a matchmaking session


async def test_a_request_accepted_gives_both_the_contact_and_a_slot(services: Services) -> None:
    await networker(services, ADA.id, role="enterprise", sectors=FOOD)
    await networker(services, BAO.id, role="investor", sectors=FOOD)
    suggested = await say(services, ADA, "/matches")
    assert "Meet #1" in str(suggested.buttons) and str(BAO.id) not in str(suggested.buttons)
    sent = await press(services, ADA, suggested, "Meet #1")
    assert "Request sent" in sent.plain
    again = await press(services, ADA, suggested, "Meet #1")
    assert "already a request" in again.plain

    [notice] = await services.storage.outbox.rows("meeting_request")
    assert notice["user_id"] == BAO.id
    request_id = json.loads(notice["payload"])["request"]
    accept = buttons.encode("answer_request", f"accept.{request_id}", owner=BAO.id)
    forged = await services.front.press(EVE, accept)
    assert forged.alert and "someone else" in forged.plain
    accepted = await services.front.press(BAO, accept)
    assert "见面已确认" in accepted.plain and "1 号桌" in accepted.plain
    assert f"tg://user?id={ADA.id}" in accepted.text

    agenda = await say(services, ADA, "/my")
    assert "Meetings" in agenda.plain and "table 1" in agenda.plain
    calendar = await press(services, ADA, agenda, "Add to calendar")
    assert calendar.document is not None
    events = Calendar.from_ical(calendar.document.content).walk("VEVENT")
    assert [str(e["summary"]) for e in events] == ["Meeting: Delegate 8102 (Org)"]


async def test_suggestions_see_every_change_at_once_even_from_another_process(
    services: Services,
) -> None:
    await networker(services, ADA.id, sectors=FOOD)
    await networker(services, BAO.id, sectors=FOOD)

    async def suggested() -> list[tuple[str, tuple[str, ...]]]:
        found = await services.networking.suggestions(BAO.id)
        return [(m.profile.name, m.profile.sessions) for m in found]

    assert await suggested() == [("Delegate 8101", ())]
    await services.signups.save_profile(ADA.id, "Ada Lovelace", "Org")
    await services.signups.sign_up(ADA.id, FINANCE)
    assert await suggested() == [("Ada Lovelace", (FINANCE,))]
    other = await Storage.open(services.storage.path)  # the command line, say
    try:
        await other.profiles.save(Profile(ADA.id, "Ada King", "Org"), NOW)
    finally:
        await other.close()
    assert await suggested() == [("Ada King", (FINANCE,))]
    await services.networking.set_visible(ADA.id, False)
    assert await suggested() == []


@pytest.mark.parametrize(
    ("verb", "said", "status"),
    [
        ("decline", "婉拒", "declined"),
        ("block", "已屏蔽", "blocked"),
        ("report", "已报告给主办方", "blocked"),
    ],
)
async def test_declining_blocking_and_reporting_are_said_and_done_once(
    services: Services, verb: str, said: str, status: str
) -> None:
    await networker(services, ADA.id, sectors=FOOD)
    await networker(services, BAO.id, role="investor", sectors=FOOD)
    suggested = await say(services, ADA, "/matches")
    await press(services, ADA, suggested, "Meet #1")
    [notice] = await services.storage.outbox.rows("meeting_request")
    request_id = json.loads(notice["payload"])["request"]
    data = buttons.encode("answer_request", f"{verb}.{request_id}", owner=BAO.id)
    answered = await services.front.press(BAO, data)
    assert said in answered.plain
    request = await services.storage.networking.get_request(request_id)
    assert request is not None and request.status == status
    again = await services.front.press(BAO, data)  # a second tap: refused, or the same
    assert again.alert or said in again.plain
    assert (await services.storage.networking.get_request(request_id)) == request
    assert await services.networking.suggestions(BAO.id) == []
    stats = await services.networking.stats()
    assert len(stats.reports) == (1 if verb == "report" else 0)
