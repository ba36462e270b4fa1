-- SPDX-License-Identifier: GPL-3.0-or-later
-- Kezdesu schema, version 1: the whole product's data model.
-- Each migration runs in one transaction; PRAGMA user_version records the last applied.
-- Dates are ISO 8601 text: 'YYYY-MM-DD' for calendar dates, 'YYYY-MM-DDTHH:MM' for local
-- (Kazakhstan) wall times that planners type, and UTC with a 'Z' for instants the app records.

-- Settings that belong to the data rather than to the user: the body served, the active rule
-- set, and checksums of shipped reference data.
CREATE TABLE meta (
  key   TEXT PRIMARY KEY,
  value TEXT NOT NULL
) STRICT;

CREATE TABLE bodies (
  code       TEXT PRIMARY KEY,
  name_en    TEXT NOT NULL,
  name_ru    TEXT NOT NULL,
  name_kk    TEXT NOT NULL,
  note       TEXT NOT NULL DEFAULT '',
  sort_order INTEGER NOT NULL,
  -- A body dropped from the shipped list stays for the meetings that name it.
  retired    INTEGER NOT NULL DEFAULT 0 CHECK (retired IN (0, 1))
) STRICT;

CREATE TABLE regions (
  code       TEXT PRIMARY KEY,
  kind       TEXT NOT NULL CHECK (kind IN ('oblast', 'city')),
  name_ru    TEXT NOT NULL,
  name_kk    TEXT NOT NULL,
  centre_kk  TEXT NOT NULL DEFAULT '',
  sort_order INTEGER NOT NULL,
  retired    INTEGER NOT NULL DEFAULT 0 CHECK (retired IN (0, 1))
) STRICT;

CREATE TABLE rule_sets (
  id                       TEXT PRIMARY KEY,
  name_en                  TEXT NOT NULL,
  name_ru                  TEXT NOT NULL,
  name_kk                  TEXT NOT NULL,
  source_en                TEXT NOT NULL,
  source_ru                TEXT NOT NULL,
  source_kk                TEXT NOT NULL,
  verified                 INTEGER NOT NULL CHECK (verified IN (0, 1)),
  presentation_ratio       REAL NOT NULL CHECK (presentation_ratio > 0 AND presentation_ratio <= 1),
  publication_days         INTEGER NOT NULL CHECK (publication_days > 0),
  proposals_due            TEXT NOT NULL, -- 'MM-DD' of the year before the schedule year
  draft_due                TEXT NOT NULL, -- 'MM-DD' of the year before the schedule year
  approval_due             TEXT NOT NULL, -- 'MM-DD' of the schedule year
  quarterly_report_day     INTEGER NOT NULL CHECK (quarterly_report_day BETWEEN 0 AND 28),
  min_meetings_per_quarter INTEGER NOT NULL DEFAULT 0 CHECK (min_meetings_per_quarter >= 0),
  is_default               INTEGER NOT NULL DEFAULT 0 CHECK (is_default IN (0, 1)),
  sort_order               INTEGER NOT NULL
) STRICT;

CREATE TABLE rule_set_exemptions (
  rule_set_id TEXT NOT NULL REFERENCES rule_sets (id) ON DELETE CASCADE,
  body_code   TEXT NOT NULL REFERENCES bodies (code),
  PRIMARY KEY (rule_set_id, body_code)
) STRICT;

-- The schedule of one body for one calendar year, and where it stands (decree point 2).
CREATE TABLE schedule_years (
  id                INTEGER PRIMARY KEY,
  body_code         TEXT NOT NULL REFERENCES bodies (code),
  year              INTEGER NOT NULL CHECK (year BETWEEN 2000 AND 2200),
  rule_set_id       TEXT NOT NULL REFERENCES rule_sets (id),
  status            TEXT NOT NULL DEFAULT 'draft'
                      CHECK (status IN ('draft', 'submitted', 'approved')),
  submitted_on      TEXT,
  approved_on       TEXT,
  resolution_number TEXT NOT NULL DEFAULT '',
  CHECK (status = 'draft' OR submitted_on IS NOT NULL),
  CHECK (status <> 'approved' OR approved_on IS NOT NULL),
  UNIQUE (body_code, year)
) STRICT;

CREATE TABLE meetings (
  id                  INTEGER PRIMARY KEY,
  body_code           TEXT NOT NULL REFERENCES bodies (code),
  leader_name         TEXT NOT NULL,
  leader_position     TEXT NOT NULL CHECK (leader_position IN ('head', 'deputy', 'committee-chair')),
  starts_at           TEXT NOT NULL,
  planned_minutes     INTEGER NOT NULL CHECK (planned_minutes BETWEEN 15 AND 480),
  region_code         TEXT REFERENCES regions (code),
  locality            TEXT NOT NULL DEFAULT '',
  venue               TEXT NOT NULL DEFAULT '',
  format              TEXT NOT NULL DEFAULT 'in-person'
                        CHECK (format IN ('in-person', 'online', 'hybrid')),
  broadcast_links     TEXT NOT NULL DEFAULT '', -- one link per line
  video_conference    INTEGER NOT NULL DEFAULT 0 CHECK (video_conference IN (0, 1)),
  akims_attending     TEXT NOT NULL DEFAULT '',
  deputy_pm_attending INTEGER NOT NULL DEFAULT 0 CHECK (deputy_pm_attending IN (0, 1)),
  deputy_pm_reason    TEXT NOT NULL DEFAULT '',
  off_schedule        INTEGER NOT NULL DEFAULT 0 CHECK (off_schedule IN (0, 1)),
  off_schedule_reason TEXT NOT NULL DEFAULT '',
  date_choice_note    TEXT NOT NULL DEFAULT '',
  topic               TEXT NOT NULL DEFAULT '',
  status              TEXT NOT NULL DEFAULT 'proposed'
                        CHECK (status IN ('proposed', 'approved', 'held', 'cancelled')),
  published_on        TEXT,
  publication_link    TEXT NOT NULL DEFAULT '',
  created_at          TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  updated_at          TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  CHECK (off_schedule = 0 OR off_schedule_reason <> ''),
  CHECK (deputy_pm_attending = 0 OR deputy_pm_reason <> '')
) STRICT;
CREATE INDEX meetings_by_start ON meetings (starts_at);
CREATE INDEX meetings_by_body ON meetings (body_code, starts_at);

-- Personal reception, NGO meeting and media briefing held as part of a meeting (point 3.6).
CREATE TABLE meeting_events (
  id         INTEGER PRIMARY KEY,
  meeting_id INTEGER NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,
  kind       TEXT NOT NULL CHECK (kind IN ('reception', 'ngo-meeting', 'media-briefing')),
  starts_at  TEXT NOT NULL,
  ends_at    TEXT,
  venue      TEXT NOT NULL DEFAULT '',
  participants TEXT NOT NULL DEFAULT '', -- NGOs met, or media outlets at the briefing
  notes      TEXT NOT NULL DEFAULT '',
  CHECK (ends_at IS NULL OR ends_at >= starts_at)
) STRICT;
CREATE INDEX meeting_events_by_meeting ON meeting_events (meeting_id, starts_at);

-- The meeting clock's record (point 3.3): every transition, saved the moment it happens.
-- Elapsed time is computed from monotonic readings within one boot, wall time across boots.
CREATE TABLE clock_events (
  id           INTEGER PRIMARY KEY,
  meeting_id   INTEGER NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,
  kind         TEXT NOT NULL CHECK (kind IN ('start', 'pause', 'resume', 'to-questions',
                                             'auto-to-questions', 'back-to-presentation',
                                             'finish')),
  wall_time    TEXT NOT NULL,
  monotonic_us INTEGER NOT NULL,
  boot_id      TEXT NOT NULL DEFAULT ''
) STRICT;
CREATE INDEX clock_events_by_meeting ON clock_events (meeting_id, id);

-- Citizens seen at a personal reception. Personal data (name, IIN, phone, address) can be
-- purged after the retention period; the issue raised stays.
CREATE TABLE receptions (
  id            INTEGER PRIMARY KEY,
  event_id      INTEGER NOT NULL REFERENCES meeting_events (id) ON DELETE CASCADE,
  received_at   TEXT NOT NULL,
  citizen_name  TEXT NOT NULL DEFAULT '',
  iin           TEXT NOT NULL DEFAULT ''
                  CHECK (iin = '' OR (length (iin) = 12 AND iin NOT GLOB '*[^0-9]*')),
  phone         TEXT NOT NULL DEFAULT '',
  address       TEXT NOT NULL DEFAULT '',
  issue         TEXT NOT NULL DEFAULT '',
  outcome       TEXT NOT NULL DEFAULT '',
  purged_at     TEXT
) STRICT;
CREATE INDEX receptions_by_event ON receptions (event_id);

CREATE TABLE questions (
  id            INTEGER PRIMARY KEY,
  meeting_id    INTEGER REFERENCES meetings (id) ON DELETE SET NULL,
  received_on   TEXT NOT NULL,
  channel       TEXT NOT NULL CHECK (channel IN ('website', 'blog', 'social', 'e-otinish',
                                                 'akim-meeting', 'letter', 'reception', 'hall',
                                                 'online-comment')),
  region_code   TEXT REFERENCES regions (code),
  topic         TEXT NOT NULL DEFAULT '',
  text          TEXT NOT NULL CHECK (text <> ''),
  author        TEXT NOT NULL DEFAULT '',
  contact       TEXT NOT NULL DEFAULT '',
  status        TEXT NOT NULL DEFAULT 'new'
                  CHECK (status IN ('new', 'accepted', 'answered-at-meeting',
                                    'answered-in-writing', 'in-action-plan', 'rejected',
                                    'merged')),
  reject_reason TEXT NOT NULL DEFAULT '',
  merged_into   INTEGER REFERENCES questions (id),
  citizens      INTEGER NOT NULL DEFAULT 1 CHECK (citizens >= 1),
  answering_at  TEXT,
  answered_at   TEXT,
  created_at    TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  CHECK ((status = 'merged') = (merged_into IS NOT NULL)),
  CHECK (merged_into IS NULL OR merged_into <> id)
) STRICT;
CREATE INDEX questions_by_meeting ON questions (meeting_id, received_on);
CREATE INDEX questions_by_status ON questions (status, received_on);
CREATE INDEX questions_by_received ON questions (received_on);
CREATE INDEX questions_by_region ON questions (region_code);
CREATE INDEX questions_by_topic ON questions (topic);
CREATE INDEX questions_by_merged_into ON questions (merged_into);

-- Evidence of every merge of a duplicate into another question; undoing sets undone_at.
CREATE TABLE merges (
  id               INTEGER PRIMARY KEY,
  question_id      INTEGER NOT NULL REFERENCES questions (id) ON DELETE CASCADE,
  into_question_id INTEGER NOT NULL REFERENCES questions (id) ON DELETE CASCADE,
  merged_at        TEXT NOT NULL,
  merged_by        TEXT NOT NULL,
  undone_at        TEXT,
  undone_by        TEXT
) STRICT;
CREATE INDEX merges_by_question ON merges (question_id);

-- The systematisation of point 3.7: problems grouped from questions.
CREATE TABLE problems (
  id             INTEGER PRIMARY KEY,
  meeting_id     INTEGER NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,
  title_kk       TEXT NOT NULL DEFAULT '',
  title_ru       TEXT NOT NULL DEFAULT '',
  description_kk TEXT NOT NULL DEFAULT '',
  description_ru TEXT NOT NULL DEFAULT '',
  topic          TEXT NOT NULL DEFAULT '',
  region_code    TEXT REFERENCES regions (code),
  created_at     TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  CHECK (title_kk <> '' OR title_ru <> '')
) STRICT;
CREATE INDEX problems_by_meeting ON problems (meeting_id);

CREATE TABLE problem_questions (
  problem_id  INTEGER NOT NULL REFERENCES problems (id) ON DELETE CASCADE,
  question_id INTEGER NOT NULL UNIQUE REFERENCES questions (id) ON DELETE CASCADE,
  PRIMARY KEY (problem_id, question_id)
) STRICT;

CREATE TABLE actions (
  id              INTEGER PRIMARY KEY,
  problem_id      INTEGER NOT NULL REFERENCES problems (id) ON DELETE CASCADE,
  description     TEXT NOT NULL CHECK (description <> ''),
  executor_org    TEXT NOT NULL DEFAULT '',
  executor_unit   TEXT NOT NULL DEFAULT '',
  executor_person TEXT NOT NULL DEFAULT '',
  co_executors    TEXT NOT NULL DEFAULT '', -- one per line
  deadline        TEXT NOT NULL,
  status          TEXT NOT NULL DEFAULT 'planned'
                    CHECK (status IN ('planned', 'in-progress', 'done', 'cancelled')),
  evidence        TEXT NOT NULL DEFAULT '',
  completed_on    TEXT,
  created_at      TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
) STRICT;
CREATE INDEX actions_by_problem ON actions (problem_id);
CREATE INDEX actions_by_deadline ON actions (status, deadline);

-- Progress notes: written once, never rewritten (point 3.7 quarterly progress).
CREATE TABLE action_history (
  id          INTEGER PRIMARY KEY,
  action_id   INTEGER NOT NULL REFERENCES actions (id) ON DELETE CASCADE,
  recorded_at TEXT NOT NULL,
  author      TEXT NOT NULL,
  note        TEXT NOT NULL DEFAULT '',
  status      TEXT CHECK (status IS NULL OR status IN ('planned', 'in-progress', 'done',
                                                        'cancelled'))
) STRICT;
CREATE INDEX action_history_by_action ON action_history (action_id, recorded_at);

CREATE TRIGGER action_history_is_append_only_update
BEFORE UPDATE ON action_history
BEGIN
  SELECT RAISE (ABORT, 'progress history cannot be changed');
END;

-- Deleting a whole action (and with it its history) stays possible; deleting a single entry is not.
CREATE TRIGGER action_history_is_append_only_delete
BEFORE DELETE ON action_history
WHEN EXISTS (SELECT 1 FROM actions WHERE id = OLD.action_id)
BEGIN
  SELECT RAISE (ABORT, 'progress history cannot be deleted');
END;

-- Who did what to which record, in particular who viewed or exported personal data.
CREATE TABLE audit_log (
  id           INTEGER PRIMARY KEY,
  at           TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  actor        TEXT NOT NULL,
  action       TEXT NOT NULL,
  subject_kind TEXT NOT NULL DEFAULT '',
  subject_id   INTEGER,
  details      TEXT NOT NULL DEFAULT ''
) STRICT;

CREATE TRIGGER audit_log_is_append_only_update
BEFORE UPDATE ON audit_log
BEGIN
  SELECT RAISE (ABORT, 'the audit log cannot be changed');
END;

CREATE TRIGGER audit_log_is_append_only_delete
BEFORE DELETE ON audit_log
BEGIN
  SELECT RAISE (ABORT, 'the audit log cannot be changed');
END;
