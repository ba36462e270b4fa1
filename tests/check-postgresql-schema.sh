#!/bin/bash
# The PostgreSQL migrations build the same tables and columns, version for version, as the
# SQLite ones the app builds, and the record's rules hold on the server too: the audit log
# and the histories cannot be changed or backdated, a schedule's status is written down by
# the server, an IIN must be twelve digits. Needs the server of libpq's PG* variables
# (build-aux/dev test starts one); without it, it fails.
# usage: check-postgresql-schema.sh KEZDESU SOURCE_ROOT
set -u
kezdesu=$1
migrations=$2/src/core/store/migrations
home=$(mktemp -d)
database=kez_schema_$$
opened=kez_opened_$$
trap 'dropdb --if-exists "$database" >/dev/null 2>&1; dropdb --if-exists "$opened" >/dev/null 2>&1
      rm -rf "$home"' EXIT
status=0
fail() { echo "$*"; status=1; }
sql() { psql -X -q -At -v ON_ERROR_STOP=1 -d "$database" "$@"; }

createdb "$database" || { echo "no PostgreSQL server to test against"; exit 1; }

sqlite_files=("$migrations"/0*.sql)
pg_files=("$migrations"/postgresql/0*.sql)
[ ${#sqlite_files[@]} -eq ${#pg_files[@]} ] ||
  fail "${#sqlite_files[@]} SQLite migrations but ${#pg_files[@]} for PostgreSQL"
for i in "${!sqlite_files[@]}"; do
  [ "$(basename "${sqlite_files[i]}")" = "$(basename "${pg_files[i]:-none}")" ] ||
    fail "the migrations are not numbered alike: ${sqlite_files[i]} and ${pg_files[i]:-none}"
done

# Each migration in one transaction, as the store applies them.
for file in "${pg_files[@]}"; do
  sql -1 -f "$file" || { fail "$(basename "$file") does not apply"; exit 1; }
done

# The same tables and columns as the app's own SQLite database; only the search differs
# (SQLite's questions_fts, the server's search_words and search_vector), where the
# schema's version is kept, the server's count of the questions' changes (SQLite's
# PRAGMA data_version), and who may see what on a server: its people and each question's
# body (version 9).
XDG_DATA_HOME="$home/data" LANG=C.UTF-8 "$kezdesu" --database="$home/kezdesu.db" \
  --export=summary --year=2026 --output="$home/summary.xlsx" >/dev/null 2>&1 ||
  fail "kezdesu could not make a SQLite database"
sqlite3 "$home/kezdesu.db" "SELECT m.name || '.' || p.name FROM sqlite_schema m,
  pragma_table_info (m.name) p WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite_%'
  AND m.name NOT LIKE 'questions_fts%' ORDER BY 1" > "$home/sqlite-columns"
sql -c "SELECT table_name || '.' || column_name FROM information_schema.columns
  WHERE table_schema = current_schema ()
  AND table_name NOT IN ('schema_version', 'question_changes', 'people')
  AND column_name NOT IN ('search_words', 'search_vector')
  AND (table_name, column_name) <> ('questions', 'body_code') ORDER BY 1" |
  LC_ALL=C sort > "$home/pg-columns"
LC_ALL=C sort -o "$home/sqlite-columns" "$home/sqlite-columns"
diff -u --label sqlite "$home/sqlite-columns" --label postgresql "$home/pg-columns" ||
  fail "the two engines' schemas differ"

# The day functions one statement uses on both engines, with test-store.c's days.
[ "$(sql -c "SELECT concat_ws (' ', kez_day_plus ('2026-12-30', 3),
    kez_day_plus ('2028-03-01T09:30', -1), kez_week_start ('2026-12-06'),
    kez_week_start ('2026-11-30'), kez_local_day ('2026-12-01T20:00:00.000Z'),
    kez_local_day ('2026-12-01T18:59:59.999Z'))")" = \
  "2027-01-02 2028-02-29 2026-11-30 2026-11-30 2026-12-02 2026-12-01" ] ||
  fail "the server's day functions are not the app's"

# refused "SQL": the statement fails as a rule of the schema (SQLSTATE class 23).
refused() {
  local out
  if out=$(sql -v VERBOSITY=verbose -c "$1" 2>&1); then
    fail "the server accepted: $1"
  elif ! grep -q 'ERROR:  23' <<<"$out"; then
    fail "refused, but not as a rule of the schema: $1: $out"
  fi
}
sql -c "INSERT INTO audit_log (at, actor, action) VALUES (kez_now (), kez_actor (), 'test')" ||
  fail "the audit log cannot be written now"
refused "UPDATE audit_log SET details = 'rewritten'"
refused "DELETE FROM audit_log"
refused "INSERT INTO audit_log (at, actor, action)
         VALUES ('2020-01-01T00:00:00.000Z', kez_actor (), 'backdated')"
refused "INSERT INTO audit_log (at, actor, action) VALUES (kez_now (), 'someone else', 'x')"
refused "TRUNCATE audit_log"
refused "INSERT INTO audit_log (id, at, actor, action) SELECT id, kez_now (), kez_actor (), 'x'
         FROM audit_log ON CONFLICT (id) DO UPDATE SET action = 'rewritten'"

# A person who connects is who and when they write, whatever their session says: a login
# that neither is a superuser nor owns the record's tables cannot name another author, or
# another time, with kez.actor and kez.now (version 8). The superuser the tests run as may
# (the tests' clock and writers), and so may the owner (the demo's clock).
login=kez_person_$$
trap 'dropdb --if-exists "$database" >/dev/null 2>&1; dropdb --if-exists "$opened" >/dev/null 2>&1
      psql -X -q -d postgres -c "DROP ROLE IF EXISTS $login" >/dev/null 2>&1; rm -rf "$home"' EXIT
sql -c "CREATE ROLE $login LOGIN PASSWORD '$login'" -c "GRANT SELECT, INSERT ON audit_log TO $login" \
    -c "GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO $login" ||
  fail "no login for the identity checks"
as_person() {
  PGUSER=$login PGPASSWORD=$login psql -X -q -At -v ON_ERROR_STOP=1 -d "$database" \
    -c "SET kez.actor = 'someone else'" -c "SET kez.now = '2020-01-01T00:00:00.000Z'" "$@"
}
[ "$(as_person -c "SELECT kez_actor ()")" = "$login" ] ||
  fail "a login named someone else as the record's author"
[ "$(as_person -c "SELECT kez_now () > '2021'")" = "t" ] ||
  fail "a login set the record's time"
as_person -c "INSERT INTO audit_log (at, actor, action) VALUES (kez_now (), kez_actor (), 'x')" ||
  fail "a login cannot write the audit log as itself"
[ "$(sql -c "SELECT actor FROM audit_log WHERE action = 'x'")" = "$login" ] ||
  fail "the audit log does not name the login that wrote it"
if as_person -c "INSERT INTO audit_log (at, actor, action)
                 VALUES (kez_now (), 'someone else', 'y')" >/dev/null 2>&1; then
  fail "a login wrote the audit log as someone else"
fi
[ "$(sql -c "SET kez.actor = 'the tests'" -c "SELECT kez_actor ()")" = "the tests" ] ||
  fail "the superuser cannot name the record's author (the tests' writers)"

sql <<'SQL' || fail "a body's schedule cannot be made"
INSERT INTO bodies (code, name_en, name_ru, name_kk, sort_order) VALUES ('b', 'B', 'Б', 'Б', 1);
INSERT INTO rule_sets (id, name_en, name_ru, name_kk, source_en, source_ru, source_kk, verified,
                       presentation_ratio, publication_days, proposals_due, draft_due,
                       approval_due, quarterly_report_day, sort_order)
VALUES ('r', 'R', 'Р', 'Р', '', '', '', 1, 0.25, 10, '11-01', '12-01', '01-15', 5, 1);
INSERT INTO schedule_years (body_code, year, rule_set_id) VALUES ('b', 2027, 'r');
UPDATE schedule_years SET status = 'submitted', submitted_on = '2026-12-01';
SQL
[ "$(sql -c "SELECT string_agg (status, ',' ORDER BY id) FROM schedule_status_history")" = \
  "draft,submitted" ] || fail "the schedule's status history was not written by the server"
refused "UPDATE schedule_status_history SET status = 'approved'"
refused "DELETE FROM schedule_status_history"
refused "TRUNCATE schedule_status_history"

# An action's history is written by the server and goes only with the action, which leaves
# what it was, history included, in the audit log.
sql <<'SQL' || fail "an action cannot be planned"
INSERT INTO meetings (body_code, leader_name, leader_position, starts_at, planned_minutes)
VALUES ('b', 'L', 'head', '2027-02-01T10:00', 60);
INSERT INTO problems (meeting_id, title_ru) SELECT max (id), 'Дороги' FROM meetings;
INSERT INTO actions (problem_id, description, deadline)
SELECT max (id), 'Отремонтировать', '2027-06-30' FROM problems;
UPDATE actions SET deadline = '2027-09-30';
SQL
[ "$(sql -c "SELECT string_agg (kind, ',' ORDER BY id) FROM action_history")" = \
  "created,deadline" ] || fail "the action's history was not written by the server"
refused "DELETE FROM action_history"
refused "TRUNCATE actions, action_history"
sql -c "DELETE FROM actions" || fail "an action cannot be deleted"
sql -c "SELECT details FROM audit_log WHERE action = 'delete-action'" | grep -q '"deadline"' ||
  fail "the deleted action is not in the audit log"
sql -c "DELETE FROM schedule_years" || fail "a schedule cannot be deleted with its history"
refused "INSERT INTO meetings (body_code, leader_name, leader_position, starts_at,
         planned_minutes) VALUES ('b', 'L', 'head', '2027-03-01T10:00', 10)"
sql -c "INSERT INTO meetings (body_code, leader_name, leader_position, starts_at,
        planned_minutes) VALUES ('b', 'L', 'head', '2027-03-01T10:00', 60)" ||
  fail "a meeting cannot be saved"
sql -c "INSERT INTO meeting_events (meeting_id, kind, starts_at)
        SELECT id, 'reception', '2027-03-01T12:00' FROM meetings" || fail "no reception"
refused "INSERT INTO receptions (event_id, received_at, iin)
         SELECT id, '2027-03-01T12:05', '12345678901x' FROM meeting_events"
sql -c "INSERT INTO clock_events (meeting_id, kind, wall_time, clock_us)
        SELECT id, 'start', kez_now (), 1 FROM meetings" || fail "no clock event"
refused "UPDATE clock_events SET kind = 'finish'"
refused "DELETE FROM clock_events"
refused "TRUNCATE clock_events"
# A meeting deleted takes its clock's record with it.
sql -c "DELETE FROM meetings" || fail "a meeting with a clock record cannot be deleted"

# The app opens an empty server database as it opens a new file: migrated to the latest
# version, with the shipped bodies and regions, the same as in its SQLite file.
createdb "$opened" || fail "no second database"
XDG_DATA_HOME="$home/data" LANG=C.UTF-8 "$kezdesu" --database="postgresql:///$opened" \
  --export=summary --year=2026 --output="$home/summary-server.xlsx" >/dev/null ||
  fail "kezdesu could not open the server's database"
[ "$(psql -X -At -d "$opened" -c "SELECT version FROM schema_version")" = "${#pg_files[@]}" ] ||
  fail "the server's database was not migrated to version ${#pg_files[@]}"
for table in bodies regions rule_sets rule_set_exemptions; do
  [ "$(psql -X -At -d "$opened" -c "SELECT count(*) FROM $table")" = \
    "$(sqlite3 "$home/kezdesu.db" "SELECT count(*) FROM $table")" ] ||
    fail "the server's $table are not the file's"
done
exit $status
