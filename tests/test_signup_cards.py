"""What a session card, a sign-up answer and /my say about a delegate's sign-ups, rendered
straight from the core with a given "now" (no database, no Telegram)."""

from __future__ import annotations

from datetime import datetime

import pytest

from bot import buttons
from bot.program import Session
from bot.render import signup_card, signup_reply
from bot.reply import Reply
from bot.signups import Seats, SignupResult
from bot.storage import SignupRecord
from tests.helpers_core import at, bundled_program

PROGRAM = bundled_program()
ME = 42


def session(session_id: str) -> Session:
    found = PROGRAM.session(session_id)
    assert found is not None
    return found


TOURISM = session("tourism-promotion")  # Wed 25 Jul 09:30–11:30, Shanghai, 250 seats
BEFORE = at("2018-07-25T09:00")
DURING = at("2018-07-25T10:00")
AFTER = at("2018-07-26T09:00")  # the next morning
EMPTY = Seats(250, 0, 0)


def card(
    now: datetime,
    lang: str = "en",
    seats: Seats = EMPTY,
    mine: SignupRecord | None = None,
) -> Reply:
    return signup_card(
        TOURISM, lang, PROGRAM, intent="info", seats=seats, mine=mine, user_id=ME, now=now
    )


def mine(status: str, position: int | None = None) -> SignupRecord:
    return SignupRecord(TOURISM.id, ME, status, position, BEFORE)  # type: ignore[arg-type]


def labels(reply: Reply) -> list[str]:
    return [button.label for row in reply.buttons for button in row]


def take_seat_label(reply: Reply) -> str | None:
    take_seat = buttons.encode("take_seat", TOURISM.id)
    found = [b.label for row in reply.buttons for b in row if b.data == take_seat]
    return found[0] if found else None


# ---------------------------------------------------------------- session cards in time


def test_before_the_start_the_card_shows_seats_and_a_sign_up_button() -> None:
    reply = card(BEFORE, seats=Seats(250, 10, 0))
    assert "💺 240 of 250 seats left" in reply.text
    assert take_seat_label(reply) == "✍️ Sign up"


@pytest.mark.parametrize("now", [TOURISM.start, DURING])
def test_from_the_start_the_card_says_in_progress_instead_of_seats(now: datetime) -> None:
    reply = card(now)
    assert "In progress" in reply.text
    assert "seats left" not in reply.text and "Full" not in reply.text
    assert take_seat_label(reply) is None


@pytest.mark.parametrize("now", [TOURISM.end, AFTER])
def test_from_the_end_the_card_says_ended_instead_of_seats(now: datetime) -> None:
    reply = card(now)
    assert "ended" in reply.text
    assert "seats left" not in reply.text and "In progress" not in reply.text
    assert take_seat_label(reply) is None


def test_in_chinese_the_card_says_in_progress_and_ended() -> None:
    assert "正在进行" in card(DURING, "zh").text
    assert "已结束" in card(AFTER, "zh").text
    assert "剩余" not in card(DURING, "zh").text + card(AFTER, "zh").text


@pytest.mark.parametrize("now", [DURING, AFTER])
def test_the_delegates_own_status_stays_shown_after_the_start(now: datetime) -> None:
    confirmed = card(now, mine=mine("confirmed"))
    assert "✅ You're signed up." in confirmed.text
    waiting = card(now, mine=mine("waitlist", 2))
    assert "⏳ You're #2 on the waitlist." in waiting.text
    assert "seats left" not in confirmed.text + waiting.text


@pytest.mark.parametrize(
    ("lang", "label"),
    [("en", "Join the waitlist (3 waiting)"), ("zh", "加入候补（3 人候补）")],
)
def test_a_full_sessions_button_joins_the_waitlist(lang: str, label: str) -> None:
    reply = card(BEFORE, lang, seats=Seats(250, 250, 3))
    assert label in (take_seat_label(reply) or "")
    assert not [b for b in labels(reply) if "Sign up" in b or b == "✍️ 报名"]


# ---------------------------------------------------------------- pressing sign-up too late


def test_sign_up_after_the_start_says_it_has_started() -> None:
    reply = signup_reply(SignupResult("in_progress", TOURISM), "en", PROGRAM)
    assert "has already started" in reply.text
    assert "已经开始" in signup_reply(SignupResult("in_progress", TOURISM), "zh", PROGRAM).text


def test_sign_up_after_the_end_says_it_has_ended() -> None:
    reply = signup_reply(SignupResult("ended", TOURISM), "en", PROGRAM)
    assert "has already ended" in reply.text and "started" not in reply.text
    assert "已经结束" in signup_reply(SignupResult("ended", TOURISM), "zh", PROGRAM).text
