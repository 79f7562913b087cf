"""Delegate questions and browsing: the service behind free text, /schedule, /venue, buttons."""

from __future__ import annotations

from collections.abc import Callable
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
from bot.search import MAX_QUESTION_CHARS, Answer, Lang, SearchIndex
from bot.textnorm import has_cjk

Response = tuple[Answer | None, Reply]
Command = Callable[[str, str | None], Response]


def command_language(arg: str, user_language: str | None) -> Lang:
    """Chinese in the argument wins; otherwise the delegate's Telegram language."""
    if has_cjk(arg):
        return "zh"
    return "zh" if (user_language or "").lower().startswith("zh") else "en"


def split_command(text: str) -> tuple[str, str]:
    """ "/schedule 25" -> ("schedule", "25"); any white space separates, "@bot" is dropped."""
    name, *rest = text[1:].split(maxsplit=1) or [""]
    return name.split("@")[0].lower(), (rest[0].strip() if rest else "")


def with_length_note(question: str, lang: Lang, reply: Reply) -> Reply:
    """Says so when only the beginning of a very long message was read."""
    if len(question) <= MAX_QUESTION_CHARS:
        return reply
    return replace(reply, text=f"{message('too_long', lang)}\n\n{reply.text}")


class Assistant:
    """Answers from one Program; a program reload builds a new Assistant."""

    def __init__(self, program: Program, clock: Clock) -> None:
        self.program = program
        self.index = SearchIndex(program)  # built once per program, never per message
        self.clock = clock

    def ask(self, text: str, user_language: str | None = None) -> tuple[Answer, Reply]:
        """A free-text question."""
        now = self.clock.now()
        answer = self.index.answer(text, now, user_language)
        return answer, with_length_note(text, answer.lang, render_answer(answer, self.program, now))

    # ------------------------------------------------------------ commands
    # Every command takes (argument, user language) and returns (answer or None, reply),
    # so chat, the offline chat and `run_bot.py ask` dispatch them the same way.

    def respond(self, text: str, user_language: str | None = None) -> Response:
        """A chat message: a command if it starts with "/", otherwise a question."""
        if text.startswith("/"):
            name, arg = split_command(text)
            command = self.command(name)
            if command is None:
                return None, self.unknown_command(f"/{name}", user_language)
            return command(arg.strip(), user_language)
        return self.ask(text, user_language)

    def command(self, name: str) -> Command | None:
        return {
            "start": self.start,
            "help": self.help,
            "schedule": self.schedule,
            "today": self.today,
            "next": self.next_up,
            "venue": self.venue,
        }.get(name)

    def start(self, arg: str, user_language: str | None) -> Response:
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
        return None, Reply(message("welcome", lang, event=event), keyboard)

    def help(self, arg: str, user_language: str | None) -> Response:
        return None, Reply(message("help", command_language("", user_language)))

    def schedule(self, arg: str, user_language: str | None) -> Response:
        """/schedule, /schedule 25, /schedule Nanjing, /schedule 南京 7月25日."""
        lang = command_language(arg, user_language)
        if not arg.strip():
            return None, self._whole_program(lang)
        answer = self.index.browse(arg, self.clock.now(), lang)
        if answer is None:
            text = message("schedule_unknown", lang, arg=arg[:60])
            return None, Reply(f"{text}\n\n{message('help', lang)}")
        return self._render(answer, lang)

    def today(self, arg: str, user_language: str | None) -> Response:
        return self._browse("today", user_language)

    def next_up(self, arg: str, user_language: str | None) -> Response:
        return self._browse("next", user_language)

    def venue(self, arg: str, user_language: str | None) -> Response:
        lang = command_language(arg, user_language)
        if not arg.strip():
            return None, Reply(f"{message('venue_usage', lang)}\n{venue_list(self.program, lang)}")
        sessions = self.index.find_venue(arg)
        if not sessions:
            answer = self.index.answer(arg, self.clock.now(), user_language)
            if answer.kind == "session":
                sessions = [s for s in self.program.sessions if s.venue == answer.sessions[0].venue]
        if not sessions:
            text = message("venue_unknown", lang, name=arg[:60])
            return None, Reply(f"{text}\n{venue_list(self.program, lang)}")
        return None, venue_reply(sessions, lang, self.program)

    # ------------------------------------------------------------ everything else

    def unknown_command(self, command: str, user_language: str | None) -> Reply:
        lang = command_language("", user_language)
        return Reply(
            f"{message('unknown_command', lang, command=command[:40])}\n\n{message('help', lang)}"
        )

    def not_text(self, user_language: str | None) -> Reply:
        return Reply(message("not_text", command_language("", user_language)))

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
        if action.name == "venue":
            place = next((v for v in self.program.venues if v.id == action.arg), None)
            held = self.program.venue_sessions(place) if place else ()
            if not held:  # a venue the program no longer has, or a forged button
                return Reply(message("stale_button", lang), alert=True)
            return venue_reply(held, lang, self.program)
        if action.name in ("day", "city"):
            answer = self.index.browse(action.arg, self.clock.now(), lang)
            if answer is None:
                return Reply(message("stale_button", lang), alert=True)
            return self._render(answer, lang)[1]
        if action.arg == "next":
            return self.next_up("", user_language)[1]
        if action.arg == "all":
            return self._whole_program(lang)
        return self.help("", user_language)[1]

    def _browse(self, words: str, user_language: str | None) -> Response:
        lang = command_language("", user_language)
        answer = self.index.browse(words, self.clock.now(), lang)
        assert answer is not None, words  # only called with words that always name a time
        return self._render(answer, lang)

    def _render(self, answer: Answer, lang: Lang) -> Response:
        answer = replace(answer, lang=lang)
        return answer, render_answer(answer, self.program, self.clock.now())

    def _whole_program(self, lang: Lang) -> Reply:
        sessions = self.program.sessions
        title = message("whole_program", lang)
        return Reply(
            f"{title}\n\n{agenda(sessions, lang, self.program)}", session_keyboard(sessions, lang)
        )
