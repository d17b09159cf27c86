-- The teacher's lesson library: tags to search by, and archiving and
-- deleting that can be undone (a deleted lesson is hidden, never erased:
-- students' answers to it stay).
ALTER TABLE lessons ADD COLUMN tags TEXT NOT NULL DEFAULT '';
ALTER TABLE lessons ADD COLUMN archived INTEGER NOT NULL DEFAULT 0;
ALTER TABLE lessons ADD COLUMN deleted INTEGER NOT NULL DEFAULT 0;
