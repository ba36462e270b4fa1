-- SPDX-License-Identifier: GPL-3.0-or-later
-- Version 4: the meeting clock's record never changes afterwards.
--
-- Each event keeps the phase totals at its moment, so a restore takes them as they are and
-- measures only what came after the last event. Times are now on CLOCK_BOOTTIME, which goes
-- on while the laptop sleeps; the events saved before this version are on CLOCK_MONOTONIC
-- and keep saying so. Saved events cannot be changed; they go only with their meeting.

ALTER TABLE clock_events RENAME COLUMN monotonic_us TO clock_us;
ALTER TABLE clock_events ADD COLUMN time_line TEXT NOT NULL DEFAULT 'monotonic'
  CHECK (time_line IN ('monotonic', 'boottime'));
ALTER TABLE clock_events ADD COLUMN presentation_us INTEGER CHECK (presentation_us >= 0);
ALTER TABLE clock_events ADD COLUMN questions_us INTEGER CHECK (questions_us >= 0);
ALTER TABLE clock_events ADD COLUMN paused_us INTEGER CHECK (paused_us >= 0);

CREATE TRIGGER clock_events_are_append_only_update
BEFORE UPDATE ON clock_events
BEGIN
  SELECT RAISE (ABORT, 'the meeting clock''s record cannot be changed');
END;

CREATE TRIGGER clock_events_are_append_only_delete
BEFORE DELETE ON clock_events
WHEN EXISTS (SELECT 1 FROM meetings WHERE id = OLD.meeting_id)
BEGIN
  SELECT RAISE (ABORT, 'the meeting clock''s record cannot be changed');
END;

-- INSERT OR REPLACE deletes the row it replaces without the delete trigger: refuse an id
-- that is taken.
CREATE TRIGGER clock_events_are_append_only_replace
BEFORE INSERT ON clock_events
WHEN EXISTS (SELECT 1 FROM clock_events WHERE id = NEW.id)
BEGIN
  SELECT RAISE (ABORT, 'the meeting clock''s record cannot be changed');
END;
