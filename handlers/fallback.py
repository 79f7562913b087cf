"""Everything no other handler took: unknown commands, stickers, photos, group chatter."""

from __future__ import annotations

from telegram import Update

from handlers.common import BotContext, language_of, send_reply


async def unknown_command(update: Update, context: BotContext) -> None:
    """Names the unknown command and lists the real ones."""
    message = update.effective_message
    if message is None or not message.text:
        return
    command = message.text.split()[0]
    reply = context.services.current.assistant.unknown_command(command, language_of(update))
    await send_reply(context, message.chat_id, reply)


async def not_text(update: Update, context: BotContext) -> None:
    """Stickers, photos, voice...: says the bot reads text."""
    message = update.effective_message
    if message is not None:
        reply = context.services.current.assistant.not_text(language_of(update))
        await send_reply(context, message.chat_id, reply)
