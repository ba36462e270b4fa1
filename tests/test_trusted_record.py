# SPDX-License-Identifier: GPL-3.0-or-later
"""The record the database itself protects: from another process holding a write transaction,
and from the sqlite3 shell, no history or audit row can be replaced, changed or deleted, and
none written; a trigger dropped with the shell is back the next time the app opens the file, a
dropped table makes the file refused as damaged; a database that is a symbolic link is refused
without its target being touched. On a server the same from another connection and from psql,
with the server's own ways round a trigger (TRUNCATE, ON CONFLICT … DO UPDATE); its schema and
its files are its administrators'."""

import os
import sqlite3
import stat
import subprocess
import tempfile
import unittest

import kezdb

BUILD_ROOT = os.environ["MESON_BUILD_ROOT"]
KEZDESU = os.path.join(BUILD_ROOT, "src", "kezdesu")
SQLITE3 = "/usr/bin/sqlite3"
PSQL = "/usr/bin/psql"


class TrustedRecord(unittest.TestCase):
    def setUp(self):
        self.tmp = tempfile.TemporaryDirectory(prefix="kezdesu-record-")
        self.database = kezdb.new_database(self.tmp.name)
        self.env = dict(os.environ, LANG="C.UTF-8", LC_ALL="C.UTF-8", LANGUAGE="",
                        XDG_DATA_HOME=os.path.join(self.tmp.name, "data"))
        self.env.pop("DISPLAY", None)
        csv = os.path.join(self.tmp.name, "m.csv")
        with open(csv, "w", encoding="utf-8") as f:
            f.write("organ;leader;date;time;duration_minutes\nmoh;Ахметова А. Ж.;15.03.2027;10:00;90\n")
        self.assertEqual(self.kezdesu("--import-meetings=" + csv).returncode, 0)
        db = kezdb.connect(self.database)
        db.executescript("""
            INSERT INTO problems (id, meeting_id, title_ru) VALUES (1, 1, 'Дороги');
            INSERT INTO actions (id, problem_id, description, executor_org, deadline)
              VALUES (1, 1, 'Отремонтировать', 'Акимат', '2027-06-30');
            INSERT INTO action_history (action_id, recorded_at, author, note)
              VALUES (1, kez_now (), kez_actor (), 'Начато');
            INSERT INTO audit_log (at, actor, action) VALUES (kez_now (), kez_actor (), 'export');
        """)
        db.commit()
        db.close()

    def tearDown(self):
        self.tmp.cleanup()

    def kezdesu(self, *args, database=None):
        return subprocess.run([KEZDESU, "--database=" + (database or self.database), *args],
                              env=self.env, capture_output=True, text=True, timeout=60)

    def history(self):
        db = kezdb.connect(self.database)
        try:
            return (db.execute("SELECT id, recorded_at, author, note FROM action_history "
                               "ORDER BY id").fetchall(),
                    db.execute("SELECT id, at, actor, action FROM audit_log ORDER BY id")
                    .fetchall())
        finally:
            db.close()

    ATTACKS = [
        "INSERT OR REPLACE INTO action_history (id, action_id, recorded_at, author, note) "
        "VALUES (2, 1, '2027-01-01T00:00:00Z', 'someone', 'Rewritten')",
        "UPDATE action_history SET note = 'Rewritten'",
        "DELETE FROM action_history WHERE id = 2",
        "INSERT INTO action_history (action_id, recorded_at, author, note) "
        "VALUES (1, '2026-01-01T00:00:00Z', 'someone', 'Backdated')",
        "INSERT OR REPLACE INTO audit_log (id, at, actor, action) "
        "VALUES (1, '2027-01-01T00:00:00Z', 'someone', 'nothing')",
        "UPDATE audit_log SET actor = 'someone'",
        "DELETE FROM audit_log",
        "UPDATE actions SET deadline = '2026-12-31' WHERE id = 1",
    ]
    # The same on a server, where a taken id fails its key (no INSERT OR REPLACE) and a shell
    # has the server's clock: a changed deadline is written down there rather than refused.
    SERVER_ATTACKS = [
        "INSERT INTO action_history (id, action_id, recorded_at, author, note) "
        "VALUES (2, 1, '2027-01-01T00:00:00Z', 'someone', 'Rewritten') "
        "ON CONFLICT (id) DO UPDATE SET note = 'Rewritten'",
        "INSERT INTO action_history (id, action_id, recorded_at, author, note) "
        "SELECT id, action_id, kez_now (), kez_actor (), 'Rewritten' FROM action_history "
        "ON CONFLICT (id) DO UPDATE SET note = 'Rewritten'",
        "UPDATE action_history SET note = 'Rewritten'",
        "DELETE FROM action_history WHERE id = 2",
        "TRUNCATE action_history",
        "TRUNCATE actions CASCADE",
        "INSERT INTO action_history (action_id, recorded_at, author, note) "
        "VALUES (1, '2026-01-01T00:00:00Z', kez_actor (), 'Backdated')",
        "INSERT INTO action_history (action_id, recorded_at, author, note) "
        "VALUES (1, kez_now (), 'someone', 'Signed by another')",
        "INSERT INTO audit_log (id, at, actor, action) "
        "SELECT id, kez_now (), kez_actor (), 'nothing' FROM audit_log "
        "ON CONFLICT (id) DO UPDATE SET action = 'nothing'",
        "UPDATE audit_log SET actor = 'someone'",
        "DELETE FROM audit_log",
        "TRUNCATE audit_log",
    ]

    def attacks(self):
        return self.SERVER_ATTACKS if kezdb.ON_SERVER else self.ATTACKS[:-1]

    def test_another_process_in_a_write_transaction(self):
        before = self.history()
        db = kezdb.connect(self.database)
        if kezdb.ON_SERVER:
            import psycopg2
            refusal = psycopg2.Error
        else:
            refusal = sqlite3.DatabaseError
            db.isolation_level = None
            db.execute("BEGIN IMMEDIATE")
        for attack in self.attacks():
            with self.assertRaises(refusal, msg=attack):
                if kezdb.ON_SERVER:
                    db.execute("SAVEPOINT attack")
                db.execute(attack)
            if kezdb.ON_SERVER:
                db.db.cursor().execute("ROLLBACK TO SAVEPOINT attack")
        db.execute("ROLLBACK")
        db.close()
        self.assertEqual(self.history(), before)

    def test_psql(self):
        if not kezdb.ON_SERVER:
            self.skipTest("the server's shell; a file's is test_the_sqlite3_shell")
        before = self.history()
        for attack in self.SERVER_ATTACKS:
            result = subprocess.run([PSQL, "-X", "-v", "ON_ERROR_STOP=1", "-d", self.database,
                                     "-c", attack], capture_output=True, text=True, timeout=30)
            self.assertNotEqual(result.returncode, 0, attack)
            self.assertIn("ERROR:", result.stderr, attack)
        self.assertEqual(self.history(), before)
        # What a shell may change is written down, by whoever changed it.
        subprocess.run([PSQL, "-X", "-v", "ON_ERROR_STOP=1", "-d", self.database, "-c",
                        "UPDATE actions SET deadline = '2026-12-31' WHERE id = 1"],
                       check=True, capture_output=True, timeout=30)
        db = kezdb.connect(self.database)
        self.assertEqual(db.execute("SELECT kind, old_value, new_value, author FROM "
                                    "action_history ORDER BY id DESC LIMIT 1").fetchone(),
                         ("deadline", "2027-06-30", "2026-12-31", os.environ.get("PGUSER")
                          or kezdb.actor()))
        db.close()

    def test_the_sqlite3_shell(self):
        self.skip_on_server()
        before = self.history()
        for attack in self.ATTACKS:
            result = subprocess.run([SQLITE3, self.database],
                                    input="BEGIN IMMEDIATE;\n" + attack + ";\nCOMMIT;\n",
                                    capture_output=True, text=True, timeout=30)
            self.assertTrue(result.stderr.strip(), attack)
        self.assertEqual(self.history(), before)
        db = sqlite3.connect(self.database)
        self.assertEqual(db.execute("SELECT deadline FROM actions").fetchone()[0], "2027-06-30")
        db.close()

    def skip_on_server(self):
        if kezdb.ON_SERVER:
            self.skipTest("a file's: a server's shell is test_psql, its schema and files "
                          "are its administrators'")

    def schema(self):
        db = sqlite3.connect(self.database)
        try:
            return dict(db.execute("SELECT name, sql FROM sqlite_schema WHERE type = 'trigger'"))
        finally:
            db.close()

    def test_a_dropped_or_edited_trigger_is_put_back(self):
        self.skip_on_server()
        wanted = self.schema()
        subprocess.run([SQLITE3, self.database],
                       input="DROP TRIGGER action_history_is_append_only_update;\n"
                             "DROP TRIGGER audit_log_is_append_only_delete;\n"
                             "CREATE TRIGGER audit_log_is_append_only_delete BEFORE DELETE ON "
                             "audit_log WHEN 0 BEGIN SELECT 1; END;\n"
                             "CREATE TRIGGER sneaky AFTER INSERT ON questions BEGIN "
                             "DELETE FROM questions WHERE id = NEW.id; END;\n",
                       check=True, capture_output=True, text=True)
        self.assertNotEqual(self.schema(), wanted)
        result = self.kezdesu("--export=questions",
                              "--output=" + os.path.join(self.tmp.name, "r.xlsx"))
        self.assertEqual(result.returncode, 0, result.stderr)
        self.assertEqual(self.schema(), wanted)

    def test_a_dropped_table_is_refused(self):
        self.skip_on_server()
        subprocess.run([SQLITE3, self.database],
                       input="DROP TRIGGER schedule_status_history_is_append_only_update;\n"
                             "DROP TRIGGER schedule_status_history_is_append_only_delete;\n"
                             "DROP TRIGGER schedule_status_history_is_append_only_replace;\n"
                             "DROP TABLE schedule_status_history;\n",
                       check=True, capture_output=True, text=True)
        result = self.kezdesu("--export=questions",
                              "--output=" + os.path.join(self.tmp.name, "r.xlsx"))
        self.assertNotEqual(result.returncode, 0)
        self.assertIn("damaged", result.stderr)
        self.assertIn("schedule_status_history", result.stderr)

    def test_a_symbolic_link_is_refused_untouched(self):
        self.skip_on_server()
        target = os.path.join(self.tmp.name, "target.db")
        os.rename(self.database, target)
        os.chmod(target, 0o644)
        link = os.path.join(self.tmp.name, "link.db")
        os.symlink(target, link)
        result = self.kezdesu("--export=questions",
                              "--output=" + os.path.join(self.tmp.name, "r.xlsx"), database=link)
        self.assertNotEqual(result.returncode, 0)
        self.assertIn("symbolic link", result.stderr)
        self.assertEqual(stat.S_IMODE(os.stat(target).st_mode), 0o644)


if __name__ == "__main__":
    unittest.main(verbosity=2)
