-- 12: the networking form waits for the name questions when /network opened them, so it
-- starts by itself once they are answered, even after a restart in between
ALTER TABLE profile_questions ADD COLUMN then_network INTEGER NOT NULL DEFAULT 0;
