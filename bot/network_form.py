"""The networking profile, asked step by step: role, sectors, offer, seek, languages.

The choices are buttons; what a delegate offers and seeks is typed. The draft is kept in
the database, so a restart loses nothing; while a typed answer is awaited, a question or a
command is answered as such and the step is asked again (as with the name questions).
Editing starts from the current profile, so each step can be kept with one tap.
"""

from __future__ import annotations

from dataclasses import replace
from typing import get_args

from bot.clock import Clock
from bot.delegate import Delegate
from bot.matchmaking import LANGUAGES, MAX_NETWORK_TEXT, ROLES, NetworkProfile
from bot.networking import Networking
from bot.profile_questions import QUESTION_EXPIRES, clean_profile_field
from bot.program_holder import ProgramHolder
from bot.render import message
from bot.render.meetings import form_paused, form_question
from bot.reply import Reply
from bot.storage import Storage
from bot.storage.network_drafts import DraftStep, NetworkDraft

STEPS: tuple[DraftStep, ...] = get_args(DraftStep)
TYPED_STEPS = ("offer", "seek")


class NetworkForm:
    def __init__(
        self, current: ProgramHolder, storage: Storage, clock: Clock, networking: Networking
    ) -> None:
        self._current = current
        self._drafts = storage.network_drafts
        self._clock = clock
        self._networking = networking

    async def start(self, delegate: Delegate, profile: NetworkProfile | None) -> Reply:
        """The first step, filled in from the current profile when there is one."""
        draft = NetworkDraft(
            delegate.id,
            "role",
            profile.role if profile else None,
            profile.sectors if profile else (),
            profile.offer if profile else "",
            profile.seek if profile else "",
            profile.languages if profile else (delegate.lang,),
            self._clock.now(),
        )
        await self._drafts.put(draft)
        return self._ask(draft, delegate)

    async def awaiting_text(self, user_id: int) -> NetworkDraft | None:
        """The draft when its step is a typed answer (None: none, or one long forgotten)."""
        draft = await self._drafts.get(user_id)
        if draft is None or draft.step not in TYPED_STEPS:
            return None
        if self._clock.now() - draft.started_at > QUESTION_EXPIRES:
            await self._drafts.drop(user_id)
            return None
        return draft

    async def typed(self, delegate: Delegate, draft: NetworkDraft, text: str) -> Reply:
        """What the delegate offers or seeks; refused with the reason if it cannot be."""
        lang = delegate.lang
        field = message(f"net_field_{draft.step}", lang)
        tidy = clean_profile_field(text, limit=MAX_NETWORK_TEXT)
        if tidy is None:
            length = len(text.strip())
            if length > MAX_NETWORK_TEXT:
                return Reply(
                    message(
                        "net_text_too_long",
                        lang,
                        length=str(length),
                        field=field,
                        limit=str(MAX_NETWORK_TEXT),
                    )
                )
            return Reply(message("net_text_empty", lang, field=field))
        answered = replace(draft, **{draft.step: tidy})
        return await self._advance(delegate, answered)

    async def press(self, delegate: Delegate, arg: str) -> Reply:
        """A button of the form: a choice, "done", keep, go on or stop."""
        lang = delegate.lang
        draft = await self._drafts.get(delegate.id)
        if arg == "stop":
            await self._drafts.drop(delegate.id)
            return Reply(message("net_form_stopped", lang))
        if draft is None:
            return Reply(message("stale_button", lang), alert=True)
        what, _, value = arg.partition(".")
        if arg == "go":
            return self._ask(draft, delegate)
        if arg == "keep" and draft.step in TYPED_STEPS:
            return await self._advance(delegate, draft)
        if what == "role" and draft.step == "role" and value in ROLES:
            return await self._advance(delegate, replace(draft, role=value))
        if what == "sector" and draft.step == "sectors" and self._current.program.sector(value):
            return await self._keep(
                delegate, replace(draft, sectors=_toggled(draft.sectors, value))
            )
        if what == "lang" and draft.step == "languages" and value in LANGUAGES:
            languages = _toggled(draft.languages, value)
            return await self._keep(delegate, replace(draft, languages=languages))
        if arg in ("sectors.done", "languages.done") and draft.step == what:
            chosen = draft.sectors if what == "sectors" else draft.languages
            if not chosen:
                return Reply(message("net_pick_one", lang), alert=True)
            return await self._advance(delegate, draft)
        return Reply(message("stale_button", lang), alert=True)  # a step already passed

    async def stop(self, user_id: int) -> bool:
        return await self._drafts.drop(user_id)

    def paused(self, delegate: Delegate, draft: NetworkDraft) -> Reply:
        return form_paused(draft.step, delegate.lang)

    def not_text(self, delegate: Delegate, draft: NetworkDraft) -> Reply:
        field = message(f"net_field_{draft.step}", delegate.lang)
        return Reply(message("net_not_text", delegate.lang, field=field))

    async def _advance(self, delegate: Delegate, draft: NetworkDraft) -> Reply:
        """The next step's question, or, after the last, the saved profile."""
        following = STEPS.index(draft.step) + 1
        if following < len(STEPS):
            moved = replace(draft, step=STEPS[following], started_at=self._clock.now())
            await self._drafts.put(moved)
            return replace(self._ask(moved, delegate), edits=False)
        await self._drafts.drop(delegate.id)
        assert draft.role is not None  # the first step set it
        saved = await self._networking.save(
            delegate.id,
            role=draft.role,
            sectors=draft.sectors,
            offer=draft.offer,
            seek=draft.seek,
            languages=draft.languages,
        )
        if saved.kind != "saved":
            return Reply(message("net_refused", delegate.lang, problem=saved.kind))
        return Reply(message("net_saved", delegate.lang))

    async def _keep(self, delegate: Delegate, draft: NetworkDraft) -> Reply:
        """A toggled choice: the same question, redrawn with the new ticks."""
        await self._drafts.put(draft)
        return self._ask(draft, delegate)

    def _ask(self, draft: NetworkDraft, delegate: Delegate) -> Reply:
        return form_question(draft, self._current.program, delegate.lang)


def _toggled(chosen: tuple[str, ...], value: str) -> tuple[str, ...]:
    return tuple(v for v in chosen if v != value) if value in chosen else (*chosen, value)
