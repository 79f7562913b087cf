"""Commands: each one is a call on the Assistant, which knows the commands by name."""

from __future__ import annotations

from telegram import Update

from handlers.common import BotContext, language_of, send_reply

COMMAND_NAMES = ("start", "help", "schedule", "today", "next", "venue")


async def run_command(update: Update, context: BotContext) -> None:
    """Runs the command the message names, with the rest of the message as its argument."""
    message = update.effective_message
    if message is None or not message.text:
        return
    _, reply = context.services.assistant.respond(message.text, language_of(update))
    await send_reply(context, message.chat_id, reply)
