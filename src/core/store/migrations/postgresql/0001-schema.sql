-- SPDX-License-Identifier: GPL-3.0-or-later
-- Kezdesu schema, version 1, on a PostgreSQL server: the same tables as ../0001-schema.sql,
-- in PostgreSQL's words. Each migration runs in one transaction; the one-row table
-- schema_version records the last applied (SQLite keeps it in PRAGMA user_version).
-- Dates stay ISO 8601 text, as on SQLite, so that every statement of the core and every
-- export reads them alike: 'YYYY-MM-DD', 'YYYY-MM-DDTHH:MM' (Kazakhstan wall time), and UTC
-- instants with a 'Z'.

-- The alphabetical orders of the lists, by the names SQLite's app collations have
-- (kez-collate.c): ICU's Kazakh and Russian, as the app's own libicu sorts them.
CREATE COLLATION kez_kk (provider = icu, locale = 'kk');
CREATE COLLATION kez_ru (provider = icu, locale = 'ru');

CREATE TABLE schema_version (
  only_row BOOLEAN PRIMARY KEY DEFAULT TRUE CHECK (only_row),
  version  INTEGER NOT NULL
);

-- An instant as the app writes it: '2026-12-02T10:15:30.123Z'.
CREATE FUNCTION kez_utc_text (instant TIMESTAMPTZ) RETURNS TEXT
LANGUAGE sql IMMUTABLE PARALLEL SAFE
AS $$ SELECT to_char (instant AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') $$;

-- The time and the person of the record, which SQLite takes from the app's own functions:
-- here the session's settings when the app set them (the demo's clock, a named actor),
-- else the server's clock and the role that is connected.
CREATE FUNCTION kez_now () RETURNS TEXT
LANGUAGE sql STABLE
AS $$ SELECT coalesce (nullif (current_setting ('kez.now', true), ''),
                       kez_utc_text (clock_timestamp ())) $$;

-- The server's own time, whatever the record's clock: when a row was last touched.
CREATE FUNCTION kez_utc_now () RETURNS TEXT
LANGUAGE sql VOLATILE
AS $$ SELECT kez_utc_text (clock_timestamp ()) $$;

-- Days as the schema keeps them, 'YYYY-MM-DD' (the first ten characters of a wall time):
-- the app gives SQLite the same three functions (kez-store-functions.c).
-- What is not a day is NULL, as for SQLite's functions, rather than a failed statement.
-- (PL/pgSQL, not an inlined CASE, so that the cast is never tried on a constant that fails.)
CREATE FUNCTION kez_day (day TEXT) RETURNS DATE
LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE
AS $$
DECLARE
  year INTEGER;
  month INTEGER;
  mday INTEGER;
BEGIN
  IF day IS NULL OR substr (day, 1, 10) !~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}$' THEN
    RETURN NULL;
  END IF;
  year := substr (day, 1, 4)::INTEGER;
  month := substr (day, 6, 2)::INTEGER;
  mday := substr (day, 9, 2)::INTEGER;
  IF year < 1 OR month NOT BETWEEN 1 AND 12 OR mday < 1
     OR mday > extract (day FROM make_date (year, month, 1) + INTERVAL '1 month - 1 day') THEN
    RETURN NULL;
  END IF;
  RETURN make_date (year, month, mday);
END $$;

CREATE FUNCTION kez_day_plus (day TEXT, days BIGINT) RETURNS TEXT
LANGUAGE sql IMMUTABLE PARALLEL SAFE
AS $$ SELECT to_char (kez_day (day) + days::INTEGER, 'YYYY-MM-DD') $$;

CREATE FUNCTION kez_week_start (day TEXT) RETURNS TEXT
LANGUAGE sql IMMUTABLE PARALLEL SAFE
AS $$ SELECT to_char (date_trunc ('week', kez_day (day)), 'YYYY-MM-DD') $$;

CREATE FUNCTION kez_local_day (instant TEXT) RETURNS TEXT
LANGUAGE sql IMMUTABLE PARALLEL SAFE
AS $$ SELECT to_char ((instant::TIMESTAMPTZ AT TIME ZONE 'UTC') + INTERVAL '5 hours',
                      'YYYY-MM-DD') $$;

-- SQLite's JSON functions that the record's statements use, over the same JSON text: a
-- path '$.a.b' is its keys; a missing key or a NULL gives NULL.
CREATE FUNCTION json_extract (document TEXT, path TEXT) RETURNS TEXT
LANGUAGE sql IMMUTABLE PARALLEL SAFE
AS $$ SELECT document::JSONB #>> string_to_array (substr (path, 3), '.') $$;

CREATE FUNCTION json_array_length (document TEXT) RETURNS BIGINT
LANGUAGE sql IMMUTABLE PARALLEL SAFE
AS $$ SELECT jsonb_array_length (document::JSONB) $$;

CREATE FUNCTION kez_actor () RETURNS TEXT
LANGUAGE sql STABLE
AS $$ SELECT coalesce (nullif (current_setting ('kez.actor', true), ''), current_user) $$;

-- A record's rows that go only with what they belong to: a row's deletion is refused while
-- its parent (TG_ARGV[1], by the row's column TG_ARGV[2]) is there, and allowed when the
-- parent's deletion cascades to it. TG_ARGV[0] is the message.
CREATE FUNCTION kez_refuse_while_parent_exists () RETURNS TRIGGER
LANGUAGE plpgsql
AS $$
DECLARE
  parent_exists BOOLEAN;
BEGIN
  EXECUTE format ('SELECT EXISTS (SELECT 1 FROM %I WHERE id = $1)', TG_ARGV[1])
    INTO parent_exists USING (to_jsonb (OLD) ->> TG_ARGV[2])::BIGINT;
  IF parent_exists THEN
    RAISE EXCEPTION USING MESSAGE = TG_ARGV[0], ERRCODE = 'check_violation';
  END IF;
  RETURN OLD;
END $$;

-- A rule of the record that refuses a change: a check violation, as SQLite's RAISE (ABORT)
-- is a constraint's failure, so the app explains both alike.
CREATE FUNCTION kez_refuse () RETURNS TRIGGER
LANGUAGE plpgsql
AS $$ BEGIN RAISE EXCEPTION USING MESSAGE = TG_ARGV[0], ERRCODE = 'check_violation'; END $$;

-- Settings that belong to the data rather than to the user: the body served, the active rule
-- set, and checksums of shipped reference data.
CREATE TABLE meta (
  key   TEXT PRIMARY KEY,
  value TEXT NOT NULL
);

CREATE TABLE bodies (
  code       TEXT PRIMARY KEY,
  name_en    TEXT NOT NULL,
  name_ru    TEXT NOT NULL,
  name_kk    TEXT NOT NULL,
  note       TEXT NOT NULL DEFAULT '',
  sort_order BIGINT NOT NULL,
  -- A body dropped from the shipped list stays for the meetings that name it.
  retired    BIGINT NOT NULL DEFAULT 0 CHECK (retired IN (0, 1))
);

CREATE TABLE regions (
  code       TEXT PRIMARY KEY,
  kind       TEXT NOT NULL CHECK (kind IN ('oblast', 'city')),
  name_ru    TEXT NOT NULL,
  name_kk    TEXT NOT NULL,
  centre_kk  TEXT NOT NULL DEFAULT '',
  sort_order BIGINT NOT NULL,
  retired    BIGINT NOT NULL DEFAULT 0 CHECK (retired IN (0, 1))
);

CREATE TABLE rule_sets (
  id                       TEXT PRIMARY KEY,
  name_en                  TEXT NOT NULL,
  name_ru                  TEXT NOT NULL,
  name_kk                  TEXT NOT NULL,
  source_en                TEXT NOT NULL,
  source_ru                TEXT NOT NULL,
  source_kk                TEXT NOT NULL,
  verified                 BIGINT NOT NULL CHECK (verified IN (0, 1)),
  presentation_ratio       DOUBLE PRECISION NOT NULL CHECK (presentation_ratio > 0 AND presentation_ratio <= 1),
  publication_days         BIGINT NOT NULL CHECK (publication_days > 0),
  proposals_due            TEXT NOT NULL, -- 'MM-DD' of the year before the schedule year
  draft_due                TEXT NOT NULL, -- 'MM-DD' of the year before the schedule year
  approval_due             TEXT NOT NULL, -- 'MM-DD' of the schedule year
  quarterly_report_day     BIGINT NOT NULL CHECK (quarterly_report_day BETWEEN 0 AND 28),
  min_meetings_per_quarter BIGINT NOT NULL DEFAULT 0 CHECK (min_meetings_per_quarter >= 0),
  is_default               BIGINT NOT NULL DEFAULT 0 CHECK (is_default IN (0, 1)),
  sort_order               BIGINT NOT NULL
);

CREATE TABLE rule_set_exemptions (
  rule_set_id TEXT NOT NULL REFERENCES rule_sets (id) ON DELETE CASCADE,
  body_code   TEXT NOT NULL REFERENCES bodies (code),
  PRIMARY KEY (rule_set_id, body_code)
);

-- The schedule of one body for one calendar year, and where it stands (decree point 2).
CREATE TABLE schedule_years (
  id                BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
  body_code         TEXT NOT NULL REFERENCES bodies (code),
  year              BIGINT NOT NULL CHECK (year BETWEEN 2000 AND 2200),
  rule_set_id       TEXT NOT NULL REFERENCES rule_sets (id),
  status            TEXT NOT NULL DEFAULT 'draft'
                      CHECK (status IN ('draft', 'submitted', 'approved')),
  submitted_on      TEXT,
  approved_on       TEXT,
  resolution_number TEXT NOT NULL DEFAULT '',
  CHECK (status = 'draft' OR submitted_on IS NOT NULL),
  CHECK (status <> 'approved' OR approved_on IS NOT NULL),
  UNIQUE (body_code, year)
);

CREATE TABLE meetings (
  id                  BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
  body_code           TEXT NOT NULL REFERENCES bodies (code),
  leader_name         TEXT NOT NULL,
  leader_position     TEXT NOT NULL CHECK (leader_position IN ('head', 'deputy', 'committee-chair')),
  starts_at           TEXT NOT NULL,
  planned_minutes     BIGINT NOT NULL CHECK (planned_minutes BETWEEN 15 AND 480),
  region_code         TEXT REFERENCES regions (code),
  locality            TEXT NOT NULL DEFAULT '',
  venue               TEXT NOT NULL DEFAULT '',
  format              TEXT NOT NULL DEFAULT 'in-person'
                        CHECK (format IN ('in-person', 'online', 'hybrid')),
  broadcast_links     TEXT NOT NULL DEFAULT '', -- one link per line
  video_conference    BIGINT NOT NULL DEFAULT 0 CHECK (video_conference IN (0, 1)),
  akims_attending     TEXT NOT NULL DEFAULT '',
  deputy_pm_attending BIGINT NOT NULL DEFAULT 0 CHECK (deputy_pm_attending IN (0, 1)),
  deputy_pm_reason    TEXT NOT NULL DEFAULT '',
  off_schedule        BIGINT NOT NULL DEFAULT 0 CHECK (off_schedule IN (0, 1)),
  off_schedule_reason TEXT NOT NULL DEFAULT '',
  date_choice_note    TEXT NOT NULL DEFAULT '',
  topic               TEXT NOT NULL DEFAULT '',
  status              TEXT NOT NULL DEFAULT 'proposed'
                        CHECK (status IN ('proposed', 'approved', 'held', 'cancelled')),
  published_on        TEXT,
  publication_link    TEXT NOT NULL DEFAULT '',
  created_at          TEXT NOT NULL DEFAULT (kez_utc_text (now ())),
  updated_at          TEXT NOT NULL DEFAULT (kez_utc_text (now ())),
  CHECK (off_schedule = 0 OR off_schedule_reason <> ''),
  CHECK (deputy_pm_attending = 0 OR deputy_pm_reason <> '')
);
CREATE INDEX meetings_by_start ON meetings (starts_at);
CREATE INDEX meetings_by_body ON meetings (body_code, starts_at);

-- Personal reception, NGO meeting and media briefing held as part of a meeting (point 3.6).
CREATE TABLE meeting_events (
  id         BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
  meeting_id BIGINT NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,
  kind       TEXT NOT NULL CHECK (kind IN ('reception', 'ngo-meeting', 'media-briefing')),
  starts_at  TEXT NOT NULL,
  ends_at    TEXT,
  venue      TEXT NOT NULL DEFAULT '',
  participants TEXT NOT NULL DEFAULT '', -- NGOs met, or media outlets at the briefing
  notes      TEXT NOT NULL DEFAULT '',
  CHECK (ends_at IS NULL OR ends_at >= starts_at)
);
CREATE INDEX meeting_events_by_meeting ON meeting_events (meeting_id, starts_at);

-- The meeting clock's record (point 3.3): every transition, saved the moment it happens.
-- Elapsed time is computed from monotonic readings within one boot, wall time across boots.
CREATE TABLE clock_events (
  id           BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
  meeting_id   BIGINT NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,
  kind         TEXT NOT NULL CHECK (kind IN ('start', 'pause', 'resume', 'to-questions',
                                             'auto-to-questions', 'back-to-presentation',
                                             'finish')),
  wall_time    TEXT NOT NULL,
  monotonic_us BIGINT NOT NULL,
  boot_id      TEXT NOT NULL DEFAULT ''
);
CREATE INDEX clock_events_by_meeting ON clock_events (meeting_id, id);

-- Citizens seen at a personal reception. Personal data (name, IIN, phone, address) can be
-- purged after the retention period; the issue raised stays.
CREATE TABLE receptions (
  id            BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
  event_id      BIGINT NOT NULL REFERENCES meeting_events (id) ON DELETE CASCADE,
  received_at   TEXT NOT NULL,
  citizen_name  TEXT NOT NULL DEFAULT '',
  iin           TEXT NOT NULL DEFAULT ''
                  CHECK (iin = '' OR (length (iin) = 12 AND iin !~ '[^0-9]')),
  phone         TEXT NOT NULL DEFAULT '',
  address       TEXT NOT NULL DEFAULT '',
  issue         TEXT NOT NULL DEFAULT '',
  outcome       TEXT NOT NULL DEFAULT '',
  purged_at     TEXT
);
CREATE INDEX receptions_by_event ON receptions (event_id);

CREATE TABLE questions (
  id            BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
  meeting_id    BIGINT REFERENCES meetings (id) ON DELETE SET NULL,
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
  merged_into   BIGINT REFERENCES questions (id),
  citizens      BIGINT NOT NULL DEFAULT 1 CHECK (citizens >= 1),
  answering_at  TEXT,
  answered_at   TEXT,
  created_at    TEXT NOT NULL DEFAULT (kez_utc_text (now ())),
  CHECK ((status = 'merged') = (merged_into IS NOT NULL)),
  CHECK (merged_into IS NULL OR merged_into <> id)
);
CREATE INDEX questions_by_meeting ON questions (meeting_id, received_on);
CREATE INDEX questions_by_status ON questions (status, received_on);
CREATE INDEX questions_by_received ON questions (received_on);
CREATE INDEX questions_by_region ON questions (region_code);
CREATE INDEX questions_by_topic ON questions (topic);
CREATE INDEX questions_by_merged_into ON questions (merged_into);

-- Evidence of every merge of a duplicate into another question; undoing sets undone_at.
CREATE TABLE merges (
  id               BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
  question_id      BIGINT NOT NULL REFERENCES questions (id) ON DELETE CASCADE,
  into_question_id BIGINT NOT NULL REFERENCES questions (id) ON DELETE CASCADE,
  merged_at        TEXT NOT NULL,
  merged_by        TEXT NOT NULL,
  undone_at        TEXT,
  undone_by        TEXT
);
CREATE INDEX merges_by_question ON merges (question_id);

-- The systematisation of point 3.7: problems grouped from questions.
CREATE TABLE problems (
  id             BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
  meeting_id     BIGINT NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,
  title_kk       TEXT NOT NULL DEFAULT '',
  title_ru       TEXT NOT NULL DEFAULT '',
  description_kk TEXT NOT NULL DEFAULT '',
  description_ru TEXT NOT NULL DEFAULT '',
  topic          TEXT NOT NULL DEFAULT '',
  region_code    TEXT REFERENCES regions (code),
  created_at     TEXT NOT NULL DEFAULT (kez_utc_text (now ())),
  CHECK (title_kk <> '' OR title_ru <> '')
);
CREATE INDEX problems_by_meeting ON problems (meeting_id);

CREATE TABLE problem_questions (
  problem_id  BIGINT NOT NULL REFERENCES problems (id) ON DELETE CASCADE,
  question_id BIGINT NOT NULL UNIQUE REFERENCES questions (id) ON DELETE CASCADE,
  PRIMARY KEY (problem_id, question_id)
);

CREATE TABLE actions (
  id              BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
  problem_id      BIGINT NOT NULL REFERENCES problems (id) ON DELETE CASCADE,
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
  created_at      TEXT NOT NULL DEFAULT (kez_utc_text (now ()))
);
CREATE INDEX actions_by_problem ON actions (problem_id);
CREATE INDEX actions_by_deadline ON actions (status, deadline);

-- Progress notes: written once, never rewritten (point 3.7 quarterly progress).
CREATE TABLE action_history (
  id          BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
  action_id   BIGINT NOT NULL REFERENCES actions (id) ON DELETE CASCADE,
  recorded_at TEXT NOT NULL,
  author      TEXT NOT NULL,
  note        TEXT NOT NULL DEFAULT '',
  status      TEXT CHECK (status IS NULL OR status IN ('planned', 'in-progress', 'done',
                                                        'cancelled'))
);
CREATE INDEX action_history_by_action ON action_history (action_id, recorded_at);

CREATE TRIGGER action_history_is_append_only_update
BEFORE UPDATE ON action_history
FOR EACH ROW EXECUTE FUNCTION kez_refuse ('progress history cannot be changed');

-- Deleting a whole action (and with it its history) stays possible; deleting a single entry is not.
CREATE TRIGGER action_history_is_append_only_delete
BEFORE DELETE ON action_history
FOR EACH ROW EXECUTE FUNCTION
  kez_refuse_while_parent_exists ('progress history cannot be deleted', 'actions', 'action_id');

-- TRUNCATE removes rows without their DELETE triggers.
CREATE TRIGGER action_history_is_not_truncated
BEFORE TRUNCATE ON action_history
FOR EACH STATEMENT EXECUTE FUNCTION kez_refuse ('progress history cannot be deleted');

-- Who did what to which record, in particular who viewed or exported personal data.
CREATE TABLE audit_log (
  id           BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
  at           TEXT NOT NULL DEFAULT (kez_utc_text (now ())),
  actor        TEXT NOT NULL,
  action       TEXT NOT NULL,
  subject_kind TEXT NOT NULL DEFAULT '',
  subject_id   BIGINT,
  details      TEXT NOT NULL DEFAULT ''
);

CREATE TRIGGER audit_log_is_append_only_update
BEFORE UPDATE ON audit_log
FOR EACH ROW EXECUTE FUNCTION kez_refuse ('the audit log cannot be changed');

CREATE TRIGGER audit_log_is_append_only_delete
BEFORE DELETE ON audit_log
FOR EACH ROW EXECUTE FUNCTION kez_refuse ('the audit log cannot be changed');

-- TRUNCATE removes rows without their DELETE triggers.
CREATE TRIGGER audit_log_is_not_truncated
BEFORE TRUNCATE ON audit_log
FOR EACH STATEMENT EXECUTE FUNCTION kez_refuse ('the audit log cannot be changed');

-- SQLite gives a row the next id when it is inserted with a NULL id, and the core's
-- "INSERT … ON CONFLICT (id) DO UPDATE" saves a new row and an edited one alike that way;
-- here a trigger does the same on every table keyed by an identity column. Later migrations
-- call kez_fill_ids () again for their new tables.
--
-- It also keeps the id of the row the statement itself inserted (not one a trigger of it
-- inserted: a new action's history row, say) as the session's kez.last_id, which is what
-- SQLite's last_insert_rowid () says and the app reads back; lastval () would give the
-- trigger's.
CREATE FUNCTION kez_fill_id () RETURNS TRIGGER
LANGUAGE plpgsql
AS $$
BEGIN
  IF NEW.id IS NULL THEN
    NEW.id := nextval (pg_get_serial_sequence (TG_TABLE_SCHEMA || '.' || TG_TABLE_NAME, 'id'));
  END IF;
  IF pg_trigger_depth () = 1 THEN
    PERFORM set_config ('kez.last_id', NEW.id::TEXT, false);
  END IF;
  RETURN NEW;
END $$;

CREATE FUNCTION kez_fill_ids () RETURNS VOID
LANGUAGE plpgsql
AS $$
DECLARE
  name TEXT;
BEGIN
  FOR name IN
    SELECT c.table_name FROM information_schema.columns c
    WHERE c.table_schema = current_schema () AND c.column_name = 'id'
      AND c.is_identity = 'YES'
      AND NOT EXISTS (SELECT 1 FROM information_schema.triggers t
                      WHERE t.event_object_table = c.table_name
                        AND t.trigger_name = c.table_name || '_fill_id')
  LOOP
    EXECUTE format ('CREATE TRIGGER %I BEFORE INSERT ON %I FOR EACH ROW '
                    'EXECUTE FUNCTION kez_fill_id ()', name || '_fill_id', name);
  END LOOP;
END $$;

SELECT kez_fill_ids ();
