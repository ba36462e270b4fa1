-- SPDX-License-Identifier: GPL-3.0-or-later
-- Version 2 on a PostgreSQL server: the questions' search.
--
-- SQLite's index folds and stems the words itself (the tokenizer "kez", version 5); a server
-- has no Kazakh stemmer, so the app writes each question's words already folded and stemmed
-- (ё as е, lower case, each word's stem) into search_words, and the server indexes them as
-- they are: the "simple" configuration splits and lower-cases only. A word's prefix is found
-- with to_tsquery's ":*". (pg_trgm would find any part of a word, but not a word's other
-- forms — школа and школам, мектеп and мектептің — which the planners search by.)

ALTER TABLE questions ADD COLUMN search_words TEXT NOT NULL DEFAULT '';
ALTER TABLE questions ADD COLUMN search_vector TSVECTOR
  GENERATED ALWAYS AS (to_tsvector ('simple', search_words)) STORED;
CREATE INDEX questions_search ON questions USING gin (search_vector);
