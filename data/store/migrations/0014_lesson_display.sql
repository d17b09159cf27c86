-- When a student may see the answer to a question they did not get right
-- ('' after the last try, 'after-hand-in', 'never'), and whether their end
-- screen shows their score: the teacher's choices, sent in lesson packs.
ALTER TABLE lessons ADD COLUMN reveal TEXT NOT NULL DEFAULT '';
ALTER TABLE lessons ADD COLUMN hide_score INTEGER NOT NULL DEFAULT 0;
