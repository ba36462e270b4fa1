-- SPDX-License-Identifier: GPL-3.0-or-later
-- Version 6: imports that can be undone, and the spellings a planner taught the app.
--
-- Every import is a row of imports, and the meetings and questions it brought name it: an
-- import is undone as one step by deleting what names it, and the row keeps that it was.
-- A value another system spells its own way ("г. Астана", "е-Өтініш") is mapped by the planner
-- once; import_values keeps the choice, keyed by the spelling's folded form
-- (kez-import-value-map.c), for the next file.

CREATE TABLE imports (
  id          INTEGER PRIMARY KEY,
  kind        TEXT NOT NULL CHECK (kind IN ('meetings', 'questions')),
  file_name   TEXT NOT NULL DEFAULT '',
  imported_at TEXT NOT NULL DEFAULT (kez_now ()),
  actor       TEXT NOT NULL DEFAULT (kez_actor ()),
  n_rows      INTEGER NOT NULL CHECK (n_rows >= 0),
  n_skipped   INTEGER NOT NULL DEFAULT 0 CHECK (n_skipped >= 0),
  undone_at   TEXT
) STRICT;

ALTER TABLE meetings ADD COLUMN import_id INTEGER REFERENCES imports (id);
ALTER TABLE questions ADD COLUMN import_id INTEGER REFERENCES imports (id);
CREATE INDEX meetings_by_import ON meetings (import_id) WHERE import_id IS NOT NULL;
CREATE INDEX questions_by_import ON questions (import_id) WHERE import_id IS NOT NULL;

-- A question already present has the same text, day and author: found without a scan.
CREATE INDEX questions_by_day_and_author ON questions (substr (received_on, 1, 10), author);

CREATE TABLE import_values (
  kind       TEXT NOT NULL CHECK (kind IN ('channel', 'region', 'body', 'position')),
  value_key  TEXT NOT NULL CHECK (value_key <> ''),
  code       TEXT NOT NULL CHECK (code <> '' OR kind = 'region'),  -- '': a region not given
  chosen_at  TEXT NOT NULL DEFAULT (kez_now ()),
  actor      TEXT NOT NULL DEFAULT (kez_actor ()),
  PRIMARY KEY (kind, value_key)
) STRICT;
