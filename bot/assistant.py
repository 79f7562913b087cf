"""Delegate questions and browsing: the service behind free text, /schedule, /venue, buttons."""

from __future__ import annotations

from dataclasses import replace

from bot import buttons
from bot.clock import Clock
from bot.program import Program
from bot.render import (
    agenda,
    message,
    render_answer,
    session_card,
    session_keyboard,
    venue_list,
    venue_reply,
)
from bot.reply import Button, Reply
from bot.search import MAX_QUESTION_CHARS, Answer, Lang, SearchIndex, question_language
from bot.textnorm import has_cjk


def command_language(arg: str, user_language: str | None) -> Lang:
    """Chinese in the argument wins; otherwise the delegate's Telegram language."""
    if has_cjk(arg):
        return "zh"
    return "zh" if (user_language or "").lower().startswith("zh") else "en"


class Assistant:
    """Answers from one Program; a program reload builds a new Assistant."""

    def __init__(self, program: Program, clock: Clock) -> None:
        self.program = program
        self.index = SearchIndex(program)  # built once per program, never per message
        self.clock = clock

    def ask(self, text: str, user_language: str | None = None) -> tuple[Answer, Reply]:
        now = self.clock.now()
        answer = self.index.answer(text, now, user_language)
        reply = render_answer(answer, self.program, now)
        if len(text) > MAX_QUESTION_CHARS:
            reply = replace(reply, text=f"{message('too_long', answer.lang)}\n\n{reply.text}")
        return answer, reply

    def welcome(self, user_language: str | None) -> Reply:
        lang = command_language("", user_language)
        event = self.program.event.name_zh if lang == "zh" else self.program.event.name
        labels = {
            "en": ("Today", "What's next?", "Whole program"),
            "zh": ("今天", "下一场", "全部日程"),
        }[lang]
        city_buttons = tuple(
            Button(city.name_zh if lang == "zh" else city.name, buttons.encode("city", city.name))
            for city in self.program.cities
        )
        keyboard = (
            (
                Button(labels[0], buttons.encode("day", self.clock.now().date().isoformat())),
                Button(labels[1], buttons.encode("help", "next")),
            ),
            city_buttons,
            (Button(labels[2], buttons.encode("help", "all")),),
        )
        return Reply(message("welcome", lang, event=event), keyboard)

    def help(self, user_language: str | None) -> Reply:
        return Reply(message("help", command_language("", user_language)))

    def unknown_command(self, command: str, user_language: str | None) -> Reply:
        lang = command_language("", user_language)
        return Reply(
            f"{message('unknown_command', lang, command=command[:40])}\n\n{message('help', lang)}"
        )

    def not_text(self, user_language: str | None) -> Reply:
        return Reply(message("not_text", command_language("", user_language)))

    def error(self, user_language: str | None) -> Reply:
        return Reply(message("error", command_language("", user_language)))

    def schedule(self, arg: str, user_language: str | None) -> Reply:
        """/schedule, /schedule 25, /schedule Nanjing, /schedule 南京 7月25日."""
        lang = command_language(arg, user_language)
        now = self.clock.now()
        if not arg.strip():
            return self._whole_program(lang)
        answer = self.index.browse(arg, now, lang)
        if answer is None:
            text = message("schedule_unknown", lang, arg=arg[:60])
            return Reply(f"{text}\n\n{message('help', lang)}")
        return render_answer(_with_lang(answer, lang), self.program, now)

    def today(self, user_language: str | None) -> Reply:
        lang = command_language("", user_language)
        answer = self.index.browse("today", self.clock.now(), lang)
        assert answer is not None  # "today" always names a day
        return render_answer(_with_lang(answer, lang), self.program, self.clock.now())

    def next_up(self, user_language: str | None) -> Reply:
        lang = command_language("", user_language)
        answer = self.index.browse("next", self.clock.now(), lang)
        assert answer is not None
        return render_answer(_with_lang(answer, lang), self.program, self.clock.now())

    def venue(self, arg: str, user_language: str | None) -> Reply:
        lang = command_language(arg, user_language)
        if not arg.strip():
            return Reply(f"{message('venue_usage', lang)}\n{venue_list(self.program, lang)}")
        sessions = self.index.find_venue(arg)
        if not sessions:
            answer, _ = self.ask(arg, user_language)
            if answer.kind == "session":
                sessions = [s for s in self.program.sessions if s.venue == answer.sessions[0].venue]
        if not sessions:
            text = message("venue_unknown", lang, name=arg[:60])
            return Reply(f"{text}\n{venue_list(self.program, lang)}")
        return venue_reply(sessions, lang, self.program)

    def press(self, data: str | None, user_language: str | None) -> Reply:
        """A button press; forged or stale data gets a clear answer and changes nothing."""
        lang = command_language("", user_language)
        action = buttons.decode(data)
        if action is None:
            return Reply(message("stale_button", lang), alert=True)
        if action.name in ("session", "where"):
            session = self.program.session(action.arg)
            if session is None:
                return Reply(message("stale_button", lang), alert=True)
            intent = "where" if action.name == "where" else "info"
            return session_card(session, lang, self.program, intent)
        if action.name == "day" or action.name == "city":
            answer = self.index.browse(action.arg, self.clock.now(), lang)
        elif action.arg == "next":
            return self.next_up(user_language)
        elif action.arg == "all":
            return self._whole_program(lang)
        else:
            return self.help(user_language)
        if answer is None:
            return Reply(message("stale_button", lang), alert=True)
        return render_answer(_with_lang(answer, lang), self.program, self.clock.now())

    def _whole_program(self, lang: Lang) -> Reply:
        sessions = self.program.sessions
        title = message("list_title", lang, scope=message("whole_program", lang))
        return Reply(
            f"{title}\n\n{agenda(sessions, lang, self.program)}", session_keyboard(sessions, lang)
        )


def _with_lang(answer: Answer, lang: Lang) -> Answer:
    return replace(answer, lang=lang)


__all__ = ["Assistant", "command_language", "question_language"]
