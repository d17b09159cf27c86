-- A lesson's published questions and settings, so a lesson opened from a
-- pack or edited by the teacher is the same on every laptop; classes of
-- students; and an index for the teacher's dashboard.
ALTER TABLE lessons ADD COLUMN questions TEXT NOT NULL DEFAULT '';
ALTER TABLE lessons ADD COLUMN question_count INTEGER NOT NULL DEFAULT 0;
ALTER TABLE lessons ADD COLUMN attempts_allowed INTEGER NOT NULL DEFAULT 0;

CREATE TABLE classes (
	id         INTEGER PRIMARY KEY,
	name       TEXT NOT NULL UNIQUE COLLATE NOCASE,
	created_at TEXT NOT NULL
);

CREATE TABLE class_students (
	class_id   INTEGER NOT NULL REFERENCES classes(id),
	student_id INTEGER NOT NULL REFERENCES students(id),
	PRIMARY KEY (class_id, student_id)
);

CREATE INDEX attempts_by_lesson ON attempts(lesson_id, question_id, student_id, id);

-- The latest attempt per student, lesson and question, read without
-- touching the table: the grade sheet scans every attempt.
CREATE INDEX attempts_latest ON attempts(student_id, lesson_id, question_id, id, verdict, uuid);
