"""/broadcast: the one organizer step that needs a conversation (typing the text).

Choosing the audience, the preview and the confirmation are buttons handled by the
desk (bot/organizer.py), which checks the organizer list on every press.
"""

from __future__ import annotations

from telegram import Update
from telegram.ext import CommandHandler, ConversationHandler, MessageHandler, filters

from bot.assistant import command_language
from bot.render import message
from bot.reply import Reply
from handlers.common import BotContext, delegate_of, send_reply
from handlers.signup import other_command, stop

WRITING = 0


async def broadcast(update: Update, context: BotContext) -> int:
    """/broadcast [text]: with text, straight to the audience; without, asks for it."""
    delegate = delegate_of(update)
    message_ = update.effective_message
    if delegate is None or message_ is None:
        return ConversationHandler.END
    organizer = context.services.organizer
    if not organizer.allows(delegate, "broadcast"):
        await send_reply(context, message_.chat_id, organizer.refusal(delegate))
        return ConversationHandler.END
    text = " ".join(context.args or []).strip()
    if text:
        await send_reply(context, message_.chat_id, await organizer.draft(delegate, text))
        return ConversationHandler.END
    lang = command_language("", delegate.language)
    await send_reply(context, message_.chat_id, Reply(message("broadcast_ask_text", lang)))
    return WRITING


async def got_text(update: Update, context: BotContext) -> int:
    delegate = delegate_of(update)
    message_ = update.effective_message
    if delegate is not None and message_ is not None and message_.text:
        reply = await context.services.organizer.draft(delegate, message_.text)
        await send_reply(context, message_.chat_id, reply)
    return ConversationHandler.END


def broadcast_conversation() -> ConversationHandler:  # type: ignore[type-arg]
    return ConversationHandler(
        entry_points=[CommandHandler("broadcast", broadcast, filters.UpdateType.MESSAGE)],
        states={WRITING: [MessageHandler(filters.TEXT & ~filters.COMMAND, got_text)]},
        fallbacks=[CommandHandler("stop", stop), MessageHandler(filters.COMMAND, other_command)],
        allow_reentry=True,
        conversation_timeout=15 * 60,
    )
