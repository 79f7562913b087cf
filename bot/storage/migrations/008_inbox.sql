-- 8: the inbox, every update from Telegram as it arrived (its JSON), kept before Telegram
-- is told it arrived; done_at is set once it was handled (NULL: to be handled, again after
-- a crash). The update id is the key, so an update Telegram sends twice is kept once.
CREATE TABLE inbox (
    update_id INTEGER PRIMARY KEY,
    body TEXT NOT NULL,
    received_at TEXT NOT NULL,
    done_at TEXT
);
CREATE INDEX inbox_pending ON inbox (update_id) WHERE done_at IS NULL;
