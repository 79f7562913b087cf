"""Signing up: the button or /signup, and the one-time questions for name and organization.

A ConversationHandler (as in PTB's conversationbot example) holds the two questions;
the rules live in bot.signups and bot.chat_commands.
"""

from __future__ import annotations

import warnings

from telegram import Update
from telegram.ext import (
    CallbackQueryHandler,
    ConversationHandler,
    MessageHandler,
    filters,
)
from telegram.warnings import PTBUserWarning

from bot.commands import ending, starting
from bot.render import message
from bot.reply import Reply
from bot.signups import clean_profile_field
from handlers.commands import command_handler, run_command
from handlers.common import BotContext, delegate_of, send_reply

ASK_NAME, ASK_ORGANIZATION = range(2)
PENDING = "pending_signup"  # the session a sign-up waits to complete, in user_data
NAME = "profile_name"


async def _show(update: Update, context: BotContext, reply: Reply) -> int:
    """Sends the reply; if it asks for the profile, the conversation begins."""
    if update.callback_query is not None:
        if reply.alert:
            await update.callback_query.answer(reply.plain, show_alert=True)
            return ConversationHandler.END
        await update.callback_query.answer()
    if update.effective_chat is not None:
        await send_reply(context, update.effective_chat.id, reply)
    if reply.asks_profile is not None:
        context.user_data[PENDING] = reply.asks_profile
        return ASK_NAME
    return ConversationHandler.END


async def signup_button(update: Update, context: BotContext) -> int:
    """✍️ Sign up (or "Sign up anyway" after a clash warning)."""
    delegate = delegate_of(update)
    if delegate is None or update.callback_query is None:
        return ConversationHandler.END
    reply = await context.services.front.press(delegate, update.callback_query.data)
    return await _show(update, context, reply)


async def profile_question(update: Update, context: BotContext) -> int:
    """/signup <words> or /profile: the reply may ask for name and organization."""
    context.user_data.pop(PENDING, None)  # /profile starts over; /signup sets its own
    reply = await run_command(update, context)
    if reply is not None and reply.asks_profile is not None:
        context.user_data[PENDING] = reply.asks_profile
        return ASK_NAME
    return ConversationHandler.END


async def _say(update: Update, context: BotContext, key: str, **values: str) -> None:
    delegate = delegate_of(update)
    lang = delegate.lang if delegate else "en"
    if update.effective_chat is not None:
        await send_reply(context, update.effective_chat.id, Reply(message(key, lang, **values)))


def _typed(update: Update) -> str | None:
    text = update.effective_message.text if update.effective_message else None
    return clean_profile_field(text or "")


async def got_name(update: Update, context: BotContext) -> int:
    name = _typed(update)
    if name is None:
        await _say(update, context, "bad_profile_field")
        return ASK_NAME
    context.user_data[NAME] = name
    await _say(update, context, "ask_organization")
    return ASK_ORGANIZATION


async def got_organization(update: Update, context: BotContext) -> int:
    delegate = delegate_of(update)
    organization = _typed(update)
    if delegate is None or update.effective_chat is None:
        return ConversationHandler.END
    if organization is None:
        await _say(update, context, "bad_profile_field")
        return ASK_ORGANIZATION
    services = context.services
    name = context.user_data.pop(NAME)
    profile = await services.signups.save_profile(delegate.id, name, organization)
    await _say(
        update, context, "profile_saved", name=profile.name, organization=profile.organization
    )
    if pending := context.user_data.pop(PENDING, None):
        reply = await services.front.complete_signup(delegate, pending)
        await send_reply(context, update.effective_chat.id, reply)
    return ConversationHandler.END


async def not_text(update: Update, context: BotContext) -> int:
    """A sticker or photo while waiting for a name: ask again."""
    await _say(update, context, "bad_profile_field")
    return ASK_ORGANIZATION if NAME in context.user_data else ASK_NAME


def _forget_answers(context: BotContext) -> None:
    context.user_data.pop(PENDING, None)
    context.user_data.pop(NAME, None)


async def stop(update: Update, context: BotContext) -> int:
    """/stop: leaves the questions; nothing is saved."""
    _forget_answers(context)
    await run_command(update, context)
    return ConversationHandler.END


async def other_command(update: Update, context: BotContext) -> int:
    """Another command ends the questions and runs as usual."""
    _forget_answers(context)
    await run_command(update, context)
    return ConversationHandler.END


def signup_conversation() -> ConversationHandler:  # type: ignore[type-arg]
    text = filters.TEXT & ~filters.COMMAND & filters.UpdateType.MESSAGE
    with warnings.catch_warnings():
        # PTB warns that with per_message=False it tracks the chat, not each message:
        # exactly what is wanted here (the questions follow the button in the same chat).
        warnings.simplefilter("ignore", PTBUserWarning)
        return ConversationHandler(
            entry_points=[
                CallbackQueryHandler(signup_button, pattern=r"^[uU]:"),
                command_handler(starting("profile_questions"), profile_question),
            ],
            states={
                ASK_NAME: [MessageHandler(text, got_name)],
                ASK_ORGANIZATION: [MessageHandler(text, got_organization)],
            },
            fallbacks=[
                command_handler(ending(), stop),
                MessageHandler(filters.COMMAND, other_command),
                MessageHandler(filters.UpdateType.MESSAGE & ~filters.TEXT, not_text),
            ],
            allow_reentry=True,
            conversation_timeout=15 * 60,
        )
