"""Who is talking to the bot: a Telegram user id and the language their app reports."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from bot.textnorm import has_cjk

Lang = Literal["en", "zh"]


@dataclass(frozen=True)
class Delegate:
    id: int
    language: str | None  # Telegram's language_code
    # Set when they write in a group chat: the link to the bot's private chat, where
    # anything personal is answered instead (https://t.me/<bot username>).
    private_chat_link: str | None = None

    @property
    def in_group(self) -> bool:
        return self.private_chat_link is not None

    @property
    def lang(self) -> Lang:
        """The language to answer in when the delegate's own words do not say."""
        return "zh" if (self.language or "").lower().startswith("zh") else "en"

    def lang_for(self, words: str) -> Lang:
        """Chinese in what they typed wins over the language their app reports."""
        return "zh" if has_cjk(words) else self.lang


ANONYMOUS = Delegate(0, None)  # `run_bot.py ask` asks as nobody in particular
# The offline chat's delegate unless `--user-id` names another (e.g. an organizer's id).
OFFLINE_DELEGATE_ID = 1_000_001
