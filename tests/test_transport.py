"""The bot's HTTP transport (handlers/transport.py), against real servers on loopback:
forms and uploads arrive intact, timeouts and refused connections become PTB's errors,
proxies come from the environment (read once), and HTTP_TRANSPORT=httpx still works."""

from __future__ import annotations

import asyncio
import socket
import ssl
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from dataclasses import replace

import pytest
from aiohttp import web
from telegram import Bot
from telegram.error import NetworkError, TimedOut

from bot.clock import Clock
from bot.config import Settings
from bot.program import Program
from bot.travel import TravelTimes
from handlers.transport import AiohttpRequest, trusted_authorities
from tests.chat import button, serve_bot
from tests.fake_bot_api import TEST_TOKEN, FakeBotApiServer

Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]


@asynccontextmanager
async def http_server(handler: Handler) -> AsyncIterator[str]:
    """A one-route HTTP server on 127.0.0.1; yields its origin."""
    app = web.Application()
    app.router.add_route("*", "/{tail:.*}", handler)
    runner = web.AppRunner(app, handler_cancellation=True, shutdown_timeout=0.5)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    try:
        yield f"http://127.0.0.1:{runner.addresses[0][1]}"
    finally:
        await runner.cleanup()


@asynccontextmanager
async def initialized(request: AiohttpRequest) -> AsyncIterator[AiohttpRequest]:
    await request.initialize()
    try:
        yield request
    finally:
        await request.shutdown()


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


async def test_messages_and_uploads_reach_the_bot_api_intact() -> None:
    async with FakeBotApiServer() as server:
        server.api.make_user(42, "Ada", "en")
        bot = Bot(TEST_TOKEN, base_url=server.base_url, request=AiohttpRequest(trust_env=False))
        async with bot:
            sent = await bot.send_message(42, "<b>旅游</b> & more", parse_mode="HTML")
            document = await bot.send_document(
                42, b"BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n", filename="week.ics"
            )
    assert sent.text == "旅游 & more"
    assert sent.entities[0].type == "bold"
    assert document.document is not None and document.document.file_name == "week.ics"
    [call] = [c for c in server.api.calls if c.method == "sendDocument"]
    upload = call.params["document"]
    assert upload.content == b"BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n"
    assert upload.filename == "week.ics"


async def test_a_slow_answer_times_out_as_telegram_timed_out() -> None:
    async def never_answers(request: web.Request) -> web.Response:
        await asyncio.sleep(10)
        return web.Response(text="{}")

    async with (
        http_server(never_answers) as origin,
        initialized(AiohttpRequest(read_timeout=0.2, trust_env=False)) as request,
    ):
        started = asyncio.get_running_loop().time()
        with pytest.raises(TimedOut):
            await request.do_request(f"{origin}/bot1:T/getMe", "POST")
        assert asyncio.get_running_loop().time() - started < 5


async def test_no_free_connection_in_time_times_out_without_sending() -> None:
    arrived: list[str] = []
    busy = asyncio.Event()

    async def slow(request: web.Request) -> web.Response:
        arrived.append(request.path)
        busy.set()
        await asyncio.sleep(10)
        return web.Response(text="{}")

    one_connection = AiohttpRequest(
        connection_pool_size=1,
        read_timeout=5,
        pool_timeout=0.2,
        connect_timeout=0.2,
        trust_env=False,
    )
    async with http_server(slow) as origin, initialized(one_connection) as request:
        first = asyncio.create_task(request.do_request(f"{origin}/bot1:T/first", "POST"))
        await asyncio.wait_for(busy.wait(), 5)
        with pytest.raises(TimedOut, match="Connect timeout"):
            await request.do_request(f"{origin}/bot1:T/second", "POST")
        first.cancel()
    assert arrived == ["/bot1:T/first"]  # the second was never sent


async def test_a_refused_connection_is_a_network_error() -> None:
    async with initialized(AiohttpRequest(trust_env=False)) as request:
        with pytest.raises(NetworkError, match="aiohttp"):
            await request.do_request(f"http://127.0.0.1:{free_port()}/bot1:T/getMe", "POST")


async def test_a_request_before_initialize_or_after_shutdown_is_refused() -> None:
    request = AiohttpRequest(trust_env=False)
    with pytest.raises(RuntimeError, match="not initialized"):
        await request.do_request("http://127.0.0.1:9/bot1:T/getMe", "POST")
    async with FakeBotApiServer() as server:
        await request.initialize()
        await request.shutdown()
        with pytest.raises(RuntimeError, match="not initialized"):
            await request.do_request(f"{server.base_url}1:T/getMe", "POST")
        await request.initialize()  # PTB may initialize again after a shutdown
        status, _ = await request.do_request(f"{server.base_url}1:T/getMe", "POST")
        await request.shutdown()
    assert status == 200


async def test_proxy_from_the_environment_is_used_unless_no_proxy_names_the_host(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    seen: list[str] = []

    async def proxy(request: web.Request) -> web.Response:
        seen.append(str(request.url))  # a proxy is asked for the absolute target URL
        return web.json_response({"ok": True, "result": True})

    async def target(request: web.Request) -> web.Response:
        return web.json_response({"ok": True, "result": "direct"})

    for name in ("HTTPS_PROXY", "https_proxy", "ALL_PROXY", "all_proxy"):
        monkeypatch.delenv(name, raising=False)
    async with http_server(proxy) as proxy_origin, http_server(target) as target_origin:
        monkeypatch.setenv("HTTP_PROXY", proxy_origin)
        monkeypatch.setenv("http_proxy", proxy_origin)
        monkeypatch.setenv("NO_PROXY", "127.0.0.1")
        monkeypatch.setenv("no_proxy", "127.0.0.1")
        async with initialized(AiohttpRequest()) as request:
            status, body = await request.do_request(f"{target_origin}/bot1:T/getMe", "POST")
        assert (status, seen) == (200, [])
        assert b"direct" in body

        monkeypatch.setenv("NO_PROXY", "")
        monkeypatch.setenv("no_proxy", "")
        async with initialized(AiohttpRequest()) as request:
            status, _ = await request.do_request("http://bot-api.invalid/bot1:T/getMe", "POST")
        assert status == 200
        assert seen == ["http://bot-api.invalid/bot1:T/getMe"]

        async with initialized(AiohttpRequest(trust_env=False)) as request:
            with pytest.raises(NetworkError):  # the proxy is ignored: the closed port refuses
                await request.do_request(f"http://127.0.0.1:{free_port()}/x", "POST")
        assert len(seen) == 1


def test_tls_trusts_the_system_authorities_and_certifis_bundle() -> None:
    context = trusted_authorities()
    assert context.verify_mode == ssl.CERT_REQUIRED and context.check_hostname
    assert context.cert_store_stats()["x509_ca"] > 0


def test_http_transport_setting_is_checked_by_name() -> None:
    assert Settings.from_env({}).http_transport == "aiohttp"
    assert Settings.from_env({"HTTP_TRANSPORT": "HTTPX"}).http_transport == "httpx"
    with pytest.raises(ValueError, match="HTTP_TRANSPORT='curl'"):
        Settings.from_env({"HTTP_TRANSPORT": "curl"})


async def test_the_bot_still_works_on_ptbs_own_httpx_transport(
    settings: Settings, clock: Clock, program: Program, travel: TravelTimes
) -> None:
    httpx_settings = replace(settings, http_transport="httpx")
    async with (
        FakeBotApiServer() as server,
        serve_bot(server, httpx_settings, clock, program, travel) as bot,
    ):
        application_request = bot.application.bot.request
        assert type(application_request).__name__ == "HTTPXRequest"
        user = bot.user()
        [answer] = await bot.say("when is the tourism promotion?", user=user)
        assert "Tourism" in answer["text"]
        await bot.say("/signup tourism", user=user)
        await bot.say("Ada Lovelace", user=user)
        await bot.say("Analytical Engines Ltd", user=user, expect=2)
        [agenda] = await bot.say("/my", user=user)
        _, document = await bot.press(agenda, button(agenda, "Add to calendar"), expect=2)
        assert document["document"]["file_name"].endswith(".ics")
