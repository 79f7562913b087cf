"""Replies about sign-ups, the delegate's agenda, reminders and the daily digest."""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import replace
from datetime import date, datetime
from typing import TYPE_CHECKING

from bot import buttons
from bot.clashes import Clash
from bot.program import Program, Session
from bot.render.catalog import message
from bot.render.meetings import agenda_meetings
from bot.render.pieces import (
    address,
    agenda,
    city_name,
    format_day,
    format_hours,
    session_card,
    session_keyboard,
    session_line,
    title,
    venue,
)
from bot.reply import Button, Reply
from bot.search import Lang
from bot.signups import AgendaItem, CancelResult, Seats, SignupResult
from bot.storage import Profile, SignupRecord

if TYPE_CHECKING:
    from bot.networking import MeetingView

# ---------------------------------------------------------------- sign-ups


def _when(session: Session, lang: Lang) -> str:
    return f"{format_day(session.day, lang)} {format_hours(session)}"


def seats_line(seats: Seats, lang: Lang) -> str:
    if seats.left:
        return message("seats_left", lang, left=str(seats.left), capacity=str(seats.capacity))
    return message("full", lang, waiting=str(seats.waiting))


def signup_card(
    session: Session,
    lang: Lang,
    program: Program,
    *,
    intent: str,
    seats: Seats,
    mine: SignupRecord | None,
    user_id: int,
    now: datetime,
) -> Reply:
    """A session card with what sign-up is at `now`: seats left while it is open, "in
    progress" or "ended" once it has begun (seats no longer mean anything then), the
    delegate's own status always, and what they can do."""
    card = session_card(session, lang, program, intent)
    phase = session.phase(now)
    standing = seats_line(seats, lang) if phase == "upcoming" else message(f"card_{phase}", lang)
    lines = [card.text, "", standing]
    map_button = card.buttons[0][0]
    if mine is not None:
        if mine.status == "confirmed":
            lines.append(message("you_confirmed", lang))
            label = message("cancel_button", lang)
        else:
            lines.append(message("you_waitlisted", lang, position=str(mine.position)))
            label = message("leave_waitlist_button", lang)
        action = give_up_button(label, session, user_id)
    elif phase != "upcoming":
        action = None
    else:
        label = (
            message("signup_button", lang)
            if seats.left
            else message("waitlist_button", lang, waiting=str(seats.waiting))
        )
        action = Button(label, buttons.encode("take_seat", session.id))
    keyboard = ((action, map_button),) if action else ((map_button,),)
    if session.is_matchmaking and session.end > now:  # the networking, where it meets
        people = message("net_people_button", lang)
        keyboard += ((Button(people, buttons.encode("network", f"people.{session.id}")),),)
    return replace(card, text="\n".join(lines), buttons=keyboard)


def signup_reply(result: SignupResult, lang: Lang, program: Program) -> Reply:
    session = result.session
    if session is None:
        return Reply(message("stale_button", lang), alert=True)
    name = title(session, lang)
    if result.outcome == "confirmed":
        return Reply(message("signed_up", lang, title=name, when=_when(session, lang)))
    if result.outcome in ("waitlisted", "already_waitlisted"):
        return Reply(message(result.outcome, lang, title=name, position=str(result.position)))
    if result.outcome == "clash":
        return clash_reply(result, lang, program)
    # already_confirmed, in_progress, ended
    return Reply(message(result.outcome, lang, title=name))


def clash_reply(result: SignupResult, lang: Lang, program: Program) -> Reply:
    new = result.session
    assert new is not None
    lines = [clash_warning(clash, new, lang, program) for clash in result.clashes]
    lines.append(message("clash_question", lang, title=title(new, lang)))
    keyboard = (
        (
            Button(
                message("signup_anyway_button", lang),
                buttons.encode("take_seat_anyway", new.id),
            ),
            Button(message("keep_button", lang), buttons.encode("keep")),
        ),
    )
    return Reply("\n".join(lines), keyboard)


def clash_warning(clash: Clash, new: Session, lang: Lang, program: Program) -> str:
    """Why signing up for `new` is risky: the other session, where and when it is, so the
    delegate can choose without looking it up; for a trip, the minutes it needs."""
    other = {
        "other": title(clash.other, lang),
        "city": city_name(None, lang, program, clash.other.city),
        "when": _when(clash.other, lang),
    }
    if clash.kind == "overlap":
        return message("clash_overlap", lang, **other)
    # Not overlapping, so one ends before the other starts: say which way the gap runs.
    key = "clash_travel_before" if clash.other.start < new.start else "clash_travel_after"
    return message(key, lang, **other, gap=str(clash.gap_minutes), travel=str(clash.travel_minutes))


def agenda_warning(clash: Clash, lang: Lang, program: Program) -> str:
    """/my, under the later session of a clashing pair: `clash.other` is the earlier one."""
    other = title(clash.other, lang)
    if clash.kind == "overlap":
        return message("agenda_overlap", lang, other=other)
    return message(
        "agenda_travel",
        lang,
        other=other,
        city=city_name(None, lang, program, clash.other.city),
        gap=str(clash.gap_minutes),
        travel=str(clash.travel_minutes),
    )


def cancel_reply(result: CancelResult, lang: Lang) -> Reply:
    if result.session is None:
        return Reply(message("stale_button", lang), alert=True)
    name = title(result.session, lang)
    if result.removed is None:
        return Reply(message("nothing_to_cancel", lang, title=name))
    key = "cancelled" if result.removed == "confirmed" else "left_waitlist"
    return Reply(message(key, lang, title=name))


def give_up_question(session: Session, lang: Lang, user_id: int) -> Reply:
    """A confirmed seat goes to the waitlist at once: asked before, never on one tap."""
    text = message("give_up_question", lang, title=title(session, lang), when=_when(session, lang))
    keyboard = (
        (
            Button(
                message("give_up_button", lang),
                buttons.encode("give_up_seat_sure", session.id, owner=user_id),
            ),
            Button(message("keep_seat_button", lang), buttons.encode("keep")),
        ),
    )
    return Reply(text, keyboard)


def give_up_button(label: str, session: Session, user_id: int) -> Button:
    """Cancel a seat or leave a waitlist: the delegate's own button (a confirmed seat is
    asked about before it goes)."""
    return Button(label, buttons.encode("give_up_seat", session.id, owner=user_id))


def promoted_reply(session: Session, lang: Lang, user_id: int) -> Reply:
    text = message(
        "promoted",
        lang,
        title=title(session, lang),
        when=_when(session, lang),
        venue=venue(session, lang),
    )
    keyboard = ((give_up_button(message("cancel_button", lang), session, user_id),),)
    return Reply(text, keyboard)


def agenda_reply(
    items: Sequence[AgendaItem],
    lang: Lang,
    program: Program,
    user_id: int,
    meetings: Sequence[MeetingView] = (),
) -> Reply:
    """/my: the delegate's sessions in time order, each with its status and a cancel
    button; then their meetings."""
    if not items and not meetings:
        return Reply(message("my_empty", lang))
    lines = [f"<b>{message('my_title', lang)}</b>"]
    keyboard: list[tuple[Button, ...]] = []
    for item in items:
        session, signup = item.session, item.signup
        status = (
            message("status_confirmed", lang)
            if signup.status == "confirmed"
            else message("status_waitlist", lang, position=str(signup.position))
        )
        lines.append(f"\n{session_line(session, lang, program, with_day=True)}\n   {status}")
        lines.extend(f"   {agenda_warning(clash, lang, program)}" for clash in item.clashes)
        label = message(
            "cancel_button" if signup.status == "confirmed" else "leave_waitlist_button", lang
        )
        keyboard.append(
            (give_up_button(f"✖ {label}: {title(session, lang)}"[:60], session, user_id),)
        )
    if meetings:
        lines.append(f"\n{agenda_meetings(meetings, lang)}")
    if meetings or any(item.signup.status == "confirmed" for item in items):
        keyboard.append((Button(message("calendar_button", lang), buttons.encode("calendar")),))
    return Reply("\n".join(lines), tuple(keyboard))


def profile_reply(profile: Profile, lang: Lang) -> Reply:
    """/profile for a delegate who has one: what the lists show, and how to change it."""
    text = message("profile_current", lang, name=profile.name, organization=profile.organization)
    change_name = message("change_name_button", lang)
    change_organization = message("change_organization_button", lang)
    keyboard = (
        (
            Button(change_name, buttons.encode("edit_profile", "name")),
            Button(change_organization, buttons.encode("edit_profile", "organization")),
        ),
    )
    return Reply(text, keyboard)


def forget_question(lang: Lang, user_id: int) -> Reply:
    keyboard = (
        (
            Button(message("forget_button", lang), buttons.encode("erase_data", owner=user_id)),
            Button(message("keep_button", lang), buttons.encode("keep")),
        ),
    )
    return Reply(message("forget_question", lang), keyboard)


# ---------------------------------------------------------------- reminders and digest


def format_leads(leads: Sequence[int], lang: Lang) -> str:
    """(60, 15) -> "60 and 15 min" / "60、15 分钟"; whole hours read as hours."""

    def one(minutes: int) -> str:
        if minutes % 60 == 0:
            hours = minutes // 60
            return f"{hours} 小时" if lang == "zh" else f"{hours} h"
        return f"{minutes} 分钟" if lang == "zh" else f"{minutes} min"

    parts = [one(lead) for lead in leads]
    if lang == "zh":
        return "、".join(parts)
    return parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + " and " + parts[-1]


def reminder_reply(session: Session, lang: Lang, user_id: int, now: datetime, late: bool) -> Reply:
    minutes = max(math.ceil((session.start - now).total_seconds() / 60), 0)
    text = message(
        "reminder_late" if late else "reminder",
        lang,
        title=title(session, lang),
        minutes=str(minutes),
        when=_when(session, lang),
        venue=venue(session, lang),
        address=address(session, lang),
    )
    keyboard = (
        (
            give_up_button(message("cant_make_it_button", lang), session, user_id),
            Button(message("map_button", lang), buttons.encode("where", session.id)),
        ),
    )
    return Reply(text, keyboard)


REMINDER_PRESETS: tuple[tuple[int, ...], ...] = ((60, 15), (30,), (120, 30), (1440, 60))


def reminder_settings(leads: Sequence[int], default: Sequence[int], lang: Lang) -> Reply:
    current = (
        message("reminders_now", lang, leads=format_leads(leads, lang))
        if leads
        else message("reminders_off", lang)
    )
    presets = [
        Button(format_leads(p, lang), buttons.encode("set_reminders", ",".join(map(str, p))))
        for p in REMINDER_PRESETS
    ]
    keyboard = (
        tuple(presets[:2]),
        tuple(presets[2:]),
        (
            Button(message("off_button", lang), buttons.encode("set_reminders", "off")),
            Button(
                message("default_button", lang, leads=format_leads(default, lang)),
                buttons.encode("set_reminders", "default"),
            ),
        ),
    )
    return Reply(f"{current}\n{message('reminders_usage', lang)}", keyboard)


def digest_reply(
    day_sessions: Sequence[Session],
    mine: Sequence[Session],
    lang: Lang,
    program: Program,
    day: date,
) -> Reply:
    parts = [f"<b>{message('digest_title', lang, day=format_day(day, lang))}</b>"]
    parts.append(
        agenda(day_sessions, lang, program) if day_sessions else message("digest_empty", lang)
    )
    if mine:
        lines = "\n".join(session_line(s, lang, program) for s in mine)
        parts.append(f"<b>{message('digest_yours', lang)}</b>\n{lines}")
    else:
        parts.append(message("digest_none_yours", lang))
    return Reply("\n\n".join(parts), session_keyboard(mine, lang))
