"""The organizers' desk: announcements, program reloads, attendee lists and numbers.

Every entry point checks the organizer list (Telegram user ids, never usernames, which
change) on every use, buttons included: a forged or forwarded button from anyone else
changes nothing, and the attempt is logged with the user id.
"""

from __future__ import annotations

import logging
from collections.abc import Collection
from dataclasses import dataclass

from bot import buttons
from bot.announcements import languages_of, parse_announcement
from bot.clock import Clock
from bot.delegate import Delegate
from bot.outbox_sender import OutboxSender
from bot.program import Program
from bot.program_holder import ProgramHolder
from bot.reload import Reloader
from bot.render import (
    attendees_reply,
    broadcast_preview,
    broadcasts_reply,
    city_name,
    format_day,
    format_hours,
    message,
    reload_preview_reply,
    session_label,
    stats_reply,
    title,
)
from bot.reply import Button, Reply
from bot.search import Lang
from bot.signups import Signups
from bot.storage import Storage
from bot.textnorm import is_number

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Audience:
    """Who an announcement goes to, as carried in button data: all, sub, s.<id>, w.<id>
    (with the waitlist) or c.<city>."""

    code: str

    def describe(self, program: Program, lang: Lang) -> str | None:
        kind, _, arg = self.code.partition(".")
        if self.code == "all":
            return message("audience_all", lang)
        if self.code == "sub":
            return message("audience_subscribers", lang)
        if kind in ("s", "w") and (session := program.session(arg)) is not None:
            extra = message("audience_with_waitlist" if kind == "w" else "audience_confirmed", lang)
            return f"{title(session, lang)} ({extra})"
        if kind == "c" and program.city(arg) is not None:
            return city_name(program.city(arg), lang)
        return None

    async def recipients(self, storage: Storage, program: Program) -> list[Delegate]:
        """Who it reaches, each with their language (the version they will get)."""
        kind, _, arg = self.code.partition(".")
        if self.code == "all":
            found = await storage.users.readers("all")
        elif self.code == "sub":
            found = await storage.users.readers("subscribers")
        elif kind in ("s", "w"):
            found = await storage.users.readers("sessions", [arg], with_waitlist=kind == "w")
        else:
            ids = [s.id for s in program.sessions if s.city == arg]
            found = await storage.users.readers("sessions", ids, with_waitlist=True)
        return [Delegate(user_id, language) for user_id, language in found]


class OrganizerDesk:
    def __init__(
        self,
        organizer_ids: Collection[int],
        storage: Storage,
        clock: Clock,
        current: ProgramHolder,
        signups: Signups,
        sender: OutboxSender,
        reloader: Reloader,
    ) -> None:
        self._organizers = frozenset(organizer_ids)
        self._storage = storage
        self._clock = clock
        self._current = current
        self._signups = signups
        self._notifier = sender
        self.reloader = reloader

    def is_organizer(self, delegate: Delegate) -> bool:
        """For what to offer (menus, /help); actions go through `allows`."""
        return delegate.id in self._organizers

    def allows(self, delegate: Delegate, what: str) -> bool:
        """True for an organizer; anyone else is logged, by id."""
        if delegate.id in self._organizers:
            return True
        log.warning("user %s tried organizer action %s", delegate.id, what[:64])
        return False

    @staticmethod
    def refusal(delegate: Delegate) -> Reply:
        return Reply(message("organizers_only", delegate.lang), alert=True)

    # ------------------------------------------------------------ broadcasts

    async def start_broadcast(self, delegate: Delegate, text: str) -> Reply:
        """/broadcast [text]: with text, straight to the audience; without, asks for it."""
        if text.strip():
            return await self.draft(delegate, text.strip())
        return Reply(message("broadcast_ask_text", delegate.lang), asks_announcement=True)

    async def draft(self, delegate: Delegate, text: str) -> Reply:
        """The organizer wrote an announcement: keep it as a draft, ask for the audience."""
        if not self.allows(delegate, "announcement text"):
            return self.refusal(delegate)
        lang = delegate.lang
        announcement = parse_announcement(text)
        if not announcement.text:  # only the dashes: still waiting for the text
            return Reply(message("broadcast_ask_text", lang), asks_announcement=True)
        draft = await self._storage.broadcasts.create_draft(
            delegate.id, announcement, self._clock.now()
        )
        return self._audience_menu(draft, lang)

    def _audience_menu(self, draft: int, lang: Lang) -> Reply:
        def pick(label: str, code: str) -> Button:
            return Button(message(label, lang), buttons.encode("organizer", f"a:{draft}:{code}"))

        keyboard = (
            (pick("audience_all", "all"), pick("audience_subscribers", "sub")),
            (
                Button(
                    message("audience_session", lang), buttons.encode("organizer", f"m:{draft}:s")
                ),
                Button(message("audience_city", lang), buttons.encode("organizer", f"m:{draft}:c")),
            ),
            (Button(message("discard_button", lang), buttons.encode("organizer", f"n:{draft}")),),
        )
        return Reply(message("broadcast_audience", lang), keyboard)

    async def press(self, delegate: Delegate, arg: str) -> Reply:
        """An organizer button ("o:..."); checked before anything else."""
        if not self.allows(delegate, f"o:{arg}"):
            return self.refusal(delegate)
        lang = delegate.lang
        verb, _, rest = arg.partition(":")
        if verb == "r":
            return await self.apply_reload(delegate, rest)
        if verb == "k":
            return Reply(message("kept", lang))
        draft_text, _, code = rest.partition(":")
        if not is_number(draft_text):
            return Reply(message("stale_button", lang), alert=True)
        draft = int(draft_text)
        if verb == "m":
            return self._choices(draft, code, lang)
        if verb == "a":
            return await self._preview(draft, Audience(code), lang)
        if verb == "y":
            return await self._send(draft, Audience(code), lang)
        if verb == "n":
            return Reply(message("broadcast_discarded", lang))
        return Reply(message("stale_button", lang), alert=True)

    def _choices(self, draft: int, menu: str, lang: Lang) -> Reply:
        """The submenus: cities ("c"), sessions ("s"), and one session's two groups
        ("s.<id>"), so that every label has a full-width button to itself."""
        program = self._current.program

        def row(label: str, verb: str, code: str) -> tuple[Button]:
            return (Button(label, buttons.encode("organizer", f"{verb}:{draft}:{code}")),)

        if menu == "c":
            rows = tuple(row(city_name(c, lang), "a", f"c.{c.name}") for c in program.cities)
            return Reply(message("audience_pick_city", lang), rows)
        kind, _, session_id = menu.partition(".")
        session = program.session(session_id)
        if kind == "s" and session is not None:
            when = f"{format_day(session.day, lang)} {format_hours(session)}"
            text = message("audience_pick_group", lang, title=title(session, lang), when=when)
            rows = (
                row(message("audience_signed_up_button", lang), "a", f"s.{session.id}"),
                row(message("audience_waitlist_button", lang), "a", f"w.{session.id}"),
                row(message("audience_sessions_button", lang), "m", "s"),
            )
            return Reply(text, rows)
        rows = tuple(row(session_label(s, lang), "m", f"s.{s.id}") for s in program.sessions)
        return Reply(message("audience_pick_session", lang), rows)

    async def _preview(self, draft: int, audience: Audience, lang: Lang) -> Reply:
        record = await self._storage.broadcasts.get(draft)
        described = audience.describe(self._current.program, lang)
        if record is None or described is None:
            return Reply(message("stale_button", lang), alert=True)
        if record.status != "draft":
            return Reply(message("broadcast_already", lang, id=str(draft)))
        recipients = await audience.recipients(self._storage, self._current.program)
        text = broadcast_preview(record.announcement, described, languages_of(recipients), lang)
        keyboard = (
            (
                Button(
                    message("send_button", lang),
                    buttons.encode("organizer", f"y:{draft}:{audience.code}"),
                ),
                Button(message("discard_button", lang), buttons.encode("organizer", f"n:{draft}")),
            ),
        )
        return Reply(text, keyboard)

    async def _send(self, draft: int, audience: Audience, lang: Lang) -> Reply:
        if audience.describe(self._current.program, lang) is None:
            return Reply(message("stale_button", lang), alert=True)
        queued, count = await self.queue(draft, audience)
        if not queued:
            return Reply(message("broadcast_already", lang, id=str(draft)))
        return Reply(message("broadcast_queued", lang, id=str(draft), count=str(count)))

    async def queue(self, draft: int, audience: Audience) -> tuple[bool, int]:
        """Materializes the broadcast into the outbox (also used by the command line)."""
        recipients = await audience.recipients(self._storage, self._current.program)
        queued = await self._storage.broadcasts.queue(
            draft, audience.code, [r.id for r in recipients], self._clock.now()
        )
        self._notifier.kick()
        return queued, len(recipients)

    async def recent(self, delegate: Delegate) -> Reply:
        lang = delegate.lang
        return broadcasts_reply(await self._storage.broadcasts.recent(), lang)

    # ------------------------------------------------------------ program reload

    async def preview_reload(self, delegate: Delegate) -> Reply:
        lang = delegate.lang
        preview = await self.reloader.preview()
        if preview.error is not None:
            return Reply(message("reload_invalid", lang, error=str(preview.error)))
        return reload_preview_reply(
            preview.changes, preview.affected, lang, preview.token, preview.reseated
        )

    async def apply_reload(self, delegate: Delegate, token: str) -> Reply:
        lang = delegate.lang
        result = await self.reloader.apply(token)
        if result.preview.error is not None:
            return Reply(message("reload_invalid", lang, error=str(result.preview.error)))
        if result.stale:
            return Reply(message("reload_stale", lang))
        return Reply(message("reload_applied", lang, told=str(result.told)))

    # ------------------------------------------------------------ numbers

    async def attendees(self, delegate: Delegate, words: str) -> Reply:
        lang = delegate.lang_for(words)
        assistant = self._current.assistant
        session = assistant.program.session(words.strip())
        if session is None and words.strip():
            answer, _ = assistant.ask(words, delegate.language)
            session = answer.sessions[0] if answer.kind == "session" else None
        if session is None:
            return Reply(message("attendees_usage", lang))
        return attendees_reply(session, await self._signups.attendees(session.id), lang)

    async def stats(self, delegate: Delegate) -> Reply:
        lang = delegate.lang
        return stats_reply(self._current.program, await self._signups.seats(), lang)
