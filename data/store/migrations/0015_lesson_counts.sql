-- Which try counts: '' the first right one within the tries allowed,
-- 'first' the first try alone, 'last' the last try within the tries
-- allowed. The teacher's choice, sent in lesson packs.
ALTER TABLE lessons ADD COLUMN counts TEXT NOT NULL DEFAULT '' CHECK (counts IN ('', 'first', 'last'));
