-- 3: reminder lead times a delegate chose, and daily digest subscribers
CREATE TABLE reminder_prefs (
    user_id INTEGER PRIMARY KEY,
    leads TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE TABLE subscriptions (
    user_id INTEGER PRIMARY KEY,
    since TEXT NOT NULL
);
CREATE INDEX outbox_by_session ON outbox (session_id, kind, status);
