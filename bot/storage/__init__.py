"""Everything the bot keeps on disk, one aggregate a module, behind the Storage facade.

Callers import from here (`from bot.storage import Storage, Profile`), so how the
package is split stays its own business.
"""

from __future__ import annotations

from bot.storage.database import StorageError
from bot.storage.records import (
    Announcement,
    Attendee,
    BroadcastRecord,
    OutboxMessage,
    Profile,
    ProfileQuestion,
    SignupChange,
    SignupRecord,
    SignupStatus,
    Slot,
    UserRecord,
)
from bot.storage.storage import Storage

__all__ = [
    "Announcement",
    "Attendee",
    "BroadcastRecord",
    "OutboxMessage",
    "Profile",
    "ProfileQuestion",
    "SignupChange",
    "SignupRecord",
    "SignupStatus",
    "Slot",
    "Storage",
    "StorageError",
    "UserRecord",
]
