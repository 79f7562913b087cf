-- 7: an announcement's Chinese version, which delegates reading Chinese get instead of
-- the text (NULL: the one text is for everyone, as before)
ALTER TABLE broadcasts ADD COLUMN text_zh TEXT;
