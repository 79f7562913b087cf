"""Free-text questions in a private chat."""

from __future__ import annotations

import logging

from telegram import Update

from handlers.common import BotContext, delegate_of, send_reply

log = logging.getLogger(__name__)


async def answer_question(update: Update, context: BotContext) -> None:
    """Answers a question about the program from the delegate's own words."""
    message = update.effective_message
    delegate = delegate_of(update, context.bot)
    if message is None or message.text is None or delegate is None:
        return
    response = await context.services.front.respond(delegate, message.text)
    if (answer := response.answer) is not None:
        log.debug("question answered as %s %s", answer.kind, [s.id for s in answer.sessions])
    await send_reply(context, message.chat_id, response.reply)
