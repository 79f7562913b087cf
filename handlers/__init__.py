"""Thin Telegram handlers: parse the update, call one service, render the reply."""

from __future__ import annotations

from telegram import Update
from telegram.ext import (
    ApplicationHandlerStop,
    CallbackQueryHandler,
    MessageHandler,
    TypeHandler,
    filters,
)

from bot.delegate import Delegate
from bot.render import message
from bot.reply import Reply
from handlers.buttons import press
from handlers.commands import plain_commands, questions_in_groups, run_command
from handlers.common import BotApplication, BotContext, send_reply
from handlers.errors import on_error
from handlers.fallback import not_text
from handlers.organizer import broadcast_conversation
from handlers.questions import answer_question

# Edited messages get deliberate silence: answering every edit again would spam the chat.
_NEW_PRIVATE = filters.UpdateType.MESSAGE & filters.ChatType.PRIVATE


async def keep_pace(update: Update, context: BotContext) -> None:
    """Flood control: past a delegate's limit, one polite word, then silence for a while."""
    user = update.effective_user
    if user is None:
        return
    verdict = context.services.throttle.check(user.id)
    if verdict == "ok":
        return
    if verdict == "warn" and update.effective_chat is not None:
        lang = Delegate(user.id, user.language_code).lang
        await send_reply(context, update.effective_chat.id, Reply(message("slow_down", lang)))
    raise ApplicationHandlerStop


async def remember_user(update: Update, context: BotContext) -> None:
    """Records every delegate who writes (their language, when first and last seen)."""
    user = update.effective_user
    if user is not None and not user.is_bot:
        await context.services.seen.record(user.id, user.language_code)


def register_all(application: BotApplication) -> None:
    # Groups -2 and -1 run for every update before the handlers that answer it (group 0);
    # flood control first, so a flood costs as little as possible.
    application.add_handler(TypeHandler(Update, keep_pace), group=-2)
    application.add_handler(TypeHandler(Update, remember_user), group=-1)
    application.add_handler(broadcast_conversation())
    application.add_handler(plain_commands())
    application.add_handler(questions_in_groups())
    application.add_handler(CallbackQueryHandler(press))
    # Order matters below: commands before free text, text before "anything else".
    # a command the table lacks: FrontDesk.run names it and lists the real ones
    application.add_handler(MessageHandler(_NEW_PRIVATE & filters.COMMAND, run_command))
    application.add_handler(MessageHandler(_NEW_PRIVATE & filters.TEXT, answer_question))
    application.add_handler(MessageHandler(_NEW_PRIVATE & ~filters.TEXT, not_text))
    application.add_error_handler(on_error)
