-- 10: a networking profile being filled in (/network): the answers so far and the step
-- reached, kept in the database so a restart does not lose them nor take the delegate's
-- next message for something else
CREATE TABLE network_drafts (
    user_id INTEGER PRIMARY KEY,
    step TEXT NOT NULL CHECK (step IN ('role', 'sectors', 'offer', 'seek', 'languages')),
    role TEXT,
    sectors TEXT NOT NULL DEFAULT '[]',
    offer TEXT NOT NULL DEFAULT '',
    seek TEXT NOT NULL DEFAULT '',
    languages TEXT NOT NULL DEFAULT '[]',
    started_at TEXT NOT NULL
);
