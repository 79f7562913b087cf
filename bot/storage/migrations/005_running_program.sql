-- 5: the program the running bot uses, so the command line can show what a reload changes
CREATE TABLE running_program (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    path TEXT NOT NULL,
    text TEXT NOT NULL,
    loaded_at TEXT NOT NULL
);
