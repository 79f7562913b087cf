"""The delegate's desk: one entry point for a message or a button press.

It puts the pure Assistant (questions, browsing) together with sign-ups (which need
the database): a session card gets its seats and the delegate's own status, and the
sign-up commands and buttons are handled here. Handlers and `run_bot.py ask` both come
through `respond`, so what the command line prints is what the chat shows.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import replace
from datetime import date

from bot import buttons
from bot.assistant import Assistant, command_language, split_command, with_length_note
from bot.config import parse_leads
from bot.delegate import Delegate
from bot.ics import agenda_calendar, agenda_filename
from bot.organizer import OrganizerDesk
from bot.reminders import Reminders, is_late
from bot.render import (
    agenda_reply,
    announcement_reply,
    broadcast_report_reply,
    cancel_reply,
    digest_reply,
    forget_question,
    message,
    news_reply,
    program_change_reply,
    promoted_reply,
    reminder_reply,
    reminder_settings,
    signup_card,
    signup_reply,
    with_reason,
)
from bot.reply import Attachment, Reply
from bot.search import Answer, Lang, question_language
from bot.signups import Signups
from bot.storage import OutboxMessage, Storage

ANONYMOUS = 0  # `run_bot.py ask` asks as nobody in particular


class Desk:
    def __init__(
        self,
        assistant: Callable[[], Assistant],
        storage: Storage,
        signups: Signups,
        reminders: Reminders,
        organizer: OrganizerDesk,
    ) -> None:
        self._assistant = assistant  # a callable: a program reload swaps the Assistant
        self._storage = storage
        self.signups = signups
        self.reminders = reminders
        self.organizer = organizer
        self._commands: dict[str, Callable[[Delegate, str], Awaitable[Reply]]] = {
            "signup": self._signup_command,
            "cancel": self._cancel_command,
            "my": self._my,
            "forget": self._forget_command,
            "reminders": self._reminders_command,
            "subscribe": self._subscribe,
            "unsubscribe": self._unsubscribe,
            "news": self._news,
            # organizers' commands check the organizer list themselves
            "broadcasts": lambda delegate, _: organizer.recent(delegate),
            "reload": lambda delegate, _: organizer.preview_reload(delegate),
            "attendees": organizer.attendees,
            "stats": lambda delegate, _: organizer.stats(delegate),
        }

    @property
    def assistant(self) -> Assistant:
        return self._assistant()

    async def respond(self, delegate: Delegate, text: str) -> tuple[Answer | None, Reply]:
        """A message: a sign-up command, another command, or a question."""
        if text.startswith("/"):
            name, arg = split_command(text)
            command = self._commands.get(name)
            if command is not None:
                return None, await command(delegate, arg)
        answer, reply = self.assistant.respond(text, delegate.language)
        if answer is not None and answer.kind == "session":
            card = await self.card(
                delegate, answer.sessions[0].id, answer.lang, answer.intent, fallback=reply
            )
            reply = with_length_note(text, answer.lang, with_reason(answer, card))
        elif answer is not None and answer.kind == "agenda":  # "my schedule" is what /my shows
            items = await self.signups.agenda(delegate.id)
            mine = agenda_reply(items, answer.lang, self.assistant.program, delegate.id)
            reply = with_length_note(text, answer.lang, mine)
        return answer, reply

    async def press(self, delegate: Delegate, data: str | None) -> Reply:
        """A button press; forged, stale or someone else's buttons change nothing."""
        lang = command_language("", delegate.language)
        action = buttons.decode(data)
        if action is None:
            return Reply(message("stale_button", lang), alert=True)
        if action.owner is not None and action.owner != delegate.id:
            return Reply(message("not_yours", lang), alert=True)
        if action.name in ("signup", "signup_anyway"):
            result = await self.signups.sign_up(
                delegate.id, action.arg, despite_clash=action.name == "signup_anyway"
            )
            return signup_reply(result, lang, self.assistant.program)
        if action.name == "cancel":
            return cancel_reply(await self.signups.cancel(delegate.id, action.arg), lang)
        if action.name == "my":
            return await self._my(delegate, "")
        if action.name == "calendar":
            return await self.calendar(delegate)
        if action.name == "forget":
            await self.signups.forget(delegate.id)
            return Reply(message("forgotten", lang))
        if action.name == "keep":
            return Reply(message("kept", lang))
        if action.name == "reminders":
            return await self._reminders_command(delegate, action.arg)
        if action.name == "organizer":
            return await self.organizer.press(delegate, action.arg)
        reply = self.assistant.press(data, delegate.language)
        if action.name in ("session", "where") and not reply.alert:
            reply = await self.card(
                delegate,
                action.arg,
                lang,
                "where" if action.name == "where" else "info",
                fallback=reply,
            )
        return reply

    async def card(
        self, delegate: Delegate, session_id: str, lang: Lang, intent: str, fallback: Reply
    ) -> Reply:
        """A session card with seats left and, for a delegate, their status and buttons."""
        program = self.assistant.program
        session = program.session(session_id)
        if session is None or delegate.id == ANONYMOUS:
            return fallback
        seats, mine = await self.signups.standing(session, delegate.id)
        return signup_card(
            session,
            lang,
            program,
            intent=intent,
            seats=seats,
            mine=mine,
            user_id=delegate.id,
            now=self.assistant.clock.now(),
        )

    async def complete_signup(self, delegate: Delegate, session_id: str) -> Reply:
        """The sign-up that waited for the delegate's profile."""
        lang = command_language("", delegate.language)
        result = await self.signups.sign_up(delegate.id, session_id)
        return signup_reply(result, lang, self.assistant.program)

    async def calendar(self, delegate: Delegate) -> Reply:
        lang = command_language("", delegate.language)
        confirmed = [
            item.session
            for item in await self.signups.agenda(delegate.id)
            if item.signup.status == "confirmed"
        ]
        if not confirmed:
            return Reply(message("calendar_empty", lang))
        content = agenda_calendar(confirmed, lang, now=self.assistant.clock.now())
        document = Attachment(agenda_filename(lang), content, "text/calendar")
        return Reply(message("calendar_caption", lang), document=document)

    async def outbox_reply(self, outgoing: OutboxMessage) -> Reply | None:
        """A queued message, rendered when it is sent, in the delegate's language.

        None means there is nothing to say any more: a reminder for a session that has
        begun or left the program, yesterday's digest.
        """
        lang = command_language("", outgoing.language)
        program = self.assistant.program
        now = self.assistant.clock.now()
        session = program.session(outgoing.session_id or "")
        if outgoing.kind == "promoted" and session is not None:
            return promoted_reply(session, lang, outgoing.user_id)
        if outgoing.kind == "reminder" and session is not None and now < session.start:
            return reminder_reply(
                session, lang, outgoing.user_id, now, late=is_late(outgoing.due_at, now)
            )
        if outgoing.kind == "broadcast":
            return announcement_reply(outgoing.payload.get("text", ""), lang)
        if outgoing.kind == "program_change":
            return program_change_reply(outgoing.payload, lang)
        if outgoing.kind == "broadcast_report":
            record = await self._storage.broadcasts.get(int(outgoing.payload["broadcast"]))
            return broadcast_report_reply(record, lang) if record else None
        if outgoing.kind == "digest":
            day = date.fromisoformat(outgoing.payload["day"])
            if now.date() > day:
                return None
            mine = [
                item.session
                for item in await self.signups.agenda(outgoing.user_id)
                if item.session.day == day and item.signup.status == "confirmed"
            ]
            today = [s for s in program.sessions if s.day == day]
            return digest_reply(today, mine, lang, program, day)
        return None

    # ------------------------------------------------------------ commands

    async def _signup_command(self, delegate: Delegate, words: str) -> Reply:
        return await self._by_words(delegate, words, "signup_usage", self._signup_one)

    async def _cancel_command(self, delegate: Delegate, words: str) -> Reply:
        return await self._by_words(delegate, words, "cancel_usage", self._cancel_one)

    async def _signup_one(self, delegate: Delegate, session_id: str, lang: Lang) -> Reply:
        result = await self.signups.sign_up(delegate.id, session_id)
        return signup_reply(result, lang, self.assistant.program)

    async def _cancel_one(self, delegate: Delegate, session_id: str, lang: Lang) -> Reply:
        return cancel_reply(await self.signups.cancel(delegate.id, session_id), lang)

    async def _by_words(
        self,
        delegate: Delegate,
        words: str,
        usage: str,
        act: Callable[[Delegate, str, Lang], Awaitable[Reply]],
    ) -> Reply:
        """`/signup tourism`: the same matching as questions; ambiguous gets buttons."""
        lang = (
            question_language(words, delegate.language)
            if words
            else command_language("", delegate.language)
        )
        if not words:
            return Reply(message(usage, lang))
        answer, reply = self.assistant.ask(words, delegate.language)
        if answer.kind == "session":
            return await act(delegate, answer.sessions[0].id, lang)
        if answer.kind in ("suggest", "list") and answer.sessions:
            return reply  # buttons open the cards, which carry the sign-up buttons
        return Reply(f"{message(usage, lang)}\n\n{reply.text}")

    async def _my(self, delegate: Delegate, _: str) -> Reply:
        lang = command_language("", delegate.language)
        items = await self.signups.agenda(delegate.id)
        return agenda_reply(items, lang, self.assistant.program, delegate.id)

    async def _forget_command(self, delegate: Delegate, _: str) -> Reply:
        return forget_question(command_language("", delegate.language), delegate.id)

    async def _reminders_command(self, delegate: Delegate, words: str) -> Reply:
        """/reminders, /reminders 45 10, /reminders off (and the preset buttons)."""
        lang = command_language("", delegate.language)
        reminders = self.reminders
        choice = words.strip().lower()
        if choice:
            if choice in ("off", "none", "关闭", "0"):
                leads: tuple[int, ...] | None = ()
            elif choice in ("default", "on", "默认", "开启"):
                leads = None
            else:
                try:
                    leads = parse_leads(choice)
                except ValueError as error:
                    text = message("reminders_bad", lang, problem=str(error))
                    current = await reminders.leads_of(delegate.id)
                    settings = reminder_settings(current, reminders.default_leads, lang)
                    return replace(settings, text=f"{text}\n{settings.text}")
            await reminders.set_leads(delegate.id, leads)
        current = await reminders.leads_of(delegate.id)
        return reminder_settings(current, reminders.default_leads, lang)

    async def _subscribe(self, delegate: Delegate, _: str) -> Reply:
        await self.reminders.subscribe(delegate.id)
        return Reply(message("subscribed", command_language("", delegate.language)))

    async def _unsubscribe(self, delegate: Delegate, _: str) -> Reply:
        was = await self.reminders.unsubscribe(delegate.id)
        lang = command_language("", delegate.language)
        return Reply(message("unsubscribed" if was else "not_subscribed", lang))

    async def _news(self, delegate: Delegate, _: str) -> Reply:
        lang = command_language("", delegate.language)
        return news_reply(await self._storage.broadcasts.news_for(delegate.id), lang)
