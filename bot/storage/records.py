"""What the storage aggregates hand back: frozen records, and helpers for column values.

Kept apart from the queries so the core (rules, replies, reports) can name these types
without reaching into SQL, and every aggregate builds them the same way.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any, Literal

SignupStatus = Literal["confirmed", "waitlist"]


@dataclass(frozen=True)
class Slot:
    """What the sign-up rules need to know of a session."""

    id: str
    capacity: int
    start: datetime


@dataclass(frozen=True)
class Profile:
    user_id: int
    name: str
    organization: str


@dataclass(frozen=True)
class ProfileQuestion:
    """The question a delegate is answering: their name, then their organization."""

    user_id: int
    step: Literal["name", "organization"]
    only_this: bool  # changing one field from /profile: no second question
    session_id: str | None  # the sign-up that waits for the answers
    name: str | None  # the name given, while the organization is asked
    asked_at: datetime
    then_network: bool = False  # /network asked them: its form starts once they are in


@dataclass(frozen=True)
class SignupRecord:
    session_id: str
    user_id: int
    status: SignupStatus
    position: int | None  # on the waitlist, 1 = next to be promoted
    signed_up_at: datetime


@dataclass(frozen=True)
class SignupChange:
    """What a sign-up or cancellation did, read inside its transaction."""

    status: SignupStatus | None  # the delegate's status afterwards (None: not signed up)
    position: int | None = None
    created: bool = False  # False: the delegate was already signed up (a double tap)
    previous: SignupStatus | None = None  # for a cancellation: what was removed
    promoted: tuple[int, ...] = ()  # delegates moved from the waitlist to confirmed
    planned: tuple[datetime, ...] = ()  # when the reminders a sign-up planned fall due


@dataclass(frozen=True)
class Attendee:
    user_id: int
    name: str | None
    organization: str | None
    status: SignupStatus
    position: int | None
    signed_up_at: datetime


@dataclass(frozen=True)
class OutboxMessage:
    id: int
    user_id: int
    kind: str
    session_id: str | None
    payload: dict[str, Any]
    language: str | None
    attempts: int
    due_at: datetime


@dataclass(frozen=True)
class Announcement:
    """What the organizers announce: the text everyone gets, and a Chinese version that
    delegates reading Chinese get instead, when one was written."""

    text: str
    text_zh: str | None = None

    def for_reader(self, lang: str) -> str:
        """The version for a delegate reading `lang` ("en"/"zh"), else the one text."""
        return self.text_zh if lang == "zh" and self.text_zh else self.text

    def payload(self) -> dict[str, str]:
        """As an outbox row carries it; a row queued with only "text" still reads back."""
        return {"text": self.text} | ({"text_zh": self.text_zh} if self.text_zh else {})

    @classmethod
    def from_payload(cls, payload: dict[str, Any]) -> Announcement:
        return cls(str(payload.get("text", "")), payload.get("text_zh") or None)


@dataclass(frozen=True)
class BroadcastRecord:
    id: int
    created_by: int
    text: str
    text_zh: str | None  # None: the one text is for everyone
    audience: str | None
    status: str  # draft, sending, done
    total: int
    sent: int
    blocked: int
    failed: int
    created_at: datetime
    queued_at: datetime | None
    finished_at: datetime | None

    @property
    def announcement(self) -> Announcement:
        return Announcement(self.text, self.text_zh)

    @property
    def pending(self) -> int:
        return self.total - self.sent - self.blocked - self.failed


@dataclass(frozen=True)
class UserRecord:
    id: int
    language: str | None
    first_seen: datetime
    last_seen: datetime


# ---------------------------------------------------------------- networking

RequestStatus = Literal["pending", "accepted", "declined", "blocked"]
# Why a meeting request was or was not recorded, in the order the rules are checked.
RequestVerdict = Literal[
    "sent", "self", "not_opted_in", "unavailable", "blocked", "already", "limit"
]
Decision = Literal["done", "not_yours", "gone"]


@dataclass(frozen=True)
class NetworkFields:
    """What a delegate says about themselves to other opted-in delegates."""

    role: str
    sectors: tuple[str, ...]
    offer: str
    seek: str
    languages: tuple[str, ...]


@dataclass(frozen=True)
class NetworkRecord:
    """A networking profile with the name and organization the delegate gave, and the
    sessions they signed up for (confirmed or waiting)."""

    user_id: int
    handle: str
    name: str
    organization: str
    role: str
    sectors: tuple[str, ...]
    offer: str
    seek: str
    languages: tuple[str, ...]
    visible: bool
    sessions: tuple[str, ...] = ()


@dataclass(frozen=True)
class RequestRecord:
    id: int
    from_user: int
    to_user: int
    session_id: str | None
    status: RequestStatus
    created_at: datetime
    decided_at: datetime | None


@dataclass(frozen=True)
class MeetingSession:
    """What the slot rule needs to know of a matchmaking session: its meeting slots,
    one after another from its start, and the tables in each."""

    id: str
    start: datetime
    slot_minutes: int
    slots: int
    tables: int

    def slot_start(self, index: int) -> datetime:
        return self.start + timedelta(minutes=index * self.slot_minutes)

    @property
    def end(self) -> datetime:
        """When its last meeting slot ends."""
        return self.slot_start(self.slots)


@dataclass(frozen=True)
class MeetingRecord:
    id: int
    request_id: int
    session_id: str | None
    slot: int | None  # None: no slot was free; the two meet by contact
    table_no: int | None
    user_a: int  # who asked
    user_b: int  # who accepted
    created_at: datetime

    def partner_of(self, user_id: int) -> int:
        return self.user_b if user_id == self.user_a else self.user_a


@dataclass(frozen=True)
class Acceptance:
    """What an accept did, read inside its transaction."""

    outcome: Literal["accepted", "not_yours", "gone"]
    meeting: MeetingRecord | None = None
    planned: tuple[datetime, ...] = ()  # when the meeting reminders it planned fall due


@dataclass(frozen=True)
class ReportRecord:
    id: int
    reporter: int
    reporter_name: str | None
    reporter_organization: str | None
    reported: int
    reported_name: str | None
    reported_organization: str | None
    request_id: int | None
    created_at: datetime


@dataclass(frozen=True)
class MeetingTableRow:
    """One accepted meeting with both delegates' names, for the organizers' table plan."""

    meeting_id: int
    session_id: str | None
    slot: int | None
    table_no: int | None
    name_a: str | None
    organization_a: str | None
    name_b: str | None
    organization_b: str | None


@dataclass(frozen=True)
class Forgotten:
    """What forgetting a delegate changed for others."""

    promotions: list[tuple[str, int]]  # (session, delegate) given a freed seat
    cancelled: tuple[int, ...] = ()  # partners told their meeting was cancelled


def moment(timestamp: float | None) -> datetime | None:
    return None if timestamp is None else datetime.fromtimestamp(timestamp, UTC)


def parse_leads(text: str) -> tuple[int, ...]:
    return tuple(int(part) for part in text.split(",") if part.strip())
