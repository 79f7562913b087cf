"""Who has talked to the bot, and in which language: the audience of "all" broadcasts."""

from __future__ import annotations

import logging
import time
from collections.abc import Callable

from bot.clock import Clock
from bot.storage import Storage, StorageError

log = logging.getLogger(__name__)
REFRESH_SECONDS = 300


class SeenUsers:
    def __init__(
        self, storage: Storage, clock: Clock, timer: Callable[[], float] = time.monotonic
    ) -> None:
        self._storage = storage
        self._clock = clock
        self._timer = timer
        self._written: dict[int, tuple[str | None, float]] = {}

    async def record(self, user_id: int, language: str | None) -> None:
        """Remembers a delegate; a failing disk must not stop the bot from answering.

        Written at most every few minutes per delegate (or when their language changes):
        a database write on every message would cost more than answering it.
        """
        last = self._written.get(user_id)
        moment = self._timer()
        if last is not None and last[0] == language and moment - last[1] < REFRESH_SECONDS:
            return
        try:
            await self._storage.users.touch(user_id, language, self._clock.now())
        except StorageError as error:
            log.warning("could not record user %s: %s", user_id, error)
            return
        self._written[user_id] = (language, moment)

    def forget(self, user_id: int) -> None:
        """The delegate blocked the bot: their next message must be recorded at once
        (it is what makes them active again)."""
        self._written.pop(user_id, None)
