"""A fake Telegram Bot API HTTP server for end-to-end tests of the real PTB Application.

Why HTTP at all, when ``BotApiEmulator`` could be called in-process: going through PTB's own
``HTTPXRequest`` exercises the exact encoding, status-code-to-exception mapping and
long-polling code paths the bot uses against Telegram. The behaviour itself lives in the
``botapi_emulator`` package so the offline chat mode shares it; this module is only the
transport.
"""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from types import TracebackType
from typing import Any, Self

import pytest
from aiohttp import web
from telegram.ext import Application, ApplicationBuilder
from telegram.request import BaseRequest

from botapi_emulator import BotApiError, JsonDict, UploadedFile
from handlers.transport import make_request
from tests.support import TestBotApi

TEST_TOKEN = "123:TEST"
MAX_UPLOAD_BYTES = 60 * 1024 * 1024  # a little above Telegram's 50 MB bot upload limit

# The emulator's own tests (test_fake_bot_api*.py): its clock, a delegate and a group.
OPENING_DAY = 1_532_390_400.0  # 2018-07-24 08:00 +08:00, the week's first day
USER_ID = 7001
GROUP = {"id": -1001234567890, "type": "supergroup", "title": "Delegates"}


@pytest.fixture
def api() -> TestBotApi:
    """The emulator, its clock stopped at OPENING_DAY; import it as ``api as api``."""
    return TestBotApi(now=lambda: OPENING_DAY)


def make_test_request(
    timeout: float = 5.0, *, transport: str = "aiohttp", for_updates: bool = False
) -> BaseRequest:
    """The bot's own transport (handlers/transport.py), fit for talking to 127.0.0.1.

    ``trust_env=False`` because HTTP clients honour HTTP(S)_PROXY even for loopback
    addresses, so a CI proxy would otherwise swallow every request. Short timeouts make a
    wedged test fail fast instead of hanging. PTB needs two of these (one for getUpdates).
    """
    return make_request(transport, for_updates=for_updates, trust_env=False, timeout=timeout)


def make_application_builder(
    server: FakeBotApiServer, token: str = TEST_TOKEN
) -> ApplicationBuilder:
    """An ApplicationBuilder already pointed at ``server``; add handlers and build."""
    return (
        Application.builder()
        .token(token)
        .base_url(server.base_url)
        .base_file_url(server.base_file_url)
        .request(make_test_request())
        .get_updates_request(make_test_request(for_updates=True))
    )


@asynccontextmanager
async def polling(
    application: Application[Any, Any, Any, Any, Any, Any], *, poll_timeout: int = 1
) -> AsyncIterator[None]:
    """Runs ``application`` with long polling for the duration of the block.

    The order mirrors ``Application.run_polling`` (initialize, poll, start; then the reverse)
    without taking over the event loop, which the test already owns.
    """
    async with application:
        assert application.updater is not None, "build the application with an updater"
        await application.updater.start_polling(poll_interval=0, timeout=poll_timeout)
        await application.start()
        try:
            yield
        finally:
            await application.updater.stop()
            await application.stop()


class FakeBotApiServer:
    """Serves a ``TestBotApi`` over HTTP on 127.0.0.1, the way api.telegram.org would.

    Use as ``async with FakeBotApiServer() as server:`` and point PTB at ``server.base_url``.
    Any token is accepted: tests should not depend on secrets.
    """

    def __init__(
        self, api: TestBotApi | None = None, host: str = "127.0.0.1", port: int = 0
    ) -> None:
        self.api = api if api is not None else TestBotApi()
        self.host = host
        self.port = port
        self._runner: web.AppRunner | None = None
        self._stopping = False

    @property
    def base_url(self) -> str:
        return f"{self._origin()}/bot"

    @property
    def base_file_url(self) -> str:
        return f"{self._origin()}/file/bot"

    async def __aenter__(self) -> Self:
        await self.start()
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        await self.stop()

    async def start(self) -> None:
        if self._runner is not None:
            raise RuntimeError("FakeBotApiServer is already running")
        app = web.Application(client_max_size=MAX_UPLOAD_BYTES)
        app.router.add_route("*", "/bot{token}/{method}", self._handle_method)
        app.router.add_get("/file/bot{token}/{file_path:.+}", self._handle_file)
        # handler_cancellation: a poll whose client hung up must stop waiting, or it would
        # hold the shutdown up; shutdown_timeout is the safety net should anything else hang.
        runner = web.AppRunner(
            app, access_log=None, handler_cancellation=True, shutdown_timeout=2.0
        )
        await runner.setup()
        await web.TCPSite(runner, self.host, self.port).start()
        self._runner = runner
        self.port = runner.addresses[0][1]
        self._stopping = False

    async def stop(self) -> None:
        """Stops serving; an in-flight long poll is answered at once rather than awaited."""
        runner, self._runner = self._runner, None
        if runner is None:
            return
        self._stopping = True
        self.api.interrupt_long_polls()
        await runner.cleanup()

    def _origin(self) -> str:
        if self._runner is None:
            raise RuntimeError("start the FakeBotApiServer before asking for its URL")
        return f"http://{self.host}:{self.port}"

    async def _handle_method(self, request: web.Request) -> web.Response:
        method = request.match_info["method"]
        try:
            params = await read_params(request)
        except BotApiError as error:
            return _json_response(error.error_code, error.to_payload())
        if self._stopping and method.lower() == "getupdates":
            params["timeout"] = 0  # nobody should wait on a server that is going away
        status, payload = await self.api.respond(method, params)
        return _json_response(status, payload)

    async def _handle_file(self, request: web.Request) -> web.Response:
        content = self.api.file_content(request.match_info["file_path"])
        if content is None:
            payload = {"ok": False, "error_code": 404, "description": "Not Found"}
            return _json_response(404, payload)
        return web.Response(body=content, content_type="application/octet-stream")


async def read_params(request: web.Request) -> JsonDict:
    """Collects parameters from wherever Telegram accepts them: the query string, a JSON
    body, or a urlencoded / multipart form (file parts become ``UploadedFile``)."""
    params: JsonDict = dict(request.query)
    if not request.body_exists:
        return params
    if request.content_type == "application/json":
        params.update(await _read_json_object(request))
    elif request.content_type in ("application/x-www-form-urlencoded", "multipart/form-data"):
        form = await request.post()
        for key, value in form.items():
            params[key] = _form_value(value)
    return params


async def _read_json_object(request: web.Request) -> JsonDict:
    try:
        body = await request.json()
    except ValueError:
        raise BotApiError(400, "Bad Request: can't parse JSON request body") from None
    if not isinstance(body, dict):
        raise BotApiError(400, "Bad Request: the JSON request body must be an object")
    return body


def _form_value(value: str | bytes | web.FileField) -> Any:
    if isinstance(value, web.FileField):
        return UploadedFile(
            content=value.file.read(),
            filename=value.filename,
            mime_type=value.content_type,
        )
    return value


def _json_response(status: int, payload: JsonDict) -> web.Response:
    return web.Response(
        text=json.dumps(payload, ensure_ascii=False),
        status=status,
        content_type="application/json",
    )
