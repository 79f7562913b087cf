"""Everything the bot keeps on disk, one aggregate a module, behind the Storage facade.

Callers import from here (`from bot.storage import Storage, Profile`), so how the
package is split stays its own business.
"""

from __future__ import annotations

from bot.storage.database import StorageError
from bot.storage.records import (
    Acceptance,
    Announcement,
    Attendee,
    BroadcastRecord,
    Decision,
    Forgotten,
    MeetingRecord,
    MeetingSession,
    MeetingTableRow,
    NetworkFields,
    NetworkRecord,
    OutboxMessage,
    Profile,
    ProfileQuestion,
    ReportRecord,
    RequestRecord,
    RequestStatus,
    RequestVerdict,
    SignupChange,
    SignupRecord,
    SignupStatus,
    Slot,
    UserRecord,
)
from bot.storage.storage import Storage

__all__ = [
    "Acceptance",
    "Announcement",
    "Attendee",
    "BroadcastRecord",
    "Decision",
    "Forgotten",
    "MeetingRecord",
    "MeetingSession",
    "MeetingTableRow",
    "NetworkFields",
    "NetworkRecord",
    "OutboxMessage",
    "Profile",
    "ProfileQuestion",
    "ReportRecord",
    "RequestRecord",
    "RequestStatus",
    "RequestVerdict",
    "SignupChange",
    "SignupRecord",
    "SignupStatus",
    "Slot",
    "Storage",
    "StorageError",
    "UserRecord",
]
