"""Webhook mode: the real process receives updates by HTTP POST on loopback and checks
Telegram's secret-token header; replies still go to the (fake) Bot API."""

from __future__ import annotations

import asyncio
import json
import socket
from pathlib import Path

import aiohttp

from bot.storage import Storage
from tests.bot_process import bot_environment, start_bot, stop_bot
from tests.fake_bot_api import FakeBotApiServer

SECRET = "s3cret-Token_1"


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


async def post(url: str, update: dict, secret: str | None) -> int:
    headers = {"Content-Type": "application/json"}
    if secret is not None:
        headers["X-Telegram-Bot-Api-Secret-Token"] = secret
    async with aiohttp.ClientSession(trust_env=False) as session:
        for _ in range(100):  # the bot may still be starting its web server
            try:
                async with session.post(url, data=json.dumps(update), headers=headers) as reply:
                    return reply.status
            except aiohttp.ClientConnectionError:
                await asyncio.sleep(0.1)
    raise AssertionError(f"nothing listens on {url}")


def webhook_environment(server: FakeBotApiServer, database: Path, port: int) -> dict[str, str]:
    """The bot's settings for a webhook on loopback `port`, at 13:00 on the 24th."""
    return bot_environment(
        server,
        database,
        "2018-07-24T13:00:00+08:00",
        WEBHOOK_URL=f"http://127.0.0.1:{port}/telegram-hook",
        WEBHOOK_LISTEN="127.0.0.1",
        WEBHOOK_PORT=str(port),
        WEBHOOK_SECRET=SECRET,
    )


async def test_webhook_answers_real_updates_and_refuses_forged_ones(tmp_path: Path) -> None:
    port = free_port()
    url = f"http://127.0.0.1:{port}/telegram-hook"
    async with FakeBotApiServer() as server:
        api = server.api
        env = webhook_environment(server, tmp_path / "bot.sqlite3", port)
        process = await start_bot(env)
        try:
            registration = await api.wait_for_call(lambda c: c.method == "setWebhook", timeout=30)
            assert registration.params["url"] == url
            assert registration.params["secret_token"] == SECRET
            user = api.make_user(7301, "Chen", "en")
            forged = {
                "update_id": 1,
                "message": {
                    "message_id": 1,
                    "date": 0,
                    "chat": {"id": 7301, "type": "private"},
                    "from": user,
                    "text": "what's next?",
                },
            }
            assert await post(url, forged, secret="wrong") == 403
            assert await post(url, forged, secret=None) == 403
            genuine = {**forged, "update_id": 2}
            assert await post(url, genuine, secret=SECRET) == 200
            reply = await api.wait_for_sent(7301, timeout=10)
            assert "Talent Recruiting" in reply["text"]  # 14:00, next after 13:00
            assert not any(c.method == "getUpdates" for c in api.calls)  # no polling
        finally:
            log = await stop_bot(process)
    assert len(api.messages_to(7301)) == 1  # the forged updates got nothing
    assert SECRET not in log


async def test_webhook_keeps_each_update_before_answering_200_and_answers_it_once(
    tmp_path: Path,
) -> None:
    port = free_port()
    url = f"http://127.0.0.1:{port}/telegram-hook"
    database = tmp_path / "bot.sqlite3"
    async with FakeBotApiServer() as server:
        api = server.api
        env = webhook_environment(server, database, port)
        process = await start_bot(env)
        try:
            await api.wait_for_call(lambda c: c.method == "setWebhook", timeout=30)
            message = {"message_id": 1, "date": 0, "chat": {"id": 7302, "type": "private"}}
            user = api.make_user(7302, "Li", "en")
            update = {"update_id": 5, "message": {**message, "from": user, "text": "what's next?"}}
            assert await post(url, update, secret=SECRET) == 200
            kept = await Storage.open(database)  # another reader, as the command line is
            try:
                assert [json.loads(body)["update_id"] for body in await kept.inbox.pending()] in (
                    [5],
                    [],  # already handled
                )
                await api.wait_for_sent(7302, timeout=10)
                # Telegram sends an update again when it missed the 200: answered once
                assert await post(url, update, secret=SECRET) == 200
                mark = len(api.calls)
                later = {**update, "update_id": 6}
                assert await post(url, later, secret=SECRET) == 200
                await api.wait_for_sent(7302, after=mark, timeout=10)
            finally:
                await kept.close()
        finally:
            await stop_bot(process)
    assert len(api.messages_to(7302)) == 2  # updates 5 and 6, once each
