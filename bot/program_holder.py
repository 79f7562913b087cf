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
class _Loaded:
    program: Program
    travel: TravelTimes
    assistant: Assistant


class ProgramHolder:
    def __init__(self, program: Program, travel: TravelTimes, clock: Clock) -> None:
        self._clock = clock
        self._loaded = _Loaded(program, travel, Assistant(program, clock))

    def install(self, program: Program, travel: TravelTimes) -> None:
        """Swaps in a reloaded program; the index is built before the swap, which is one
        assignment, so a message handled meanwhile sees the old program or the new one,
        never half of each."""
        self._loaded = _Loaded(program, travel, Assistant(program, self._clock))

    @property
    def program(self) -> Program:
        return self._loaded.program

    @property
    def travel(self) -> TravelTimes:
        return self._loaded.travel

    @property
    def assistant(self) -> Assistant:
        return self._loaded.assistant
