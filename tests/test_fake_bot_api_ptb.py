"""Tests of a real PTB Application talking to the Bot API emulator over HTTP, and of the
emulator's HTTP layer.

The round-trip tests matter most: they prove that what the emulator returns is something
python-telegram-bot accepts, and that its errors become the exceptions the bot handles.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator
from typing import Any

import aiohttp
import pytest
import pytest_asyncio
from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.constants import ParseMode
from telegram.error import BadRequest, Forbidden, RetryAfter
from telegram.ext import (
    Application,
    CallbackQueryHandler,
    CommandHandler,
    ContextTypes,
    MessageHandler,
    filters,
)

from tests.fake_bot_api import (
    GROUP,
    TEST_TOKEN,
    USER_ID,
    FakeBotApiServer,
    make_application_builder,
    polling,
)
from tests.fake_bot_api import api as api  # the emulator fixture, shared
from tests.support import TestBotApi, until

pytestmark = pytest.mark.asyncio

MENU_DATA = "d:2018-07-24"

App = Application[Any, Any, Any, Any, Any, Any]


# ------------------------------------------------------------------------------ fixtures


@pytest_asyncio.fixture
async def server(api: TestBotApi) -> AsyncIterator[FakeBotApiServer]:
    async with FakeBotApiServer(api) as running:
        yield running


@pytest.fixture
def app(server: FakeBotApiServer) -> App:
    application = make_application_builder(server).build()
    application.add_handler(CommandHandler("start", _start))
    application.add_handler(CommandHandler("menu", _menu))
    application.add_handler(CallbackQueryHandler(_on_button))
    application.add_handler(MessageHandler(filters.TEXT & ~filters.COMMAND, _echo))
    return application


async def _start(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    assert update.effective_message is not None
    await update.effective_message.reply_html("<b>Welcome</b>, delegate!")


async def _menu(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    assert update.effective_message is not None
    keyboard = InlineKeyboardMarkup([[InlineKeyboardButton("Day 1", callback_data=MENU_DATA)]])
    await update.effective_message.reply_text("Pick a day", reply_markup=keyboard)


async def _on_button(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    query = update.callback_query
    assert query is not None
    await query.answer("Loading")
    await query.edit_message_text(f"You chose {query.data}")


async def _echo(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    assert update.effective_message is not None
    await update.effective_message.reply_text(update.effective_message.text or "")


# ---------------------------------------------------------- a real PTB Application over HTTP


async def test_echo_and_start_round_trip(api: TestBotApi, app: App) -> None:
    user = api.make_user(USER_ID)
    async with polling(app):
        api.push_message(user, "Hello, 长沙")
        echoed = await api.wait_for_sent(USER_ID)
        assert echoed["text"] == "Hello, 长沙"

        mark = len(api.calls)
        api.push_message(user, "/start")
        welcome = await api.wait_for_sent(USER_ID, after=mark)
        assert welcome["text"] == "Welcome, delegate!"
        assert welcome["entities"] == [{"type": "bold", "offset": 0, "length": 7}]

        mark = len(api.calls)
        api.push_message(user, "hi all", chat=GROUP)
        assert (await api.wait_for_sent(GROUP["id"], after=mark))["text"] == "hi all"
    assert [call.method for call in api.calls[:2]] == ["getMe", "deleteWebhook"]


async def test_callback_query_round_trip(api: TestBotApi, app: App) -> None:
    user = api.make_user(USER_ID)
    async with polling(app):
        api.push_message(user, "/menu")
        menu = await api.wait_for_sent(USER_ID)
        mark = len(api.calls)
        api.push_callback(user, menu, MENU_DATA)
        edit = await api.wait_for_call(lambda call: call.method == "editMessageText", after=mark)
    assert edit.ok
    assert api.messages_to(USER_ID)[0]["text"] == f"You chose {MENU_DATA}"
    answer = next(iter(api.callback_answers.values()))
    assert answer["text"] == "Loading"


# PTB itself warns when it builds RetryAfter with an int (until PTB_TIMEDELTA=1 is set).
@pytest.mark.filterwarnings("ignore::telegram.warnings.PTBDeprecationWarning")
async def test_flood_control_surfaces_as_retry_after(api: TestBotApi, app: App) -> None:
    api.fail_next("sendMessage", 429, "Too Many Requests: retry after 3", retry_after=3)
    async with app:
        with pytest.raises(RetryAfter, match="3"):
            await app.bot.send_message(USER_ID, "too fast")
        await app.bot.send_message(USER_ID, "fine again")


async def test_blocked_user_surfaces_as_forbidden(api: TestBotApi, app: App) -> None:
    api.block_chat(USER_ID)
    async with app:
        with pytest.raises(Forbidden, match="blocked"):
            await app.bot.send_message(USER_ID, "anyone there?")


async def test_bad_html_surfaces_as_bad_request(api: TestBotApi, app: App) -> None:
    async with app:
        # PTB drops the "Bad Request: " prefix and capitalises the rest.
        with pytest.raises(BadRequest, match="Can't parse entities: can't find end tag"):
            await app.bot.send_message(USER_ID, "<b>unclosed", parse_mode=ParseMode.HTML)


async def test_documents_upload_and_download(api: TestBotApi, app: App) -> None:
    async with app:
        message = await app.bot.send_document(USER_ID, document=b"%PDF-1.4", filename="map.pdf")
        assert message.document is not None
        assert message.document.file_name == "map.pdf"
        assert api.sent[-1]["_document_bytes"] == b"%PDF-1.4"
        file = await app.bot.get_file(message.document.file_id)
        assert bytes(await file.download_as_bytearray()) == b"%PDF-1.4"


# ------------------------------------------------------------------------ the HTTP layer


async def test_server_reads_json_query_and_reports_errors(server: FakeBotApiServer) -> None:
    url = f"{server.base_url}{TEST_TOKEN}"
    async with aiohttp.ClientSession() as session:
        async with session.post(f"{url}/sendMessage", json={"chat_id": 5, "text": "hi"}) as reply:
            assert (reply.status, (await reply.json())["result"]["text"]) == (200, "hi")
        async with session.get(f"{url}/sendMessage?chat_id=5&text=q") as reply:
            assert (await reply.json())["result"]["text"] == "q"
        server.api.fail_next("getMe", 429, "Too Many Requests: retry after 9", retry_after=9)
        async with session.get(f"{url}/getMe") as reply:
            body = await reply.json()
        assert (reply.status, body["ok"], body["parameters"]) == (429, False, {"retry_after": 9})


async def test_stop_answers_a_pending_long_poll_at_once() -> None:
    server = FakeBotApiServer()
    await server.start()
    url = f"{server.base_url}{TEST_TOKEN}/getUpdates?timeout=30"
    async with aiohttp.ClientSession() as session:
        poll = asyncio.create_task(session.get(url))
        await until(lambda: server.api.long_poll_pending)
        started = time.monotonic()
        await server.stop()
        async with await asyncio.wait_for(poll, 1) as reply:
            assert await reply.json() == {"ok": True, "result": []}
    assert time.monotonic() - started < 1
