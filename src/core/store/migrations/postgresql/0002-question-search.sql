-- SPDX-License-Identifier: GPL-3.0-or-later
-- Version 2 on a PostgreSQL server: the questions' search.
--
-- SQLite's index folds and stems the words itself (the tokenizer "kez", version 5); a server
-- has no Kazakh stemmer, so the app writes each question's words already folded and stemmed
-- (ё as е, lower case, each word's stem) into search_words, and the server indexes them as
-- they are: the "simple" configuration splits and lower-cases only. A word's prefix is found
-- with to_tsquery's ":*". (pg_trgm would find any part of a word, but not a word's other
-- forms — школа and школам, мектеп and мектептің — which the planners search by.)

-- NULL until the app has written them: a new question, or one whose text or topic changed.
-- The app writes them in the transaction that made the change (kez-store-search.c), and any
-- app that finds a question without them (one written by psql, say) writes them then.
ALTER TABLE questions ADD COLUMN search_words TEXT;
ALTER TABLE questions ADD COLUMN search_vector TSVECTOR
  GENERATED ALWAYS AS (to_tsvector ('simple', coalesce (search_words, ''))) STORED;
CREATE INDEX questions_search ON questions USING gin (search_vector);
CREATE INDEX questions_without_search_words ON questions (id) WHERE search_words IS NULL;

CREATE FUNCTION kez_search_words_stale () RETURNS TRIGGER
LANGUAGE plpgsql
AS $$
BEGIN
  IF NEW.text IS DISTINCT FROM OLD.text OR NEW.topic IS DISTINCT FROM OLD.topic THEN
    NEW.search_words := NULL;
  END IF;
  RETURN NEW;
END $$;

CREATE TRIGGER questions_search_words_stale BEFORE UPDATE OF text, topic ON questions
FOR EACH ROW EXECUTE FUNCTION kez_search_words_stale ();

-- What SQLite's PRAGMA data_version tells a reading connection: that the questions changed
-- since it last read them. A statement that changes them counts one more, in its transaction,
-- so a reader sees the count and the rows of the same commits.
CREATE TABLE question_changes (
  one   BOOLEAN PRIMARY KEY DEFAULT TRUE CHECK (one),
  count BIGINT NOT NULL
);
INSERT INTO question_changes (count) VALUES (0);

CREATE FUNCTION kez_count_question_change () RETURNS TRIGGER
LANGUAGE plpgsql
AS $$
BEGIN
  UPDATE question_changes SET count = count + 1;
  RETURN NULL;
END $$;

CREATE TRIGGER questions_counted AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON questions
FOR EACH STATEMENT EXECUTE FUNCTION kez_count_question_change ();
