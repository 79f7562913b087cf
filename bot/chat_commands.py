"""What each slash command does: one method per entry of the command table.

Every method takes the delegate and the words after the command and returns the reply;
the table (bot/commands.py) says which method a name runs, and what the menus and
/help show for it. Button presses that act like a command come here too.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from bot.config import MAX_LEAD_MINUTES, MAX_LEADS, LeadsError, parse_leads
from bot.delegate import Delegate, Lang
from bot.ics import agenda_calendar, agenda_filename
from bot.network_desk import NetworkDesk
from bot.organizer import OrganizerDesk
from bot.profile_questions import ProfileQuestions
from bot.program_holder import ProgramHolder
from bot.reminders import Reminders
from bot.render import (
    agenda_reply,
    cancel_reply,
    forget_question,
    give_up_question,
    help_reply,
    message,
    news_reply,
    profile_reply,
    reminder_settings,
    session_keyboard,
    signup_reply,
)
from bot.render.answers import themes_reply
from bot.reply import Attachment, Reply, with_follow_up
from bot.signups import Signups
from bot.storage import Storage

if TYPE_CHECKING:  # the table refers to these methods, so it is imported the other way
    from bot.commands import Command

REMINDERS_OFF = ("off", "none", "关闭")  # not "0": zero minutes before is the start
REMINDERS_DEFAULT = ("default", "on", "默认", "开启")


class ChatCommands:
    def __init__(
        self,
        current: ProgramHolder,
        storage: Storage,
        signups: Signups,
        reminders: Reminders,
        organizer: OrganizerDesk,
        questions: ProfileQuestions,
        network: NetworkDesk,
        listed: Callable[[bool], Sequence[Command]],
    ) -> None:
        self._current = current
        self._storage = storage
        self._signups = signups
        self._reminders = reminders
        self._organizer = organizer
        self._questions = questions
        self._network = network
        self._listed = listed  # the commands /help shows, for an organizer or not

    # ------------------------------------------------------------ finding things

    async def schedule(self, delegate: Delegate, words: str) -> Reply:
        """/schedule, /schedule 25, /schedule Nanjing, /schedule 南京 7月25日."""
        lang = delegate.lang_for(words)
        reply = self._current.assistant.schedule(words, lang)
        if reply is None:
            text = message("schedule_unknown", lang, arg=words[:60])
            return self._with_help(delegate, text, lang)
        return reply

    async def today(self, delegate: Delegate, words: str) -> Reply:
        """/today, /today nanjing, /today afternoon; a day named in the words wins, and
        the reply says so."""
        lang = delegate.lang_for(words)
        assistant = self._current.assistant
        now = assistant.clock.now()
        named = assistant.index.browse(words, now, lang) if words else None
        if named is not None and named.time.day not in (None, now.date()):
            shown = assistant.render(named, lang)
            return Reply(
                f"{message('today_other_day', lang, words=words)}\n\n{shown.text}", shown.buttons
            )
        return assistant.browse(f"today {words}", lang) or self._unread(delegate, words, "today")

    async def next_up(self, delegate: Delegate, words: str) -> Reply:
        """/next, /next nanjing: what comes next (there)."""
        lang = delegate.lang_for(words)
        reply = self._current.assistant.browse(f"next {words}", lang)
        return reply or self._unread(delegate, words, "next")

    def _unread(self, delegate: Delegate, words: str, plain: str) -> Reply:
        """Words after /today or /next that name no day, time or city: said, then the
        command without them."""
        lang = delegate.lang_for(words)
        shown = self._current.assistant.browse(plain, lang)
        assert shown is not None  # "today" and "next" always name a time
        text = message("words_not_read", lang, words=words[:60], command=f"/{plain}")
        return Reply(f"{text}\n\n{shown.text}", shown.buttons)

    async def themes(self, delegate: Delegate, _: str) -> Reply:
        """The week's five opening-up themes, each with its sessions."""
        return themes_reply(self._current.program, delegate.lang)

    async def venue(self, delegate: Delegate, words: str) -> Reply:
        return self._current.assistant.venue(words, delegate.lang_for(words), delegate.language)

    # ------------------------------------------------------------ signing up

    async def signup(self, delegate: Delegate, words: str) -> Reply:
        """`/signup tourism`: the same matching as questions; ambiguous gets buttons."""
        lang = delegate.lang_for(words)  # one language for the whole exchange
        if not words:
            return Reply(message("signup_usage", lang))
        answer, reply = self._current.assistant.ask(words, delegate.language)
        if answer.kind == "session":
            return await self.sign_up_to(delegate, answer.sessions[0].id, lang)
        if answer.kind in ("suggest", "list") and answer.sessions:
            return reply  # buttons open the cards, which carry the sign-up buttons
        return Reply(message("signup_no_match", lang, words=words[:60]))

    async def cancel(self, delegate: Delegate, words: str) -> Reply:
        """`/cancel tourism`: only the delegate's own sign-ups are candidates."""
        lang = delegate.lang_for(words)
        mine = [item.session for item in await self._signups.agenda(delegate.id)]
        if not mine:
            return Reply(message("cancel_nothing", lang))
        if not words:
            return Reply(message("cancel_usage", lang), session_keyboard(mine, lang))
        answer, _ = self._current.assistant.ask(words, delegate.language)
        meant = {session.id for session in answer.sessions}
        matching = [session for session in mine if session.id in meant]
        if len(matching) == 1:
            return await self.cancel_from(delegate, matching[0].id, lang)
        if matching:
            return Reply(message("cancel_which", lang), session_keyboard(matching, lang))
        text = message("cancel_no_match", lang, words=words[:60])
        return Reply(text, session_keyboard(mine, lang))

    async def sign_up_to(
        self, delegate: Delegate, session_id: str, lang: Lang, *, despite_clash: bool = False
    ) -> Reply:
        result = await self._signups.sign_up(delegate.id, session_id, despite_clash=despite_clash)
        if result.outcome == "needs_profile":  # the sign-up waits for the two answers
            return await self._questions.ask(delegate, session_id=session_id)
        return signup_reply(result, lang, self._current.program)

    async def cancel_from(
        self, delegate: Delegate, session_id: str, lang: Lang, *, sure: bool = False
    ) -> Reply:
        """Leaves the waitlist at once; a confirmed seat is given up only when sure."""
        session = self._current.program.session(session_id)
        if session is not None and not sure:
            _, mine = await self._signups.standing(session, delegate.id)
            if mine is not None and mine.status == "confirmed":
                return give_up_question(session, lang, delegate.id)
        return cancel_reply(await self._signups.cancel(delegate.id, session_id), lang)

    async def my(self, delegate: Delegate, _: str) -> Reply:
        """The delegate's sessions, then their meetings."""
        items = await self._signups.agenda(delegate.id)
        meetings = await self._network.meetings(delegate)
        return agenda_reply(items, delegate.lang, self._current.program, delegate.id, meetings)

    async def calendar(self, delegate: Delegate) -> Reply:
        """The delegate's confirmed sessions and meetings as an .ics file (under /my)."""
        lang = delegate.lang
        confirmed = [
            item.session
            for item in await self._signups.agenda(delegate.id)
            if item.signup.status == "confirmed"
        ]
        meetings = await self._network.calendar(delegate)
        if not confirmed and not meetings:
            return Reply(message("calendar_empty", lang))
        now = self._current.assistant.clock.now()
        content = agenda_calendar(confirmed, lang, now=now, meetings=meetings)
        document = Attachment(agenda_filename(lang), content, "text/calendar")
        return Reply(message("calendar_caption", lang), document=document)

    # ------------------------------------------------------------ meeting people

    async def network(self, delegate: Delegate, words: str) -> Reply:
        return await self._network.network(delegate, words)

    async def matches(self, delegate: Delegate, words: str) -> Reply:
        return await self._network.matches(delegate, words)

    # ------------------------------------------------------------ staying informed

    async def reminders(self, delegate: Delegate, words: str) -> Reply:
        """/reminders, /reminders 45 10, /reminders off (and the preset buttons)."""
        lang = delegate.lang
        reminders = self._reminders
        choice = words.strip().lower()
        if choice:
            if choice in REMINDERS_OFF:
                leads: tuple[int, ...] | None = ()
            elif choice in REMINDERS_DEFAULT:
                leads = None
            else:
                try:
                    leads = parse_leads(choice)
                except LeadsError as error:
                    text = _leads_problem(error, lang)
                    current = await reminders.leads_of(delegate.id)
                    settings = reminder_settings(current, reminders.default_leads, lang)
                    return replace(settings, text=f"{text}\n{settings.text}")
            await reminders.set_leads(delegate.id, leads)
        current = await reminders.leads_of(delegate.id)
        return reminder_settings(current, reminders.default_leads, lang)

    async def subscribe(self, delegate: Delegate, _: str) -> Reply:
        await self._reminders.subscribe(delegate.id)
        return Reply(message("subscribed", delegate.lang))

    async def unsubscribe(self, delegate: Delegate, _: str) -> Reply:
        was = await self._reminders.unsubscribe(delegate.id)
        return Reply(message("unsubscribed" if was else "not_subscribed", delegate.lang))

    async def news(self, delegate: Delegate, _: str) -> Reply:
        return news_reply(await self._storage.broadcasts.news_for(delegate.id), delegate.lang)

    # ------------------------------------------------------------ your data, help

    async def profile(self, delegate: Delegate, _: str) -> Reply:
        """What the organizers' lists show, with buttons to change it (or the questions)."""
        profile = await self._signups.profile(delegate.id)
        if profile is None:
            return await self._questions.ask(delegate)
        return profile_reply(profile, delegate.lang)

    async def forget(self, delegate: Delegate, _: str) -> Reply:
        return forget_question(delegate.lang, delegate.id)

    async def help(self, delegate: Delegate, _: str) -> Reply:
        return help_reply(self._listed(self._organizer.is_organizer(delegate)), delegate.lang)

    async def start(self, delegate: Delegate, _: str) -> Reply:
        return self._current.assistant.welcome(delegate.lang)

    async def stop(self, delegate: Delegate, _: str) -> Reply:
        """Leaves the questions being asked; nothing typed so far is saved."""
        if await self._network.form.stop(delegate.id):
            return Reply(message("net_form_stopped", delegate.lang))
        await self._questions.stop(delegate)
        return Reply(message("profile_stopped", delegate.lang))

    def unknown(self, delegate: Delegate, command: str) -> Reply:
        text = message("unknown_command", delegate.lang, command=command[:40])
        return self._with_help(delegate, text, delegate.lang)

    def _with_help(self, delegate: Delegate, text: str, lang: Lang) -> Reply:
        listed = self._listed(self._organizer.is_organizer(delegate))
        return Reply(f"{text}\n\n{help_reply(listed, lang).text}")

    # ------------------------------------------------------------ organizers
    # The front desk has checked the organizer list before any of these runs.

    async def broadcast(self, delegate: Delegate, text: str) -> Reply:
        return await self._organizer.start_broadcast(delegate, text)

    async def broadcasts(self, delegate: Delegate, _: str) -> Reply:
        return await self._organizer.recent(delegate)

    async def attendees(self, delegate: Delegate, words: str) -> Reply:
        return await self._organizer.attendees(delegate, words)

    async def stats(self, delegate: Delegate, _: str) -> Reply:
        """Sign-ups per session, then the networking's figures."""
        signups = await self._organizer.stats(delegate)
        return with_follow_up(signups, await self._network.stats(delegate))

    async def reload(self, delegate: Delegate, _: str) -> Reply:
        return await self._organizer.preview_reload(delegate)


def _leads_problem(error: LeadsError, lang: Lang) -> str:
    """Why lead times could not be read, in the delegate's language (not the exception's)."""
    if error.part:
        return message(
            "reminders_bad_minutes", lang, part=error.part, longest=str(MAX_LEAD_MINUTES)
        )
    return message("reminders_bad_count", lang, most=str(MAX_LEADS))
