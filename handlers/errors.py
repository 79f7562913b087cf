"""The last resort: log the failure with its update, tell the delegate, never crash."""

from __future__ import annotations

import contextlib
import logging

from telegram import Update
from telegram.error import Forbidden, TelegramError

from bot.render import message
from bot.reply import Reply
from bot.storage import StorageError
from handlers.common import BotContext, delegate_of, send_reply

log = logging.getLogger(__name__)


async def on_error(update: object, context: BotContext) -> None:
    """Logs the exception and tells the delegate what it means for them."""
    error = context.error
    if isinstance(error, Forbidden):
        log.info("user blocked the bot: %s", error)
        return
    if isinstance(error, StorageError):
        # The database refused a write (read-only file, full disk): the transaction was
        # rolled back, so what was saved before is intact. Say so plainly.
        log.error("cannot save: %s", error)
        key = "cannot_save"
    else:
        log.error("error while handling an update", exc_info=error)
        key = "error"
    if not isinstance(update, Update) or update.effective_chat is None:
        return
    if update.callback_query is not None:
        with contextlib.suppress(TelegramError):
            await update.callback_query.answer()
    try:
        delegate = delegate_of(update, context.bot)
        lang = delegate.lang if delegate else "en"
        await send_reply(context, update.effective_chat.id, Reply(message(key, lang)))
    except TelegramError as send_error:
        log.warning("could not tell the user about the error: %s", send_error)
