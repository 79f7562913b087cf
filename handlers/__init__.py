"""Thin Telegram handlers: parse the update, call one service, render the reply."""

from __future__ import annotations

from telegram import Update
from telegram.ext import (
    CallbackQueryHandler,
    CommandHandler,
    MessageHandler,
    TypeHandler,
    filters,
)

from handlers.buttons import press
from handlers.commands import COMMAND_NAMES, run_command
from handlers.common import BotApplication, BotContext
from handlers.errors import on_error
from handlers.fallback import not_text, unknown_command
from handlers.organizer import broadcast_conversation
from handlers.questions import answer_question
from handlers.signup import signup_conversation

# Edited messages get deliberate silence: answering every edit again would spam the chat.
_NEW_PRIVATE = filters.UpdateType.MESSAGE & filters.ChatType.PRIVATE


async def remember_user(update: Update, context: BotContext) -> None:
    """Records every delegate who writes (their language, when first and last seen)."""
    user = update.effective_user
    if user is not None and not user.is_bot:
        await context.services.seen(user.id, user.language_code)


def register_all(application: BotApplication) -> None:
    # Group -1 runs for every update before the handlers that answer it (group 0).
    application.add_handler(TypeHandler(Update, remember_user), group=-1)
    # The sign-up conversation goes first: while it waits for a name, text is the name.
    application.add_handler(signup_conversation())
    application.add_handler(broadcast_conversation())
    application.add_handler(CommandHandler(COMMAND_NAMES, run_command, filters.UpdateType.MESSAGE))
    application.add_handler(CallbackQueryHandler(press))
    # Order matters below: commands before free text, text before "anything else".
    application.add_handler(MessageHandler(_NEW_PRIVATE & filters.COMMAND, unknown_command))
    application.add_handler(MessageHandler(_NEW_PRIVATE & filters.TEXT, answer_question))
    application.add_handler(MessageHandler(_NEW_PRIVATE & ~filters.TEXT, not_text))
    application.add_error_handler(on_error)
