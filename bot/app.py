"""The composition root: every service is built here, once, in dependency order.

Nothing is patched after construction and no closure stands in for a service not built
yet: the program is reached through the ProgramHolder (a reload swaps it there), the
sender learns what a queued message says from OutboxReplies, and new outbox rows wake
the sender through Reminders.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass

from bot.chat_commands import ChatCommands
from bot.clock import Clock
from bot.commands import listed
from bot.config import Settings
from bot.front_desk import FrontDesk
from bot.network_desk import NetworkDesk
from bot.network_form import NetworkForm
from bot.network_views import NetworkViews
from bot.networking import Networking
from bot.organizer import OrganizerDesk
from bot.outbox_replies import OutboxReplies
from bot.outbox_sender import OutboxSender
from bot.profile_questions import ProfileQuestions
from bot.program import Program, load_program
from bot.program_holder import ProgramHolder
from bot.reload import Reloader
from bot.reminders import Reminders
from bot.seen_users import SeenUsers
from bot.services import Services
from bot.signups import Signups
from bot.storage import Storage
from bot.throttle import Throttle
from bot.travel import TravelTimes, load_travel_times


@dataclass(frozen=True)
class Setup:
    """What every run mode starts from: settings, the one clock, the validated program
    and the travel times between its cities."""

    settings: Settings
    clock: Clock
    program: Program
    travel: TravelTimes

    @classmethod
    def load(cls, settings: Settings) -> Setup:
        """Reads the program and travel files the settings name (ProgramError if invalid)."""
        program = load_program(settings.program_file)
        cities = [city.name for city in program.cities]
        travel = load_travel_times(settings.travel_file, cities)
        return cls(settings, Clock(settings.now), program, travel)


def build_services(
    settings: Settings, clock: Clock, storage: Storage, program: Program, travel: TravelTimes
) -> Services:
    """The core services on an open storage (which stays the caller's to close)."""
    current = ProgramHolder(program, travel, clock)
    seen = SeenUsers(storage, clock)
    leads = settings.reminder_leads
    views = NetworkViews(storage, current)
    sender = OutboxSender(
        storage,
        clock,
        OutboxReplies(current, storage, clock, views).compose,
        rate=settings.broadcast_rate,
        on_blocked=seen.forget,
        only_to=settings.deliver_only_to,
    )
    reminders = Reminders(storage, clock, current, leads, send_now=sender.kick)
    signups = Signups(storage, clock, current, leads, on_change=reminders.messages_planned)
    networking = Networking(
        storage,
        clock,
        current,
        views,
        reminders.messages_planned,
        default_leads=leads,
        organizers=settings.organizer_ids,
    )
    files = (settings.program_file, settings.travel_file)
    reloader = Reloader(files, storage, clock, reminders, current)
    organizer = OrganizerDesk(
        settings.organizer_ids, storage, clock, current, signups, sender, reloader
    )
    questions = ProfileQuestions(storage, clock)
    form = NetworkForm(current, storage, clock, networking)
    network = NetworkDesk(current, storage, networking, form, questions)
    commands = ChatCommands(
        current, storage, signups, reminders, organizer, questions, network, listed
    )
    front = FrontDesk(current, clock, commands, signups, organizer, questions, network)
    return Services(
        settings,
        clock,
        storage,
        current,
        signups,
        reminders,
        front,
        organizer,
        sender,
        Throttle() if settings.flood_control else Throttle.unlimited(),
        seen,
        networking,
    )


async def open_services(setup: Setup) -> Services:
    """The services on the bot's database; `Services.close` closes it again."""
    storage = await Storage.open(setup.settings.database_path)
    try:
        return build_services(setup.settings, setup.clock, storage, setup.program, setup.travel)
    except BaseException:
        await storage.close()  # its thread would keep the process alive
        raise


@asynccontextmanager
async def offline_services(setup: Setup) -> AsyncIterator[Services]:
    """The services for a command-line tool that works on the bot's database."""
    services = await open_services(setup)
    try:
        yield services
    finally:
        await services.close()
