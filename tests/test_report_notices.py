"""A delegate's Report reaches every organizer through the outbox at once (not only through
/stats): who reported whom, when, and that the pair is blocked; in the organizer's
language, or in both when it is not known. Without organizers the report still stands."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

from bot.clock import Clock
from bot.services import Services
from bot.storage import Profile
from tests.helpers_core import at, bundled_program
from tests.matchmaking_support import handle_of, networker
from tests.support import RecordingDelivery, services_at

NOW = at("2018-07-25T09:05:00+08:00")
ADA, BAO = 8301, 8302
IN_CHINESE, UNKNOWN = 8398, 8399  # an organizer whose app is in Chinese; one never seen
FOOD = ("agriculture-food",)


@asynccontextmanager
async def reported(tmp_path: Path, organizers: frozenset[int]) -> AsyncIterator[Services]:
    """Ada asked Bao for a meeting and Bao reported her; nothing sent yet."""
    clock = Clock(NOW, frozen=True)
    async with services_at(tmp_path, bundled_program(), NOW, organizers, clock) as services:
        services.sender.deliver = RecordingDelivery()
        await services.storage.users.touch(IN_CHINESE, "zh-hans", NOW)
        await networker(services, ADA, sectors=FOOD)
        await networker(services, BAO, role="investor", sectors=FOOD)
        await services.storage.profiles.save(Profile(ADA, "Ada <b>Lovelace</b>", "A & B Co"), NOW)
        await services.storage.profiles.save(Profile(BAO, "包明", "上海浦江银行"), NOW)
        outcome = await services.networking.request(ADA, await handle_of(services, BAO), None)
        assert outcome.request_id is not None
        assert await services.networking.report(outcome.request_id, BAO) == "done"
        yield services


def told(services: Services, user_id: int) -> list[str]:
    delivery = services.sender.deliver
    assert isinstance(delivery, RecordingDelivery)
    return [reply.text for chat, reply in delivery.sent if chat == user_id]


async def test_every_organizer_is_told_who_reported_whom_when_in_their_language(
    tmp_path: Path,
) -> None:
    async with reported(tmp_path, frozenset({IN_CHINESE, UNKNOWN})) as services:
        queued = await services.storage.outbox.rows("network_report")
        assert sorted(row["user_id"] for row in queued) == [IN_CHINESE, UNKNOWN]
        await services.sender.drain()
        [chinese] = told(services, IN_CHINESE)
        assert "包明</b>（上海浦江银行）举报了" in chinese
        assert "Ada &lt;b&gt;Lovelace&lt;/b&gt;</b>（A &amp; B Co）" in chinese
        assert "7月25日（周三） 09:05，<b>包明" in chinese and "互相屏蔽" in chinese
        assert "reported" not in chinese
        [both] = told(services, UNKNOWN)
        english, _, chinese_too = both.partition("\n\n")
        assert "Wed 25 Jul 09:05: <b>包明" in english and "blocked from each other" in english
        assert "<b>包明</b> (上海浦江银行) reported <b>Ada &lt;b&gt;" in english
        assert chinese_too == chinese


async def test_a_second_report_of_the_same_request_tells_nobody_again(tmp_path: Path) -> None:
    async with reported(tmp_path, frozenset({UNKNOWN})) as services:
        [request] = await services.storage.outbox.rows("meeting_request")
        request_id = json.loads(request["payload"])["request"]
        assert await services.networking.report(request_id, BAO) == "done"
        assert len(await services.storage.outbox.rows("network_report")) == 1


async def test_without_organizers_nothing_is_queued_and_the_report_stands(
    tmp_path: Path,
) -> None:
    async with reported(tmp_path, frozenset()) as services:
        assert await services.storage.outbox.rows("network_report") == []
        stats = await services.networking.stats()
        assert [(r.reporter, r.reported) for r in stats.reports] == [(BAO, ADA)]
        assert stats.requests == {"blocked": 1}
        assert await services.networking.suggestions(BAO) == []


async def test_a_report_forgotten_before_it_went_out_is_not_sent(tmp_path: Path) -> None:
    async with reported(tmp_path, frozenset({UNKNOWN})) as services:
        await services.signups.forget(BAO)  # the reporter's /forget takes the report along
        await services.sender.drain()
        assert told(services, UNKNOWN) == []
