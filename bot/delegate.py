"""Who is talking to the bot: a Telegram user id and the language their app reports."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Delegate:
    id: int
    language: str | None  # Telegram's language_code
