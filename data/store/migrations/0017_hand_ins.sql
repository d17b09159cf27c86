-- When a student last handed in a lesson, and how many tries they had
-- checked by then: answers checked since have not reached the teacher.
-- Kept with the answers, not in the app's preferences, so that it moves
-- with the data folder, merges with a student and survives signing in
-- again.
CREATE TABLE hand_ins (
	student_id INTEGER NOT NULL REFERENCES students(id),
	lesson_id  INTEGER NOT NULL REFERENCES lessons(id),
	tries      INTEGER NOT NULL CHECK (tries >= 0),
	handed_at  TEXT NOT NULL,
	PRIMARY KEY (student_id, lesson_id)
);
