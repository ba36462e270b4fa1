-- SPDX-License-Identifier: GPL-3.0-or-later
-- Version 5 on a PostgreSQL server: a record the database itself protects.
--
-- As ../0005-trusted-record.sql, with PL/pgSQL for SQLite's triggers. History and audit rows
-- carry kez_now () and kez_actor () (version 1): on a server the actor is the role that is
-- connected, so a row cannot be signed by someone else. A taken id fails its primary key
-- (SQLite needed triggers against INSERT OR REPLACE). The search index of SQLite's version 5
-- is search_words here (version 2), which never holds the citizen's name.

ALTER TABLE action_history ADD COLUMN kind TEXT NOT NULL DEFAULT 'note'
  CHECK (kind IN ('note', 'created', 'status', 'deadline', 'executor'));
ALTER TABLE action_history ADD COLUMN old_value TEXT NOT NULL DEFAULT '';
ALTER TABLE action_history ADD COLUMN new_value TEXT NOT NULL DEFAULT '';

-- Written now (within five seconds of the record's clock), by whoever writes it. The
-- arguments: the message, and the row's columns of the time and of the person.
CREATE FUNCTION kez_refuse_unless_now () RETURNS TRIGGER
LANGUAGE plpgsql
AS $$
DECLARE
  written_at TEXT := to_jsonb (NEW) ->> TG_ARGV[1];
  written_by TEXT := to_jsonb (NEW) ->> TG_ARGV[2];
BEGIN
  IF abs (extract (epoch FROM written_at::TIMESTAMPTZ - kez_now ()::TIMESTAMPTZ)) > 5
     OR written_by IS DISTINCT FROM kez_actor () THEN
    RAISE EXCEPTION USING MESSAGE = TG_ARGV[0], ERRCODE = 'check_violation';
  END IF;
  RETURN NEW;
END $$;

CREATE TRIGGER action_history_is_dated_now
BEFORE INSERT ON action_history
FOR EACH ROW EXECUTE FUNCTION
  kez_refuse_unless_now ('progress history is written now, by whoever writes it',
                         'recorded_at', 'author');

CREATE TRIGGER audit_log_is_dated_now
BEFORE INSERT ON audit_log
FOR EACH ROW EXECUTE FUNCTION
  kez_refuse_unless_now ('the audit log is written now, by whoever writes it', 'at', 'actor');

CREATE FUNCTION actions_history_created () RETURNS TRIGGER
LANGUAGE plpgsql
AS $$
BEGIN
  INSERT INTO action_history (action_id, recorded_at, author, kind, status, new_value)
  VALUES (NEW.id, kez_now (), kez_actor (), 'created', NEW.status, NEW.deadline);
  RETURN NULL;
END $$;

CREATE TRIGGER actions_history_created
AFTER INSERT ON actions
FOR EACH ROW EXECUTE FUNCTION actions_history_created ();

-- The app writes the change of status with its note just before it; the database writes it
-- when the app did not (the latest entry of the action already says so otherwise).
CREATE FUNCTION actions_history_status () RETURNS TRIGGER
LANGUAGE plpgsql
AS $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM action_history
                 WHERE id = (SELECT max (id) FROM action_history WHERE action_id = NEW.id)
                   AND kind = 'status' AND status IS NOT DISTINCT FROM NEW.status) THEN
    INSERT INTO action_history (action_id, recorded_at, author, kind, status, old_value,
                                new_value)
    VALUES (NEW.id, kez_now (), kez_actor (), 'status', NEW.status, OLD.status, NEW.status);
  END IF;
  RETURN NULL;
END $$;

CREATE TRIGGER actions_history_status
AFTER UPDATE OF status ON actions
FOR EACH ROW WHEN (OLD.status IS DISTINCT FROM NEW.status)
EXECUTE FUNCTION actions_history_status ();

CREATE FUNCTION actions_history_deadline () RETURNS TRIGGER
LANGUAGE plpgsql
AS $$
BEGIN
  INSERT INTO action_history (action_id, recorded_at, author, kind, old_value, new_value)
  VALUES (NEW.id, kez_now (), kez_actor (), 'deadline', OLD.deadline, NEW.deadline);
  INSERT INTO audit_log (at, actor, action, subject_kind, subject_id, details)
  VALUES (kez_now (), kez_actor (), 'change-deadline', 'action', NEW.id,
          OLD.deadline || ' → ' || NEW.deadline);
  RETURN NULL;
END $$;

CREATE TRIGGER actions_history_deadline
AFTER UPDATE OF deadline ON actions
FOR EACH ROW WHEN (OLD.deadline IS DISTINCT FROM NEW.deadline)
EXECUTE FUNCTION actions_history_deadline ();

CREATE FUNCTION actions_history_executor () RETURNS TRIGGER
LANGUAGE plpgsql
AS $$
BEGIN
  INSERT INTO action_history (action_id, recorded_at, author, kind, old_value, new_value)
  VALUES (NEW.id, kez_now (), kez_actor (), 'executor',
          btrim (OLD.executor_org || ', ' || OLD.executor_unit || ', ' || OLD.executor_person,
                 ', '),
          btrim (NEW.executor_org || ', ' || NEW.executor_unit || ', ' || NEW.executor_person,
                 ', '));
  INSERT INTO audit_log (at, actor, action, subject_kind, subject_id, details)
  VALUES (kez_now (), kez_actor (), 'change-executor', 'action', NEW.id,
          OLD.executor_org || ' → ' || NEW.executor_org);
  RETURN NULL;
END $$;

CREATE TRIGGER actions_history_executor
AFTER UPDATE OF executor_org, executor_unit, executor_person ON actions
FOR EACH ROW WHEN (OLD.executor_org IS DISTINCT FROM NEW.executor_org
                   OR OLD.executor_unit IS DISTINCT FROM NEW.executor_unit
                   OR OLD.executor_person IS DISTINCT FROM NEW.executor_person)
EXECUTE FUNCTION actions_history_executor ();

-- What a deleted action was, with its whole history, before the cascade takes them.
CREATE FUNCTION actions_deleted_into_audit () RETURNS TRIGGER
LANGUAGE plpgsql
AS $$
BEGIN
  INSERT INTO audit_log (at, actor, action, subject_kind, subject_id, details)
  VALUES (kez_now (), kez_actor (), 'delete-action', 'action', OLD.id,
          json_build_object ('problem', OLD.problem_id, 'description', OLD.description,
                             'executor', OLD.executor_org, 'unit', OLD.executor_unit,
                             'person', OLD.executor_person, 'deadline', OLD.deadline,
                             'status', OLD.status,
                             'history', (SELECT coalesce (json_agg (json_build_object (
                                           'at', recorded_at, 'author', author,
                                           'kind', kind, 'note', note, 'old', old_value,
                                           'new', new_value) ORDER BY id), '[]')
                                         FROM action_history WHERE action_id = OLD.id)));
  RETURN OLD;
END $$;

CREATE TRIGGER actions_deleted_into_audit
BEFORE DELETE ON actions
FOR EACH ROW EXECUTE FUNCTION actions_deleted_into_audit ();

CREATE FUNCTION problems_deleted_into_audit () RETURNS TRIGGER
LANGUAGE plpgsql
AS $$
BEGIN
  INSERT INTO audit_log (at, actor, action, subject_kind, subject_id, details)
  VALUES (kez_now (), kez_actor (), 'delete-problem', 'problem', OLD.id,
          json_build_object ('meeting', OLD.meeting_id, 'title_kk', OLD.title_kk,
                             'title_ru', OLD.title_ru, 'topic', OLD.topic,
                             'questions', (SELECT coalesce (json_agg (question_id), '[]')
                                           FROM problem_questions
                                           WHERE problem_id = OLD.id)));
  RETURN OLD;
END $$;

CREATE TRIGGER problems_deleted_into_audit
BEFORE DELETE ON problems
FOR EACH ROW EXECUTE FUNCTION problems_deleted_into_audit ();

-- The schedule's status as a record: every submission, approval and return to draft, with
-- its dates and resolution number, kept for good.
CREATE TABLE schedule_status_history (
  id                BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
  schedule_id       BIGINT NOT NULL REFERENCES schedule_years (id) ON DELETE CASCADE,
  recorded_at       TEXT NOT NULL,
  author            TEXT NOT NULL,
  status            TEXT NOT NULL CHECK (status IN ('draft', 'submitted', 'approved')),
  submitted_on      TEXT,
  approved_on       TEXT,
  resolution_number TEXT NOT NULL DEFAULT ''
);
CREATE INDEX schedule_status_history_by_schedule ON schedule_status_history (schedule_id, id);

CREATE TRIGGER schedule_status_history_is_append_only_update
BEFORE UPDATE ON schedule_status_history
FOR EACH ROW EXECUTE FUNCTION kez_refuse ('the schedule status history cannot be changed');

CREATE TRIGGER schedule_status_history_is_append_only_delete
BEFORE DELETE ON schedule_status_history
FOR EACH ROW EXECUTE FUNCTION
  kez_refuse_while_parent_exists ('the schedule status history cannot be changed',
                                  'schedule_years', 'schedule_id');

-- TRUNCATE removes rows without their DELETE triggers.
CREATE TRIGGER schedule_status_history_is_not_truncated
BEFORE TRUNCATE ON schedule_status_history
FOR EACH STATEMENT EXECUTE FUNCTION kez_refuse ('the schedule status history cannot be changed');

CREATE FUNCTION schedule_years_history () RETURNS TRIGGER
LANGUAGE plpgsql
AS $$
BEGIN
  INSERT INTO schedule_status_history (schedule_id, recorded_at, author, status, submitted_on,
                                       approved_on, resolution_number)
  VALUES (NEW.id, kez_now (), kez_actor (), NEW.status, NEW.submitted_on, NEW.approved_on,
          NEW.resolution_number);
  RETURN NULL;
END $$;

CREATE TRIGGER schedule_years_history_insert
AFTER INSERT ON schedule_years
FOR EACH ROW EXECUTE FUNCTION schedule_years_history ();

CREATE TRIGGER schedule_years_history_update
AFTER UPDATE OF status, submitted_on, approved_on, resolution_number ON schedule_years
FOR EACH ROW WHEN (OLD.status IS DISTINCT FROM NEW.status
                   OR OLD.submitted_on IS DISTINCT FROM NEW.submitted_on
                   OR OLD.approved_on IS DISTINCT FROM NEW.approved_on
                   OR OLD.resolution_number IS DISTINCT FROM NEW.resolution_number)
EXECUTE FUNCTION schedule_years_history ();

-- The identity of this database, which its backups carry.
CREATE TABLE database_identity (
  id         BIGINT PRIMARY KEY CHECK (id = 1),
  uuid       TEXT NOT NULL,
  created_at TEXT NOT NULL
);
INSERT INTO database_identity (id, uuid, created_at)
VALUES (1, gen_random_uuid ()::TEXT, kez_utc_text (now ()));

-- The schedules already recorded start their history with what they are now.
INSERT INTO schedule_status_history (schedule_id, recorded_at, author, status, submitted_on,
                                     approved_on, resolution_number)
SELECT id, kez_now (), kez_actor (), status, submitted_on, approved_on, resolution_number
FROM schedule_years;

SELECT kez_fill_ids ();
