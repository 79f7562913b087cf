"""The last resort: log the failure with its update, tell the delegate, never crash."""

from __future__ import annotations

import contextlib
import logging

from telegram import Update
from telegram.error import Forbidden, TelegramError

from handlers.common import BotContext, language_of, send_reply

log = logging.getLogger(__name__)


async def on_error(update: object, context: BotContext) -> None:
    """Logs the exception and apologises to the delegate, if there is one to tell."""
    error = context.error
    if isinstance(error, Forbidden):
        log.info("user blocked the bot: %s", error)
        return
    log.error("error while handling an update", exc_info=error)
    if not isinstance(update, Update) or update.effective_chat is None:
        return
    if update.callback_query is not None:
        with contextlib.suppress(TelegramError):
            await update.callback_query.answer()
    try:
        reply = context.services.assistant.error(language_of(update))
        await send_reply(context, update.effective_chat.id, reply)
    except TelegramError as send_error:
        log.warning("could not tell the user about the error: %s", send_error)
