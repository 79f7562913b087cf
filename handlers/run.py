"""The two ways the bot runs: against Telegram (polling or a webhook) or in the terminal.

Both use the one Application of handlers/application.py on the services of bot/app.py.
"""

from __future__ import annotations

import asyncio
import logging
import os
from functools import partial
from typing import Any
from urllib.parse import urlsplit

from bot.app import open_services
from bot.clock import Clock
from bot.config import Settings
from bot.program import Program
from bot.travel import TravelTimes
from botapi_emulator import BotApiEmulator
from handlers.application import build_application
from handlers.common import BotApplication
from handlers.console import OFFLINE_TOKEN, LocalRequest, chat


def application_for(
    settings: Settings,
    clock: Clock,
    program: Program,
    travel: TravelTimes,
    *,
    request: Any = None,
    get_updates_request: Any = None,
    polling: bool = True,
) -> BotApplication:
    """The Application every run mode uses; services open in its post_init."""
    return build_application(
        settings.telegram_token or OFFLINE_TOKEN,
        settings.api_base_url,
        partial(open_services, settings, clock, program, travel),
        request=request,
        get_updates_request=get_updates_request,
        polling=polling,
        api_rate=settings.api_rate,
        transport=settings.http_transport,
    )


def run_console(settings: Settings, clock: Clock, program: Program, travel: TravelTimes) -> None:
    api = BotApiEmulator()
    application = application_for(
        settings, clock, program, travel, request=LocalRequest(api), polling=False
    )
    asyncio.run(chat(application, api, language_code=os.environ.get("BOT_LANGUAGE")))


def run_telegram(settings: Settings, clock: Clock, program: Program, travel: TravelTimes) -> None:
    application = application_for(settings, clock, program, travel)
    log = logging.getLogger(__name__)
    if settings.webhook_url:
        path = urlsplit(settings.webhook_url).path.lstrip("/")
        log.info(
            "webhook on %s:%s/%s for %s",
            settings.webhook_listen,
            settings.webhook_port,
            path,
            settings.webhook_url,
        )
        application.run_webhook(
            listen=settings.webhook_listen,
            port=settings.webhook_port,
            url_path=path,
            webhook_url=settings.webhook_url,
            secret_token=settings.webhook_secret,
            drop_pending_updates=False,
        )
        return
    log.info("polling Telegram at %s", settings.api_base_url)
    application.run_polling(drop_pending_updates=False)
