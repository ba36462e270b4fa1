-- SPDX-License-Identifier: GPL-3.0-or-later
-- Version 3: a merge remembers the status the duplicate had, so undoing it gives that back;
-- and the triage list's usual orders are read from indexes alone.

ALTER TABLE merges ADD COLUMN status_before TEXT NOT NULL DEFAULT 'new'
  CHECK (status_before IN ('new', 'accepted', 'answered-at-meeting', 'answered-in-writing',
                           'in-action-plan', 'rejected'));
CREATE INDEX merges_by_into ON merges (into_question_id);

-- The list reads id, citizens and status in order of receipt, all of them or of one status
-- or channel: with citizens and status in the index, 100,000 rows are read without touching
-- the table.
DROP INDEX questions_by_received;
CREATE INDEX questions_by_received ON questions (received_on, status, citizens);
DROP INDEX questions_by_status;
CREATE INDEX questions_by_status ON questions (status, received_on, citizens);
CREATE INDEX questions_by_channel ON questions (channel, received_on, status, citizens);
