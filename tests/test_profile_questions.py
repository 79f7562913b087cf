"""The name and organization questions: nothing typed in the wrong place is saved as a
name, a question or a command mid-way is answered, and a restart loses nothing."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest

from bot.clock import Clock
from bot.delegate import Delegate
from bot.front_desk import FrontDesk
from bot.profile_questions import field_problem, looks_like_a_question
from bot.reply import Reply
from bot.storage import StorageError
from tests.helpers_core import at, bundled_program
from tests.support import front_desk, services_at

PROGRAM = bundled_program()
NOW = at("2018-07-24T09:00:00")
TOURISM = "tourism-promotion"
ADA = Delegate(7101, "en")
WEI = Delegate(7102, "zh-hans")


def texts(reply: Reply) -> list[str]:
    """The reply and its follow-ups, as the delegate reads them."""
    found = [reply.plain]
    while reply.follow_up is not None:
        reply = reply.follow_up
        found.append(reply.plain)
    return found


def labels(reply: Reply) -> list[str]:
    return [button.label for row in reply.buttons for button in row]


async def say(front: FrontDesk, delegate: Delegate, text: str) -> Reply:
    return (await front.respond(delegate, text)).reply


async def signed_up(front: FrontDesk, delegate: Delegate) -> list[str]:
    agenda = await say(front, delegate, "/my")
    return [line for line in agenda.plain.splitlines() if "confirmed" in line]


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("Ada Lovelace", None),
        ("张伟", None),
        ("1", "profile_no_letters"),
        ("2", "profile_no_letters"),
        ("--", "profile_no_letters"),
        ("   ", "profile_empty"),
        ("x" * 101, "profile_too_long"),
        ("x" * 100, None),
    ],
)
def test_what_cannot_be_a_name(text: str, problem: str | None) -> None:
    assert field_problem(text) == problem


@pytest.mark.parametrize(
    "text",
    [
        "where is the talent recruiting meeting?",
        "when does it start",
        "what's on in nanjing tomorrow",
        "招聘会在哪里",
        "旅游推介会几点开始",
        "有没有停车场",
        "is there parking at the expo",
    ],
)
def test_questions_are_not_names(text: str) -> None:
    assert looks_like_a_question(text)


@pytest.mark.parametrize(
    "text", ["Ada Lovelace", "张伟", "Hunan Tourism Group", "What Cheer Ltd", "Howard Li"]
)
def test_names_are_not_questions(text: str) -> None:
    assert not looks_like_a_question(text)


async def test_a_question_at_the_name_prompt_is_answered_and_the_prompt_comes_back(
    tmp_path: Path,
) -> None:
    async with front_desk(tmp_path, PROGRAM, NOW) as front:
        ask = await front.press(ADA, f"u:{TOURISM}")
        assert "Before your first sign-up" in ask.plain
        reply = await say(front, ADA, "where is the talent recruiting meeting?")
        first, reminder = texts(reply)
        assert "Hunan Talent Recruiting Meeting" in first
        assert "I was asking for your full name" in reminder
        assert labels(reply.follow_up) == ["✍️ Go on", "Stop"]  # type: ignore[arg-type]
        # nothing was saved as a name; the questions go on where they were
        assert "And your organization?" in (await say(front, ADA, "Ada Lovelace")).plain
        saved, confirmed = texts(await say(front, ADA, "Analytical Engines Ltd"))
        assert "Thanks, Ada Lovelace (Analytical Engines Ltd)" in saved
        assert confirmed.startswith("✅ You're signed up for Hunan Tourism Promotion")


async def test_a_command_at_the_name_prompt_runs_and_the_prompt_comes_back(
    tmp_path: Path,
) -> None:
    async with front_desk(tmp_path, PROGRAM, NOW) as front:
        await front.press(ADA, f"u:{TOURISM}")
        reply = await say(front, ADA, "/today")
        today, reminder = texts(reply)
        assert "Tue 24 Jul" in today and "I was asking for your full name" in reminder
        go_on = await front.press(ADA, reply.follow_up.buttons[0][0].data)  # type: ignore[union-attr]
        assert "Before your first sign-up" in go_on.plain
        await say(front, ADA, "Ada Lovelace")
        await say(front, ADA, "Analytical Engines Ltd")
        assert len(await signed_up(front, ADA)) == 1


@pytest.mark.parametrize(
    ("typed", "reason"),
    [
        ("1", "A full name needs letters, not only digits or signs."),
        ("x" * 101, "That is over 100 characters, too long for a full name."),
    ],
)
async def test_a_digit_or_an_overlong_name_is_refused_with_the_reason(
    tmp_path: Path, typed: str, reason: str
) -> None:
    async with front_desk(tmp_path, PROGRAM, NOW) as front:
        await front.press(ADA, f"u:{TOURISM}")
        assert reason in (await say(front, ADA, typed)).plain
        await say(front, ADA, "Ada Lovelace")
        refused = await say(front, ADA, "2")
        assert "An organization" not in refused.plain  # the field is named as such
        assert "organization needs letters" in refused.plain
        await say(front, ADA, "Analytical Engines Ltd")
        profile = await say(front, ADA, "/profile")
        assert "Name: Ada Lovelace" in profile.plain
        assert "Organization: Analytical Engines Ltd" in profile.plain


async def test_the_questions_and_the_waiting_sign_up_survive_a_restart(tmp_path: Path) -> None:
    async with front_desk(tmp_path, PROGRAM, NOW) as front:
        await front.press(ADA, f"u:{TOURISM}")
        await say(front, ADA, "Ada Lovelace")
    async with front_desk(tmp_path, PROGRAM, NOW) as restarted:  # the same database
        saved, confirmed = texts(await say(restarted, ADA, "Analytical Engines Ltd"))
        assert "Thanks, Ada Lovelace" in saved and "signed up" in confirmed
        assert len(await signed_up(restarted, ADA)) == 1


async def test_a_question_left_for_hours_is_dropped(tmp_path: Path) -> None:
    clock = Clock(NOW, frozen=True)
    async with front_desk(tmp_path, PROGRAM, NOW, clock=clock) as front:
        await front.press(ADA, f"u:{TOURISM}")
        clock.advance(timedelta(hours=3))
        reply = await say(front, ADA, "Ada Lovelace")
        assert "And your organization?" not in reply.plain  # taken as a question
        assert reply.follow_up is None


async def test_stop_saves_nothing_and_a_sticker_is_asked_for_in_text(tmp_path: Path) -> None:
    async with front_desk(tmp_path, PROGRAM, NOW) as front:
        await front.press(WEI, f"u:{TOURISM}")
        assert "请用文字输入您的姓名" in (await front.not_text(WEI)).plain
        assert "已中止" in (await say(front, WEI, "/stop")).plain
        reply = await say(front, WEI, "张伟")  # now an ordinary message
        assert "单位" not in reply.plain
        assert await signed_up(front, WEI) == []


async def test_profile_shows_name_and_organization_with_buttons_to_change_either(
    tmp_path: Path,
) -> None:
    async with front_desk(tmp_path, PROGRAM, NOW) as front:
        first = await say(front, ADA, "/profile")  # none yet: the questions
        assert "Before your first sign-up" in first.plain
        await say(front, ADA, "Ada Lovelace")
        await say(front, ADA, "Analytical Engines Ltd")
        shown = await say(front, ADA, "/profile")
        assert "Before your first sign-up" not in shown.plain
        assert "Name: Ada Lovelace" in shown.plain
        assert labels(shown) == ["Change name", "Change organization"]
        change_org = shown.buttons[0][1].data
        assert "Which organization" in (await front.press(ADA, change_org)).plain
        saved = await say(front, ADA, "Difference Engines plc")
        assert "Thanks, Ada Lovelace (Difference Engines plc)" in saved.plain
        assert saved.follow_up is None  # no sign-up was waiting
        change_name = shown.buttons[0][0].data
        await front.press(ADA, change_name)
        await say(front, ADA, "Augusta Ada King")
        shown = await say(front, ADA, "/profile")
        assert "Name: Augusta Ada King" in shown.plain
        assert "Organization: Difference Engines plc" in shown.plain


async def test_forget_deletes_a_half_answered_profile(tmp_path: Path) -> None:
    async with front_desk(tmp_path, PROGRAM, NOW) as front:
        await front.press(ADA, f"u:{TOURISM}")
        await say(front, ADA, "Ada Lovelace")
        question = await say(front, ADA, "/forget")
        await front.press(ADA, question.buttons[0][0].data)
        reply = await say(front, ADA, "Analytical Engines Ltd")
        assert "Thanks" not in reply.plain and reply.follow_up is None


async def test_a_write_failure_on_the_last_answer_is_recovered_by_the_next_message(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Issue 13 item 14: a transient failure leaves the question where it was."""
    async with services_at(tmp_path, PROGRAM, NOW) as services:
        front = services.front
        await front.press(ADA, f"u:{TOURISM}")
        await say(front, ADA, "Ada Lovelace")
        profiles = services.storage.profiles
        save = profiles.answered
        failures = iter([StorageError("database is locked")])

        async def fails_once(*args: object) -> None:
            error = next(failures, None)
            if error is not None:
                raise error
            await save(*args)  # type: ignore[arg-type]

        monkeypatch.setattr(profiles, "answered", fails_once)
        with pytest.raises(StorageError):  # the handler's error reply: "could not save"
            await say(front, ADA, "Analytical Engines Ltd")
        saved, confirmed = texts(await say(front, ADA, "Analytical Engines Ltd"))
        assert "Thanks, Ada Lovelace (Analytical Engines Ltd)" in saved
        assert confirmed.startswith("✅ You're signed up")
        later = await say(front, ADA, "where is the job fair?")
        assert "Hunan Talent Recruiting Meeting" in later.plain and later.follow_up is None


async def test_a_pending_question_is_never_asked_again_in_a_group(tmp_path: Path) -> None:
    in_group = Delegate(ADA.id, "en", private_chat_link="https://t.me/hunan_week_bot")
    async with front_desk(tmp_path, PROGRAM, NOW) as front:
        await front.press(ADA, f"u:{TOURISM}")
        reply = await say(front, in_group, "/today")
    assert "Tue 24 Jul" in reply.plain and reply.follow_up is None
