"""The webhook's secret header, compared in constant time.

PTB's webhook server (telegram/ext/_utils/webhookhandler.py in 22.x) checks the
`X-Telegram-Bot-Api-Secret-Token` header with `!=`, which returns sooner the earlier a
guess goes wrong. Its server builds the request handler from the module's
`TelegramHandler` name, so putting this subclass there is enough; `install` refuses to
run on a PTB whose module no longer looks as expected, rather than guessing.
"""

from __future__ import annotations

import hmac
from http import HTTPStatus
from typing import Any

import tornado.web
from telegram.ext._utils import webhookhandler

SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"


def check_post(headers: Any, secret_token: str | None) -> None:
    """JSON only, and with the secret when one is set (HTTP 403 otherwise)."""
    if headers.get("Content-Type", None) != "application/json":
        raise tornado.web.HTTPError(HTTPStatus.FORBIDDEN)
    if secret_token is None:
        return
    given = headers.get(SECRET_HEADER) or ""
    if not hmac.compare_digest(given.encode(), secret_token.encode()):
        raise tornado.web.HTTPError(HTTPStatus.FORBIDDEN, reason="wrong or missing secret token")


class ConstantTimeTelegramHandler(webhookhandler.TelegramHandler):
    def _validate_post(self) -> None:
        check_post(self.request.headers, self.secret_token)


def install() -> None:
    """Makes PTB's webhook server use the constant-time check (before run_webhook)."""
    original = webhookhandler.TelegramHandler
    if not hasattr(original, "_validate_post") or not hasattr(webhookhandler, "WebhookAppClass"):
        raise RuntimeError("python-telegram-bot's webhook module changed: review webhook_secret")
    webhookhandler.TelegramHandler = ConstantTimeTelegramHandler  # type: ignore[misc]
