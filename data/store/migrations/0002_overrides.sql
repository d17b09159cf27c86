-- A teacher's verdict on an attempt, replacing the checker's. Attempts
-- stay as they were; an override is its own row, so it can be changed or
-- taken back, and shows who decided.
CREATE TABLE overrides (
	attempt_uuid TEXT PRIMARY KEY REFERENCES attempts(uuid),
	verdict      TEXT NOT NULL CHECK (verdict IN ('correct', 'partial', 'incorrect')),
	created_at   TEXT NOT NULL
);
