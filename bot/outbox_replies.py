"""What a queued message says, decided when it is sent rather than when it was queued.

A reminder for a session that has begun or left the program, or yesterday's digest, is
no longer worth sending; a promotion or a change notice is rendered in the delegate's
language from the program as it is at sending time.
"""

from __future__ import annotations

import math
from datetime import date, datetime

from bot.clock import Clock
from bot.delegate import Delegate, Lang
from bot.network_views import NetworkViews
from bot.program_holder import ProgramHolder
from bot.reminders import is_late
from bot.render import (
    announcement_reply,
    broadcast_report_reply,
    digest_reply,
    program_change_reply,
    promoted_reply,
    reminder_reply,
)
from bot.render.meetings import (
    declined_notice,
    meeting_cancelled,
    meeting_confirmed,
    meeting_moved,
    meeting_reminder,
    report_notice,
    request_notice,
)
from bot.render.organizer import LANGUAGES
from bot.reply import Reply
from bot.storage import Announcement, OutboxMessage, Storage


class OutboxReplies:
    def __init__(
        self, current: ProgramHolder, storage: Storage, clock: Clock, views: NetworkViews
    ) -> None:
        self._current = current
        self._storage = storage
        self._clock = clock
        self._views = views

    async def compose(self, outgoing: OutboxMessage) -> Reply | None:
        """The reply for a queued message; None means there is nothing to say any more."""
        lang = Delegate(outgoing.user_id, outgoing.language).lang
        program = self._current.program
        now = self._clock.now()
        session = program.session(outgoing.session_id or "")
        if outgoing.kind == "promoted" and session is not None:
            return promoted_reply(session, lang, outgoing.user_id)
        if outgoing.kind == "reminder" and session is not None and now < session.start:
            return reminder_reply(
                session, lang, outgoing.user_id, now, late=is_late(outgoing.due_at, now)
            )
        if outgoing.kind == "broadcast":
            text = Announcement.from_payload(outgoing.payload).for_reader(lang)
            return announcement_reply(text, lang)
        if outgoing.kind == "program_change":
            return program_change_reply(outgoing.payload, lang)
        if outgoing.kind == "broadcast_report":
            record = await self._storage.broadcasts.get(int(outgoing.payload["broadcast"]))
            return broadcast_report_reply(record, lang) if record else None
        if outgoing.kind.startswith("meeting_"):
            return await self._meeting(outgoing, lang)
        if outgoing.kind == "network_report":
            report = await self._storage.networking.get_report(int(outgoing.payload["report"]))
            languages = (lang,) if outgoing.language else LANGUAGES  # theirs, or both
            return report_notice(report, languages) if report else None
        if outgoing.kind == "digest":
            day = date.fromisoformat(outgoing.payload["day"])
            if now.date() > day:
                return None
            confirmed = [
                session
                for record in await self._storage.signups.of(outgoing.user_id)
                if record.status == "confirmed"
                and (session := program.session(record.session_id)) is not None
                and session.day == day
            ]
            mine = sorted(confirmed, key=lambda s: (s.start, s.id))
            today = [s for s in program.sessions if s.day == day]
            return digest_reply(today, mine, lang, program, day)
        return None

    async def _meeting(self, outgoing: OutboxMessage, lang: Lang) -> Reply | None:
        """A request to answer, an answer, a cancellation or a reminder of a meeting; a
        request answered meanwhile, or a meeting already begun, is not worth a message."""
        program = self._current.program
        payload, user_id = outgoing.payload, outgoing.user_id
        if outgoing.kind in ("meeting_request", "meeting_declined"):
            request = await self._views.request_view(int(payload["request"]))
            if request is None:
                return None
            if outgoing.kind == "meeting_declined":
                return declined_notice(request, lang)
            pending = request.request.status == "pending"
            return request_notice(request, program, lang) if pending else None
        if outgoing.kind == "meeting_cancelled":
            start = payload.get("start")
            moment = datetime.fromisoformat(start) if start else None
            return meeting_cancelled(program.session(payload.get("session_id") or ""), moment, lang)
        meeting = await self._views.meeting_view(int(payload["meeting"]), user_id)
        if meeting is None:
            return None
        if outgoing.kind == "meeting_accepted":
            return meeting_confirmed(meeting, program, lang)
        if outgoing.kind == "meeting_moved":
            return meeting_moved(meeting, program, lang)
        now = self._clock.now()
        if outgoing.kind != "meeting_reminder" or meeting.start is None or now >= meeting.start:
            return None
        minutes = math.ceil((meeting.start - now).total_seconds() / 60)
        return meeting_reminder(meeting, minutes, program, lang)
