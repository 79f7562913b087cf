"""The front desk: where every message and button press from a delegate comes in.

A message is a command from the table or a question; a button press is decoded once and
goes to the one service it names. Questions are understood by the Assistant (pure), and
their reply is rendered once, here, with what the database knows of the delegate: seats
and their own status on a session card, their sign-ups for "my schedule". The Telegram
handlers, the offline chat and `run_bot.py ask` all come through `respond`.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from bot import buttons
from bot.chat_commands import ChatCommands
from bot.clock import Clock
from bot.commands import BY_NAME, split_command
from bot.delegate import ANONYMOUS, Delegate
from bot.network_desk import NetworkDesk
from bot.organizer import OrganizerDesk
from bot.profile_questions import ProfileQuestions, looks_like_a_question
from bot.program_holder import ProgramHolder
from bot.render import Personal, message, render_answer, with_length_note
from bot.reply import Reply, with_follow_up
from bot.search import Answer, Lang
from bot.signups import Signups
from bot.storage import ProfileQuestion


@dataclass(frozen=True)
class Response:
    answer: Answer | None  # what a question was understood as (None: a command)
    reply: Reply


class FrontDesk:
    def __init__(
        self,
        current: ProgramHolder,
        clock: Clock,
        commands: ChatCommands,
        signups: Signups,
        organizer: OrganizerDesk,
        questions: ProfileQuestions,
        network: NetworkDesk,
    ) -> None:
        self._current = current
        self._clock = clock
        self.commands = commands
        self._signups = signups
        self._organizer = organizer
        self._questions = questions
        self._network = network

    async def respond(self, delegate: Delegate, text: str) -> Response:
        """A message: a command of the table, an answer to the profile questions, or a
        question (after which a pending profile question is asked again)."""
        if text.startswith("/"):
            name, words = split_command(text)
            return Response(None, await self.run(delegate, name, words))
        question = await self._questions.current(delegate.id)
        if question is not None and not looks_like_a_question(text):
            return Response(None, await self._profile_answer(delegate, question, text))
        draft = None if question else await self._network.form.awaiting_text(delegate.id)
        if draft is not None and not looks_like_a_question(text):
            return Response(None, await self._network.form.typed(delegate, draft, text))
        answer = self._current.assistant.understand(text, delegate.language)
        reply = render_answer(
            answer,
            self._current.program,
            self._clock.now(),
            await self._personal(delegate, answer),
        )
        reply = with_length_note(text, answer.lang, reply)
        if question is not None:
            reply = with_follow_up(reply, self._questions.reminder(delegate, question))
        if draft is not None:
            reply = with_follow_up(reply, self._network.form.paused(delegate, draft))
        return Response(answer, reply)

    async def run(self, delegate: Delegate, name: str, words: str) -> Reply:
        """The table's command of this name; an unknown name gets the list of real ones.

        Organizers' commands are checked here, once, against the organizer list."""
        command = BY_NAME.get(name)
        if command is None:
            return self.commands.unknown(delegate, f"/{name}")
        if delegate.in_group and not command.in_groups:
            return self.private_only(delegate)
        if command.for_organizers and not self._organizer.allows(delegate, f"/{name}"):
            return self._organizer.refusal(delegate)
        reply = await command.run(self.commands, delegate, words)
        if command.conversation == "profile_questions" or command.ends_conversation:
            return reply  # it started, restarted or stopped the questions itself
        if delegate.in_group:
            return reply  # the questions are asked in the private chat, never in a group
        question = await self._questions.current(delegate.id)
        if question is not None:
            return with_follow_up(reply, self._questions.reminder(delegate, question))
        draft = await self._network.form.awaiting_text(delegate.id)
        if draft is not None:
            return with_follow_up(reply, self._network.form.paused(delegate, draft))
        return reply

    async def press(self, delegate: Delegate, data: str | None) -> Reply:
        """A button press; forged, stale or someone else's buttons change nothing."""
        lang = delegate.lang
        action = buttons.decode(data)
        if action is None:
            return Reply(message("stale_button", lang), alert=True)
        if delegate.in_group:  # a card's buttons sign up, show agendas: nothing for a group
            return replace(self.private_only(delegate), alert=True)
        if action.owner is not None and action.owner != delegate.id:
            return Reply(message("not_yours", lang), alert=True)
        commands = self.commands
        if action.name in ("take_seat", "take_seat_anyway"):
            anyway = action.name == "take_seat_anyway"
            return await commands.sign_up_to(delegate, action.arg, lang, despite_clash=anyway)
        if action.name in ("give_up_seat", "give_up_seat_sure"):
            sure = action.name == "give_up_seat_sure"
            return await commands.cancel_from(delegate, action.arg, lang, sure=sure)
        if action.name == "show_agenda":
            return await commands.my(delegate, "")
        if action.name == "calendar":
            return await commands.calendar(delegate)
        if action.name == "erase_data":
            await self._signups.forget(delegate.id)
            return Reply(message("forgotten", lang))
        if action.name == "keep":
            return Reply(message("kept", lang))
        if action.name == "set_reminders":
            return await commands.reminders(delegate, action.arg)
        if action.name == "organizer":
            return await self._organizer.press(delegate, action.arg)
        if action.name == "edit_profile" and action.arg in ("name", "organization"):
            if await self._signups.profile(delegate.id) is None:  # e.g. after /forget
                return await self._questions.ask(delegate)
            field = "name" if action.arg == "name" else "organization"
            return await self._questions.ask(delegate, field=field, only_this=True)
        if action.name == "profile_questions" and action.arg == "stop":
            return await commands.stop(delegate, "")
        if action.name == "profile_questions":
            again = await self._questions.ask_again(delegate)
            return again or Reply(message("stale_button", lang), alert=True)
        if action.name == "network":
            return await self._network.press(delegate, action.arg)
        if action.name == "meet":
            return await self._network.meet(delegate, action.arg)
        if action.name == "answer_request":
            return await self._network.answer(delegate, action.arg)
        if action.name == "browse" and action.arg not in ("next", "all"):
            return await commands.help(delegate, "")
        if action.name in ("session", "where"):
            intent = "where" if action.name == "where" else "info"
            return await self.card(delegate, action.arg, lang, intent)
        return self._current.assistant.show(action, lang)

    async def card(self, delegate: Delegate, session_id: str, lang: Lang, intent: str) -> Reply:
        """A session card with seats left and the delegate's status and buttons."""
        program = self._current.program
        session = program.session(session_id)
        if session is None:
            return Reply(message("stale_button", lang), alert=True)
        seats, mine = await self._signups.standing(session, delegate.id)
        personal = Personal(delegate.id, seats=seats, mine=mine)
        answer = Answer("session", lang, intent=intent, sessions=(session,))
        return render_answer(answer, program, self._clock.now(), personal)

    @staticmethod
    def private_only(delegate: Delegate) -> Reply:
        """In a group: anything personal is answered in the bot's private chat only."""
        return Reply(message("private_only", delegate.lang, link=delegate.private_chat_link or ""))

    async def not_text(self, delegate: Delegate) -> Reply:
        """A sticker, photo or voice message: the bot reads text."""
        question = await self._questions.current(delegate.id)
        if question is not None:
            return self._questions.not_text(delegate, question)
        draft = await self._network.form.awaiting_text(delegate.id)
        if draft is not None:
            return self._network.form.not_text(delegate, draft)
        return Reply(message("not_text", delegate.lang))

    async def _profile_answer(
        self, delegate: Delegate, question: ProfileQuestion, text: str
    ) -> Reply:
        """The next question, a refusal with its reason, or the saved profile followed by
        what waited for it: a sign-up, or the networking form."""
        answered = await self._questions.answer(delegate, question, text)
        if answered.saved is None:
            return answered.reply
        if answered.then_network:
            return with_follow_up(answered.reply, await self._network.edit(delegate))
        if not answered.session_id:
            return answered.reply
        signed_up = await self.commands.sign_up_to(delegate, answered.session_id, delegate.lang)
        return with_follow_up(answered.reply, signed_up)

    async def _personal(self, delegate: Delegate, answer: Answer) -> Personal | None:
        """What the answer shows of the delegate's own sign-ups (nothing for nobody)."""
        if delegate.id == ANONYMOUS.id:
            return None
        if answer.kind == "session":
            seats, mine = await self._signups.standing(answer.sessions[0], delegate.id)
            return Personal(delegate.id, seats=seats, mine=mine)
        if answer.kind == "agenda":
            return Personal(delegate.id, agenda=await self._signups.agenda(delegate.id))
        return None
