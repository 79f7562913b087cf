"""Everything no other handler took: stickers, photos, voice messages."""

from __future__ import annotations

from telegram import Update

from handlers.common import BotContext, delegate_of, send_reply


async def not_text(update: Update, context: BotContext) -> None:
    """Stickers, photos, voice...: says the bot reads text."""
    message = update.effective_message
    delegate = delegate_of(update, context.bot)
    if message is not None and delegate is not None:
        await send_reply(context, message.chat_id, await context.services.front.not_text(delegate))
