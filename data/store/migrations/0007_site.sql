-- The publication a lesson's article comes from, for the library search.
ALTER TABLE lessons ADD COLUMN site TEXT NOT NULL DEFAULT '';
