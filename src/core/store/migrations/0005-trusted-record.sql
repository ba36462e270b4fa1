-- SPDX-License-Identifier: GPL-3.0-or-later
-- Version 5: a record the database itself protects.
--
-- kez_now() and kez_actor() are the app's own functions (kez-store-functions.c): the time and
-- the person the app knows. History and audit rows must carry them, so a row cannot be
-- backdated or signed by someone else; from a shell without them nothing can be written to
-- the history at all. INSERT OR REPLACE deletes the row it replaces without the delete
-- trigger, so a taken id is refused before the insert. Changes of an action's deadline,
-- executor and status are written by the database, whatever wrote the change; a deleted
-- action or problem leaves what it was, history included, in the audit log.

ALTER TABLE action_history ADD COLUMN kind TEXT NOT NULL DEFAULT 'note'
  CHECK (kind IN ('note', 'created', 'status', 'deadline', 'executor'));
ALTER TABLE action_history ADD COLUMN old_value TEXT NOT NULL DEFAULT '';
ALTER TABLE action_history ADD COLUMN new_value TEXT NOT NULL DEFAULT '';

CREATE TRIGGER action_history_is_append_only_replace
BEFORE INSERT ON action_history
WHEN EXISTS (SELECT 1 FROM action_history WHERE id = NEW.id)
BEGIN
  SELECT RAISE (ABORT, 'progress history cannot be changed');
END;

CREATE TRIGGER action_history_is_dated_now
BEFORE INSERT ON action_history
WHEN abs (julianday (NEW.recorded_at) - julianday (kez_now ())) * 86400 > 5
  OR NEW.author IS NOT kez_actor ()
BEGIN
  SELECT RAISE (ABORT, 'progress history is written now, by whoever writes it');
END;

CREATE TRIGGER audit_log_is_append_only_replace
BEFORE INSERT ON audit_log
WHEN EXISTS (SELECT 1 FROM audit_log WHERE id = NEW.id)
BEGIN
  SELECT RAISE (ABORT, 'the audit log cannot be changed');
END;

CREATE TRIGGER audit_log_is_dated_now
BEFORE INSERT ON audit_log
WHEN abs (julianday (NEW.at) - julianday (kez_now ())) * 86400 > 5
  OR NEW.actor IS NOT kez_actor ()
BEGIN
  SELECT RAISE (ABORT, 'the audit log is written now, by whoever writes it');
END;

CREATE TRIGGER actions_history_created
AFTER INSERT ON actions
BEGIN
  INSERT INTO action_history (action_id, recorded_at, author, kind, status, new_value)
  VALUES (NEW.id, kez_now (), kez_actor (), 'created', NEW.status, NEW.deadline);
END;

-- The app writes the change of status with its note just before it; the database writes it
-- when the app did not (the latest entry of the action already says so otherwise).
CREATE TRIGGER actions_history_status
AFTER UPDATE OF status ON actions
WHEN OLD.status IS NOT NEW.status
  AND NOT EXISTS (SELECT 1 FROM action_history
                  WHERE id = (SELECT max (id) FROM action_history WHERE action_id = NEW.id)
                    AND kind = 'status' AND status IS NEW.status)
BEGIN
  INSERT INTO action_history (action_id, recorded_at, author, kind, status, old_value,
                              new_value)
  VALUES (NEW.id, kez_now (), kez_actor (), 'status', NEW.status, OLD.status, NEW.status);
END;

CREATE TRIGGER actions_history_deadline
AFTER UPDATE OF deadline ON actions
WHEN OLD.deadline IS NOT NEW.deadline
BEGIN
  INSERT INTO action_history (action_id, recorded_at, author, kind, old_value, new_value)
  VALUES (NEW.id, kez_now (), kez_actor (), 'deadline', OLD.deadline, NEW.deadline);
  INSERT INTO audit_log (at, actor, action, subject_kind, subject_id, details)
  VALUES (kez_now (), kez_actor (), 'change-deadline', 'action', NEW.id,
          OLD.deadline || ' → ' || NEW.deadline);
END;

CREATE TRIGGER actions_history_executor
AFTER UPDATE OF executor_org, executor_unit, executor_person ON actions
WHEN OLD.executor_org IS NOT NEW.executor_org OR OLD.executor_unit IS NOT NEW.executor_unit
  OR OLD.executor_person IS NOT NEW.executor_person
BEGIN
  INSERT INTO action_history (action_id, recorded_at, author, kind, old_value, new_value)
  VALUES (NEW.id, kez_now (), kez_actor (), 'executor',
          trim (OLD.executor_org || ', ' || OLD.executor_unit || ', ' || OLD.executor_person,
                ', '),
          trim (NEW.executor_org || ', ' || NEW.executor_unit || ', ' || NEW.executor_person,
                ', '));
  INSERT INTO audit_log (at, actor, action, subject_kind, subject_id, details)
  VALUES (kez_now (), kez_actor (), 'change-executor', 'action', NEW.id,
          OLD.executor_org || ' → ' || NEW.executor_org);
END;

-- What a deleted action was, with its whole history, before the cascade takes them.
CREATE TRIGGER actions_deleted_into_audit
BEFORE DELETE ON actions
BEGIN
  INSERT INTO audit_log (at, actor, action, subject_kind, subject_id, details)
  VALUES (kez_now (), kez_actor (), 'delete-action', 'action', OLD.id,
          json_object ('problem', OLD.problem_id, 'description', OLD.description,
                       'executor', OLD.executor_org, 'unit', OLD.executor_unit,
                       'person', OLD.executor_person, 'deadline', OLD.deadline,
                       'status', OLD.status,
                       'history', (SELECT json_group_array (json_object (
                                     'at', recorded_at, 'author', author, 'kind', kind,
                                     'note', note, 'old', old_value, 'new', new_value))
                                   FROM action_history WHERE action_id = OLD.id)));
END;

CREATE TRIGGER problems_deleted_into_audit
BEFORE DELETE ON problems
BEGIN
  INSERT INTO audit_log (at, actor, action, subject_kind, subject_id, details)
  VALUES (kez_now (), kez_actor (), 'delete-problem', 'problem', OLD.id,
          json_object ('meeting', OLD.meeting_id, 'title_kk', OLD.title_kk,
                       'title_ru', OLD.title_ru, 'topic', OLD.topic,
                       'questions', (SELECT json_group_array (question_id)
                                     FROM problem_questions WHERE problem_id = OLD.id)));
END;

-- The schedule's status as a record: every submission, approval and return to draft, with
-- its dates and resolution number, kept for good.
CREATE TABLE schedule_status_history (
  id                INTEGER PRIMARY KEY,
  schedule_id       INTEGER NOT NULL REFERENCES schedule_years (id) ON DELETE CASCADE,
  recorded_at       TEXT NOT NULL,
  author            TEXT NOT NULL,
  status            TEXT NOT NULL CHECK (status IN ('draft', 'submitted', 'approved')),
  submitted_on      TEXT,
  approved_on       TEXT,
  resolution_number TEXT NOT NULL DEFAULT ''
) STRICT;
CREATE INDEX schedule_status_history_by_schedule ON schedule_status_history (schedule_id, id);

CREATE TRIGGER schedule_status_history_is_append_only_update
BEFORE UPDATE ON schedule_status_history
BEGIN
  SELECT RAISE (ABORT, 'the schedule status history cannot be changed');
END;

CREATE TRIGGER schedule_status_history_is_append_only_delete
BEFORE DELETE ON schedule_status_history
WHEN EXISTS (SELECT 1 FROM schedule_years WHERE id = OLD.schedule_id)
BEGIN
  SELECT RAISE (ABORT, 'the schedule status history cannot be changed');
END;

CREATE TRIGGER schedule_status_history_is_append_only_replace
BEFORE INSERT ON schedule_status_history
WHEN EXISTS (SELECT 1 FROM schedule_status_history WHERE id = NEW.id)
BEGIN
  SELECT RAISE (ABORT, 'the schedule status history cannot be changed');
END;

CREATE TRIGGER schedule_years_history_insert
AFTER INSERT ON schedule_years
BEGIN
  INSERT INTO schedule_status_history (schedule_id, recorded_at, author, status, submitted_on,
                                       approved_on, resolution_number)
  VALUES (NEW.id, kez_now (), kez_actor (), NEW.status, NEW.submitted_on, NEW.approved_on,
          NEW.resolution_number);
END;

CREATE TRIGGER schedule_years_history_update
AFTER UPDATE OF status, submitted_on, approved_on, resolution_number ON schedule_years
WHEN OLD.status IS NOT NEW.status OR OLD.submitted_on IS NOT NEW.submitted_on
  OR OLD.approved_on IS NOT NEW.approved_on OR OLD.resolution_number IS NOT NEW.resolution_number
BEGIN
  INSERT INTO schedule_status_history (schedule_id, recorded_at, author, status, submitted_on,
                                       approved_on, resolution_number)
  VALUES (NEW.id, kez_now (), kez_actor (), NEW.status, NEW.submitted_on, NEW.approved_on,
          NEW.resolution_number);
END;

-- The identity of this database, which its backups carry: a backup is restored only into the
-- database it was made of.
CREATE TABLE database_identity (
  id         INTEGER PRIMARY KEY CHECK (id = 1),
  uuid       TEXT NOT NULL,
  created_at TEXT NOT NULL
) STRICT;
INSERT INTO database_identity (id, uuid, created_at)
VALUES (1, lower (hex (randomblob (4)) || '-' || hex (randomblob (2)) || '-4' ||
                  substr (hex (randomblob (2)), 2) || '-' ||
                  substr ('89ab', 1 + (abs (random ()) % 4), 1) ||
                  substr (hex (randomblob (2)), 2) || '-' || hex (randomblob (6))),
        strftime ('%Y-%m-%dT%H:%M:%fZ', 'now'));

-- A citizen's name is not a word to search questions by: the search index keeps the text and
-- the topic only (a person's questions are found by opening them, which is logged). And it
-- keeps the words' stems (the tokenizer "kez", kez-search-tokenizer.c), so that a word finds
-- its other forms: школа and школам, мектеп and мектептің, елка and ёлка.
DROP TRIGGER questions_fts_after_insert;
DROP TRIGGER questions_fts_after_delete;
DROP TRIGGER questions_fts_after_update;
DROP TABLE questions_fts;

CREATE VIRTUAL TABLE questions_fts USING fts5 (
  text, topic,
  content = 'questions', content_rowid = 'id',
  tokenize = 'kez remove_diacritics 2',
  prefix = '2 3'
);

CREATE TRIGGER questions_fts_after_insert AFTER INSERT ON questions
BEGIN
  INSERT INTO questions_fts (rowid, text, topic) VALUES (NEW.id, NEW.text, NEW.topic);
END;

CREATE TRIGGER questions_fts_after_delete AFTER DELETE ON questions
BEGIN
  INSERT INTO questions_fts (questions_fts, rowid, text, topic)
  VALUES ('delete', OLD.id, OLD.text, OLD.topic);
END;

CREATE TRIGGER questions_fts_after_update AFTER UPDATE OF text, topic ON questions
BEGIN
  INSERT INTO questions_fts (questions_fts, rowid, text, topic)
  VALUES ('delete', OLD.id, OLD.text, OLD.topic);
  INSERT INTO questions_fts (rowid, text, topic) VALUES (NEW.id, NEW.text, NEW.topic);
END;

INSERT INTO questions_fts (questions_fts) VALUES ('rebuild');

-- The schedules already recorded start their history with what they are now.
INSERT INTO schedule_status_history (schedule_id, recorded_at, author, status, submitted_on,
                                     approved_on, resolution_number)
SELECT id, kez_now (), kez_actor (), status, submitted_on, approved_on, resolution_number
FROM schedule_years;
