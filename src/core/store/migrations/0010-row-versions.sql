-- SPDX-License-Identifier: GPL-3.0-or-later
-- Version 10: a meeting's version, so that an edit never overwrites another unseen.
--
-- Every change of a meeting's row makes it the next version and names who made it, whoever
-- wrote the statement (the app, an import, a shell): the trigger does it when the statement
-- did not. The app saves an edit only over the version it was opened at; over any other it
-- shows what changed since, and by whom.
ALTER TABLE meetings ADD COLUMN version INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1);
ALTER TABLE meetings ADD COLUMN updated_by TEXT NOT NULL DEFAULT '';

CREATE TRIGGER meetings_next_version AFTER UPDATE ON meetings
WHEN NEW.version = OLD.version
BEGIN
  UPDATE meetings SET version = OLD.version + 1, updated_by = kez_actor () WHERE id = NEW.id;
END;

-- A meeting's events are part of it: a change of one is a change of the meeting.
CREATE TRIGGER meeting_events_insert_next_version AFTER INSERT ON meeting_events
BEGIN
  UPDATE meetings SET version = version + 1, updated_by = kez_actor () WHERE id = NEW.meeting_id;
END;

CREATE TRIGGER meeting_events_update_next_version AFTER UPDATE ON meeting_events
BEGIN
  UPDATE meetings SET version = version + 1, updated_by = kez_actor () WHERE id = NEW.meeting_id;
END;

CREATE TRIGGER meeting_events_delete_next_version AFTER DELETE ON meeting_events
BEGIN
  UPDATE meetings SET version = version + 1, updated_by = kez_actor () WHERE id = OLD.meeting_id;
END;
