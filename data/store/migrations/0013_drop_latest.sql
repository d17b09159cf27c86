-- The table of each question's latest attempt (0006) has not been read
-- since the first right try counts (issue 12), yet its trigger ran on
-- every attempt stored; and an attempt moved to another student (a
-- settled conflict, merged duplicates) would have left it wrong.
DROP TRIGGER attempts_keep_latest;
DROP TABLE latest;
