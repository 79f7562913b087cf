-- 4: organizers' broadcasts (delivered through the outbox), delegates who blocked the
-- bot, and requests from the command line to the running bot (a program reload)
ALTER TABLE users ADD COLUMN blocked_at TEXT;
CREATE TABLE broadcasts (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    created_by INTEGER NOT NULL,
    text TEXT NOT NULL,
    audience TEXT,
    status TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'sending', 'done')),
    total INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL,
    queued_at REAL,
    finished_at REAL
);
ALTER TABLE outbox ADD COLUMN broadcast_id INTEGER;
CREATE INDEX outbox_by_broadcast ON outbox (broadcast_id, status);
CREATE TABLE requests (
    kind TEXT PRIMARY KEY,
    value TEXT NOT NULL,
    requested_at TEXT NOT NULL
);
