-- 7: an announcement's Chinese version, which delegates reading Chinese get instead of
-- the text (NULL: the one text is for everyone, as before); and the running bot's
-- heartbeat, so the command line can tell whether a bot will pick up what it queues
ALTER TABLE broadcasts ADD COLUMN text_zh TEXT;
CREATE TABLE heartbeat (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    beat_at REAL NOT NULL
);
