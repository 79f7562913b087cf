"""Reminders and the daily digest: planned in the database, woken by the scheduler.

The outbox table is the source of truth: a reminder row is written in the same
transaction as the sign-up that earns it (and removed with the cancellation), keyed by
(delegate, session, lead time, start) so no restart can plan it twice. The scheduler
(APScheduler through PTB's JobQueue, behind the `Waker` callable) holds no state of its
own: it only wakes the sender when something falls due, and on every start-up it is
told again about every pending message.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Callable, Sequence
from datetime import datetime, time, timedelta

from bot.clock import EVENT_TZ, Clock
from bot.program import Session
from bot.program_holder import ProgramHolder
from bot.signups import meeting_session, slot, slots
from bot.storage import Storage, StorageError

log = logging.getLogger(__name__)

Waker = Callable[[datetime], None]  # "wake the sender at this moment" (clock time)
DIGEST_TIME = time(8, 0)
LATE_AFTER = timedelta(minutes=2)  # a reminder sent later than this says it is late


class Reminders:
    def __init__(
        self,
        storage: Storage,
        clock: Clock,
        current: ProgramHolder,
        default_leads: Sequence[int],
        send_now: Callable[[], None],
    ) -> None:
        self._storage = storage
        self._clock = clock
        self._current = current
        self._send_now = send_now  # wakes the sender (OutboxSender.kick)
        self.default_leads = tuple(default_leads)
        self.waker: Waker | None = None
        self._planned: set[datetime] = set()  # moments the scheduler already wakes for
        self._replanning: asyncio.Task[int] | None = None
        self._stop_listening: Callable[[], None] | None = None

    async def messages_planned(self, due_now: bool, moments: Sequence[datetime] | None) -> None:
        """New rows in the outbox: send what is due at once (a promotion), and have the
        scheduler wake the sender for the rest (reminders; None: re-read them all)."""
        if due_now:
            self._send_now()
        await (self.replan() if moments is None else self.wake_at(moments))

    async def replan(self) -> int:
        """Tells the scheduler every moment a pending message falls due; returns how many
        were new to it.

        Called at start-up (the scheduler forgets everything on a restart), after the
        clock is moved, and whenever new messages were planned.
        """
        if self.waker is None:
            return 0
        return await self.wake_at(await self._storage.outbox.pending_due_times())

    async def wake_at(self, moments: Sequence[datetime]) -> int:
        """Tells the scheduler of these moments (those it does not know yet); returns how
        many were new. A sign-up knows when its reminders fall due: no need to re-read."""
        if self.waker is None:
            return 0
        new = [moment for moment in dict.fromkeys(moments) if moment not in self._planned]
        for moment in new:
            self.waker(moment)
            self._planned.add(moment)
        return len(new)

    def start(self, waker: Waker) -> None:
        self.waker = waker
        self._planned.clear()
        self._stop_listening = self._clock.on_change(self._clock_moved)

    async def stop(self) -> None:
        if self._stop_listening is not None:
            self._stop_listening()
            self._stop_listening = None
        self.waker = None
        if self._replanning is not None:
            await asyncio.gather(self._replanning, return_exceptions=True)

    def _clock_moved(self) -> None:
        """Every timer now points at the wrong real moment: plan them all again."""
        self._planned.clear()
        with contextlib.suppress(RuntimeError):  # no running loop: nothing is scheduled yet
            self._replanning = asyncio.get_running_loop().create_task(self._replan_logged())

    async def _replan_logged(self) -> int:
        try:
            return await self.replan()
        except StorageError as error:
            log.error("could not re-plan reminders after the clock moved: %s", error)
            return 0

    async def leads_of(self, user_id: int) -> tuple[int, ...]:
        leads = await self._storage.reminders.leads(user_id)
        return self.default_leads if leads is None else leads

    async def set_leads(self, user_id: int, leads: Sequence[int] | None) -> tuple[int, ...]:
        """A delegate's own lead times (empty: off; None: the defaults), applied at once
        to the reminders of every session they are confirmed for."""
        await self._storage.reminders.set_leads(
            user_id, leads, slots(self._current.program), self._clock.now(), self.default_leads
        )
        await self.replan()
        return await self.leads_of(user_id)

    async def move_session(self, session: Session) -> int:
        """The session's time changed: its reminders, and its meetings', move with it."""
        now = self._clock.now()
        moved = await self._storage.reminders.move_session(slot(session), now, self.default_leads)
        if session.is_matchmaking:
            meetings = meeting_session(session)
            await self._storage.meetings.move_reminders(meetings, now, self.default_leads)
        await self.replan()
        return moved

    async def subscribe(self, user_id: int) -> None:
        await self._storage.reminders.subscribe(user_id, self.digest_times(), self._clock.now())
        await self.replan()

    async def unsubscribe(self, user_id: int) -> bool:
        return await self._storage.reminders.unsubscribe(user_id)

    async def is_subscribed(self, user_id: int) -> bool:
        return await self._storage.reminders.is_subscribed(user_id)

    def digest_times(self) -> list[datetime]:
        """08:00 Asia/Shanghai on each day of the event."""
        return [
            datetime.combine(day, DIGEST_TIME, EVENT_TZ) for day in self._current.program.days()
        ]


def is_late(due: datetime, now: datetime) -> bool:
    return now - due > LATE_AFTER
