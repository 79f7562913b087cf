"""Settings read once from an injectable environment mapping; bad values fail loudly by name."""

from __future__ import annotations

import os
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from bot.clock import parse_moment
from bot.textnorm import is_number

PROJECT_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_PROGRAM_FILE = PROJECT_ROOT / "data" / "program.toml"
DEFAULT_TRAVEL_FILE = PROJECT_ROOT / "data" / "travel_times.toml"
DEFAULT_API_BASE_URL = "https://api.telegram.org/bot"
HTTP_TRANSPORTS = ("aiohttp", "httpx")


class ConfigError(ValueError):
    """A setting is present but unusable; the message names the variable."""


def default_database_path(environ: Mapping[str, str]) -> Path:
    """Outside the source tree, so a fresh clone never carries delegates' data."""
    state_home = environ.get("XDG_STATE_HOME") or str(Path.home() / ".local" / "state")
    return Path(state_home) / "hunan-week-bot" / "bot.sqlite3"


@dataclass(frozen=True)
class Settings:
    telegram_token: str | None = field(default=None, repr=False)
    api_base_url: str = DEFAULT_API_BASE_URL
    program_file: Path = DEFAULT_PROGRAM_FILE
    travel_file: Path = DEFAULT_TRAVEL_FILE
    database_path: Path = field(default_factory=lambda: default_database_path(os.environ))
    now: datetime | None = None
    log_level: str = "INFO"
    reminder_leads: tuple[int, ...] = (60, 15)  # minutes before a session
    organizer_ids: frozenset[int] = frozenset()
    broadcast_rate: float = 25.0  # messages/s from the outbox, below Telegram's ~30/s
    api_rate: float = 30.0  # all Bot API calls together (PTB's AIORateLimiter)
    webhook_url: str | None = None  # set: Telegram pushes updates here instead of polling
    webhook_listen: str = "127.0.0.1"
    webhook_port: int = 8443
    webhook_secret: str | None = field(default=None, repr=False)
    http_transport: str = "aiohttp"  # or "httpx", PTB's default (handlers/transport.py)
    # Delegates' names and messages in DEBUG logs (PTB's calls and updates); off unless
    # LOG_PERSONAL_DATA=1, since a log file travels further than the database.
    log_personal_data: bool = False
    # Not from the environment: the offline chat turns it off (handlers/run.py), since its
    # one local delegate pipes scripts, not floods; Telegram always has it.
    flood_control: bool = True
    # Not from the environment either: the offline chat delivers only its own delegate's
    # messages, so that run on a database a bot also uses it never takes the reminders,
    # notices and broadcasts meant for real delegates (None: every recipient).
    deliver_only_to: int | None = None

    @property
    def offline(self) -> bool:
        return not self.telegram_token

    @classmethod
    def from_env(cls, environ: Mapping[str, str]) -> Settings:
        def text(name: str) -> str | None:
            value = environ.get(name, "").strip()
            return value or None

        now = None
        if raw_now := text("BOT_NOW"):
            try:
                now = parse_moment(raw_now)
            except ValueError as error:
                raise ConfigError(
                    f"BOT_NOW={raw_now!r} is not an ISO 8601 time such as 2018-07-25T09:00:00+08:00"
                ) from error
        log_level = (text("LOG_LEVEL") or "INFO").upper()
        if log_level not in {"DEBUG", "INFO", "WARNING", "ERROR"}:
            raise ConfigError(f"LOG_LEVEL={log_level!r} must be DEBUG, INFO, WARNING or ERROR")
        leads_text = text("REMINDER_MINUTES") or "60,15"
        try:
            leads = parse_leads(leads_text)
        except ValueError as error:
            raise ConfigError(f"REMINDER_MINUTES={leads_text!r}: {error}") from error
        organizers = text("ORGANIZER_IDS") or ""
        ids = [part.strip() for part in organizers.split(",") if part.strip()]
        if not all(is_number(part.removeprefix("-")) for part in ids):
            raise ConfigError(
                f"ORGANIZER_IDS={organizers!r} must be Telegram user ids (numbers, not "
                "usernames) separated by commas"
            )
        broadcast_rate = _rate(environ, "BROADCAST_RATE", 25.0)
        api_rate = _rate(environ, "TELEGRAM_RATE", max(30.0, broadcast_rate))
        webhook_url = text("WEBHOOK_URL")
        webhook_secret = text("WEBHOOK_SECRET")
        if webhook_url:
            if not webhook_url.startswith(("http://", "https://")):
                raise ConfigError(f"WEBHOOK_URL={webhook_url!r} must start with https://")
            if not webhook_secret or not re.fullmatch(r"[A-Za-z0-9_-]{1,256}", webhook_secret):
                raise ConfigError(
                    "WEBHOOK_SECRET must be set with WEBHOOK_URL: 1-256 letters, digits, _ or - "
                    "(Telegram sends it back in every request, so forged updates are refused)"
                )
        port_text = text("WEBHOOK_PORT") or "8443"
        if not is_number(port_text) or not 0 < int(port_text) < 65536:
            raise ConfigError(f"WEBHOOK_PORT={port_text!r} must be a port number")
        transport = (text("HTTP_TRANSPORT") or "aiohttp").lower()
        if transport not in HTTP_TRANSPORTS:
            raise ConfigError(f"HTTP_TRANSPORT={transport!r} must be aiohttp or httpx")
        base_url = text("TELEGRAM_API_BASE_URL") or DEFAULT_API_BASE_URL
        if not base_url.startswith(("http://", "https://")):
            raise ConfigError(f"TELEGRAM_API_BASE_URL={base_url!r} must start with http(s)://")
        return cls(
            telegram_token=text("TELEGRAM_BOT_TOKEN"),
            api_base_url=base_url,
            program_file=Path(text("PROGRAM_FILE") or DEFAULT_PROGRAM_FILE),
            travel_file=Path(text("TRAVEL_TIMES_FILE") or DEFAULT_TRAVEL_FILE),
            database_path=Path(text("DATABASE_PATH") or default_database_path(environ)),
            now=now,
            log_level=log_level,
            reminder_leads=leads,
            organizer_ids=frozenset(int(part) for part in ids),
            broadcast_rate=broadcast_rate,
            api_rate=api_rate,
            webhook_url=webhook_url,
            webhook_listen=text("WEBHOOK_LISTEN") or "127.0.0.1",
            webhook_port=int(port_text),
            webhook_secret=webhook_secret,
            http_transport=transport,
            log_personal_data=text("LOG_PERSONAL_DATA") == "1",
        )


def _rate(environ: Mapping[str, str], name: str, default: float) -> float:
    raw = environ.get(name, "").strip()
    if not raw:
        return default
    try:
        rate = float(raw)
    except ValueError:
        rate = 0.0
    if not 0 < rate <= 100_000:
        raise ConfigError(f"{name}={raw!r} must be a number of messages per second, above 0")
    return rate


MAX_LEADS = 5
MAX_LEAD_MINUTES = 7 * 24 * 60


class LeadsError(ValueError):
    """Reminder lead times that cannot be read; `part` is the piece that could not."""

    def __init__(self, message: str, part: str = "") -> None:
        super().__init__(message)
        self.part = part


def parse_leads(text: str) -> tuple[int, ...]:
    """ "60,15" or "60 15" -> (60, 15): distinct minutes before a session, longest first."""
    parts = [part for part in re.split(r"[\s,，、]+", text.strip()) if part]
    if not parts or len(parts) > MAX_LEADS:
        raise LeadsError(f"give one to {MAX_LEADS} numbers of minutes, e.g. 60,15")
    leads = set()
    for part in parts:
        if not is_number(part) or not 1 <= int(part) <= MAX_LEAD_MINUTES:
            raise LeadsError(
                f"{part!r} is not a number of minutes from 1 to {MAX_LEAD_MINUTES}", part
            )
        leads.add(int(part))
    return tuple(sorted(leads, reverse=True))
