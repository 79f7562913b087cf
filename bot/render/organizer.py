"""Announcements and program changes as delegates see them, and the organizers' views."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from datetime import datetime
from typing import Any

from bot import buttons
from bot.announcements import untranslated
from bot.clock import EVENT_TZ
from bot.exports import attendees_csv
from bot.program import Program, Session
from bot.program_changes import SessionChange, session_facts
from bot.render.catalog import Markup, escape, message
from bot.render.pieces import (
    format_day,
    title,
)
from bot.reply import Attachment, Button, Reply
from bot.search import Lang
from bot.signups import Seats
from bot.storage import Announcement, Attendee, BroadcastRecord

# ---------------------------------------------------------------- announcements, changes


def announcement_reply(text: str, lang: Lang) -> Reply:
    return Reply(message("announcement", lang, text=text))


LANGUAGES: tuple[Lang, ...] = ("en", "zh")  # the order a two-version preview shows them


def broadcast_preview(
    announcement: Announcement, audience: str, readers: Counter[Lang], lang: Lang
) -> str:
    """The announcement as its recipients will see it: each version under how many read
    it, or the one text with a word on whom it does not speak to."""
    count = str(readers.total())
    if announcement.text_zh:
        shown = "\n\n".join(
            message(
                "preview_version",
                lang,
                language=message(f"version_{reader}", lang),
                count=str(readers[reader]),
                announcement=Markup(
                    announcement_reply(announcement.for_reader(reader), reader).text
                ),
            )
            for reader in LANGUAGES
        )
    else:
        shown = announcement_reply(announcement.text, lang).text
        if (missing := untranslated(announcement, readers)) is not None:
            language = message(f"reader_{missing}", lang)
            hint = message(
                "preview_one_version", lang, count=str(readers[missing]), language=language
            )
            shown += f"\n\n{hint}"
    return message(
        "broadcast_preview", lang, announcement=Markup(shown), audience=audience, count=count
    )


def news_reply(broadcasts: Sequence[BroadcastRecord], lang: Lang) -> Reply:
    if not broadcasts:
        return Reply(message("news_empty", lang))
    lines = [f"<b>{message('news_title', lang)}</b>"]
    for broadcast in broadcasts:
        stamp = (broadcast.queued_at or broadcast.created_at).astimezone(EVENT_TZ)
        lines.append(
            f"\n<i>{format_day(stamp.date(), lang)} {stamp:%H:%M}</i>\n"
            + escape(broadcast.announcement.for_reader(lang))
        )
    return Reply("\n".join(lines))


def _when_from(facts: dict[str, Any], lang: Lang) -> str:
    start = datetime.fromisoformat(facts["start"]).astimezone(EVENT_TZ)
    end = datetime.fromisoformat(facts["end"]).astimezone(EVENT_TZ)
    return f"{format_day(start.date(), lang)} {start:%H:%M}–{end:%H:%M}"


def _place_from(facts: dict[str, Any], lang: Lang) -> str:
    if lang == "zh":
        return f"{facts['venue_zh']}（{facts['address_zh']}）"
    return f"{facts['venue']} ({facts['address']})"


def change_line(change: dict[str, Any], lang: Lang) -> str:
    """One change, old → new, from the facts stored when it was queued."""
    old, new = change.get("old"), change.get("new")
    facts = old or new or {}
    name = facts.get("title_zh" if lang == "zh" else "title", "")
    if change["kind"] == "moved":
        return message(
            "change_moved", lang, title=name, old=_when_from(old, lang), new=_when_from(new, lang)
        )
    if change["kind"] == "venue":
        return message(
            "change_venue", lang, title=name, old=_place_from(old, lang), new=_place_from(new, lang)
        )
    if change["kind"] == "cancelled":
        return message("change_cancelled", lang, title=name)
    if change["kind"] == "capacity":
        seats = (int(old["capacity"]), int(new["capacity"])) if old and new else (0, 0)
        key = "change_seats_more" if seats[1] > seats[0] else "change_seats_fewer"
        return message(key, lang, title=name, old=str(seats[0]), new=str(seats[1]))
    if change["kind"] == "tables" and old and new:
        return message(
            "change_tables",
            lang,
            title=name,
            old=str(old.get("tables", 0)),
            new=str(new.get("tables", 0)),
            old_minutes=str(old.get("slot_minutes", 0)),
            new_minutes=str(new.get("slot_minutes", 0)),
        )
    return message("change_added", lang, title=name, new=_when_from(new, lang))


def program_change_reply(payload: dict[str, Any], lang: Lang) -> Reply:
    lines = [message("program_change", lang)]
    lines += [change_line(change, lang) for change in payload.get("changes", [])]
    return Reply("\n".join(lines), ((Button("/my", buttons.encode("show_agenda")),),))


# ---------------------------------------------------------------- organizers


def broadcast_report_reply(broadcast: BroadcastRecord, lang: Lang) -> Reply:
    seconds = 0.0
    if broadcast.queued_at and broadcast.finished_at:
        seconds = (broadcast.finished_at - broadcast.queued_at).total_seconds()
    return Reply(
        message(
            "broadcast_report",
            lang,
            id=str(broadcast.id),
            sent=str(broadcast.sent),
            blocked=str(broadcast.blocked),
            failed=str(broadcast.failed),
            seconds=f"{seconds:.1f}",
        )
    )


def broadcasts_reply(broadcasts: Sequence[BroadcastRecord], lang: Lang) -> Reply:
    if not broadcasts:
        return Reply(message("news_empty", lang))
    lines = [f"<b>{message('broadcasts_title', lang)}</b>"]
    for b in broadcasts:
        text = b.announcement.for_reader(lang)
        snippet = text if len(text) <= 40 else text[:39] + "…"
        lines.append(
            message(
                "broadcast_line",
                lang,
                id=str(b.id),
                status=b.status,
                sent=str(b.sent),
                total=str(b.total),
                blocked=str(b.blocked),
                failed=str(b.failed),
                text=snippet,
            )
        )
    return Reply("\n".join(lines))


def reload_preview_reply(
    changes: Sequence[SessionChange],
    affected: dict[str, int],
    lang: Lang,
    token: str,
    reseated: dict[str, int] | None = None,
) -> Reply:
    if not changes:
        return Reply(message("reload_same", lang))
    reseated = reseated or {}
    # the meetings at tables or slots gone are counted beside the tables' change, or
    # beside the move that shortened the session
    tables_changed = {c.session_id for c in changes if c.kind == "tables"}
    lines = []
    for change in changes:
        facts = {
            "kind": change.kind,
            "old": session_facts(change.old),
            "new": session_facts(change.new),
        }
        counts = []
        if change.kind != "tables" and affected.get(change.session_id):
            counts.append(message("affected_count", lang, count=str(affected[change.session_id])))
        reseats_here = change.kind == "tables" or (
            change.kind == "moved" and change.session_id not in tables_changed
        )
        if reseats_here and reseated.get(change.session_id):
            counts.append(message("reseated_count", lang, count=str(reseated[change.session_id])))
        lines.append(" ".join([change_line(facts, lang), *counts]))
    told = sum(affected.values())
    keyboard = (
        (
            Button(message("apply_button", lang), buttons.encode("organizer", f"r:{token}")),
            Button(message("discard_button", lang), buttons.encode("organizer", "k")),
        ),
    )
    text = message("reload_preview", lang, lines=Markup("\n".join(lines)), count=str(told))
    return Reply(text, keyboard)


def attendees_reply(session: Session, attendees: Sequence[Attendee], lang: Lang) -> Reply:
    confirmed = [a for a in attendees if a.status == "confirmed"]
    waiting = [a for a in attendees if a.status == "waitlist"]
    lines = [
        message(
            "attendees_title",
            lang,
            title=title(session, lang),
            confirmed=str(len(confirmed)),
            capacity=str(session.capacity),
            waiting=str(len(waiting)),
        )
    ]
    if len(attendees) > ATTENDEES_INLINE:
        lines.append(message("attendees_csv", lang))
        return Reply(
            "\n".join(lines),
            document=Attachment(
                f"attendees-{session.id}.csv",
                attendees_csv(attendees).encode("utf-8-sig"),  # the BOM: Excel reads Chinese
                "text/csv",
            ),
        )
    lines += [
        f"{n}. {escape(a.name or '?')} — {escape(a.organization or '?')}"
        for n, a in enumerate(confirmed, start=1)
    ]
    lines += [
        f"⏳ #{a.position} {escape(a.name or '?')} — {escape(a.organization or '?')}"
        for a in waiting
    ]
    return Reply("\n".join(lines))


ATTENDEES_INLINE = 30


def stats_reply(program: Program, seats: dict[str, Seats], lang: Lang) -> Reply:
    lines = [message("stats_title", lang)]
    for session in program.sessions:
        s = seats[session.id]
        percent = round(100 * s.confirmed / s.capacity) if s.capacity else 0
        flag = "⚠️ " if s.waiting else ""
        lines.append(
            message(
                "stats_line",
                lang,
                flag=flag,
                title=title(session, lang),
                confirmed=str(s.confirmed),
                capacity=str(s.capacity),
                percent=str(percent),
                waiting=str(s.waiting),
            )
        )
    return Reply("\n".join(lines))
