"""Everything no other handler took: unknown commands, stickers, photos, group chatter."""

from __future__ import annotations

from telegram import Update

from handlers.commands import run_command
from handlers.common import BotContext, delegate_of, send_reply


async def unknown_command(update: Update, context: BotContext) -> None:
    """Names the unknown command and lists the real ones."""
    await run_command(update, context)


async def not_text(update: Update, context: BotContext) -> None:
    """Stickers, photos, voice...: says the bot reads text."""
    message = update.effective_message
    delegate = delegate_of(update, context.bot)
    if message is not None and delegate is not None:
        await send_reply(context, message.chat_id, await context.services.front.not_text(delegate))
