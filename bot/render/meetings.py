"""Replies of the networking: the profile form's questions, suggestions, requests and
meetings, and the organizers' figures. Pure functions of what the core hands them.

A delegate's Telegram identity appears only through `contact_link`, in the replies about
an accepted meeting: its two delegates get each other's contact link, nobody else does.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import TYPE_CHECKING

from bot import buttons
from bot.clock import EVENT_TZ
from bot.ics import CalendarMeeting
from bot.matchmaking import LANGUAGES, MAX_NETWORK_TEXT, ROLES, Match, NetworkProfile
from bot.program import Program, Session
from bot.render.catalog import Markup, escape, message
from bot.render.networking import match_reason, public_profile, role_label
from bot.render.pieces import format_day, short_title, title, venue
from bot.reply import Button, Reply, html_to_plain
from bot.search import Lang
from bot.storage.network_drafts import NetworkDraft
from bot.storage.records import ReportRecord

if TYPE_CHECKING:  # the services render through here
    from bot.network_views import MeetingView, RequestView
    from bot.networking import NetworkStats

Keyboard = tuple[tuple[Button, ...], ...]


def _ticked(label: str, chosen: bool) -> str:
    return f"✓ {label}" if chosen else label


def _pairs(row: Sequence[Button]) -> Keyboard:
    return tuple(tuple(row[i : i + 2]) for i in range(0, len(row), 2))


def form_question(draft: NetworkDraft, program: Program, lang: Lang) -> Reply:
    """The question for the step the draft has reached, with its buttons."""
    step = draft.step
    if step == "role":
        choices = [
            Button(_ticked(role_label(role, lang), role == draft.role), _net(f"role.{role}"))
            for role in ROLES
        ]
        text = f"{message('net_intro', lang)}\n\n{message('net_ask_role', lang)}"
        return Reply(text, _pairs(choices))
    if step == "sectors":
        choices = [
            Button(
                _ticked(sector.named(lang), sector.id in draft.sectors), _net(f"sector.{sector.id}")
            )
            for sector in program.sectors
        ]
        done = (Button(message("net_done_button", lang), _net("sectors.done")),)
        return Reply(message("net_ask_sectors", lang), (*_pairs(choices), done), edits=True)
    if step in ("offer", "seek"):
        text = message(f"net_ask_{step}", lang, limit=str(MAX_NETWORK_TEXT))
        current = draft.offer if step == "offer" else draft.seek
        if not current:
            return Reply(text)
        keep = Button(message("net_keep_button", lang), _net("keep"))
        return Reply(f"{text}\n\n{message('net_now', lang, text=current)}", ((keep,),))
    choices = [
        Button(
            _ticked(message(f"net_language_{code}", lang), code in draft.languages),
            _net(f"lang.{code}"),
        )
        for code in LANGUAGES
    ]
    done = (Button(message("net_done_button", lang), _net("languages.done")),)
    return Reply(message("net_ask_languages", lang), (tuple(choices), done), edits=True)


def form_paused(step: str, lang: Lang) -> Reply:
    """After answering something else: the text question again, with a way out."""
    field = message(f"net_field_{step}", lang)
    keyboard = (
        (
            Button(message("go_on_button", lang), _net("go")),
            Button(message("stop_button", lang), _net("stop")),
        ),
    )
    return Reply(message("net_paused", lang, field=field), keyboard)


def own_profile(profile: NetworkProfile, visible: bool, program: Program, lang: Lang) -> Reply:
    """/network for a delegate who has a profile: it, as others see it, and what to do."""
    header = message("net_yours_visible" if visible else "net_yours_hidden", lang)
    text = f"{header}\n\n{public_profile(profile, program, lang)}"
    toggle = (
        Button(message("net_hide_button", lang), _net("hide"))
        if visible
        else Button(message("net_show_button", lang), _net("show"))
    )
    keyboard = (
        (Button(message("net_people_button", lang), _net("people")),),
        (Button(message("net_edit_button", lang), _net("edit")), toggle),
    )
    return Reply(text, keyboard)


def matches_reply(
    matches: Sequence[Match],
    me: NetworkProfile,
    program: Program,
    lang: Lang,
    session: Session | None = None,
) -> Reply:
    """Up to five delegates to meet, each with the reason in one line and a button."""
    header = (
        message("matches_header_at", lang, title=short_title(session, lang))
        if session is not None
        else message("matches_header", lang)
    )
    if not matches:
        return Reply(f"{header}\n\n{message('matches_none', lang)}")
    blocks = [header]
    keyboard: list[Button] = []
    at = session.id if session is not None else ""
    for number, match in enumerate(matches, start=1):
        profile = public_profile(match.profile, program, lang)
        reason = match_reason(match, me, program, lang)  # escaped there
        blocks.append(f"<b>#{number}</b> {profile}\n💡 <i>{reason}</i>")
        label = message("match_meet_button", lang, number=str(number))
        keyboard.append(Button(label, buttons.encode("meet", f"{match.profile.handle}:{at}")))
    return Reply("\n\n".join(blocks), _pairs(keyboard))


def join_first(lang: Lang) -> Reply:
    join = Button(message("net_join_button", lang), _net("edit"))
    return Reply(message("matches_join_first", lang), ((join,),))


def request_notice(view: RequestView, program: Program, lang: Lang) -> Reply:
    """To the delegate asked: who asks (their public profile), and four answers, which
    only they may press."""
    requester, request = view.requester, view.request
    session = program.session(request.session_id or "")
    where = (
        Markup(message("request_notice_at", lang, title=short_title(session, lang)))
        if session is not None
        else ""
    )
    text = (
        f"{message('request_notice', lang, name=requester.name, where=where)}\n\n"
        f"{public_profile(requester, program, lang)}"
    )

    def answer(key: str, verb: str) -> Button:
        data = buttons.encode("answer_request", f"{verb}.{request.id}", owner=request.to_user)
        return Button(message(key, lang), data)

    keyboard = (
        (answer("request_accept_button", "accept"), answer("request_decline_button", "decline")),
        (answer("request_block_button", "block"), answer("request_report_button", "report")),
    )
    return Reply(text, keyboard)


def contact_link(view: MeetingView) -> str:
    """The partner's Telegram contact: only ever for a meeting both accepted."""
    return f'<a href="tg://user?id={int(view.contact)}">{escape(view.other.name)}</a>'


def declined_notice(view: RequestView, lang: Lang) -> Reply:
    """To the asker: the delegate they asked cannot meet (a block reads the same way)."""
    name = view.target.name if view.target is not None else "—"
    return Reply(message("declined_notice", lang, name=name))


def meeting_place(view: MeetingView, program: Program, lang: Lang) -> str:
    session = program.session(view.session_id or "")
    if session is None:
        return message("meeting_no_session", lang)
    if view.start is None or view.table_no is None:
        return message("meeting_no_table", lang, title=short_title(session, lang))
    return message(
        "meeting_slot",
        lang,
        when=_moment(view.start, lang),
        table=str(view.table_no),
        title=short_title(session, lang),
        venue=venue(session, lang),
    )


def meeting_confirmed(view: MeetingView, program: Program, lang: Lang) -> Reply:
    """To both delegates of an accepted meeting: where and when, and the other's contact."""
    return _meeting_notice("meeting_confirmed", view, program, lang)


def meeting_moved(view: MeetingView, program: Program, lang: Lang) -> Reply:
    """To both delegates of a meeting a reload took the table of: the new slot and table,
    or none (they agree on a time), and the other's contact."""
    return _meeting_notice("meeting_moved", view, program, lang)


def _meeting_notice(key: str, view: MeetingView, program: Program, lang: Lang) -> Reply:
    other = view.other
    text = message(
        key,
        lang,
        name=other.name,
        organization=other.organization,
        where=Markup(meeting_place(view, program, lang)),
    )
    contact = message("contact_line", lang, contact=Markup(contact_link(view)))
    return Reply(f"{text}\n{contact}")


def meeting_reminder(view: MeetingView, minutes: int, program: Program, lang: Lang) -> Reply:
    session = program.session(view.session_id or "")
    text = message(
        "meeting_reminder",
        lang,
        minutes=str(minutes),
        name=view.other.name,
        table=str(view.table_no),
        title=short_title(session, lang) if session is not None else "",
    )
    return Reply(f"{text}\n{message('contact_line', lang, contact=Markup(contact_link(view)))}")


def meeting_cancelled(session: Session | None, start: datetime | None, lang: Lang) -> Reply:
    label = short_title(session, lang) if session is not None else ""
    when = _moment(start, lang) if start is not None else ""
    return Reply(message("meeting_cancelled", lang, title=label, when=when))


def agenda_meetings(views: Sequence[MeetingView], lang: Lang) -> str:
    """The meetings under /my's sessions, in time order."""
    lines = [message("agenda_meetings", lang)]
    for view in views:
        table = (
            Markup(message("agenda_meeting_table", lang, table=str(view.table_no)))
            if view.table_no is not None
            else ""
        )
        when = _moment(view.start, lang) if view.start is not None else "—"
        lines.append(
            message(
                "agenda_meeting",
                lang,
                when=when,
                name=view.other.name,
                organization=view.other.organization,
                table=table,
            )
        )
    return "\n".join(lines)


def calendar_meetings(
    views: Sequence[MeetingView], program: Program, lang: Lang
) -> list[CalendarMeeting]:
    """The meetings that have a slot, as calendar events."""
    events = []
    for view in views:
        session = program.session(view.session_id or "")
        if session is None or view.start is None or view.end is None or view.table_no is None:
            continue
        summary = message(
            "ics_meeting", lang, name=view.other.name, organization=view.other.organization
        )
        table = message("agenda_meeting_table", lang, table=str(view.table_no)).lstrip(",， ")
        events.append(
            CalendarMeeting(
                view.meeting_id,
                view.start,
                view.end,
                html_to_plain(summary),
                f"{venue(session, lang)}, {table}",
            )
        )
    return events


def stats_reply(stats: NetworkStats, program: Program, lang: Lang) -> Reply:
    """/stats for organizers: who joined, how requests went, meetings per session, reports."""
    lines = [
        message("stats_header", lang),
        message("stats_people", lang, visible=str(stats.visible), hidden=str(stats.hidden)),
        message(
            "stats_requests",
            lang,
            **{status: str(stats.requests.get(status, 0)) for status in _STATUSES},
        ),
        "",
        message("stats_meetings", lang),
    ]
    for session in program.sessions:
        count = stats.meetings.get(session.id, 0)
        if session.is_matchmaking or count:
            lines.append(
                message("stats_meeting_line", lang, title=title(session, lang), count=str(count))
            )
    if stats.reports:
        lines += ["", message("stats_reports", lang)]
        lines += [
            message(
                "stats_report_line",
                lang,
                when=_moment(report.created_at, lang),
                reporter=report.reporter_name or _UNKNOWN,
                reported=report.reported_name or _UNKNOWN,
            )
            for report in stats.reports
        ]
    return Reply("\n".join(lines))


_STATUSES = ("pending", "accepted", "declined", "blocked")
_UNKNOWN = "—"  # a name or organization the delegate never gave


def report_notice(report: ReportRecord, languages: Sequence[Lang]) -> Reply:
    """To an organizer: who reported whom and when, and that the pair is blocked; in each
    of `languages` (both when the organizer's own is not known)."""
    return Reply(
        "\n\n".join(
            message(
                "report_notice",
                lang,
                when=_moment(report.created_at, lang),
                reporter=report.reporter_name or _UNKNOWN,
                reporter_organization=report.reporter_organization or _UNKNOWN,
                reported=report.reported_name or _UNKNOWN,
                reported_organization=report.reported_organization or _UNKNOWN,
            )
            for lang in languages
        )
    )


def _moment(moment: datetime, lang: Lang) -> str:
    local = moment.astimezone(EVENT_TZ)
    return f"{format_day(local.date(), lang)} {local:%H:%M}"


def _net(arg: str) -> str:
    return buttons.encode("network", arg)
