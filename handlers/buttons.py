"""Inline button presses."""

from __future__ import annotations

from telegram import Update
from telegram.constants import ParseMode
from telegram.error import BadRequest

from handlers.common import BotContext, delegate_of, keyboard, send_reply


async def press(update: Update, context: BotContext) -> None:
    """Shows what the button stands for; forged or stale data only gets a pop-up."""
    query = update.callback_query
    if query is None:
        return
    delegate = delegate_of(update, context.bot)
    if delegate is None:
        return
    reply = await context.services.front.press(delegate, query.data)
    if reply.alert:
        await query.answer(reply.plain, show_alert=True)
        return
    await query.answer()
    if reply.edits and query.message is not None and reply.follow_up is None:
        try:
            await query.edit_message_text(
                reply.text, parse_mode=ParseMode.HTML, reply_markup=keyboard(reply)
            )
            return
        except BadRequest:  # too old to edit, or unchanged: a new message says the same
            pass
    chat = update.effective_chat
    if chat is not None:
        await send_reply(context, chat.id, reply)
