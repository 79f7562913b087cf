"""Building the PTB Application around the services, and running it inside a loop."""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from datetime import datetime
from typing import Any

from telegram import LinkPreviewOptions, Update
from telegram.constants import ParseMode
from telegram.ext import AIORateLimiter, Application, ApplicationBuilder, ContextTypes, Defaults
from telegram.request import BaseRequest

from bot.clock import EVENT_TZ
from bot.reminders import Waker
from bot.services import REQUEST_POLL_SECONDS, Services
from handlers import register_all
from handlers.commands import set_command_menus
from handlers.common import SERVICES_KEY, BotApplication, BotContext
from handlers.delivery import telegram_delivery
from handlers.inbox import CheckedUpdatesRequest, DurableUpdateQueue
from handlers.transport import make_request
from handlers.updates import PerSenderUpdateProcessor

log = logging.getLogger("bot.updates")
PRUNE_INBOX_SECONDS = 3600.0  # handled updates are forgotten after a day: no hurry

ServicesFactory = Callable[[], Awaitable[Services]]


class TimedApplication(Application):  # type: ignore[type-arg]
    """Logs one line per update: who, what, how long. Never the token or the full text.
    Marks each update handled in the inbox once done (handlers/inbox.py)."""

    async def process_update(self, update: object) -> None:
        started = time.perf_counter()
        try:
            await super().process_update(update)
        except asyncio.CancelledError:  # stopped half-way: handled again after the restart
            raise
        except Exception:  # failed: handling it again after a restart would fail the same way
            self._handled(update)
            raise
        else:
            self._handled(update)
        finally:
            if isinstance(update, Update):
                user = update.effective_user
                log.info(
                    "update %s user=%s %s %.1fms",
                    update.update_id,
                    user.id if user else "-",
                    describe(update),
                    (time.perf_counter() - started) * 1000,
                )

    def _handled(self, update: object) -> None:
        if isinstance(self.update_queue, DurableUpdateQueue):
            self.update_queue.handled(update)


def describe(update: Update) -> str:
    """What was asked for, briefly: a command name, button data, or the kind of message."""
    if update.callback_query is not None:
        return f"button={str(update.callback_query.data)[:64]!r}"
    message = update.effective_message
    if message is None:
        return "other"
    if message.text:
        if message.text.startswith("/"):
            return f"command={message.text.split()[0][:32]}"
        return f"text({len(message.text)} chars)"
    return "non-text message"


def build_application(
    token: str,
    base_url: str,
    open_services: ServicesFactory,
    *,
    request: BaseRequest | None = None,
    get_updates_request: BaseRequest | None = None,
    polling: bool = True,
    api_rate: float = 30.0,
    transport: str = "aiohttp",
) -> BotApplication:
    """The one Application used by every run mode; services open in post_init."""

    async def post_init(application: BotApplication) -> None:
        services = await open_services()
        application.bot_data[SERVICES_KEY] = services
        # before polling starts (run_polling, running()) or the webhook listens
        await inbox.open(services, application.bot)
        await set_command_menus(application, services.settings.organizer_ids)
        await services.start(telegram_delivery(application.bot), job_queue_waker(application))
        if application.job_queue is not None:  # requests left by the command line
            application.job_queue.run_repeating(
                poll_requests,
                interval=REQUEST_POLL_SECONDS,
                first=REQUEST_POLL_SECONDS,
                name="requests",
            )
            application.job_queue.run_repeating(
                prune_inbox, interval=PRUNE_INBOX_SECONDS, first=0, name="prune-inbox"
            )

    async def post_shutdown(application: BotApplication) -> None:
        await inbox.close()
        services: Services | None = application.bot_data.pop(SERVICES_KEY, None)
        if services is not None:
            await services.close()

    inbox = DurableUpdateQueue()
    builder: Any = (
        ApplicationBuilder()
        .update_queue(inbox)
        .application_class(TimedApplication)
        .token(token)
        .base_url(base_url)
        .context_types(ContextTypes(context=BotContext))
        .defaults(
            Defaults(
                parse_mode=ParseMode.HTML,
                tzinfo=EVENT_TZ,
                link_preview_options=LinkPreviewOptions(is_disabled=True),
            )
        )
        # All Bot API calls together stay under `api_rate`; on a 429 every call waits.
        .rate_limiter(AIORateLimiter(overall_max_rate=api_rate, max_retries=2))
        .concurrent_updates(PerSenderUpdateProcessor())
        .post_init(post_init)
        .post_shutdown(post_shutdown)
    )
    if request is None:
        request = make_request(transport)
        get_updates_request = make_request(transport, for_updates=True)
    get_updates_request = CheckedUpdatesRequest(get_updates_request or request, inbox)
    builder = builder.request(request).get_updates_request(get_updates_request)
    if not polling:
        builder = builder.updater(None)
    application: BotApplication = builder.build()
    register_all(application)
    return application


async def poll_requests(context: BotContext) -> None:
    await context.services.poll_requests()


async def prune_inbox(context: BotContext) -> None:
    await context.services.storage.inbox.prune(context.services.clock.now())


def job_queue_waker(application: BotApplication) -> Waker:
    """Wakes the sender at a clock moment, through PTB's JobQueue (APScheduler).

    One job per moment, replaced rather than stacked (the timerbot idiom). APScheduler
    skips a job more than misfire_grace_time late (default 1 s) without a word, so it is
    switched off: a reminder that fell due while the bot was down still wakes the sender,
    which then decides whether it is still worth sending.
    """
    job_queue = application.job_queue
    if job_queue is None:
        raise RuntimeError("the JobQueue is missing: install python-telegram-bot[job-queue]")

    async def wake(context: BotContext) -> None:
        context.services.sender.kick()

    def at(moment: datetime) -> None:
        services: Services = application.bot_data[SERVICES_KEY]
        delay = max(services.clock.seconds_until(moment), 0.0) + 0.01
        name = f"wake:{moment.timestamp():.0f}"
        job_queue.run_once(
            wake,
            when=delay,
            name=name,
            job_kwargs={
                "id": name,
                "replace_existing": True,
                "misfire_grace_time": None,
                "coalesce": True,
            },
        )

    return at


@asynccontextmanager
async def running(
    application: BotApplication, *, poll: bool = True
) -> AsyncIterator[BotApplication]:
    """What run_polling does, but inside an existing event loop (tests, offline chat)."""
    await application.initialize()
    try:
        if application.post_init:
            await application.post_init(application)
        if poll and application.updater is not None:
            await application.updater.start_polling(
                poll_interval=0, timeout=1, drop_pending_updates=False
            )
        await application.start()
        try:
            yield application
        finally:
            if application.updater is not None and application.updater.running:
                await application.updater.stop()
            await application.stop()
    finally:
        await application.shutdown()
        if application.post_shutdown:
            await application.post_shutdown(application)
