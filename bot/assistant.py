"""Questions and browsing over one program: pure, no storage, no Telegram.

What a delegate's message means (an Answer) comes from the SearchIndex built once per
program; the replies here need nothing but the program and the clock. Replies that need
the delegate's own sign-ups are rendered by AnswerReplies from the same Answer.
"""

from __future__ import annotations

from dataclasses import replace

from bot import buttons
from bot.buttons import Action
from bot.clock import Clock
from bot.delegate import Lang
from bot.program import Program
from bot.render import (
    agenda,
    message,
    render_answer,
    session_card,
    session_keyboard,
    venue_list,
    venue_reply,
    with_length_note,
)
from bot.render.answers import faq_reply, venue_choice
from bot.reply import Button, Reply
from bot.search import Answer, SearchIndex


class Assistant:
    """Answers from one Program; a program reload builds a new Assistant."""

    def __init__(self, program: Program, clock: Clock) -> None:
        self.program = program
        self.index = SearchIndex(program)  # built once per program, never per message
        self.clock = clock

    def understand(self, text: str, user_language: str | None = None) -> Answer:
        """What a free-text message asks for."""
        return self.index.answer(text, self.clock.now(), user_language)

    def ask(self, text: str, user_language: str | None = None) -> tuple[Answer, Reply]:
        """A question answered for nobody in particular (no seats, no own agenda)."""
        answer = self.understand(text, user_language)
        reply = render_answer(answer, self.program, self.clock.now())
        return answer, with_length_note(text, answer.lang, reply)

    def welcome(self, lang: Lang) -> Reply:
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
                Button(labels[1], buttons.encode("browse", "next")),
            ),
            city_buttons,
            (Button(labels[2], buttons.encode("browse", "all")),),
        )
        return Reply(message("welcome", lang, event=event), keyboard)

    def schedule(self, words: str, lang: Lang) -> Reply | None:
        """The whole program, or the part a day or city names; None if the words name neither."""
        if not words.strip():
            return self.whole_program(lang)
        answer = self.index.browse(words, self.clock.now(), lang)
        return None if answer is None else self.render(answer, lang)

    def browse(self, words: str, lang: Lang) -> Reply | None:
        """ "today", "next nanjing", "today afternoon"; None if the words name no time or
        place."""
        answer = self.index.browse(words, self.clock.now(), lang)
        return None if answer is None else self.render(answer, lang)

    def venue(self, words: str, lang: Lang, user_language: str | None) -> Reply:
        if not words.strip():
            return Reply(f"{message('venue_usage', lang)}\n{venue_list(self.program, lang)}")
        answer = self.understand(words, user_language)
        if answer.kind == "suggest" and answer.venues:  # "Expo Center": three buildings
            return venue_choice(answer.venues, lang, self.program)
        sessions = list(answer.sessions) if answer.kind == "venue" else []
        sessions = sessions or self.index.find_venue(words)
        if not sessions and answer.kind == "session":
            sessions = [s for s in self.program.sessions if s.venue == answer.sessions[0].venue]
        if not sessions:
            text = message("venue_unknown", lang, name=words[:60])
            return Reply(f"{text}\n{venue_list(self.program, lang)}")
        return venue_reply(sessions, lang, self.program)

    def show(self, action: Action, lang: Lang) -> Reply:
        """A browsing button (a card, a venue, an FAQ entry, a day, a city, next, all);
        one the program no longer backs gets a pop-up and changes nothing."""
        stale = Reply(message("stale_button", lang), alert=True)
        if action.name in ("session", "where"):
            session = self.program.session(action.arg)
            if session is None:
                return stale
            intent = "where" if action.name == "where" else "info"
            return session_card(session, lang, self.program, intent)
        if action.name == "venue":
            place = next((v for v in self.program.venues if v.id == action.arg), None)
            held = self.program.venue_sessions(place) if place else ()
            return venue_reply(held, lang, self.program) if held else stale
        if action.name == "faq":
            entry = next((e for e in self.program.faq if e.id == action.arg), None)
            return faq_reply(entry, lang) if entry is not None else stale
        if action.name in ("day", "city"):
            answer = self.index.browse(action.arg, self.clock.now(), lang)
            return stale if answer is None else self.render(answer, lang)
        if action.arg == "next":
            return self.browse("next", lang) or stale
        if action.arg == "all":
            return self.whole_program(lang)
        return stale

    def whole_program(self, lang: Lang) -> Reply:
        sessions = self.program.sessions
        title = message("whole_program", lang)
        return Reply(
            f"{title}\n\n{agenda(sessions, lang, self.program)}", session_keyboard(sessions, lang)
        )

    def render(self, answer: Answer, lang: Lang) -> Reply:
        """A browsing answer (a day, a city, now, next) in `lang`, for nobody in particular."""
        return render_answer(replace(answer, lang=lang), self.program, self.clock.now())
