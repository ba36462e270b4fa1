-- SPDX-License-Identifier: GPL-3.0-or-later
-- Version 8: who and when in the record, on a shared server.
--
-- The record's time and person were the session's settings kez.now and kez.actor when set
-- (the demo's clock, the tests' named writers), else the server's clock and the connected
-- role. On a server several people share, anyone could then `SET kez.actor = 'someone'` or
-- `SET kez.now = '2020-01-01…'` in psql and write history as someone else, or backdated:
-- the triggers check a row against kez_actor () and kez_now (), which would agree. Now the
-- settings are heeded only for those who could change the record by other means anyway (a
-- superuser, or the owner of the record's tables, who can drop their triggers: the one who
-- set the database up, and the demo); everyone else is their login (session_user, whatever
-- role they set) at the server's time.

CREATE FUNCTION kez_may_name_the_record () RETURNS BOOLEAN
LANGUAGE sql STABLE
AS $$ SELECT current_setting ('is_superuser') = 'on'
             OR pg_has_role (current_user,
                             (SELECT relowner FROM pg_class WHERE oid = 'audit_log'::regclass),
                             'USAGE') $$;

CREATE OR REPLACE FUNCTION kez_now () RETURNS TEXT
LANGUAGE sql STABLE
AS $$ SELECT CASE WHEN kez_may_name_the_record ()
                  THEN coalesce (nullif (current_setting ('kez.now', true), ''),
                                 kez_utc_text (clock_timestamp ()))
                  ELSE kez_utc_text (clock_timestamp ()) END $$;

CREATE OR REPLACE FUNCTION kez_actor () RETURNS TEXT
LANGUAGE sql STABLE
AS $$ SELECT CASE WHEN kez_may_name_the_record ()
                  THEN coalesce (nullif (current_setting ('kez.actor', true), ''), session_user)
                  ELSE session_user END $$;
