-- Every try in order with its verdict, covered by one index: the grading
-- rule (the first right try within the allowed tries counts) reads each
-- student's tries at each question for the grade sheet and dashboard.
CREATE INDEX attempts_tries ON attempts(student_id, lesson_id, question_id, id, verdict, uuid);
