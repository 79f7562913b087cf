"""Tests of the Bot API emulator itself, called directly rather than over HTTP.

A real PTB Application talking to it over HTTP is tested in test_fake_bot_api_ptb.py.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable
from typing import Any

import pytest

from botapi_emulator import BotApiError, BotCall, UploadedFile
from botapi_emulator.protocol import decode_params
from botapi_emulator.telegram_html import parse_html
from tests.fake_bot_api import GROUP, OPENING_DAY, USER_ID
from tests.fake_bot_api import api as api  # the emulator fixture, shared
from tests.support import TestBotApi, until

pytestmark = pytest.mark.asyncio


# ------------------------------------------------------------------------------ helpers


def _sent_to(chat_id: int) -> Callable[[BotCall], bool]:
    def matches(call: BotCall) -> bool:
        return call.ok and call.method == "sendMessage" and call.params["chat_id"] == chat_id

    return matches


# ------------------------------------------------------------------- the emulator, pure


async def test_get_me_is_case_insensitive_and_recorded(api: TestBotApi) -> None:
    me = await api.call("GETME", {})
    assert me["is_bot"] is True
    assert api.calls[-1].method == "getMe"
    assert api.calls[-1].result == me


async def test_unknown_method_is_not_found(api: TestBotApi) -> None:
    with pytest.raises(BotApiError) as caught:
        await api.call("sendTelepathy", {})
    assert caught.value.error_code == 404
    assert api.calls[-1].error is caught.value


@pytest.mark.parametrize(
    ("params", "description"),
    [
        ({"text": "hi"}, "Bad Request: chat_id is empty"),
        ({"chat_id": USER_ID}, "Bad Request: message text is empty"),
        ({"chat_id": USER_ID, "text": "x" * 4097}, "Bad Request: message is too long"),
    ],
)
async def test_send_message_rejects_bad_requests(
    api: TestBotApi, params: dict[str, Any], description: str
) -> None:
    with pytest.raises(BotApiError) as caught:
        await api.call("sendMessage", params)
    assert (caught.value.error_code, caught.value.description) == (400, description)


async def test_send_message_returns_full_message_with_per_chat_ids(api: TestBotApi) -> None:
    first = await api.call("sendMessage", {"chat_id": str(USER_ID), "text": "one"})
    second = await api.call("sendMessage", {"chat_id": USER_ID, "text": "two"})
    other = await api.call("sendMessage", {"chat_id": 42, "text": "three"})
    assert (first["message_id"], second["message_id"], other["message_id"]) == (1, 2, 1)
    assert first["from"]["id"] == api.bot_user["id"]
    assert first["chat"] == {"id": USER_ID, "type": "private", "first_name": f"User {USER_ID}"}
    assert first["date"] == int(OPENING_DAY)
    assert [message["text"] for message in api.messages_to(USER_ID)] == ["one", "two"]


async def test_html_becomes_plain_text_with_utf16_entities(api: TestBotApi) -> None:
    params = {"chat_id": USER_ID, "text": "😀 <b>长沙</b> &amp; <i>co</i>", "parse_mode": "HTML"}
    message = await api.call("sendMessage", params)
    assert message["text"] == "😀 长沙 & co"
    assert message["entities"] == [
        {"type": "bold", "offset": 3, "length": 2},  # the emoji is two UTF-16 units
        {"type": "italic", "offset": 8, "length": 2},
    ]
    assert api.sent[-1]["_source_text"] == params["text"]


@pytest.mark.parametrize(
    "text",
    [
        "<b>unclosed",
        "Ticket price < 100 yuan",  # unescaped user data
        "a <br> b",
        "stray </i>",
        "<b>crossed</i>",
        "<span>needs a class</span>",
        "<b",
    ],
)
async def test_invalid_html_is_rejected_like_telegram(text: str) -> None:
    with pytest.raises(BotApiError) as caught:
        parse_html(text)
    assert caught.value.error_code == 400
    assert caught.value.description.startswith("Bad Request: can't parse entities: ")


async def test_html_details_match_telegram() -> None:
    assert parse_html("AT&T &nbsp; &#20013; &lt;b&gt;") == ("AT&T &nbsp; 中 <b>", [])
    text, entities = parse_html('<a href="https://x.cn/?a=1&amp;b=2">map</a>')
    assert (text, entities[0]["url"]) == ("map", "https://x.cn/?a=1&b=2")
    text, entities = parse_html('<pre><code class="language-py">x = 1</code></pre>')
    assert entities == [{"type": "pre", "offset": 0, "length": 5, "language": "py"}]
    _, entities = parse_html(
        '<span class="tg-spoiler">s</span><blockquote expandable>q</blockquote>'
    )
    assert [entity["type"] for entity in entities] == ["spoiler", "expandable_blockquote"]


@pytest.mark.parametrize(
    ("data", "valid"),
    [("x" * 64, True), ("x" * 65, False), ("会" * 21, True), ("会" * 22, False), ("", False)],
)
async def test_callback_data_is_limited_to_64_utf8_bytes(
    api: TestBotApi, data: str, valid: bool
) -> None:
    markup = {"inline_keyboard": [[{"text": "Go", "callback_data": data}]]}
    call = api.call("sendMessage", {"chat_id": USER_ID, "text": "t", "reply_markup": markup})
    if valid:
        assert (await call)["reply_markup"] == markup
        return
    with pytest.raises(BotApiError, match="BUTTON_DATA_INVALID"):
        await call


async def test_reply_keyboards_are_kept_but_not_echoed(api: TestBotApi) -> None:
    markup = {"keyboard": [[{"text": "Share location", "request_location": True}]]}
    message = await api.call("sendMessage", {"chat_id": 1, "text": "t", "reply_markup": markup})
    assert "reply_markup" not in message  # PTB would fail to read it as an inline keyboard
    assert api.sent[-1]["_reply_markup"] == markup


async def test_decode_params_undoes_ptb_form_encoding() -> None:
    raw = {
        "chat_id": "-1001",
        "text": "123",
        "reply_markup": '{"inline_keyboard": []}',
        "disable_notification": "true",
        "callback_query_id": "77",
    }
    assert decode_params(raw) == {
        "chat_id": -1001,
        "text": "123",
        "reply_markup": {"inline_keyboard": []},
        "disable_notification": True,
        "callback_query_id": "77",
    }
    assert decode_params({"chat_id": "@hunan_week"}) == {"chat_id": "@hunan_week"}


async def test_pushed_commands_carry_a_bot_command_entity(api: TestBotApi) -> None:
    user = api.make_user(USER_ID)
    update = api.push_message(user, "/start@test_bot agenda")
    message = update["message"]
    assert message["entities"] == [{"type": "bot_command", "offset": 0, "length": 15}]
    assert message["chat"] == {"id": USER_ID, "type": "private", "first_name": "Delegate"}
    assert "entities" not in api.push_message(user, "hello /start")["message"]
    in_group = api.push_message(user, "hi all", chat=GROUP)["message"]
    assert (in_group["chat"], in_group["message_id"]) == (GROUP, 1)


async def test_get_updates_acknowledges_below_offset_and_limits(api: TestBotApi) -> None:
    user = api.make_user(USER_ID)
    ids = [api.push_message(user, f"m{n}")["update_id"] for n in range(3)]
    first_two = await api.call("getUpdates", {"limit": "2"})
    assert [update["update_id"] for update in first_two] == ids[:2]
    rest = await api.call("getUpdates", {"offset": str(ids[1] + 1)})
    assert [update["update_id"] for update in rest] == ids[2:]
    assert await api.call("getUpdates", {"offset": ids[2] + 1}) == []
    assert api.pending_updates() == []


async def test_long_poll_returns_as_soon_as_an_update_arrives(api: TestBotApi) -> None:
    poll = asyncio.create_task(api.call("getUpdates", {"timeout": 5}))
    await until(lambda: api.long_poll_pending)
    api.push_message(api.make_user(USER_ID), "ping")
    updates = await asyncio.wait_for(poll, 1)
    assert updates[0]["message"]["text"] == "ping"


async def test_long_poll_times_out_empty(api: TestBotApi) -> None:
    started = time.monotonic()
    assert await api.call("getUpdates", {"timeout": 0.05}) == []
    assert time.monotonic() - started < 1


async def test_newer_poll_terminates_older_one(api: TestBotApi) -> None:
    older = asyncio.create_task(api.call("getUpdates", {"timeout": 5}))
    await until(lambda: api.long_poll_pending)
    assert await api.call("getUpdates", {"timeout": 0}) == []
    with pytest.raises(BotApiError) as caught:
        await asyncio.wait_for(older, 1)
    assert caught.value.error_code == 409


async def test_interrupt_ends_a_long_poll(api: TestBotApi) -> None:
    poll = asyncio.create_task(api.call("getUpdates", {"timeout": 5}))
    await until(lambda: api.long_poll_pending)
    api.interrupt_long_polls()
    assert await asyncio.wait_for(poll, 1) == []


async def test_opt_in_update_types_need_allowed_updates(api: TestBotApi) -> None:
    api.push_update({"chat_member": {"chat": GROUP}})
    assert await api.call("getUpdates", {}) == []
    updates = await api.call("getUpdates", {"allowed_updates": '["chat_member"]'})
    assert list(updates[0]) == ["update_id", "chat_member"]


async def test_commands_are_stored_per_scope_and_language(api: TestBotApi) -> None:
    commands = [{"command": "start", "description": "Begin"}]
    chinese = [{"command": "start", "description": "开始"}]
    await api.call("setMyCommands", {"commands": commands})
    await api.call("setMyCommands", {"commands": chinese, "language_code": "zh"})
    assert await api.call("getMyCommands", {}) == commands
    assert await api.call("getMyCommands", {"language_code": "zh"}) == chinese
    assert api.my_commands({"type": "all_group_chats"}) == []
    await api.call("deleteMyCommands", {"language_code": "zh"})
    assert api.my_commands(language_code="zh") == []
    with pytest.raises(BotApiError, match="BOT_COMMAND_INVALID"):
        await api.call("setMyCommands", {"commands": [{"command": "Start!", "description": "x"}]})


async def test_edits_update_the_stored_message(api: TestBotApi) -> None:
    markup = {"inline_keyboard": [[{"text": "Go", "callback_data": "go"}]]}
    sent = await api.call("sendMessage", {"chat_id": 1, "text": "v1", "reply_markup": markup})
    target = {"chat_id": 1, "message_id": sent["message_id"]}
    with pytest.raises(BotApiError, match="message is not modified"):
        await api.call("editMessageText", {**target, "text": "v1", "reply_markup": markup})
    edited = await api.call(
        "editMessageText", {**target, "text": "<i>v2</i>", "parse_mode": "HTML"}
    )
    assert (edited["text"], "reply_markup" in edited) == ("v2", False)
    restored = await api.call("editMessageReplyMarkup", {**target, "reply_markup": markup})
    assert restored["reply_markup"] == markup
    assert api.messages_to(1)[0]["text"] == "v2"
    assert await api.call("deleteMessage", target) is True
    assert api.messages_to(1) == []
    with pytest.raises(BotApiError, match="message to edit not found"):
        await api.call("editMessageText", {**target, "text": "v3"})


async def test_user_messages_cannot_be_edited_by_the_bot(api: TestBotApi) -> None:
    message = api.push_message(api.make_user(USER_ID), "mine")["message"]
    params = {"chat_id": USER_ID, "message_id": message["message_id"], "text": "yours"}
    with pytest.raises(BotApiError, match="message can't be edited"):
        await api.call("editMessageText", params)


async def test_fail_next_counts_and_filters_by_chat(api: TestBotApi) -> None:
    api.fail_next(
        "sendmessage", 429, "Too Many Requests: retry after 3", retry_after=3, times=2, chat_id=5
    )
    await api.call("sendMessage", {"chat_id": 6, "text": "other chat is fine"})
    for _ in range(2):
        with pytest.raises(BotApiError) as caught:
            await api.call("sendMessage", {"chat_id": 5, "text": "x"})
        assert caught.value.to_payload()["parameters"] == {"retry_after": 3}
    await api.call("sendMessage", {"chat_id": 5, "text": "recovered"})


async def test_blocked_and_unknown_chats(api: TestBotApi) -> None:
    api.block_chat(5)
    api.chat_not_found(6)
    with pytest.raises(BotApiError, match="blocked by the user"):
        await api.call(
            "sendVenue", {"chat_id": 5, "latitude": 0, "longitude": 0, "title": "t", "address": "a"}
        )
    with pytest.raises(BotApiError, match="chat not found"):
        await api.call("sendChatAction", {"chat_id": 6, "action": "typing"})
    api.unblock_chat(5)
    assert await api.call("sendChatAction", {"chat_id": 5, "action": "typing"}) is True


async def test_venue_and_location_messages(api: TestBotApi) -> None:
    venue = await api.call(
        "sendVenue",
        {"chat_id": 1, "latitude": "28.2", "longitude": "112.9", "title": "Hall", "address": "Rd"},
    )
    assert venue["venue"]["location"] == venue["location"] == {"latitude": 28.2, "longitude": 112.9}
    location = await api.call("sendLocation", {"chat_id": 1, "latitude": 28.2, "longitude": 112.9})
    assert "venue" not in location
    with pytest.raises(BotApiError, match="latitude"):
        await api.call("sendLocation", {"chat_id": 1, "latitude": 91, "longitude": 0})


async def test_document_bytes_are_kept_and_downloadable(api: TestBotApi) -> None:
    upload = UploadedFile(b"agenda", "agenda.txt", "application/octet-stream")
    message = await api.call("sendDocument", {"chat_id": 1, "document": upload, "caption": "Hi"})
    document = message["document"]
    assert (document["file_name"], document["mime_type"], document["file_size"]) == (
        "agenda.txt",
        "text/plain",
        6,
    )
    assert "_document_bytes" not in message
    assert api.sent[-1]["_document_bytes"] == b"agenda"
    file = await api.call("getFile", {"file_id": document["file_id"]})
    assert api.file_content(file["file_path"]) == b"agenda"


async def test_callbacks_must_press_existing_buttons_and_answer_once(api: TestBotApi) -> None:
    markup = {"inline_keyboard": [[{"text": "Go", "callback_data": "go"}]]}
    sent = await api.call("sendMessage", {"chat_id": USER_ID, "text": "t", "reply_markup": markup})
    user = api.make_user(USER_ID)
    with pytest.raises(ValueError, match="no button"):
        api.push_callback(user, sent, "stop")
    query = api.push_callback(user, sent, "go")["callback_query"]
    assert await api.call("answerCallbackQuery", {"callback_query_id": query["id"]}) is True
    with pytest.raises(BotApiError, match="query is too old"):
        await api.call("answerCallbackQuery", {"callback_query_id": query["id"]})


async def test_wait_for_call_honours_after_and_explains_timeouts(api: TestBotApi) -> None:
    await api.call("sendMessage", {"chat_id": 1, "text": "old"})
    mark = len(api.calls)
    waiting = asyncio.create_task(api.wait_for_call(_sent_to(1), after=mark))
    await api.call("sendMessage", {"chat_id": 1, "text": "new"})
    assert (await asyncio.wait_for(waiting, 1)).result["text"] == "new"
    with pytest.raises(TimeoutError, match="sendMessage"):
        await api.wait_for_call(_sent_to(2), timeout=0.01)


async def test_emulator_handles_thousands_of_calls_per_second(api: TestBotApi) -> None:
    started = time.monotonic()
    for number in range(3000):
        await api.call(
            "sendMessage", {"chat_id": "1", "text": f"<b>{number}</b>", "parse_mode": "HTML"}
        )
    last = await api.wait_for_call(lambda call: call.result["text"] == "2999")
    assert last is api.calls[-1]
    assert time.monotonic() - started < 1.5
