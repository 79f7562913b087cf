"""Callback data: typed, at most 64 bytes, and forged data is refused without side effects."""

from __future__ import annotations

import pytest

from bot import buttons, render
from bot.assistant import Assistant
from bot.buttons import MAX_BYTES, Action, decode, encode
from bot.clock import Clock
from bot.delegate import Delegate
from bot.front_desk import FrontDesk
from bot.reply import Button, Reply
from bot.search import Answer
from tests.helpers_core import DEFAULT_NOW, at, bundled_program, labelled_questions
from tests.support import front_desk

PROGRAM = bundled_program()


@pytest.mark.parametrize(
    ("name", "arg", "data"),
    [
        ("session", "tourism-promotion", "s:tourism-promotion"),
        ("where", "talent-recruiting", "w:talent-recruiting"),
        ("day", "2018-07-25", "d:2018-07-25"),
        ("city", "Nanjing", "c:Nanjing"),
        ("browse", "next", "h:next"),
        ("browse", "", "h"),
        ("city", "南京", "c:南京"),
        ("faq", "wifi", "Q:wifi"),
    ],
)
def test_round_trip(name, arg, data):
    assert encode(name, arg) == data
    assert decode(data) == Action(name, arg)


def test_arg_may_contain_a_colon():
    assert decode(encode("city", "a:b")) == Action("city", "a:b")


def test_exactly_64_bytes_is_accepted():
    data = encode("session", "x" * (MAX_BYTES - 2))
    assert len(data.encode()) == MAX_BYTES
    assert decode(data) == Action("session", "x" * (MAX_BYTES - 2))


@pytest.mark.parametrize(
    "arg",
    ["x" * (MAX_BYTES - 1), "南" * 21, "é" * 32],
    ids=["ascii-65", "cjk-65-bytes", "latin1-66-bytes"],
)
def test_encode_refuses_over_64_bytes(arg):
    with pytest.raises(ValueError, match="64 bytes"):
        encode("session", arg)


@pytest.mark.parametrize(
    "data",
    [
        None,
        "",
        "zz",
        "x:tourism-promotion",
        "session:tourism-promotion",
        ":tourism-promotion",
        "S:tourism-promotion",
        "s:" + "x" * 63,
        "s:" + "é" * 32,
        "d:not-a-date",
        "d:2018-02-30",
        "d:",
        "s:a\x00b",
        "s:tourism\npromotion",
        "c:\x1b[31mNanjing",
        "s:\u200b",
    ],
    ids=repr,
)
def test_decode_rejects(data):
    assert decode(data) is None


# ---------------------------------------------------------------- buttons the assistant makes


async def every_button(front: FrontDesk) -> list[tuple[str, Button]]:
    assistant = Assistant(PROGRAM, Clock(DEFAULT_NOW, frozen=True))
    replies: list[tuple[str, Reply]] = []
    for user_language in ("en", "zh-hans", None):
        delegate = Delegate(1, user_language)
        for command in ("/start", "/today", "/next", "/schedule", "/schedule 25", "/venue"):
            response = await front.respond(delegate, command)
            replies.append((f"{command} {user_language}", response.reply))
        for label in labelled_questions():
            replies.append((label["text"], assistant.ask(label["text"], user_language)[1]))
    for lang in ("en", "zh"):
        for session in PROGRAM.sessions:
            for intent in ("when", "where", "info"):
                replies.append((session.id, render.session_card(session, lang, PROGRAM, intent)))
            replies.append((session.id, render.venue_reply([session], lang, PROGRAM)))
        everything = Answer("list", lang, sessions=PROGRAM.sessions)
        replies.append(("all sessions", render.list_reply(everything, PROGRAM, DEFAULT_NOW)))
        suggest = Answer("suggest", lang, sessions=PROGRAM.sessions[:3])
        replies.append(("suggest", render.render_answer(suggest, PROGRAM, DEFAULT_NOW)))
        for session in PROGRAM.sessions:
            replies.append(
                (
                    session.id,
                    render.render_answer(
                        Answer("suggest", lang, sessions=(session,)), PROGRAM, DEFAULT_NOW
                    ),
                )
            )
        for entry in PROGRAM.faq:  # offered when the question was not clearly about it
            offer = Answer("suggest", lang, faq=entry)
            replies.append((entry.id, render.render_answer(offer, PROGRAM, DEFAULT_NOW)))
    return [(name, button) for name, reply in replies for row in reply.buttons for button in row]


async def test_assistant_buttons_fit_and_decode(tmp_path):
    seen = set()
    async with front_desk(tmp_path, PROGRAM, DEFAULT_NOW) as front:
        every = await every_button(front)
    for name, button in every:
        assert len(button.data.encode("utf-8")) <= MAX_BYTES, (name, button)
        assert decode(button.data) is not None, (name, button)
        assert button.label.strip(), (name, button)
        seen.add(button.data)
    # Every session's card and map buttons were among them.
    for session in PROGRAM.sessions:
        assert f"s:{session.id}" in seen
        assert f"w:{session.id}" in seen
    for city in PROGRAM.cities:
        assert f"c:{city.name}" in seen
    for entry in PROGRAM.faq:
        assert f"Q:{entry.id}" in seen


@pytest.mark.parametrize("user_language", ["en", "zh-hans"])
async def test_pressing_every_assistant_button_answers(user_language, tmp_path):
    async with front_desk(tmp_path, PROGRAM, DEFAULT_NOW) as front:
        for data in sorted({button.data for _, button in await every_button(front)}):
            reply = await front.press(Delegate(1, user_language), data)
            assert not reply.alert, data
            assert reply.text.strip(), data


def test_session_buttons_are_short_even_for_long_titles():
    session = PROGRAM.session("sh-industrial-chain")
    assert len(session.title) > 64
    button = render.session_button(session, "en")
    assert len(button.label) <= 60
    assert buttons.decode(button.data) == Action("session", session.id)


# ---------------------------------------------------------------- forged presses


@pytest.mark.parametrize(
    "data",
    [
        "s:no-such-session",
        "w:no-such-session",
        "zz",
        "s:" + "x" * 100,
        None,
        "",
        "d:not-a-date",
        "c:Atlantis",
        "Q:no-such-entry",
        "s:",
        "s:\x00",
    ],
    ids=repr,
)
@pytest.mark.parametrize("user_language", ["en", "zh-hans"])
async def test_forged_press_gets_an_alert(data, user_language, tmp_path):
    async with front_desk(tmp_path, PROGRAM, DEFAULT_NOW) as front:
        reply = await front.press(Delegate(1, user_language), data)
    assert isinstance(reply, Reply)
    assert reply.alert is True
    lang = "zh" if user_language == "zh-hans" else "en"
    assert reply.text == render.message("stale_button", lang)
    assert reply.buttons == () and reply.venue is None


async def test_press_opens_the_card_or_the_map(tmp_path):
    async with front_desk(tmp_path, PROGRAM, at("2018-07-25T09:00:00")) as front:
        card = await front.press(Delegate(1, "en"), "s:tourism-promotion")
        pin = await front.press(Delegate(1, "zh-hans"), "w:tourism-promotion")
    assert not card.alert and card.venue is None
    assert "Hunan Tourism Promotion Conference" in card.text
    assert pin.venue is not None and "湖南旅游推介会" in pin.text


async def test_press_on_an_offered_faq_entry_answers_it(tmp_path):
    wifi = next(entry for entry in PROGRAM.faq if entry.id == "wifi")
    async with front_desk(tmp_path, PROGRAM, DEFAULT_NOW) as front:
        english = await front.press(Delegate(1, "en"), "Q:wifi")
        chinese = await front.press(Delegate(1, "zh-hans"), "Q:wifi")
    assert not english.alert and wifi.answer[:40] in english.text
    assert not chinese.alert and wifi.answer_zh[:20] in chinese.text
