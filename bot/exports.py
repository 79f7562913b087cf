"""What the command line prints: the program, answers, attendee lists, the meetings' table
plan (pure functions)."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any

from bot.clock import EVENT_TZ
from bot.program import Program, Session
from bot.reply import Reply, numbered_buttons
from bot.search import Answer
from bot.storage import Attendee

if TYPE_CHECKING:  # the networking service renders its rows through here
    from bot.networking import MeetingRow

ATTENDEE_COLUMNS = (
    "status",
    "waitlist_position",
    "user_id",
    "name",
    "organization",
    "signed_up_at",
)


def session_json(session: Session) -> dict[str, Any]:
    return {
        "id": session.id,
        "title": session.title,
        "title_zh": session.title_zh,
        "kind": session.kind,
        "city": session.city,
        "venue": session.venue,
        "venue_zh": session.venue_zh,
        "address": session.address,
        "address_zh": session.address_zh,
        "latitude": session.latitude,
        "longitude": session.longitude,
        "start": session.start.isoformat(),
        "end": session.end.isoformat(),
        "capacity": session.capacity,
        "themes": list(session.themes),
        "description": session.description,
        "description_zh": session.description_zh,
        "meeting_tables": session.tables,
        "meeting_slots": session.meeting_slots,
        "slot_minutes": session.slot_minutes,
    }


def program_json(program: Program) -> str:
    return (
        json.dumps(
            {
                "sessions": [session_json(s) for s in program.sessions],
                "sectors": [
                    {"id": s.id, "name": s.name, "name_zh": s.name_zh} for s in program.sectors
                ],
            },
            ensure_ascii=False,
            indent=2,
        )
        + "\n"
    )


def program_text(program: Program) -> str:
    return "".join(
        f"{s.start:%a %d %b %H:%M}–{s.end:%H:%M}  {s.city:<9} {s.id:<32} {s.title}\n"
        for s in program.sessions
    )


def answer_json(question: str, answer: Answer | None, reply: Reply) -> str:
    """One line of `ask --json`: what a scorer needs, the reply as a person reads it."""
    record: dict[str, Any] = {
        "question": question,
        # session, list, theme, themes, venue, venues, faq, agenda, outside, suggest, greeting,
        # none; a command answers as "command"
        "kind": answer.kind if answer else "command",
        # a command that lists nothing (e.g. /help) answers with certainty too
        "confident": answer.confident if answer else not question.startswith("/"),
        # the sessions behind the answer, also for "now" and "next" ("what comes next" when
        # nothing is on)
        "sessions": [s.id for s in (answer.sessions or answer.upcoming)] if answer else [],
        "reply": reply.plain,
    }
    if answer is not None:
        for name, value in (("faq", answer.faq), ("theme", answer.theme), ("venue", answer.venue)):
            if value is not None:
                record[name] = value.id
        if answer.venues:
            record["venues"] = [v.id for v in answer.venues]
        if answer.detail_unstated:  # the session is offered: the program does not say
            record["detail_unstated"] = True
    return json.dumps(record, ensure_ascii=False) + "\n"


def answer_text(question: str, reply: Reply) -> str:
    """One answer of `ask` as a person reads it: the question, the reply, its buttons (the
    options of "which one do you mean?" among them)."""
    lines = [f"> {question}", reply.plain]
    lines += numbered_buttons([button.label for button in row] for row in reply.buttons)
    return "\n".join(lines) + "\n\n"


def _attendee_row(attendee: Attendee) -> tuple[Any, ...]:
    return (
        attendee.status,
        attendee.position or "",
        attendee.user_id,
        attendee.name or "",
        attendee.organization or "",
        attendee.signed_up_at.isoformat(),
    )


# A cell starting with one of these is run as a formula by Excel, LibreOffice or Sheets
# (some skip a leading tab or carriage return first): a delegate's typed name
# `=HYPERLINK(...)` would become a link, `+cmd|...` a command (OWASP, "CSV injection").
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def spreadsheet_cell(value: object) -> str:
    """The value as text a spreadsheet shows and never runs: a leading apostrophe is how
    spreadsheets mark "this is text"."""
    text = str(value)
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def spreadsheet_csv(header: Sequence[str], rows: Iterable[Sequence[object]]) -> str:
    """CSV for organizers to open in a spreadsheet; every cell goes through spreadsheet_cell."""
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(header)
    writer.writerows([spreadsheet_cell(value) for value in row] for row in rows)
    return out.getvalue()


def attendees_csv(attendees: Sequence[Attendee]) -> str:
    return spreadsheet_csv(ATTENDEE_COLUMNS, map(_attendee_row, attendees))


def attendees_json(session: Session, attendees: Sequence[Attendee]) -> str:
    def person(attendee: Attendee) -> dict[str, Any]:
        return {
            "user_id": attendee.user_id,
            "name": attendee.name,
            "organization": attendee.organization,
            "signed_up_at": attendee.signed_up_at.isoformat(),
        }

    return (
        json.dumps(
            {
                "session": session.id,
                "capacity": session.capacity,
                "confirmed": [person(a) for a in attendees if a.status == "confirmed"],
                "waitlist": [person(a) for a in attendees if a.status == "waitlist"],
            },
            ensure_ascii=False,
            indent=2,
        )
        + "\n"
    )


def attendees_text(session: Session, attendees: Sequence[Attendee]) -> str:
    confirmed = sum(1 for a in attendees if a.status == "confirmed")
    lines = [
        f"{session.id}: {confirmed} of {session.capacity} confirmed, "
        f"{len(attendees) - confirmed} waiting"
    ]
    for status, position, user_id, name, organization, signed_up_at in map(
        _attendee_row, attendees
    ):
        label = f"waitlist #{position}" if status == "waitlist" else status
        lines.append(f"{label:<13} {user_id:<12} {name:<24} {organization:<30} {signed_up_at}")
    return "\n".join(lines) + "\n"


MEETING_COLUMNS = (
    "session",
    "slot_start",
    "table",
    "name_a",
    "organization_a",
    "name_b",
    "organization_b",
)


def _meeting_row(meeting: MeetingRow) -> tuple[Any, ...]:
    return (
        meeting.session_id or "",
        meeting.start.astimezone(EVENT_TZ).isoformat() if meeting.start else "",
        meeting.table_no or "",
        meeting.name_a or "",
        meeting.organization_a or "",
        meeting.name_b or "",
        meeting.organization_b or "",
    )


def meetings_csv(meetings: Sequence[MeetingRow]) -> str:
    """The table plan: every accepted meeting, cells neutralised like the attendee list."""
    return spreadsheet_csv(MEETING_COLUMNS, map(_meeting_row, meetings))


def meetings_json(meetings: Sequence[MeetingRow]) -> str:
    rows = [dict(zip(MEETING_COLUMNS, _meeting_row(m), strict=True)) for m in meetings]
    return json.dumps({"meetings": rows}, ensure_ascii=False, indent=2) + "\n"


def meetings_text(meetings: Sequence[MeetingRow]) -> str:
    lines = [f"{len(meetings)} accepted meetings"]
    for session, start, table, name_a, org_a, name_b, org_b in map(_meeting_row, meetings):
        slot = f"{start[:16]} table {table}" if start else "no table"
        lines.append(f"{session:<32} {slot:<28} {name_a} ({org_a}) – {name_b} ({org_b})")
    return "\n".join(lines) + "\n"
