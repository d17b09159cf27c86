-- Students on this computer, lessons they opened, and every answer they
-- checked. Attempts are never updated or deleted: they are the record.
CREATE TABLE students (
	id         INTEGER PRIMARY KEY,
	name       TEXT NOT NULL UNIQUE COLLATE NOCASE,
	created_at TEXT NOT NULL
);

CREATE TABLE lessons (
	id         INTEGER PRIMARY KEY,
	key        TEXT NOT NULL UNIQUE,
	title      TEXT NOT NULL,
	source     TEXT NOT NULL,
	created_at TEXT NOT NULL
);

CREATE TABLE attempts (
	id          INTEGER PRIMARY KEY,
	uuid        TEXT NOT NULL UNIQUE,
	student_id  INTEGER NOT NULL REFERENCES students(id),
	lesson_id   INTEGER NOT NULL REFERENCES lessons(id),
	question_id TEXT NOT NULL,
	answer      TEXT NOT NULL,
	verdict     TEXT NOT NULL,
	created_at  TEXT NOT NULL
);
CREATE INDEX attempts_progress ON attempts(student_id, lesson_id, question_id, id);

-- What a student has typed but not yet checked, so a crash or a closed
-- laptop loses nothing.
CREATE TABLE drafts (
	student_id  INTEGER NOT NULL REFERENCES students(id),
	lesson_id   INTEGER NOT NULL REFERENCES lessons(id),
	question_id TEXT NOT NULL,
	answer      TEXT NOT NULL,
	updated_at  TEXT NOT NULL,
	PRIMARY KEY (student_id, lesson_id, question_id)
);
