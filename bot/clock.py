"""The one source of "now": wall time shifted to an injectable start, shown in Asia/Shanghai."""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

EVENT_TZ = ZoneInfo("Asia/Shanghai")


class Clock:
    """Runs forward from a chosen start, so the 2018 event can be replayed today.

    The offset is applied to wall time (not a frozen value) so that timers scheduled
    in real seconds, like APScheduler's, fire at the matching clock time.
    """

    def __init__(
        self,
        start: datetime | None = None,
        *,
        frozen: bool = False,
        wall: Callable[[], float] = time.time,
    ) -> None:
        self._wall = wall
        self._frozen = frozen
        self._offset = 0.0
        self._frozen_at = wall()
        self._listeners: list[Callable[[], None]] = []
        if start is not None:
            self.set(start)

    def now(self) -> datetime:
        """Timezone-aware now in Asia/Shanghai."""
        base = self._frozen_at if self._frozen else self._wall()
        return datetime.fromtimestamp(base + self._offset, EVENT_TZ)

    def machine_now(self) -> datetime:
        """The computer's own time, neither shifted nor frozen: for how long ago another
        process did something (the running bot's heartbeat). Two processes started with
        the same BOT_NOW minutes apart disagree on `now`, never on this."""
        return datetime.fromtimestamp(self._wall(), EVENT_TZ)

    def set(self, moment: datetime) -> None:
        if moment.tzinfo is None:
            raise ValueError("clock time needs a timezone, e.g. 2018-07-25T09:00:00+08:00")
        base = self._frozen_at if self._frozen else self._wall()
        self._offset = moment.timestamp() - base
        self._moved()

    def advance(self, delta: timedelta) -> None:
        self._offset += delta.total_seconds()
        self._moved()

    def on_change(self, listener: Callable[[], None]) -> Callable[[], None]:
        """Calls `listener` whenever the clock is set or advanced (timers must be re-planned).

        Returns the function that stops the calls."""
        self._listeners.append(listener)
        return lambda: self._listeners.remove(listener)

    def _moved(self) -> None:
        for listener in self._listeners:
            listener()

    def seconds_until(self, moment: datetime) -> float:
        """Real seconds to wait until the clock shows `moment` (negative if past)."""
        return (moment - self.now()).total_seconds()


def parse_moment(text: str) -> datetime:
    """Parses an ISO 8601 time; a time without offset is taken as Asia/Shanghai."""
    moment = datetime.fromisoformat(text.strip())
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=EVENT_TZ)
    return moment.astimezone(EVENT_TZ)
