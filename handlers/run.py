"""The two ways the bot runs: against Telegram (polling or a webhook) or in the terminal.

Both use the one Application of handlers/application.py on the services of bot/app.py.
"""

from __future__ import annotations

import asyncio
import logging
from dataclasses import replace
from functools import partial
from typing import Any
from urllib.parse import urlsplit

from bot.app import Setup, open_services
from bot.delegate import Delegate
from botapi_emulator import BotApiEmulator
from handlers.application import build_application
from handlers.common import BotApplication
from handlers.console import OFFLINE_TOKEN, LocalRequest, chat
from handlers.webhook_secret import install as install_constant_time_secret_check


def application_for(
    setup: Setup,
    *,
    request: Any = None,
    get_updates_request: Any = None,
    polling: bool = True,
) -> BotApplication:
    """The Application every run mode uses; services open in its post_init."""
    settings = setup.settings
    return build_application(
        settings.telegram_token or OFFLINE_TOKEN,
        settings.api_base_url,
        partial(open_services, setup),
        request=request,
        get_updates_request=get_updates_request,
        polling=polling,
        api_rate=settings.api_rate,
        transport=settings.http_transport,
    )


def run_console(setup: Setup, delegate: Delegate) -> None:
    api = BotApiEmulator()
    # One local delegate, whose piped script must not be mistaken for a flood, and who is
    # sent their own messages only: the database may be a running bot's.
    settings = replace(setup.settings, flood_control=False, deliver_only_to=delegate.id)
    local = replace(setup, settings=settings)
    application = application_for(local, request=LocalRequest(api), polling=False)
    asyncio.run(chat(application, api, delegate))


def run_telegram(setup: Setup) -> None:
    settings = setup.settings
    application = application_for(setup)
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
        install_constant_time_secret_check()
        application.run_webhook(
            listen=settings.webhook_listen,
            port=settings.webhook_port,
            url_path=path,
            webhook_url=settings.webhook_url,
            secret_token=settings.webhook_secret,  # checked by handlers/webhook_secret.py
            drop_pending_updates=False,
        )
        return
    log.info("polling Telegram at %s", settings.api_base_url)
    application.run_polling(drop_pending_updates=False)
