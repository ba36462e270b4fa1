-- SPDX-License-Identifier: GPL-3.0-or-later
-- Version 4 on a PostgreSQL server: the meeting clock's record never changes afterwards.
--
-- As ../0004-clock-totals.sql. SQLite's INSERT OR REPLACE, which deletes the row it replaces
-- without the delete trigger, has no counterpart here: a taken id fails its primary key.

ALTER TABLE clock_events RENAME COLUMN monotonic_us TO clock_us;
ALTER TABLE clock_events ADD COLUMN time_line TEXT NOT NULL DEFAULT 'monotonic'
  CHECK (time_line IN ('monotonic', 'boottime'));
ALTER TABLE clock_events ADD COLUMN presentation_us BIGINT CHECK (presentation_us >= 0);
ALTER TABLE clock_events ADD COLUMN questions_us BIGINT CHECK (questions_us >= 0);
ALTER TABLE clock_events ADD COLUMN paused_us BIGINT CHECK (paused_us >= 0);

CREATE TRIGGER clock_events_are_append_only_update
BEFORE UPDATE ON clock_events
FOR EACH ROW EXECUTE FUNCTION kez_refuse ('the meeting clock''s record cannot be changed');

CREATE TRIGGER clock_events_are_append_only_delete
BEFORE DELETE ON clock_events
FOR EACH ROW EXECUTE FUNCTION
  kez_refuse_while_parent_exists ('the meeting clock''s record cannot be changed', 'meetings',
                                  'meeting_id');

-- TRUNCATE removes rows without their DELETE triggers.
CREATE TRIGGER clock_events_are_not_truncated
BEFORE TRUNCATE ON clock_events
FOR EACH STATEMENT EXECUTE FUNCTION kez_refuse ('the meeting clock''s record cannot be changed');
