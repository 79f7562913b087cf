"""Commands: /start, /help, /schedule, /today, /next, /venue.

Each is one call on the Assistant; the table keeps them uniform and is what
handlers/__init__.py registers.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable

from telegram import Update

from bot.assistant import Assistant
from bot.reply import Reply
from handlers.common import BotContext, language_of, send_reply

Produce = Callable[[Assistant, str, str | None], Reply]
Handler = Callable[[Update, BotContext], Awaitable[None]]


def reply_with(produce: Produce) -> Handler:
    async def handle(update: Update, context: BotContext) -> None:
        if update.effective_chat is None:
            return
        argument = " ".join(context.args or [])
        reply = produce(context.services.assistant, argument, language_of(update))
        await send_reply(context, update.effective_chat.id, reply)

    return handle


COMMANDS: dict[str, Handler] = {
    "start": reply_with(lambda assistant, _, lang: assistant.welcome(lang)),
    "help": reply_with(lambda assistant, _, lang: assistant.help(lang)),
    "schedule": reply_with(lambda assistant, arg, lang: assistant.schedule(arg, lang)),
    "today": reply_with(lambda assistant, _, lang: assistant.today(lang)),
    "next": reply_with(lambda assistant, _, lang: assistant.next_up(lang)),
    "venue": reply_with(lambda assistant, arg, lang: assistant.venue(arg, lang)),
}
