-- 1: delegates who have talked to the bot
CREATE TABLE users (
    id INTEGER PRIMARY KEY,
    language TEXT,
    first_seen TEXT NOT NULL,
    last_seen TEXT NOT NULL
);
