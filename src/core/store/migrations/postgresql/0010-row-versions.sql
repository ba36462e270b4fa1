-- SPDX-License-Identifier: GPL-3.0-or-later
-- Version 10: a meeting's version, so that an edit never overwrites another unseen.
--
-- Every change of a meeting's row makes it the next version and names who made it, whoever
-- wrote the statement (the app, an import, psql): the trigger does it when the statement did
-- not. The app saves an edit only over the version it was opened at; over any other it shows
-- what changed since, and by whom.
ALTER TABLE meetings ADD COLUMN version BIGINT NOT NULL DEFAULT 1 CHECK (version >= 1);
ALTER TABLE meetings ADD COLUMN updated_by TEXT NOT NULL DEFAULT '';

CREATE FUNCTION kez_next_version () RETURNS TRIGGER
LANGUAGE plpgsql
AS $$
BEGIN
  IF NEW.version = OLD.version THEN
    NEW.version := OLD.version + 1;
  END IF;
  NEW.updated_by := kez_actor ();
  RETURN NEW;
END $$;

CREATE TRIGGER meetings_next_version BEFORE UPDATE ON meetings
FOR EACH ROW EXECUTE FUNCTION kez_next_version ();

-- A meeting's events are part of it: a change of one is a change of the meeting. With the
-- definer's rights: a timekeeper who adds a briefing from the console may not write the
-- meeting's row itself.
CREATE FUNCTION kez_event_makes_next_version () RETURNS TRIGGER
LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT
AS $$
BEGIN
  UPDATE meetings SET version = version + 1
   WHERE id = CASE WHEN TG_OP = 'DELETE' THEN OLD.meeting_id ELSE NEW.meeting_id END;
  RETURN NULL;
END $$;

CREATE TRIGGER meeting_events_next_version AFTER INSERT OR UPDATE OR DELETE ON meeting_events
FOR EACH ROW EXECUTE FUNCTION kez_event_makes_next_version ();
