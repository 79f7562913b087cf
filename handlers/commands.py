"""Commands: each one is a call on the Assistant, which knows the commands by name."""

from __future__ import annotations

from telegram import Update

from handlers.common import BotContext, delegate_of, send_reply

# /signup and /profile start the sign-up conversation (handlers/signup.py).
COMMAND_NAMES = (
    "start",
    "help",
    "schedule",
    "today",
    "next",
    "venue",
    "cancel",
    "my",
    "forget",
    "reminders",
    "subscribe",
    "unsubscribe",
    "news",
    # organizers (each checks the organizer list itself)
    "broadcasts",
    "reload",
    "attendees",
    "stats",
)


async def run_command(update: Update, context: BotContext) -> None:
    """Runs the command the message names, with the rest of the message as its argument."""
    message = update.effective_message
    delegate = delegate_of(update)
    if message is None or not message.text or delegate is None:
        return
    _, reply = await context.services.desk.respond(delegate, message.text)
    await send_reply(context, message.chat_id, reply)
