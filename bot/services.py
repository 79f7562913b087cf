"""The services the handlers use, bundled once by the composition root (run_bot.py)."""

from __future__ import annotations

import logging
from dataclasses import dataclass

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

    async def start(self, deliver: Deliver, waker: Waker) -> None:
        """Starts sending, once the Telegram side can deliver and schedule: everything
        still pending in the database is planned again (the scheduler keeps nothing)."""
        self.notifier.start(deliver)
        self.reminders.start(waker)
        await self.reminders.replan()
        self.notifier.kick()

    async def poll_requests(self) -> None:
        """Picks up what the command line asked of the running bot (a program reload)."""
        token = await self.storage.take_request("reload")
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
        """Remembers a delegate; a failing disk must not stop the bot from answering."""
        try:
            await self.storage.touch_user(user_id, language, self.clock.now())
        except StorageError as error:
            log.warning("could not record user %s: %s", user_id, error)
