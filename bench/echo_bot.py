"""The baseline of bench/throughput.py: a bare PTB echo bot with PTB's defaults (one
update at a time), run as its own process exactly as the bot is.

    TELEGRAM_BOT_TOKEN=... TELEGRAM_API_BASE_URL=... python -m bench.echo_bot

With ECHO_TRANSPORT=aiohttp it talks through the bot's own transport instead of PTB's
default httpx one: the like-for-like baseline.
"""

from __future__ import annotations

import os
from typing import Any

from telegram import Update
from telegram.ext import Application, CallbackContext, CallbackQueryHandler, MessageHandler, filters

from handlers.transport import make_request


async def echo_text(update: Update, context: CallbackContext[Any, Any, Any, Any]) -> None:
    assert update.effective_chat is not None and update.effective_message is not None
    await context.bot.send_message(update.effective_chat.id, update.effective_message.text or "")


async def echo_press(update: Update, context: CallbackContext[Any, Any, Any, Any]) -> None:
    query = update.callback_query
    assert query is not None and update.effective_chat is not None
    await query.answer()
    await context.bot.send_message(update.effective_chat.id, query.data or "")


def main() -> None:
    builder = (
        Application.builder()
        .token(os.environ["TELEGRAM_BOT_TOKEN"])
        .base_url(os.environ["TELEGRAM_API_BASE_URL"])
    )
    if transport := os.environ.get("ECHO_TRANSPORT"):
        builder = builder.request(make_request(transport)).get_updates_request(
            make_request(transport, for_updates=True)
        )
    application = builder.build()
    application.add_handler(MessageHandler(filters.TEXT, echo_text))
    application.add_handler(CallbackQueryHandler(echo_press))
    application.run_polling(poll_interval=0, timeout=1)


if __name__ == "__main__":
    main()
