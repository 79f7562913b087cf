"""The two questions before a first sign-up (name, organization), and changing either.

The question being asked is kept in the database, so a restart loses neither it nor
the sign-up waiting for the answers. While a delegate is asked, a message that is a
question or a command is answered as such and the question is asked again; an answer
that cannot be a name or an organization is refused with the reason.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import timedelta
from typing import Literal

from bot import buttons
from bot.clock import Clock
from bot.delegate import Delegate
from bot.render import message
from bot.reply import Button, Reply
from bot.storage import Profile, ProfileQuestion, Storage

Field = Literal["name", "organization"]
MAX_PROFILE_FIELD = 100
# A question unanswered this long is dropped: a delegate back the next day asks
# something new, and their message must not be taken for a name.
QUESTION_EXPIRES = timedelta(hours=2)
_QUESTION = re.compile(
    r"[?？]\s*$"
    r"|^(?:where|when|what|what's|whats|which|who|how|is|are|can|could|do|does|will|pls|please)"
    r"(?:\s+\S+){3,}"  # an English question word, then at least three more words
    r"|吗\s*$|呢\s*$|哪|几点|什么|怎么|多少|是否|有没有",
    re.IGNORECASE,
)


def clean_profile_field(text: str, limit: int = MAX_PROFILE_FIELD) -> str | None:
    """A name or organization (or another short text a delegate types about themselves)
    as typed, tidied; None if empty or longer than `limit`."""
    text = "".join(ch for ch in text if unicodedata.category(ch)[0] != "C")
    text = re.sub(r"\s+", " ", text).strip()
    if not text or len(text) > limit:
        return None
    return text


def looks_like_a_question(text: str) -> bool:
    """A question about the program typed where a name was asked for."""
    return bool(_QUESTION.search(text.strip()))


def field_problem(text: str) -> str | None:
    """Why the text cannot be a name or organization (a catalog key), or None."""
    tidy = clean_profile_field(text)
    if tidy is None:
        return "profile_too_long" if len(text.strip()) > MAX_PROFILE_FIELD else "profile_empty"
    if not any(unicodedata.category(ch).startswith("L") for ch in tidy):
        return "profile_no_letters"  # "1", "2", "--": a menu choice, not a name
    return None


@dataclass(frozen=True)
class Answered:
    reply: Reply
    saved: Profile | None = None  # the profile, once both answers are in
    session_id: str | None = None  # the sign-up that waited for it
    then_network: bool = False  # the networking form waited for it


class ProfileQuestions:
    def __init__(self, storage: Storage, clock: Clock) -> None:
        self._storage = storage
        self._clock = clock

    async def current(self, user_id: int) -> ProfileQuestion | None:
        """The question the delegate is answering (None: none, or one long forgotten)."""
        question = await self._storage.profiles.question(user_id)
        if question is not None and self._clock.now() - question.asked_at > QUESTION_EXPIRES:
            await self._storage.profiles.stop_asking(user_id)
            return None
        return question

    async def ask(
        self,
        delegate: Delegate,
        *,
        session_id: str | None = None,
        field: Field = "name",
        only_this: bool = False,
        prompt: str | None = None,
        then_network: bool = False,
    ) -> Reply:
        """Starts (or restarts) the questions; `only_this` changes one field of a profile;
        `prompt` (a catalog key) asks the first one in words that say why it is asked;
        `then_network` remembers, with the question, that the networking form follows."""
        question = ProfileQuestion(
            delegate.id, field, only_this, session_id, None, self._clock.now(), then_network
        )
        await self._storage.profiles.ask(question)
        return Reply(message(prompt or _prompt(question), delegate.lang))

    async def answer(self, delegate: Delegate, question: ProfileQuestion, text: str) -> Answered:
        lang = delegate.lang
        problem = field_problem(text)
        if problem is not None:
            field = message(f"field_{question.step}", lang)
            return Answered(Reply(message(problem, lang, field=field)))
        value = clean_profile_field(text)
        assert value is not None  # field_problem said it is fine
        current = await self._storage.profiles.get(delegate.id)
        if question.step == "name" and not question.only_this:
            following = ProfileQuestion(
                delegate.id,
                "organization",
                False,
                question.session_id,
                value,
                self._clock.now(),
                question.then_network,
            )
            await self._storage.profiles.ask(following)
            return Answered(Reply(message(_prompt(following), lang)))
        if question.step == "name":
            profile = Profile(delegate.id, value, current.organization if current else "")
        else:
            name = question.name or (current.name if current else "")
            profile = Profile(delegate.id, name, value)
        await self._storage.profiles.answered(profile, self._clock.now())
        saved = message("profile_saved", lang, name=profile.name, organization=profile.organization)
        return Answered(Reply(saved), profile, question.session_id, question.then_network)

    def reminder(self, delegate: Delegate, question: ProfileQuestion) -> Reply:
        """After answering something else: the question again, with a way out."""
        lang = delegate.lang
        field = message(f"field_{question.step}", lang)
        keyboard = (
            (
                Button(message("go_on_button", lang), buttons.encode("profile_questions", "go")),
                Button(message("stop_button", lang), buttons.encode("profile_questions", "stop")),
            ),
        )
        return Reply(message("profile_paused", lang, field=field), keyboard)

    async def ask_again(self, delegate: Delegate) -> Reply | None:
        question = await self.current(delegate.id)
        return None if question is None else Reply(message(_prompt(question), delegate.lang))

    def not_text(self, delegate: Delegate, question: ProfileQuestion) -> Reply:
        field = message(f"field_{question.step}", delegate.lang)
        return Reply(message("profile_not_text", delegate.lang, field=field))

    async def stop(self, delegate: Delegate) -> bool:
        return await self._storage.profiles.stop_asking(delegate.id)


def _prompt(question: ProfileQuestion) -> str:
    """The catalog key of the question to ask."""
    if question.only_this:
        return f"ask_new_{question.step}"
    return "ask_name" if question.step == "name" else "ask_organization"
