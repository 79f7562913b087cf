"""The networking at the front desk: /network, /matches, meeting requests and answers.

Each method takes the delegate and what they typed or pressed, asks the Networking
service (where the rules live: consent, limits, slots) and renders the reply once.
"""

from __future__ import annotations

from bot.delegate import Delegate, Lang
from bot.ics import CalendarMeeting
from bot.network_form import NetworkForm
from bot.networking import MeetingView, Networking
from bot.profile_questions import ProfileQuestions
from bot.program_holder import ProgramHolder
from bot.render import message
from bot.render.meetings import (
    calendar_meetings,
    join_first,
    matches_reply,
    meeting_confirmed,
    own_profile,
    stats_reply,
)
from bot.reply import Reply
from bot.storage import Storage
from bot.storage.networking import MAX_PENDING

HIDE_WORDS = ("off", "hide", "stop", "关闭", "隐藏")
SHOW_WORDS = ("on", "show", "开启", "公开")
# What a delegate pressed on a request, and the catalog key of the reply when it is done
ANSWERS = {
    "decline": "request_declined",
    "block": "request_blocked_done",
    "report": "request_reported",
}


class NetworkDesk:
    def __init__(
        self,
        current: ProgramHolder,
        storage: Storage,
        networking: Networking,
        form: NetworkForm,
        questions: ProfileQuestions,
    ) -> None:
        self._current = current
        self._storage = storage
        self._networking = networking
        self.form = form
        self._questions = questions

    async def network(self, delegate: Delegate, words: str) -> Reply:
        """/network: the profile (or its first question); /network off|on hides or shows it."""
        lang = delegate.lang_for(words)
        said = words.strip().lower()
        if said in HIDE_WORDS or said in SHOW_WORDS:
            return await self._show(delegate, visible=said in SHOW_WORDS)
        if said:
            return Reply(message("net_words_unknown", lang, words=words[:60]))
        profile = await self._networking.views.profile(delegate.id)
        if profile is not None:
            visible = await self._networking.is_visible(delegate.id)
            return own_profile(profile, visible, self._current.program, lang)
        return await self.edit(delegate)

    async def edit(self, delegate: Delegate) -> Reply:
        """The form from its first step; the name questions first if there is no name, and
        the form once they are answered (the front desk starts it then)."""
        if await self._storage.profiles.get(delegate.id) is None:
            return await self._questions.ask(
                delegate, prompt="net_needs_profile", then_network=True
            )
        return await self.form.start(delegate, await self._networking.views.profile(delegate.id))

    async def matches(self, delegate: Delegate, _: str = "", session_id: str = "") -> Reply:
        """/matches, or "people to meet" under a matchmaking session's card."""
        lang = delegate.lang
        me = await self._networking.views.profile(delegate.id)
        if me is None:
            return join_first(lang)
        if not await self._networking.is_visible(delegate.id):
            return Reply(message("matches_hidden", lang))
        program = self._current.program
        session = program.session(session_id) if session_id else None
        found = await self._networking.suggestions(
            delegate.id, session.id if session is not None else None
        )
        return matches_reply(found, me, program, lang, session)

    async def press(self, delegate: Delegate, arg: str) -> Reply:
        """A networking button: hide, show, change, people to meet, or a form step."""
        if arg in ("hide", "show"):
            return await self._show(delegate, visible=arg == "show")
        if arg == "edit":
            return await self.edit(delegate)
        what, _, session_id = arg.partition(".")
        if what == "people":
            return await self.matches(delegate, session_id=session_id)
        return await self.form.press(delegate, arg)

    async def meet(self, delegate: Delegate, arg: str) -> Reply:
        """ "Meet #n": a request to the delegate the button names by their handle."""
        lang = delegate.lang
        handle, _, session_id = arg.partition(":")
        other = await self._networking.by_handle(handle)
        outcome = await self._networking.request(delegate.id, handle, session_id or None)
        if outcome.kind == "sent" and other is not None:
            return Reply(message("request_sent", lang, name=other.name))
        if outcome.kind == "limit":
            return Reply(message("request_limit", lang, limit=str(MAX_PENDING)))
        return Reply(message(f"request_{outcome.kind}", lang))

    async def answer(self, delegate: Delegate, arg: str) -> Reply:
        """Accept, decline, block or report a request; only its addressee may."""
        lang = delegate.lang
        verb, _, number = arg.partition(".")
        if not number.isdigit() or verb not in ("accept", *ANSWERS):
            return Reply(message("stale_button", lang), alert=True)
        request_id = int(number)
        view = await self._networking.views.request_view(request_id)
        if verb == "accept":
            accepted = await self._networking.accept(request_id, delegate.id)
            if accepted.kind == "accepted" and accepted.meeting is not None:
                return meeting_confirmed(accepted.meeting, self._current.program, lang)
            return self._refused(accepted.kind, lang)
        networking = self._networking
        answer = {"decline": networking.decline, "block": networking.block}.get(
            verb, networking.report
        )
        answered = await answer(request_id, delegate.id)
        if answered != "done" or view is None:
            return self._refused(answered, lang)
        return Reply(message(ANSWERS[verb], lang, name=view.requester.name))

    async def meetings(self, delegate: Delegate) -> list[MeetingView]:
        return await self._networking.views.meetings_of(delegate.id)

    async def calendar(self, delegate: Delegate) -> list[CalendarMeeting]:
        views = await self._networking.views.meetings_of(delegate.id)
        return calendar_meetings(views, self._current.program, delegate.lang)

    async def stats(self, delegate: Delegate) -> Reply:
        """The networking's figures for organizers (the front desk checked who asks)."""
        return stats_reply(await self._networking.stats(), self._current.program, delegate.lang)

    async def _show(self, delegate: Delegate, *, visible: bool) -> Reply:
        lang = delegate.lang
        if not await self._networking.set_visible(delegate.id, visible):
            return Reply(message("net_no_profile", lang))
        return Reply(message("net_shown" if visible else "net_hidden", lang))

    @staticmethod
    def _refused(kind: str, lang: Lang) -> Reply:
        key = "not_yours" if kind == "not_yours" else "request_gone"
        return Reply(message(key, lang), alert=True)
