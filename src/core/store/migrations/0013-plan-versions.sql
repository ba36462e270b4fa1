-- SPDX-License-Identifier: GPL-3.0-or-later
-- Version 13: an action's and a problem's version, as a meeting's (version 10).
--
-- Two planners edit one action (one moves its deadline, the other its executor), or one
-- problem: every change of the row makes it the next version and names who made it and when,
-- whoever wrote it; the form saves only over the version it opened.
ALTER TABLE actions ADD COLUMN version INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1);
ALTER TABLE actions ADD COLUMN updated_by TEXT NOT NULL DEFAULT '';
ALTER TABLE actions ADD COLUMN updated_at TEXT;

CREATE TRIGGER actions_next_version AFTER UPDATE ON actions
WHEN NEW.version = OLD.version
BEGIN
  UPDATE actions SET version = OLD.version + 1, updated_by = kez_actor (), updated_at = kez_now ()
   WHERE id = NEW.id;
END;

ALTER TABLE problems ADD COLUMN version INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1);
ALTER TABLE problems ADD COLUMN updated_by TEXT NOT NULL DEFAULT '';
ALTER TABLE problems ADD COLUMN updated_at TEXT;

CREATE TRIGGER problems_next_version AFTER UPDATE ON problems
WHEN NEW.version = OLD.version
BEGIN
  UPDATE problems SET version = OLD.version + 1, updated_by = kez_actor (), updated_at = kez_now ()
   WHERE id = NEW.id;
END;
