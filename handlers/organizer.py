"""/broadcast: the one organizer step that needs a conversation (typing the text).

Choosing the audience, the preview and the confirmation are buttons handled by the
desk (bot/organizer.py), which checks the organizer list on every press.
"""

from __future__ import annotations

from telegram import Update
from telegram.ext import ConversationHandler, MessageHandler, filters

from bot.commands import starting
from handlers.commands import command_handler, run_command
from handlers.common import BotContext, delegate_of, send_reply

WRITING = 0


async def broadcast(update: Update, context: BotContext) -> int:
    """/broadcast [text]: with text, straight to the audience; without, asks for it."""
    reply = await run_command(update, context)
    return WRITING if reply is not None and reply.asks_announcement else ConversationHandler.END


async def got_text(update: Update, context: BotContext) -> int:
    delegate = delegate_of(update, context.bot)
    message_ = update.effective_message
    if delegate is not None and message_ is not None and message_.text:
        reply = await context.services.organizer.draft(delegate, message_.text)
        await send_reply(context, message_.chat_id, reply)
        if reply.asks_announcement:  # nothing but the separator came: ask again
            return WRITING
    return ConversationHandler.END


async def other_command(update: Update, context: BotContext) -> int:
    """/stop, or any other command, leaves the text unwritten and runs as usual."""
    await run_command(update, context)
    return ConversationHandler.END


def broadcast_conversation() -> ConversationHandler:  # type: ignore[type-arg]
    return ConversationHandler(
        entry_points=[command_handler(starting("announcement"), broadcast)],
        states={WRITING: [MessageHandler(filters.TEXT & ~filters.COMMAND, got_text)]},
        fallbacks=[MessageHandler(filters.COMMAND, other_command)],
        allow_reentry=True,
        conversation_timeout=15 * 60,
    )
