-- 2: sign-ups with a waitlist, the profile organizers need, and a durable outbox of
-- messages to send (promotions now; reminders and broadcasts use it too)
CREATE TABLE profiles (
    user_id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    organization TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE TABLE signups (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    session_id TEXT NOT NULL,
    user_id INTEGER NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('confirmed', 'waitlist')),
    signed_up_at TEXT NOT NULL,
    promoted_at TEXT,
    UNIQUE (session_id, user_id)
);
CREATE INDEX signups_by_session ON signups (session_id, status, id);
CREATE INDEX signups_by_user ON signups (user_id);
CREATE TABLE outbox (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    user_id INTEGER NOT NULL,
    kind TEXT NOT NULL,
    session_id TEXT,
    dedupe_key TEXT UNIQUE,
    due_at REAL NOT NULL,
    payload TEXT NOT NULL DEFAULT '{}',
    status TEXT NOT NULL DEFAULT 'pending'
        CHECK (status IN ('pending', 'sent', 'failed', 'dropped')),
    attempts INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL,
    sent_at TEXT,
    error TEXT
);
CREATE INDEX outbox_pending ON outbox (status, due_at);
