-- Results files a watched folder held, as they were when imported: a pass
-- over a year's unchanged files reads none of them again.
CREATE TABLE imported_files (
	folder TEXT NOT NULL,
	name   TEXT NOT NULL,
	size   INTEGER NOT NULL,
	mtime  INTEGER NOT NULL, -- nanoseconds since 1970
	sha256 TEXT NOT NULL,
	PRIMARY KEY (folder, name)
) WITHOUT ROWID;
