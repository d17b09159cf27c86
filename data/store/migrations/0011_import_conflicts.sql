-- An answer a results file brought under an attempt ID already stored
-- with other content: a copied or altered file, or the real one after a
-- copy. Neither version silently wins: the file's version waits here for
-- the teacher, and whichever the teacher sets aside stays here too.
CREATE TABLE import_conflicts (
	id          INTEGER PRIMARY KEY,
	uuid        TEXT NOT NULL,
	lesson_id   INTEGER NOT NULL REFERENCES lessons(id),
	student     TEXT NOT NULL,
	question_id TEXT NOT NULL,
	answer      TEXT NOT NULL,
	verdict     TEXT NOT NULL,
	created_at  TEXT NOT NULL,
	file        TEXT NOT NULL,
	found_at    TEXT NOT NULL,
	-- '' while the teacher has not chosen; 'kept' (the stored version
	-- stays) or 'swapped' (this row now holds the version set aside).
	resolution  TEXT NOT NULL DEFAULT '' CHECK (resolution IN ('', 'kept', 'swapped')),
	UNIQUE (uuid, student, question_id, answer)
);
