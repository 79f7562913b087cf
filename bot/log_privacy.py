"""What never reaches a log line: the bot's token and webhook secret (PTB logs the Bot API
URL at DEBUG, names the token in InvalidToken, and an HTTP error can carry the URL), and
control characters a user typed, which could forge or garble lines."""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable

REDACTED = "[REDACTED]"
# A token is "<bot id>:<secret>"; the secret alone is redacted too, since a URL may quote
# the colon. Anything shorter than this is not a real secret and too common to replace.
_SHORTEST_SECRET = 8
# C0 and C1 controls and DEL, newlines included: a typed newline could forge a log line.
# A traceback keeps its lines; only the message is escaped.
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")


class PrivacyFilter(logging.Filter):
    """On a handler: rewrites each record with the secrets replaced, in its message, its
    arguments (rendered into the message) and its traceback; control characters escaped.
    Records are changed in place, so every handler after this one sees the safe text."""

    def __init__(self, secrets: Iterable[str | None]) -> None:
        super().__init__()
        found: set[str] = set()
        for secret in secrets:
            if secret:
                found.add(secret)
                found.add(secret.partition(":")[2])
        self._secrets = sorted((s for s in found if len(s) >= _SHORTEST_SECRET), key=len)[::-1]
        self._formatter = logging.Formatter()

    def filter(self, record: logging.LogRecord) -> bool:
        record.msg = self.clean(record.getMessage())
        record.args = None
        if record.exc_info and not record.exc_text:
            record.exc_text = self._formatter.formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = self.redact(record.exc_text)
        if record.stack_info:
            record.stack_info = self.redact(record.stack_info)
        return True

    def redact(self, text: str) -> str:
        for secret in self._secrets:
            text = text.replace(secret, REDACTED)
        return text

    def clean(self, text: str) -> str:
        """Redacted, and each control character written as its escape (\\n, \\x1b)."""
        return _CONTROL.sub(lambda found: repr(found.group())[1:-1], self.redact(text))
