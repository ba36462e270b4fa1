-- SPDX-License-Identifier: GPL-3.0-or-later
-- Version 14: a person's role taken away.
--
-- Someone leaves the press office: their login loses its group role in this database (and
-- with it every grant) and its line in people (and with it every row-level policy's body), so
-- that it reads and writes nothing of the record, even with psql. The login itself is the
-- server's: it may be someone's on another database, and its password was never ours. What
-- they did stays in the record under their name.

-- Whoever may name people and take their roles away, as kez_add_person () asks: the owner of
-- the tables, with the right to make roles. The window asks it too, to offer only what will
-- be allowed.
CREATE FUNCTION kez_may_name_people () RETURNS BOOLEAN
LANGUAGE sql STABLE
AS $$ SELECT kez_may_name_the_record ()
             AND (SELECT rolcreaterole OR rolsuper FROM pg_roles WHERE rolname = current_user) $$;

CREATE FUNCTION kez_remove_person (person TEXT) RETURNS BOOLEAN
LANGUAGE plpgsql
AS $$
DECLARE
  other TEXT;
BEGIN
  IF NOT kez_may_name_people () THEN
    RAISE EXCEPTION 'only the owner of the database''s tables, who may create roles, names people'
      USING ERRCODE = '42501';
  END IF;
  IF NOT EXISTS (SELECT 1 FROM people WHERE login = person) THEN
    RETURN FALSE;
  END IF;
  FOREACH other IN ARRAY ARRAY['planner', 'timekeeper', 'viewer', 'reviewer'] LOOP
    IF EXISTS (SELECT 1 FROM pg_auth_members m
                 JOIN pg_roles g ON g.oid = m.roleid
                 JOIN pg_roles p ON p.oid = m.member
                WHERE g.rolname = kez_group_role (other) AND p.rolname = person) THEN
      EXECUTE format ('REVOKE %I FROM %I', kez_group_role (other), person);
    END IF;
  END LOOP;
  DELETE FROM people WHERE login = person;
  RETURN TRUE;
END $$;
