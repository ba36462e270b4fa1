-- SPDX-License-Identifier: GPL-3.0-or-later
-- Version 9: people and their roles, enforced by the server.
--
-- On a server a press office shares, each person connects as themselves (their login) and
-- has one role in this database: a planner (everything of their body), a timekeeper (the live
-- console, receptions and questions from the hall, of their body), a viewer (reads their
-- body's record without personal data) or the authorised body's reviewer (reads the
-- proposals of every body). What a role may do is granted to a group role of this database,
-- "DATABASE:planner" and so on; which rows a person sees is row-level security by their body,
-- so that another ministry's rows cannot be read or changed even with psql. The owner of the
-- tables (who set the database up) and superusers are not held by it; nor is anyone else given
-- anything until kez_add_person () names them, which only someone who may create roles can.

CREATE TABLE people (
  login     TEXT PRIMARY KEY CHECK (login <> ''),
  role      TEXT NOT NULL CHECK (role IN ('planner', 'timekeeper', 'viewer', 'reviewer')),
  body_code TEXT REFERENCES bodies (code),
  CHECK (role = 'reviewer' OR body_code IS NOT NULL)
);

-- The connected person's body and role (NULL for someone not named). Definer's rights: the
-- people table is not readable by all, and these are what the policies ask.
CREATE FUNCTION kez_person_body () RETURNS TEXT
LANGUAGE sql STABLE SECURITY DEFINER SET search_path FROM CURRENT
AS $$ SELECT body_code FROM people WHERE login = session_user $$;

CREATE FUNCTION kez_person_role () RETURNS TEXT
LANGUAGE sql STABLE SECURITY DEFINER SET search_path FROM CURRENT
AS $$ SELECT role FROM people WHERE login = session_user $$;

-- What someone of the connected person's body did (the audit log, imports), or they.
CREATE FUNCTION kez_of_my_body (actor TEXT) RETURNS BOOLEAN
LANGUAGE sql STABLE SECURITY DEFINER SET search_path FROM CURRENT
AS $$ SELECT actor = session_user
             OR EXISTS (SELECT 1 FROM people
                        WHERE login = actor AND body_code = kez_person_body ()) $$;

-- Rows by body. A policy's "(SELECT f ())" is worked out once a statement, not once a row.
ALTER TABLE people ENABLE ROW LEVEL SECURITY;
CREATE POLICY of_the_body ON people FOR SELECT
  USING (login = session_user OR body_code = (SELECT kez_person_body ()));

ALTER TABLE meetings ENABLE ROW LEVEL SECURITY;
CREATE POLICY of_the_body ON meetings
  USING (body_code = (SELECT kez_person_body ()))
  WITH CHECK (body_code = (SELECT kez_person_body ()));
CREATE POLICY for_review ON meetings FOR SELECT
  USING ((SELECT kez_person_role ()) = 'reviewer');

ALTER TABLE schedule_years ENABLE ROW LEVEL SECURITY;
CREATE POLICY of_the_body ON schedule_years
  USING (body_code = (SELECT kez_person_body ()))
  WITH CHECK (body_code = (SELECT kez_person_body ()));
CREATE POLICY for_review ON schedule_years FOR SELECT
  USING ((SELECT kez_person_role ()) = 'reviewer');

-- A row that belongs to another row (a meeting's events, an action's history…) is seen, and
-- may be written, when that one is: the subquery on the other is held by its own policy.
CREATE FUNCTION kez_held_with (child TEXT, link TEXT, parent TEXT) RETURNS VOID
LANGUAGE plpgsql
AS $$
BEGIN
  EXECUTE format ('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', child);
  EXECUTE format ('CREATE POLICY of_the_body ON %I USING (%I IN (SELECT id FROM %I)) '
                  'WITH CHECK (%I IN (SELECT id FROM %I))', child, link, parent, link, parent);
END $$;

SELECT kez_held_with (child, link, parent)
  FROM (VALUES ('schedule_status_history', 'schedule_id', 'schedule_years'),
               ('meeting_events', 'meeting_id', 'meetings'),
               ('clock_events', 'meeting_id', 'meetings'),
               ('receptions', 'event_id', 'meeting_events'),
               ('merges', 'question_id', 'questions'),
               ('problems', 'meeting_id', 'meetings'),
               ('problem_questions', 'problem_id', 'problems'),
               ('actions', 'problem_id', 'problems'),
               ('action_history', 'action_id', 'actions')) AS held (child, link, parent);
DROP FUNCTION kez_held_with (TEXT, TEXT, TEXT);

-- A question is its meeting's body's; one not yet given to a meeting is the body of whoever
-- took it in (or the body this database serves). The server keeps that beside the record, as
-- the people are: a database file has no need of it. A question of no body (taken in before
-- there were people, or copied from a file) is any named person's.
ALTER TABLE questions ADD COLUMN body_code TEXT REFERENCES bodies (code);
CREATE INDEX questions_by_body ON questions (body_code);

CREATE FUNCTION kez_question_body () RETURNS TRIGGER
LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT
AS $$
BEGIN
  NEW.body_code := coalesce ((SELECT body_code FROM meetings WHERE id = NEW.meeting_id),
                             CASE WHEN TG_OP = 'UPDATE' THEN OLD.body_code END,
                             kez_person_body (),
                             (SELECT value FROM meta WHERE key = 'served-body'));
  RETURN NEW;
END $$;

CREATE TRIGGER questions_body BEFORE INSERT OR UPDATE OF meeting_id, body_code ON questions
FOR EACH ROW EXECUTE FUNCTION kez_question_body ();

UPDATE questions q SET body_code = NULL;  -- the trigger works it out

ALTER TABLE questions ENABLE ROW LEVEL SECURITY;
CREATE POLICY of_the_body ON questions
  USING (body_code IS NULL OR body_code = (SELECT kez_person_body ()))
  WITH CHECK (body_code IS NULL OR body_code = (SELECT kez_person_body ()));

-- The audit log and the imports say who: what people of the body did is the body's.
ALTER TABLE audit_log ENABLE ROW LEVEL SECURITY;
CREATE POLICY of_the_body ON audit_log FOR SELECT USING (kez_of_my_body (actor));
CREATE POLICY written_as_oneself ON audit_log FOR INSERT WITH CHECK (actor = kez_actor ());

ALTER TABLE imports ENABLE ROW LEVEL SECURITY;
CREATE POLICY of_the_body ON imports
  USING (kez_of_my_body (actor)) WITH CHECK (actor = kez_actor ());

-- What each role may do, granted to the database's group roles. Worked out again whenever a
-- person is named, so that tables of later versions are granted too.
CREATE FUNCTION kez_group_role (role TEXT) RETURNS TEXT
LANGUAGE sql STABLE
AS $$ SELECT current_database () || ':' || role $$;

CREATE FUNCTION kez_grant_roles () RETURNS VOID
LANGUAGE plpgsql
AS $$
DECLARE
  role TEXT;
  -- The record of each body, and the tables every body shares.
  body_tables CONSTANT TEXT[] := ARRAY['meetings', 'meeting_events', 'clock_events',
                                        'receptions', 'questions', 'merges', 'problems',
                                        'problem_questions', 'actions', 'action_history',
                                        'schedule_years', 'schedule_status_history', 'imports'];
  shared_tables CONSTANT TEXT[] := ARRAY['meta', 'bodies', 'regions', 'rule_sets',
                                          'rule_set_exemptions', 'import_values'];
  -- A citizen's name, IIN, phone, address; a question's author and contact.
  personal CONSTANT TEXT[] := ARRAY['receptions.citizen_name', 'receptions.iin',
                                     'receptions.phone', 'receptions.address',
                                     'questions.author', 'questions.contact'];
  t TEXT;
  columns TEXT;
BEGIN
  IF length (kez_group_role ('timekeeper')) > 63 THEN
    RAISE EXCEPTION 'the database''s name is too long for its roles: %', current_database ();
  END IF;
  FOREACH role IN ARRAY ARRAY['planner', 'timekeeper', 'viewer', 'reviewer'] LOOP
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = kez_group_role (role)) THEN
      BEGIN
        EXECUTE format ('CREATE ROLE %I NOLOGIN', kez_group_role (role));
      EXCEPTION WHEN duplicate_object OR unique_violation THEN
        NULL;  -- made at the same moment by someone else
      END;
    END IF;
    EXECUTE format ('REVOKE ALL ON ALL TABLES IN SCHEMA %I FROM %I', current_schema (),
                    kez_group_role (role));
    EXECUTE format ('GRANT USAGE ON SCHEMA %I TO %I', current_schema (), kez_group_role (role));
    EXECUTE format ('GRANT USAGE ON ALL SEQUENCES IN SCHEMA %I TO %I', current_schema (),
                    kez_group_role (role));
    EXECUTE format ('GRANT SELECT ON schema_version, database_identity, people TO %I',
                    kez_group_role (role));
    EXECUTE format ('GRANT SELECT ON %s TO %I', array_to_string (shared_tables, ', '),
                    kez_group_role (role));
    -- Everyone writes their own entries in the audit log (an export, a viewing).
    EXECUTE format ('GRANT INSERT ON audit_log TO %I', kez_group_role (role));
  END LOOP;

  -- The planner: everything of the body, and the lists every body shares.
  EXECUTE format ('GRANT SELECT, INSERT, UPDATE, DELETE ON %s, question_changes TO %I',
                  array_to_string (body_tables || shared_tables, ', '),
                  kez_group_role ('planner'));
  EXECUTE format ('GRANT SELECT ON audit_log TO %I', kez_group_role ('planner'));

  -- The timekeeper: reads the body's record; writes the clock, the events and receptions,
  -- questions from the hall and their answering, and the meeting's status when it is held.
  EXECUTE format ('GRANT SELECT ON %s, question_changes TO %I',
                  array_to_string (body_tables, ', '), kez_group_role ('timekeeper'));
  EXECUTE format ('GRANT INSERT, UPDATE ON clock_events, meeting_events, receptions, questions, '
                  'merges, question_changes TO %I', kez_group_role ('timekeeper'));
  EXECUTE format ('GRANT UPDATE (status, updated_at) ON meetings TO %I',
                  kez_group_role ('timekeeper'));

  -- The viewer: reads the body's record but for personal data, column by column.
  FOREACH t IN ARRAY body_tables LOOP
    SELECT string_agg (quote_ident (column_name), ', ' ORDER BY ordinal_position) INTO columns
      FROM information_schema.columns
     WHERE table_schema = current_schema () AND table_name = t
       AND NOT (t || '.' || column_name) = ANY (personal);
    EXECUTE format ('GRANT SELECT (%s) ON %I TO %I', columns, t, kez_group_role ('viewer'));
  END LOOP;

  -- The authorised body's reviewer: every body's proposals (the policies let them see every
  -- body's meetings and schedules), nothing personal.
  EXECUTE format ('GRANT SELECT ON meetings, meeting_events, schedule_years, '
                  'schedule_status_history TO %I', kez_group_role ('reviewer'));
END $$;

-- Names a person (a login of the server, made if it is not one yet; its password or other
-- way in is the server's business) with a role in this database, and for all but a reviewer
-- a body; a person named again takes the new role.
CREATE FUNCTION kez_add_person (person TEXT, person_role TEXT, person_body TEXT)
RETURNS VOID
LANGUAGE plpgsql
AS $$
DECLARE
  other TEXT;
BEGIN
  IF person_role IS NULL OR person_role NOT IN ('planner', 'timekeeper', 'viewer', 'reviewer') THEN
    RAISE EXCEPTION 'unknown role %', person_role USING ERRCODE = '22023';
  END IF;
  -- Whoever grants on the tables and makes logins: the owner, with the right to make roles.
  IF NOT kez_may_name_the_record ()
     OR NOT (SELECT rolcreaterole OR rolsuper FROM pg_roles WHERE rolname = current_user) THEN
    RAISE EXCEPTION 'only the owner of the database''s tables, who may create roles, names people'
      USING ERRCODE = '42501';
  END IF;
  IF person IN (SELECT rolname FROM pg_roles WHERE rolname LIKE current_database () || ':%'
                                                  OR rolsuper) THEN
    RAISE EXCEPTION 'the login % cannot be given a role', person USING ERRCODE = '22023';
  END IF;
  PERFORM kez_grant_roles ();
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = person) THEN
    EXECUTE format ('CREATE ROLE %I LOGIN', person);
  END IF;
  FOREACH other IN ARRAY ARRAY['planner', 'timekeeper', 'viewer', 'reviewer'] LOOP
    IF (other = person_role) <> EXISTS (SELECT 1 FROM pg_auth_members m
                                           JOIN pg_roles g ON g.oid = m.roleid
                                           JOIN pg_roles p ON p.oid = m.member
                                         WHERE g.rolname = kez_group_role (other)
                                           AND p.rolname = person) THEN
      EXECUTE format (CASE WHEN other = person_role THEN 'GRANT %I TO %I'
                           ELSE 'REVOKE %I FROM %I' END, kez_group_role (other), person);
    END IF;
  END LOOP;
  INSERT INTO people (login, role, body_code) VALUES (person, person_role, person_body)
  ON CONFLICT (login) DO UPDATE SET role = EXCLUDED.role, body_code = EXCLUDED.body_code;
END $$;
