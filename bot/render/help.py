"""/help, generated from the command table: grouped, one line per command."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from bot.render.catalog import escape, message
from bot.reply import Reply
from bot.search import Lang

if TYPE_CHECKING:  # the table refers to the command methods, which render through here
    from bot.commands import Command


def help_reply(commands: Sequence[Command], lang: Lang) -> Reply:
    """Each group the delegate may use, under its heading, in the table's order."""
    parts = [message("help_intro", lang)]
    for group in dict.fromkeys(command.group for command in commands):
        lines = [
            f"{escape(command.usage(lang))} – {escape(command.describe(lang))}"
            for command in commands
            if command.group == group
        ]
        if lines:
            parts.append(f"<b>{message(f'help_{group}', lang)}</b>\n" + "\n".join(lines))
    return Reply("\n\n".join(parts))
