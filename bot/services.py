"""The services the handlers use, bundled once by the composition root (bot/app.py)."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import timedelta

from bot.clock import Clock
from bot.config import Settings
from bot.front_desk import FrontDesk
from bot.networking import Networking
from bot.organizer import OrganizerDesk
from bot.outbox_sender import Deliver, OutboxSender
from bot.program_holder import ProgramHolder
from bot.reminders import Reminders, Waker
from bot.seen_users import SeenUsers
from bot.signups import Signups
from bot.storage import Storage, StorageError
from bot.throttle import Throttle

log = logging.getLogger(__name__)
REQUEST_POLL_SECONDS = 2.0  # how often the running bot looks for requests, and beats
# A bot whose heartbeat is older than this has stopped: five polls missed in a row.
ALIVE_WITHIN = timedelta(seconds=5 * REQUEST_POLL_SECONDS)


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
    networking: Networking  # opt-in delegate matchmaking and meetings

    async def start(self, deliver: Deliver, waker: Waker) -> None:
        """Starts sending, once the Telegram side can deliver and schedule: everything
        still pending in the database is planned again (the scheduler keeps nothing), after
        a program changed while the bot was down has moved what it moves."""
        await self.organizer.reloader.catch_up()  # a program changed while it was down
        await self._beat()  # running from now, not from the first poll
        self.sender.start(deliver)
        self.reminders.start(waker)
        await self.reminders.replan()
        self.sender.kick()

    async def poll_requests(self) -> None:
        """Picks up what the command line asked of the running bot (a program reload),
        and leaves the heartbeat that says a bot is running."""
        await self._beat()
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

    async def bot_running(self) -> bool:
        """Whether a bot is running on this database: its heartbeat is recent. Compared on
        the computer's clock, which every process shares, not on the event clock."""
        beat = await self.storage.requests.last_beat()
        return beat is not None and abs(self.clock.machine_now() - beat) <= ALIVE_WITHIN

    async def _beat(self) -> None:
        try:
            await self.storage.requests.beat(self.clock.machine_now())
        except StorageError as error:  # a full disk must not stop the reload requests
            log.warning("cannot record that the bot is running: %s", error)

    async def close(self) -> None:
        await self.reminders.stop()
        await self.sender.stop()
        await self.storage.close()
