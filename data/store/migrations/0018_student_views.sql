-- Each student's View settings: text size, colours, reading font, line
-- spacing and the divider's places. Kept with the answers, not in the
-- computer's preferences: a student's ID is this folder's own, and
-- settings kept by ID in the preferences passed to whoever had the same
-- ID in another data folder (issue 11). Here they move with the folder,
-- merge with a student, and go with them to another computer or account.
CREATE TABLE student_views (
	student_id    INTEGER PRIMARY KEY REFERENCES students(id),
	scale         REAL NOT NULL,
	variant       TEXT NOT NULL,
	font          TEXT NOT NULL,
	spacing       REAL NOT NULL,
	split         REAL NOT NULL,
	split_stacked REAL NOT NULL,
	updated_at    TEXT NOT NULL
);
