-- SPDX-License-Identifier: GPL-3.0-or-later
-- Version 3: a merge remembers the status the duplicate had, so undoing it gives that back.

ALTER TABLE merges ADD COLUMN status_before TEXT NOT NULL DEFAULT 'new'
  CHECK (status_before IN ('new', 'accepted', 'answered-at-meeting', 'answered-in-writing',
                           'in-action-plan', 'rejected'));
CREATE INDEX merges_by_into ON merges (into_question_id);
