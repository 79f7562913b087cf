"""The composition root: every service is built here, once, in dependency order.

Nothing is patched after construction and no closure stands in for a service not built
yet: the program is reached through the ProgramHolder (a reload swaps it there), the
sender learns what a queued message says from OutboxReplies, and new outbox rows wake
the sender through Reminders.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from bot.chat_commands import ChatCommands
from bot.clock import Clock
from bot.commands import listed
from bot.config import Settings
from bot.front_desk import FrontDesk
from bot.notifier import Notifier
from bot.organizer import OrganizerDesk
from bot.outbox_replies import OutboxReplies
from bot.program import Program
from bot.program_holder import ProgramHolder
from bot.reload import Reloader
from bot.reminders import Reminders
from bot.seen_users import SeenUsers
from bot.services import Services
from bot.signups import Signups
from bot.storage import Storage
from bot.throttle import Throttle
from bot.travel import TravelTimes


def build_services(
    settings: Settings, clock: Clock, storage: Storage, program: Program, travel: TravelTimes
) -> Services:
    """The core services on an open storage (which stays the caller's to close)."""
    current = ProgramHolder(program, travel, clock)
    seen = SeenUsers(storage, clock)
    leads = settings.reminder_leads
    notifier = Notifier(
        storage,
        clock,
        OutboxReplies(current, storage, clock).compose,
        rate=settings.broadcast_rate,
        on_blocked=seen.forget,
    )
    reminders = Reminders(storage, clock, current, leads, send_now=notifier.kick)
    signups = Signups(storage, clock, current, leads, on_change=reminders.messages_planned)
    reloader = Reloader(
        settings.program_file,
        settings.travel_file,
        storage,
        clock,
        reminders,
        current,
        after_queue=notifier.kick,
    )
    organizer = OrganizerDesk(
        settings.organizer_ids, storage, clock, current, signups, notifier, reloader
    )
    commands = ChatCommands(current, storage, signups, reminders, organizer, listed)
    front = FrontDesk(current, clock, commands, signups, organizer)
    return Services(
        settings,
        clock,
        storage,
        current,
        signups,
        reminders,
        front,
        organizer,
        notifier,
        Throttle(),
        seen,
    )


async def open_services(
    settings: Settings, clock: Clock, program: Program, travel: TravelTimes
) -> Services:
    """The services on the bot's database; `Services.close` closes it again."""
    storage = await Storage.open(settings.database_path)
    try:
        return build_services(settings, clock, storage, program, travel)
    except BaseException:
        await storage.close()  # its thread would keep the process alive
        raise


@asynccontextmanager
async def offline_services(
    settings: Settings, clock: Clock, program: Program, travel: TravelTimes
) -> AsyncIterator[Services]:
    """The services for a command-line tool that works on the bot's database."""
    services = await open_services(settings, clock, program, travel)
    try:
        yield services
    finally:
        await services.close()
