-- SPDX-License-Identifier: GPL-3.0-or-later
-- Version 11: what one planner saves reaches everyone else's window.
--
-- Every statement that changes a table the windows show tells the listening sessions on the
-- channel "kezdesu": the table's name and the ids of the rows it changed (up to a hundred;
-- with more, the table's name alone, and what shows the table reads it again whole). The
-- notification goes out when the transaction commits, and not at all if it rolls back; a
-- listener knows its own session's by the sender's process id. A listener that lost its
-- connection reads everything again: notifications are not kept for it.

CREATE FUNCTION kez_notify_change () RETURNS TRIGGER
LANGUAGE plpgsql
AS $$
DECLARE
  ids TEXT;
  n BIGINT;
BEGIN
  IF TG_NARGS > 0 AND TG_ARGV[0] = 'ids' THEN
    SELECT count (*), string_agg (id::TEXT, ',') INTO n, ids
      FROM (SELECT id FROM changed_rows LIMIT 101) AS s;
    IF n = 0 THEN
      RETURN NULL;
    END IF;
  END IF;
  PERFORM pg_notify ('kezdesu', TG_TABLE_NAME || CASE WHEN ids IS NOT NULL AND n <= 100
                                                      THEN ' ' || ids ELSE '' END);
  RETURN NULL;
END $$;

-- Three triggers a table (a trigger with transition tables has one event), each seeing the
-- rows its statement changed as changed_rows.
CREATE FUNCTION kez_notify_changes_of (name TEXT, with_ids BOOLEAN) RETURNS VOID
LANGUAGE plpgsql
AS $$
DECLARE
  argument TEXT := CASE WHEN with_ids THEN '''ids''' ELSE '' END;
BEGIN
  IF with_ids THEN
    EXECUTE format ('CREATE TRIGGER %I AFTER INSERT ON %I REFERENCING NEW TABLE AS changed_rows '
                    'FOR EACH STATEMENT EXECUTE FUNCTION kez_notify_change (%s)',
                    name || '_notify_insert', name, argument);
    EXECUTE format ('CREATE TRIGGER %I AFTER UPDATE ON %I REFERENCING NEW TABLE AS changed_rows '
                    'FOR EACH STATEMENT EXECUTE FUNCTION kez_notify_change (%s)',
                    name || '_notify_update', name, argument);
    EXECUTE format ('CREATE TRIGGER %I AFTER DELETE ON %I REFERENCING OLD TABLE AS changed_rows '
                    'FOR EACH STATEMENT EXECUTE FUNCTION kez_notify_change (%s)',
                    name || '_notify_delete', name, argument);
  ELSE
    EXECUTE format ('CREATE TRIGGER %I AFTER INSERT OR UPDATE OR DELETE ON %I '
                    'FOR EACH STATEMENT EXECUTE FUNCTION kez_notify_change ()',
                    name || '_notify', name);
  END IF;
END $$;

SELECT kez_notify_changes_of (name, with_ids)
  FROM (VALUES ('meetings', true), ('meeting_events', true), ('clock_events', true),
               ('receptions', true), ('questions', true), ('merges', true),
               ('problems', true), ('problem_questions', false), ('actions', true),
               ('action_history', true), ('schedule_years', true),
               ('schedule_status_history', true), ('rule_sets', false),
               ('rule_set_exemptions', false), ('bodies', false), ('meta', false),
               ('people', false)) AS watched (name, with_ids);

DROP FUNCTION kez_notify_changes_of (TEXT, BOOLEAN);
