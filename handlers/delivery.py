"""Telegram's answers to a queued message, sorted into what the sender can act on."""

from __future__ import annotations

from telegram import Bot
from telegram.error import BadRequest, Forbidden, NetworkError, RetryAfter, TimedOut

from bot.outbox_sender import Deliver, Delivery
from bot.reply import Reply
from handlers.common import send


def telegram_delivery(bot: Bot) -> Deliver:
    async def deliver(chat_id: int, reply: Reply) -> Delivery:
        try:
            await send(bot, chat_id, reply)
        except RetryAfter as error:
            return Delivery("retry", retry_after=_seconds(error.retry_after), error=str(error))
        except Forbidden as error:  # blocked by the user, or the account is gone
            return Delivery("blocked", error=str(error))
        except BadRequest as error:  # "chat not found" and the like: retrying cannot help
            return Delivery("rejected", error=str(error))
        except (TimedOut, NetworkError) as error:
            return Delivery("failed", error=str(error))
        return Delivery("sent")

    return deliver


def _seconds(retry_after: object) -> float:
    total_seconds = getattr(retry_after, "total_seconds", None)
    return float(total_seconds()) if callable(total_seconds) else float(retry_after)  # type: ignore[arg-type]
