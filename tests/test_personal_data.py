# SPDX-License-Identifier: GPL-3.0-or-later
"""Citizens' personal data: purged after the retention period (the reception and the issue
kept, the purge logged), and never written to the program's messages, even with every debug
message on."""

import os
import sqlite3
import subprocess
import tempfile
import unittest

BUILD_ROOT = os.environ["MESON_BUILD_ROOT"]
KEZDESU = os.path.join(BUILD_ROOT, "src", "kezdesu")
PERSONAL = ["Сейітова Ә.", "791028302728", "+7 701 555 12 34", "Абай көшесі 10",
            "Асқар Нұрланов", "askar@example.kz"]


class PersonalData(unittest.TestCase):
    def setUp(self):
        self.tmp = tempfile.TemporaryDirectory(prefix="kezdesu-personal-")
        self.database = os.path.join(self.tmp.name, "kezdesu.db")
        self.env = dict(os.environ, LANG="C.UTF-8", LC_ALL="C.UTF-8", LANGUAGE="",
                        XDG_DATA_HOME=os.path.join(self.tmp.name, "data"),
                        G_MESSAGES_DEBUG="all")
        self.env.pop("DISPLAY", None)
        self.output = ""
        meetings = os.path.join(self.tmp.name, "meetings.csv")
        with open(meetings, "w", encoding="utf-8") as f:
            f.write("organ;leader;date;time;duration_minutes;region\n"
                    "moh;Ахметова А. Ж.;15.03.2024;10:00;90;abai\n")
        questions = os.path.join(self.tmp.name, "questions.csv")
        with open(questions, "w", encoding="utf-8") as f:
            f.write("received,channel,text,author,contact\n"
                    "2024-03-01,e-otinish,Дорога разбита,Асқар Нұрланов,askar@example.kz\n")
        self.run_ok("--import-meetings=" + meetings)
        self.run_ok("--import-questions=" + questions, "--meeting=1")
        db = sqlite3.connect(self.database)
        db.executescript("""
            INSERT INTO meeting_events (id, meeting_id, kind, starts_at)
              VALUES (1, 1, 'reception', '2024-03-16T09:00');
            INSERT INTO receptions (event_id, received_at, citizen_name, iin, phone, address,
                                    issue)
              VALUES (1, '2024-03-16T09:10', 'Сейітова Ә.', '791028302728',
                      '+7 701 555 12 34', 'Абай көшесі 10', 'Пенсия'),
                     (1, strftime('%Y-%m-%dT%H:%M', 'now', '-1 month'), 'Ким В.', '', '', '',
                      'Жильё');
        """)
        db.commit()
        db.close()

    def tearDown(self):
        self.tmp.cleanup()

    def run_ok(self, *args):
        result = subprocess.run([KEZDESU, "--database=" + self.database, *args], env=self.env,
                                capture_output=True, text=True, timeout=60)
        self.assertEqual(result.returncode, 0, result.stderr)
        self.output += result.stdout + result.stderr
        return result

    def test_purge_after_retention(self):
        result = self.run_ok("--purge-personal-data")
        self.assertIn("Purged the personal data of 1 citizen", result.stdout)
        db = sqlite3.connect(self.database)
        try:
            rows = db.execute("SELECT citizen_name, iin, phone, address, issue, "
                              "purged_at IS NOT NULL FROM receptions ORDER BY id").fetchall()
            audit = db.execute("SELECT count(*) FROM audit_log "
                               "WHERE action = 'purge-personal-data'").fetchone()[0]
        finally:
            db.close()
        self.assertEqual(rows[0], ("", "", "", "", "Пенсия", 1))
        self.assertEqual(rows[1][0], "Ким В.")
        self.assertEqual(rows[1][5], 0)
        self.assertEqual(audit, 1)

    def test_never_in_debug_messages(self):
        out = os.path.join(self.tmp.name, "register.xlsx")
        results = os.path.join(self.tmp.name, "results.xlsx")
        self.run_ok("--export=questions", "--include-personal-data", "--output=" + out)
        self.run_ok("--export=results", "--meeting=1", "--include-personal-data",
                    "--output=" + results)
        self.run_ok("--purge-personal-data")
        self.assertTrue(self.output)
        for value in PERSONAL:
            self.assertNotIn(value, self.output)


if __name__ == "__main__":
    unittest.main(verbosity=2)
