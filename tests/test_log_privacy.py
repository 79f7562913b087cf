"""Logs never carry the bot's token, and carry delegates' names and messages only with
LOG_PERSONAL_DATA=1; a control character a user typed is escaped."""

from __future__ import annotations

import asyncio
import io
import logging
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from telegram import Bot
from telegram.error import InvalidToken

from bot.cli import PERSONAL_DATA_LOGGERS, configure_logging
from bot.clock import Clock
from bot.config import Settings
from bot.log_privacy import REDACTED, PrivacyFilter
from bot.program import Program
from bot.travel import TravelTimes
from tests.bot_process import TOKEN, bot_environment, start_bot, stop_bot
from tests.chat import organizer_settings, serve_bot
from tests.conftest import at
from tests.fake_bot_api import FakeBotApiServer

SECRET = TOKEN.partition(":")[2]
TYPED = "My name is Zhang Secretname of Hunan Example Corp"


@pytest.fixture
def debug_log() -> Iterator[tuple[logging.Logger, io.StringIO]]:
    """A DEBUG logger writing through a handler with the filter, as configure_logging sets
    up the root's handlers."""
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.addFilter(PrivacyFilter([TOKEN]))
    logger = logging.getLogger("tests.log_privacy")
    logger.addHandler(handler)
    logger.setLevel(logging.DEBUG)
    logger.propagate = False
    yield logger, stream
    logger.removeHandler(handler)


def test_the_token_is_replaced_in_the_message(
    debug_log: tuple[logging.Logger, io.StringIO],
) -> None:
    logger, stream = debug_log
    logger.debug(f"Set Bot API URL: https://api.telegram.org/bot{TOKEN}")
    assert TOKEN not in stream.getvalue() and SECRET not in stream.getvalue()
    assert f"/bot{REDACTED}" in stream.getvalue()


def test_the_token_is_replaced_in_the_arguments(
    debug_log: tuple[logging.Logger, io.StringIO],
) -> None:
    logger, stream = debug_log
    logger.debug("redirected to %s", f"https://api.telegram.org/bot4242%3A{SECRET}/getMe")
    logger.debug("%s", InvalidToken(f"The token `{TOKEN}` was rejected by the server."))
    assert SECRET not in stream.getvalue()
    assert stream.getvalue().count(REDACTED) == 2


def test_the_token_is_replaced_in_a_traceback(
    debug_log: tuple[logging.Logger, io.StringIO],
) -> None:
    logger, stream = debug_log
    try:
        raise InvalidToken(f"The token `{TOKEN}` was rejected by the server.")
    except InvalidToken:
        logger.exception("cannot start")
    assert "Traceback" in stream.getvalue() and REDACTED in stream.getvalue()
    assert SECRET not in stream.getvalue()


def test_control_characters_in_a_message_are_escaped(
    debug_log: tuple[logging.Logger, io.StringIO],
) -> None:
    logger, stream = debug_log
    logger.warning("user typed %s", "fine\nFAKE ERROR line\x1b[31m")
    assert stream.getvalue() == "user typed fine\\nFAKE ERROR line\\x1b[31m\n"


@pytest.fixture
def root_log() -> Iterator[io.StringIO]:
    """The root logger writing to a string, as basicConfig's handler writes to stderr;
    configure_logging changes the root's handlers and some loggers' levels: put back."""
    root = logging.getLogger()
    saved = root.level, list(root.handlers)
    levels = {
        name: logging.getLogger(name).level
        for name in ("httpx", "apscheduler", *PERSONAL_DATA_LOGGERS)
    }
    filters = {handler: list(handler.filters) for handler in root.handlers}
    stream = io.StringIO()
    root.handlers = [logging.StreamHandler(stream)]
    hook = sys.excepthook
    yield stream
    sys.excepthook = hook
    root.setLevel(saved[0])
    root.handlers = saved[1]
    for handler, kept in filters.items():
        handler.filters = kept
    for name, level in levels.items():
        logging.getLogger(name).setLevel(level)


def debug_settings(**extra: object) -> Settings:
    return Settings(telegram_token=TOKEN, log_level="DEBUG", **extra)  # type: ignore[arg-type]


def test_configure_logging_puts_the_filter_on_the_root_handlers(root_log: io.StringIO) -> None:
    configure_logging(debug_settings(log_personal_data=True), quiet=False)
    Bot(TOKEN, base_url="https://api.telegram.org/bot")  # PTB logs its URL at DEBUG
    logging.getLogger("bot.test").warning("typed %s", "x\x1b[2J")
    logging.getLogger("bot.test").warning("typed %s", "line\nforged line")
    assert "Set Bot API URL" in root_log.getvalue()
    assert SECRET not in root_log.getvalue()
    assert "\x1b" not in root_log.getvalue() and "line\\nforged line" in root_log.getvalue()


async def test_what_delegates_type_is_not_logged_at_debug_by_default(
    root_log: io.StringIO, tmp_path: Path, program: Program, travel: TravelTimes
) -> None:
    configure_logging(debug_settings(), quiet=False)
    clock = Clock(at("2018-07-24T08:00:00+08:00"), frozen=True)
    async with (
        FakeBotApiServer() as server,
        serve_bot(
            server, organizer_settings(tmp_path / "bot.sqlite3"), clock, program, travel
        ) as bot,
    ):
        await bot.say(TYPED)
        await bot.say("/signup tourism")
        await bot.say(TYPED)
    assert "update" in root_log.getvalue()  # the bot's own DEBUG/INFO lines are there
    assert "Secretname" not in root_log.getvalue()


async def test_an_invalid_token_is_not_in_the_log_of_the_real_process(tmp_path: Path) -> None:
    async with FakeBotApiServer() as server:
        server.api.fail_next("getMe", 401, "Unauthorized", times=100)
        env = bot_environment(server, tmp_path / "bot.sqlite3", "2018-07-24T08:00:00+08:00")
        env["LOG_LEVEL"] = "DEBUG"
        process = await start_bot(env)
        await asyncio.wait_for(process.wait(), timeout=30)
        log = await stop_bot(process)
    assert "rejected" in log or "Unauthorized" in log, log
    assert SECRET not in log, log
