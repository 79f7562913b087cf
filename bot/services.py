"""The services the handlers use, bundled once by the composition root (bot/app.py)."""

from __future__ import annotations

import logging
from dataclasses import dataclass

from bot.clock import Clock
from bot.config import Settings
from bot.front_desk import FrontDesk
from bot.organizer import OrganizerDesk
from bot.outbox_sender import Deliver, OutboxSender
from bot.program_holder import ProgramHolder
from bot.reminders import Reminders, Waker
from bot.seen_users import SeenUsers
from bot.signups import Signups
from bot.storage import Storage
from bot.throttle import Throttle

log = logging.getLogger(__name__)


@dataclass
class Services:
    settings: Settings
    clock: Clock
    storage: Storage
    current: ProgramHolder  # the program, its index and travel times; a reload swaps them
    signups: Signups
    reminders: Reminders
    front: FrontDesk  # every message and button press comes in here
    organizer: OrganizerDesk
    sender: OutboxSender
    throttle: Throttle
    seen: SeenUsers

    async def start(self, deliver: Deliver, waker: Waker) -> None:
        """Starts sending, once the Telegram side can deliver and schedule: everything
        still pending in the database is planned again (the scheduler keeps nothing)."""
        program = self.current.program
        await self.storage.programs.record(str(program.source), program.text, self.clock.now())
        self.sender.start(deliver)
        self.reminders.start(waker)
        await self.reminders.replan()
        self.sender.kick()

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
        await self.sender.stop()
        await self.storage.close()
