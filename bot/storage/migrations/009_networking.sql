-- 9: opt-in networking. A delegate's public networking profile (shown to other opted-in
-- delegates under a random handle, never their Telegram id), meeting requests (one per
-- pair ever, whoever asked first), blocks, reports the organizers read, and the meetings
-- accepted requests became, each at a table in a slot of a matchmaking session when one
-- was free.
CREATE TABLE network_profiles (
    user_id INTEGER PRIMARY KEY,
    handle TEXT NOT NULL UNIQUE,
    role TEXT NOT NULL,
    sectors TEXT NOT NULL DEFAULT '[]',
    offer TEXT NOT NULL,
    seek TEXT NOT NULL,
    languages TEXT NOT NULL DEFAULT '[]',
    visible INTEGER NOT NULL DEFAULT 1 CHECK (visible IN (0, 1)),
    updated_at TEXT NOT NULL
);
CREATE TABLE meeting_requests (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    from_user INTEGER NOT NULL,
    to_user INTEGER NOT NULL,
    session_id TEXT,
    status TEXT NOT NULL DEFAULT 'pending'
        CHECK (status IN ('pending', 'accepted', 'declined', 'blocked')),
    created_at TEXT NOT NULL,
    decided_at TEXT,
    CHECK (from_user <> to_user)
);
-- one request per pair, whichever of the two asked
CREATE UNIQUE INDEX meeting_requests_pair
    ON meeting_requests (min(from_user, to_user), max(from_user, to_user));
CREATE INDEX meeting_requests_from ON meeting_requests (from_user, status);
CREATE INDEX meeting_requests_to ON meeting_requests (to_user, status);
CREATE TABLE blocks (
    user_id INTEGER NOT NULL,
    blocked_id INTEGER NOT NULL,
    created_at TEXT NOT NULL,
    PRIMARY KEY (user_id, blocked_id)
);
CREATE INDEX blocks_blocked ON blocks (blocked_id);
CREATE TABLE reports (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    reporter INTEGER NOT NULL,
    reported INTEGER NOT NULL,
    request_id INTEGER,
    created_at TEXT NOT NULL,
    UNIQUE (request_id, reporter)
);
CREATE INDEX reports_reported ON reports (reported);
CREATE TABLE meetings (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    request_id INTEGER NOT NULL UNIQUE,
    session_id TEXT,
    slot INTEGER,
    table_no INTEGER,
    user_a INTEGER NOT NULL,
    user_b INTEGER NOT NULL,
    created_at TEXT NOT NULL,
    -- a table holds one meeting a slot; NULLs (no slot was free) never collide
    UNIQUE (session_id, slot, table_no)
);
CREATE INDEX meetings_a ON meetings (user_a, session_id, slot);
CREATE INDEX meetings_b ON meetings (user_b, session_id, slot);
