-- Settings of this computer's Lede: the teacher's PIN hash, the shared
-- folder to watch. One row per setting.
CREATE TABLE settings (
	key        TEXT PRIMARY KEY,
	value      TEXT NOT NULL,
	updated_at TEXT NOT NULL
);
