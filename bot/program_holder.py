"""The program the bot runs now, with its search index and travel times.

Every service reads the program through this one holder, so a reload that swaps it is
seen everywhere at once, and no service keeps a copy that could go stale.
"""

from __future__ import annotations

from dataclasses import dataclass

from bot.assistant import Assistant
from bot.clock import Clock
from bot.program import Program
from bot.travel import TravelTimes


@dataclass(frozen=True)
class Loaded:
    """A program ready to run: with its search index built and its travel times."""

    program: Program
    travel: TravelTimes
    assistant: Assistant


class ProgramHolder:
    def __init__(self, program: Program, travel: TravelTimes, clock: Clock) -> None:
        self._clock = clock
        self._loaded = self.prepare(program, travel)

    def prepare(self, program: Program, travel: TravelTimes) -> Loaded:
        """Builds the index: seconds for a big program, and touches nothing running, so a
        reload does it on a worker thread while delegates are answered from the old one."""
        return Loaded(program, travel, Assistant(program, self._clock))

    def swap(self, loaded: Loaded) -> None:
        """One assignment: a message handled meanwhile sees the old program or the new
        one, never half of each."""
        self._loaded = loaded

    def install(self, program: Program, travel: TravelTimes) -> None:
        """Swaps in a program, its index built here (for callers with no delegates waiting)."""
        self.swap(self.prepare(program, travel))

    @property
    def program(self) -> Program:
        return self._loaded.program

    @property
    def travel(self) -> TravelTimes:
        return self._loaded.travel

    @property
    def assistant(self) -> Assistant:
        return self._loaded.assistant
