-- Scores kept up to date by triggers, in the same transaction as every
-- change to an attempt, an override or a lesson's rule, so that the grade
-- sheet reads one row per student and lesson instead of every try with
-- the teacher's overrides joined (a school year's grade sheet: 0.4 s).
-- TestScoresFollowTheAttempts checks them against grading.CountedBy
-- after every kind of change.

-- Each student's tries at each question. Nothing in a row depends on the
-- lesson's settings, which may change after the fact.
CREATE TABLE question_scores (
	lesson_id   INTEGER NOT NULL,
	student_id  INTEGER NOT NULL,
	question_id TEXT NOT NULL,
	tries       INTEGER NOT NULL,
	-- The first try whose verdict (the teacher's first) is right, 1 for
	-- the first try; 0 when none is.
	first_right INTEGER NOT NULL,
	-- Bit n-1 is set when try n is right, for the first 62 tries.
	right_mask  INTEGER NOT NULL,
	last_right  INTEGER NOT NULL, -- 1 when the last try is right
	last_at     TEXT NOT NULL,    -- when the latest try was made
	PRIMARY KEY (lesson_id, student_id, question_id)
) WITHOUT ROWID;

-- Each student's score in each lesson they started, by the lesson's rule
-- (grading.CountedBy): what the grade sheet and the dashboard show.
CREATE TABLE lesson_scores (
	lesson_id  INTEGER NOT NULL,
	student_id INTEGER NOT NULL,
	answered   INTEGER NOT NULL, -- questions with a try
	correct    INTEGER NOT NULL, -- questions right by the lesson's rule
	first_try  INTEGER NOT NULL, -- questions right at the first try
	last_at    TEXT NOT NULL,
	PRIMARY KEY (lesson_id, student_id)
) WITHOUT ROWID;

-- Writing a student and lesson into lesson_score_changes sums up their
-- row again from their questions' rows, or removes it when none is left.
-- The try that counts: the first right one within the tries allowed
-- (counts ''), the first (counts 'first'), or the last within the tries
-- allowed (counts 'last'; past the 62 tries right_mask holds, it is
-- looked up by its number).
CREATE VIEW lesson_score_changes(lesson_id, student_id) AS
	SELECT lesson_id, student_id FROM lesson_scores WHERE 0;

CREATE TRIGGER lesson_scores_sum INSTEAD OF INSERT ON lesson_score_changes
BEGIN
	DELETE FROM lesson_scores WHERE lesson_id = NEW.lesson_id AND student_id = NEW.student_id;
	INSERT INTO lesson_scores
	SELECT NEW.lesson_id, NEW.student_id, COUNT(*),
		SUM(CASE l.counts
			WHEN '' THEN q.first_right > 0 AND (l.attempts_allowed <= 0 OR q.first_right <= l.attempts_allowed)
			WHEN 'first' THEN q.first_right = 1
			ELSE CASE
				WHEN l.attempts_allowed <= 0 OR l.attempts_allowed >= q.tries THEN q.last_right
				WHEN l.attempts_allowed <= 62 THEN (q.right_mask >> (l.attempts_allowed - 1)) & 1
				ELSE COALESCE((SELECT COALESCE(o.verdict, a.verdict) = 'correct'
					FROM attempts a LEFT JOIN overrides o ON o.attempt_uuid = a.uuid
					WHERE a.lesson_id = q.lesson_id AND a.student_id = q.student_id AND a.question_id = q.question_id
						AND (SELECT COUNT(*) FROM attempts b WHERE b.lesson_id = q.lesson_id AND b.student_id = q.student_id
							AND b.question_id = q.question_id AND b.id <= a.id) = l.attempts_allowed), 0)
			END
		END),
		SUM(q.first_right = 1), MAX(q.last_at)
	FROM question_scores q JOIN lessons l ON l.id = q.lesson_id
	WHERE q.lesson_id = NEW.lesson_id AND q.student_id = NEW.student_id
	HAVING COUNT(*) > 0;
END;

-- Writing a question's key into question_score_changes sums up its row
-- again from its attempts (tries in the order of their IDs), or removes
-- it when none is left, and then the student's score in the lesson. It is
-- the one definition of a row: the triggers below only name the
-- questions a change touches.
CREATE VIEW question_score_changes(lesson_id, student_id, question_id) AS
	SELECT lesson_id, student_id, question_id FROM question_scores WHERE 0;

CREATE TRIGGER question_scores_sum INSTEAD OF INSERT ON question_score_changes
BEGIN
	DELETE FROM question_scores
	WHERE lesson_id = NEW.lesson_id AND student_id = NEW.student_id AND question_id = NEW.question_id;
	INSERT INTO question_scores
	SELECT NEW.lesson_id, NEW.student_id, NEW.question_id, COUNT(*),
		COALESCE(MIN(CASE WHEN v = 'correct' THEN n END), 0),
		SUM(CASE WHEN v = 'correct' AND n <= 62 THEN 1 << (n - 1) ELSE 0 END),
		MAX(n = total AND v = 'correct'), MAX(created_at)
	FROM (SELECT a.created_at, COALESCE(o.verdict, a.verdict) AS v,
			(SELECT COUNT(*) FROM attempts b WHERE b.lesson_id = NEW.lesson_id AND b.student_id = NEW.student_id
				AND b.question_id = NEW.question_id AND b.id <= a.id) AS n,
			(SELECT COUNT(*) FROM attempts b WHERE b.lesson_id = NEW.lesson_id AND b.student_id = NEW.student_id
				AND b.question_id = NEW.question_id) AS total
		FROM attempts a LEFT JOIN overrides o ON o.attempt_uuid = a.uuid
		WHERE a.lesson_id = NEW.lesson_id AND a.student_id = NEW.student_id AND a.question_id = NEW.question_id)
	HAVING COUNT(*) > 0;
	INSERT INTO lesson_score_changes VALUES (NEW.lesson_id, NEW.student_id);
END;

CREATE TRIGGER attempts_sum_insert AFTER INSERT ON attempts
BEGIN
	INSERT INTO question_score_changes VALUES (NEW.lesson_id, NEW.student_id, NEW.question_id);
END;

-- Not on try: the numbering trigger's own update changes no score.
CREATE TRIGGER attempts_sum_update
AFTER UPDATE OF id, uuid, student_id, lesson_id, question_id, verdict, created_at ON attempts
BEGIN
	INSERT INTO question_score_changes VALUES (OLD.lesson_id, OLD.student_id, OLD.question_id);
	INSERT INTO question_score_changes VALUES (NEW.lesson_id, NEW.student_id, NEW.question_id);
END;

CREATE TRIGGER attempts_sum_delete AFTER DELETE ON attempts
BEGIN
	INSERT INTO question_score_changes VALUES (OLD.lesson_id, OLD.student_id, OLD.question_id);
END;

CREATE TRIGGER overrides_sum_insert AFTER INSERT ON overrides
BEGIN
	INSERT INTO question_score_changes
	SELECT lesson_id, student_id, question_id FROM attempts WHERE uuid = NEW.attempt_uuid;
END;

CREATE TRIGGER overrides_sum_update AFTER UPDATE ON overrides
BEGIN
	INSERT INTO question_score_changes
	SELECT lesson_id, student_id, question_id FROM attempts WHERE uuid IN (OLD.attempt_uuid, NEW.attempt_uuid);
END;

CREATE TRIGGER overrides_sum_delete AFTER DELETE ON overrides
BEGIN
	INSERT INTO question_score_changes
	SELECT lesson_id, student_id, question_id FROM attempts WHERE uuid = OLD.attempt_uuid;
END;

-- The teacher changing which try counts, or how many tries are allowed.
CREATE TRIGGER lessons_sum_update AFTER UPDATE OF counts, attempts_allowed ON lessons
WHEN OLD.counts IS NOT NEW.counts OR OLD.attempts_allowed IS NOT NEW.attempts_allowed
BEGIN
	INSERT INTO lesson_score_changes SELECT DISTINCT lesson_id, student_id FROM question_scores WHERE lesson_id = NEW.id;
END;

-- The attempts stored before this migration.
INSERT INTO question_score_changes SELECT DISTINCT lesson_id, student_id, question_id FROM attempts;
