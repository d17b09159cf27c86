-- Whether a lesson's questions were published by the teacher (edited,
-- or handed out in a pack) and so are kept as they are, or were only
-- generated and may be made again by a newer Lede.
ALTER TABLE lessons ADD COLUMN published INTEGER NOT NULL DEFAULT 0;
