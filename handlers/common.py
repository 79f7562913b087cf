"""Typed access to the services, and turning a core Reply into Telegram calls."""

from __future__ import annotations

from typing import Any

from telegram import Bot, InlineKeyboardButton, InlineKeyboardMarkup, InputFile, Update
from telegram.constants import ChatType, ParseMode
from telegram.ext import Application, CallbackContext, ExtBot

from bot.delegate import Delegate
from bot.reply import Reply, split_text
from bot.services import Services

SERVICES_KEY = "services"


class BotContext(CallbackContext[ExtBot[None], dict[Any, Any], dict[Any, Any], dict[Any, Any]]):
    """CallbackContext with the project's services, so handlers need no casts."""

    @property
    def services(self) -> Services:
        return self.bot_data[SERVICES_KEY]


BotApplication = Application[
    ExtBot[None], BotContext, dict[Any, Any], dict[Any, Any], dict[Any, Any], Any
]


def keyboard(reply: Reply) -> InlineKeyboardMarkup | None:
    if not reply.buttons:
        return None
    return InlineKeyboardMarkup(
        [
            [InlineKeyboardButton(b.label, callback_data=b.data) for b in row]
            for row in reply.buttons
        ]
    )


async def send_reply(context: BotContext, chat_id: int, reply: Reply) -> None:
    await send(context.bot, chat_id, reply)


async def send(bot: Bot, chat_id: int, reply: Reply) -> None:
    """The text (HTML, with its buttons), then the map pin or the file if the reply has
    one, then its follow-up message. A text over Telegram's limit goes as several
    messages cut between lines, the buttons under the last."""
    *first, last = split_text(reply.text)
    for part in first:
        await bot.send_message(chat_id, part, parse_mode=ParseMode.HTML)
    await bot.send_message(chat_id, last, parse_mode=ParseMode.HTML, reply_markup=keyboard(reply))
    if reply.venue is not None:
        pin = reply.venue
        await bot.send_venue(
            chat_id,
            latitude=pin.latitude,
            longitude=pin.longitude,
            title=pin.title,
            address=pin.address,
        )
    if reply.document is not None:
        document = reply.document
        await bot.send_document(chat_id, InputFile(document.content, filename=document.filename))
    if reply.follow_up is not None:
        await send(bot, chat_id, reply.follow_up)


def delegate_of(update: Update, bot: Bot) -> Delegate | None:
    """Who wrote; in a group chat, with the link to the bot's private chat."""
    user = update.effective_user
    if user is None:
        return None
    chat = update.effective_chat
    in_group = chat is not None and chat.type != ChatType.PRIVATE
    link = f"https://t.me/{bot.username}" if in_group else None
    return Delegate(user.id, user.language_code, private_chat_link=link)
