"""Slash commands and the menus, all from the command table (bot/commands.py)."""

from __future__ import annotations

import logging
from collections.abc import Collection

from telegram import BotCommand, BotCommandScopeChat, Update
from telegram.error import TelegramError
from telegram.ext import CommandHandler, filters

from bot.commands import COMMANDS, Command, listed, split_command, starting
from bot.delegate import Lang
from bot.reply import Reply
from handlers.common import BotApplication, BotContext, delegate_of, send_reply

log = logging.getLogger(__name__)
LANGUAGES: dict[Lang, str] = {"en": "", "zh": "zh"}  # our language -> Telegram's language_code


async def run_command(update: Update, context: BotContext) -> Reply | None:
    """Runs the table's command for the message, with the rest of it as its words;
    returns the reply sent (a conversation looks at what it asks for)."""
    message = update.effective_message
    delegate = delegate_of(update, context.bot)
    if message is None or not message.text or delegate is None:
        return None
    name, words = split_command(message.text)
    reply = await context.services.front.run(delegate, name, words)
    await send_reply(context, message.chat_id, reply)
    return reply


def command_handler(commands: Collection[Command], callback: object) -> CommandHandler:  # type: ignore[type-arg]
    return CommandHandler(
        [command.name for command in commands],
        callback,  # type: ignore[arg-type]
        filters.UpdateType.MESSAGE,
    )


def plain_commands() -> CommandHandler:  # type: ignore[type-arg]
    """Every command whose reply opens no questions."""
    return command_handler([c for c in COMMANDS if c.conversation is None], run_command)


def questions_in_groups() -> CommandHandler:  # type: ignore[type-arg]
    """/signup and /profile in a group get the pointer to the private chat (in a private
    chat the catch-all runs them, and the questions follow there)."""
    return CommandHandler(
        [command.name for command in starting("profile_questions")],
        run_command,
        filters.UpdateType.MESSAGE & filters.ChatType.GROUPS,
    )


async def set_command_menus(application: BotApplication, organizer_ids: Collection[int]) -> None:
    """The menu next to the text field, per language; organizers get theirs in their chat."""
    bot = application.bot
    for lang, code in LANGUAGES.items():
        menu = [BotCommand(c.name, c.describe(lang)) for c in listed(False)]
        await bot.set_my_commands(menu, language_code=code or None)
    for chat_id in organizer_ids:
        for lang, code in LANGUAGES.items():
            menu = [BotCommand(c.name, c.describe(lang)) for c in listed(True)]
            try:
                await bot.set_my_commands(
                    menu, scope=BotCommandScopeChat(chat_id), language_code=code or None
                )
            except TelegramError as error:  # e.g. an organizer who never opened the bot
                log.warning("no organizer menu for chat %s: %s", chat_id, error)
