"""The webhook's secret header is compared in constant time, by the handler PTB's webhook
server is made to use (the end-to-end refusal of a wrong secret is in test_webhook.py)."""

from __future__ import annotations

import hmac

import pytest
import tornado.web
from telegram.ext._utils import webhookhandler

from handlers import webhook_secret
from handlers.webhook_secret import SECRET_HEADER, ConstantTimeTelegramHandler, check_post

JSON = {"Content-Type": "application/json"}
SECRET = "s3cret-token-of-some-length"


@pytest.mark.parametrize(
    "headers",
    [
        {**JSON, SECRET_HEADER: "wrong"},
        {**JSON, SECRET_HEADER: SECRET[:-1]},
        {**JSON, SECRET_HEADER: ""},
        dict(JSON),
        {"Content-Type": "text/plain", SECRET_HEADER: SECRET},
    ],
    ids=["wrong", "one short", "empty", "missing", "not json"],
)
def test_anything_but_the_secret_in_json_is_forbidden(headers: dict[str, str]) -> None:
    with pytest.raises(tornado.web.HTTPError) as refused:
        check_post(headers, SECRET)
    assert refused.value.status_code == 403


def test_the_secret_is_compared_in_constant_time(monkeypatch: pytest.MonkeyPatch) -> None:
    compared: list[tuple[bytes, bytes]] = []
    constant_time = hmac.compare_digest

    def recording(a: bytes, b: bytes) -> bool:
        compared.append((a, b))
        return constant_time(a, b)

    monkeypatch.setattr(webhook_secret.hmac, "compare_digest", recording)
    check_post({**JSON, SECRET_HEADER: SECRET}, SECRET)  # accepted: no error
    assert compared == [(SECRET.encode(), SECRET.encode())]


def test_without_a_secret_set_json_is_enough() -> None:
    check_post(dict(JSON), None)


def test_install_makes_ptbs_webhook_server_use_the_constant_time_handler(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(webhookhandler, "TelegramHandler", webhookhandler.TelegramHandler)
    webhook_secret.install()
    assert webhookhandler.TelegramHandler is ConstantTimeTelegramHandler
    assert issubclass(ConstantTimeTelegramHandler, tornado.web.RequestHandler)
