-- 6: the name and organization questions a delegate is answering, kept in the database
-- so that a restart neither loses the sign-up waiting for the answers nor takes the
-- delegate's next message for a name
CREATE TABLE profile_questions (
    user_id INTEGER PRIMARY KEY,
    step TEXT NOT NULL CHECK (step IN ('name', 'organization')),
    only_this INTEGER NOT NULL DEFAULT 0,
    session_id TEXT,
    name TEXT,
    asked_at TEXT NOT NULL
);
