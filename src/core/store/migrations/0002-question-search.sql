-- SPDX-License-Identifier: GPL-3.0-or-later
-- Version 2: full-text search over questions that folds case in Kazakh and Russian
-- (SQLite's LIKE and NOCASE fold only ASCII). An external-content index kept in step by
-- triggers, and filled from the questions already stored.

CREATE VIRTUAL TABLE questions_fts USING fts5 (
  text, topic, author,
  content = 'questions', content_rowid = 'id',
  tokenize = 'unicode61 remove_diacritics 2'
);

CREATE TRIGGER questions_fts_after_insert AFTER INSERT ON questions
BEGIN
  INSERT INTO questions_fts (rowid, text, topic, author)
  VALUES (NEW.id, NEW.text, NEW.topic, NEW.author);
END;

CREATE TRIGGER questions_fts_after_delete AFTER DELETE ON questions
BEGIN
  INSERT INTO questions_fts (questions_fts, rowid, text, topic, author)
  VALUES ('delete', OLD.id, OLD.text, OLD.topic, OLD.author);
END;

CREATE TRIGGER questions_fts_after_update AFTER UPDATE OF text, topic, author ON questions
BEGIN
  INSERT INTO questions_fts (questions_fts, rowid, text, topic, author)
  VALUES ('delete', OLD.id, OLD.text, OLD.topic, OLD.author);
  INSERT INTO questions_fts (rowid, text, topic, author)
  VALUES (NEW.id, NEW.text, NEW.topic, NEW.author);
END;

INSERT INTO questions_fts (questions_fts) VALUES ('rebuild');
