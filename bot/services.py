"""The services the handlers use, bundled once by the composition root (run_bot.py)."""

from __future__ import annotations

import logging
import time
from dataclasses import dataclass, field

from bot.assistant import Assistant
from bot.clock import Clock
from bot.config import Settings
from bot.desk import Desk
from bot.notifier import Deliver, Notifier
from bot.organizer import OrganizerDesk
from bot.reminders import Reminders, Waker
from bot.signups import Signups
from bot.storage import Storage, StorageError
from bot.throttle import Throttle

log = logging.getLogger(__name__)
SEEN_REFRESH_SECONDS = 300


@dataclass
class Services:
    settings: Settings
    clock: Clock
    storage: Storage
    assistant: Assistant  # replaced as a whole when the program is reloaded
    signups: Signups
    reminders: Reminders
    desk: Desk
    organizer: OrganizerDesk
    notifier: Notifier
    throttle: Throttle
    _seen: dict[int, tuple[str | None, float]] = field(default_factory=dict, repr=False)

    async def start(self, deliver: Deliver, waker: Waker) -> None:
        """Starts sending, once the Telegram side can deliver and schedule: everything
        still pending in the database is planned again (the scheduler keeps nothing)."""
        program = self.assistant.program
        await self.storage.programs.record(str(program.source), program.text, self.clock.now())
        self.notifier.start(deliver)
        self.reminders.start(waker)
        await self.reminders.replan()
        self.notifier.kick()

    async def poll_requests(self) -> None:
        """Picks up what the command line asked of the running bot (a program reload)."""
        token = await self.storage.requests.take("reload")
        if token is None:
            return
        result = await self.organizer.reloader.apply(token or None)
        if result.applied:
            log.info(
                "program reloaded on request: %d changes, %d delegates told",
                len(result.preview.changes),
                result.told,
            )
        else:
            log.error(
                "requested reload not applied: %s",
                result.preview.error or "the file changed after the preview",
            )

    async def close(self) -> None:
        await self.reminders.stop()
        await self.notifier.stop()
        await self.storage.close()

    async def seen(self, user_id: int, language: str | None) -> None:
        """Remembers a delegate; a failing disk must not stop the bot from answering.

        Written at most every few minutes per delegate (or when their language changes):
        a database write on every message would cost more than answering it.
        """
        last = self._seen.get(user_id)
        moment = time.monotonic()
        if last is not None and last[0] == language and moment - last[1] < SEEN_REFRESH_SECONDS:
            return
        try:
            await self.storage.users.touch(user_id, language, self.clock.now())
        except StorageError as error:
            log.warning("could not record user %s: %s", user_id, error)
            return
        self._seen[user_id] = (language, moment)

    def forget_seen(self, user_id: int) -> None:
        """The delegate blocked the bot: their next message must be recorded at once
        (it is what makes them active again)."""
        self._seen.pop(user_id, None)
