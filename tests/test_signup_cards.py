"""What a session card, a sign-up answer and /my say about a delegate's sign-ups, rendered
straight from the core with a given "now" (no database, no Telegram)."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

import pytest

from bot import buttons
from bot.clashes import Clash
from bot.program import Session
from bot.render import agenda_reply, signup_card, signup_reply
from bot.reply import Reply
from bot.signups import AgendaItem, Seats, SignupResult
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


@pytest.mark.parametrize(
    ("now", "shown", "not_shown"),
    [
        (TOURISM.start, "In progress", "ended"),  # from the very start
        (DURING, "In progress", "ended"),
        (TOURISM.end, "ended", "In progress"),  # from the very end
        (AFTER, "ended", "In progress"),
    ],
)
def test_once_begun_the_card_says_in_progress_or_ended_instead_of_seats(
    now: datetime, shown: str, not_shown: str
) -> None:
    reply = card(now)
    assert shown in reply.text and not_shown not in reply.text
    assert "seats left" not in reply.text and "Full" not in reply.text
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


# ---------------------------------------------------------------- clashes


HANGZHOU = session("hz-industry-promotion")  # Wed 25 Jul 09:30–12:00, Hangzhou
MOVED_HANGZHOU = replace(HANGZHOU, start=at("2018-07-25T12:00"), end=at("2018-07-25T14:00"))


def clash_text(new: Session, clash: Clash, lang: str = "en") -> str:
    return signup_reply(SignupResult("clash", new, clashes=(clash,)), lang, PROGRAM).text


def test_an_overlap_warning_names_the_other_session_its_city_day_and_times() -> None:
    text = clash_text(HANGZHOU, Clash(TOURISM, "overlap", -120, 120))
    assert "overlaps <b>Hunan Tourism Promotion Conference</b>" in text
    assert "in Shanghai, Wed 25 Jul 09:30–11:30" in text
    zh = clash_text(HANGZHOU, Clash(TOURISM, "overlap", -120, 120), "zh")
    assert "湖南旅游推介会" in zh and "上海" in zh and "7月25日（周三） 09:30–11:30" in zh


def test_a_travel_warning_names_the_other_session_and_the_trip_it_needs() -> None:
    # the other session is earlier: it ends 30 min before this one starts
    before = clash_text(MOVED_HANGZHOU, Clash(TOURISM, "travel", 30, 120))
    assert "<b>Hunan Tourism Promotion Conference</b> in Shanghai, Wed 25 Jul 09:30–11:30" in before
    assert "ends only 30 min before this one starts" in before
    assert "the trip takes about 120 min" in before
    # the other session is later: it starts 30 min after this one ends
    after = clash_text(TOURISM, Clash(MOVED_HANGZHOU, "travel", 30, 120))
    assert "in Hangzhou, Wed 25 Jul 12:00–14:00" in after
    assert "starts only 30 min after this one ends" in after
    zh = clash_text(TOURISM, Clash(MOVED_HANGZHOU, "travel", 30, 120), "zh")
    assert "杭州" in zh and "12:00–14:00" in zh and "120 分钟" in zh


def agenda_item(item_session: Session, *clashes: Clash, status: str = "confirmed") -> AgendaItem:
    position = 1 if status == "waitlist" else None
    record = SignupRecord(item_session.id, ME, status, position, BEFORE)  # type: ignore[arg-type]
    return AgendaItem(item_session, record, clashes)


def agenda_blocks(reply: Reply) -> list[str]:
    """The agenda's text, one block a session (each starts with its bullet)."""
    return reply.text.split("\n•")[1:]


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_my_agenda_marks_an_overlap_under_the_later_session(lang: str) -> None:
    items = [agenda_item(HANGZHOU), agenda_item(TOURISM, Clash(HANGZHOU, "overlap", -120, 120))]
    first, second = agenda_blocks(agenda_reply(items, lang, PROGRAM, ME))
    assert "⚠️" not in first
    if lang == "en":
        assert "⚠️ overlaps with <b>Hunan Major Industry Promotion Conference</b>" in second
    else:
        assert "⚠️ 与<b>湖南重大产业推介会</b>时间冲突" in second


@pytest.mark.parametrize(("lang", "city"), [("en", "Hangzhou"), ("zh", "杭州")])
def test_my_agenda_marks_a_trip_too_short_under_the_later_session(lang: str, city: str) -> None:
    later = replace(TOURISM, start=at("2018-07-25T13:00"), end=at("2018-07-25T15:00"))
    items = [agenda_item(HANGZHOU), agenda_item(later, Clash(HANGZHOU, "travel", 60, 120))]
    first, second = agenda_blocks(agenda_reply(items, lang, PROGRAM, ME))
    assert "⚠️" not in first
    if lang == "en":
        assert f"⚠️ not enough time to travel from {city}" in second
        assert "60 min between, the trip takes about 120 min" in second
    else:
        assert f"从{city}" in second and "120 分钟" in second


def test_my_agenda_without_clashes_has_no_warning() -> None:
    items = [agenda_item(HANGZHOU), agenda_item(TOURISM, status="waitlist")]
    assert "⚠️" not in agenda_reply(items, "en", PROGRAM, ME).text
