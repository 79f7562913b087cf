"""Per-delegate flood control: a token bucket per sender.

A delegate may send `burst` messages at once and `rate` per second after that; the first
message over the limit gets one polite answer, the rest are dropped until the bucket
refills, so one flood cannot crowd out everyone else.

It measures elapsed seconds with a monotonic timer, not the event clock: that clock can
be frozen or moved (tests, replays), and a flood is a matter of real seconds.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal

Verdict = Literal["ok", "warn", "drop"]


@dataclass
class _Bucket:
    tokens: float
    stamp: float
    warned: bool = False


class Throttle:
    def __init__(
        self,
        *,
        rate: float = 1.0,
        burst: int | None = 12,
        timer: Callable[[], float] = time.monotonic,
    ) -> None:
        """`burst` None: no limit at all (see `unlimited`)."""
        self._timer = timer
        self._rate = rate
        self._limited = burst is not None
        self._burst = float(burst or 0)
        self._buckets: dict[int, _Bucket] = {}

    @classmethod
    def unlimited(cls) -> Throttle:
        """Lets everything through: for the offline chat, whose one delegate is local."""
        return cls(burst=None)

    def check(self, user_id: int) -> Verdict:
        if not self._limited:
            return "ok"
        now = self._timer()
        bucket = self._buckets.get(user_id)
        if bucket is None:
            bucket = self._buckets[user_id] = _Bucket(self._burst, now)
        bucket.tokens = min(self._burst, bucket.tokens + (now - bucket.stamp) * self._rate)
        bucket.stamp = now
        if len(self._buckets) > 10_000:
            self._forget_the_quiet(now)
        if bucket.tokens >= 1:
            bucket.tokens -= 1
            bucket.warned = False
            return "ok"
        if bucket.warned:
            return "drop"
        bucket.warned = True
        return "warn"

    def _forget_the_quiet(self, now: float) -> None:
        """Buckets that have refilled say nothing a new one would not: drop them."""
        self._buckets = {
            user: bucket
            for user, bucket in self._buckets.items()
            if bucket.tokens + (now - bucket.stamp) * self._rate < self._burst
        }
