# SPDX-License-Identifier: GPL-3.0-or-later
"""A file that is not a Kezdesu database: the window says so and the file is left as it was."""

import os
import shutil
import sqlite3
import subprocess
import tempfile
import time
import unittest

from kezui import App, BUILD_ROOT

NOT_A_DATABASE = b"This is a spreadsheet someone renamed, not a database.\n" * 20


class DatabaseError(unittest.TestCase):
    def test_damaged_file_is_reported_and_untouched(self):
        with App("ru", database_bytes=NOT_A_DATABASE) as app:
            names = app.wait_for_names({"Не удаётся открыть базу данных"})
            self.assertIn("Не удаётся открыть базу данных", names)
            self.assertTrue(any("повреждён или не является базой данных Kezdesu" in n
                                for n in names), sorted(names))
            with open(app.database, "rb") as f:
                self.assertEqual(f.read(), NOT_A_DATABASE)

    def test_latest_backup_is_offered_and_the_damaged_file_kept(self):
        with tempfile.TemporaryDirectory() as tmp:
            good = os.path.join(tmp, "good.db")
            csv = os.path.join(tmp, "meetings.csv")
            with open(csv, "w", encoding="utf-8") as f:
                f.write("organ;leader;date;time;duration_minutes;region\n"
                        "moh;Ахметова А. Ж.;15.03.2027;10:00;90;abai\n")
            subprocess.run([os.path.join(BUILD_ROOT, "src", "kezdesu"), "--database=" + good,
                            "--import-meetings=" + csv],
                           env=dict(os.environ, LANG="C.UTF-8", LC_ALL="C.UTF-8"), check=True,
                           capture_output=True)
            folder = os.path.join(tmp, "app")
            os.makedirs(os.path.join(folder, "backups"))
            shutil.copy(good, os.path.join(folder, "backups",
                                           "kezdesu-20270316-090000-daily.db"))
            database = os.path.join(folder, "kezdesu.db")
            with open(database, "wb") as f:
                f.write(NOT_A_DATABASE)

            with App("ru", database_path=database) as app:
                app.click(app.find("Открыть копию от 16.03.2027 09:00", "push button"))
                # Wait on the files and the new window's content, not on the old window.
                deadline = time.monotonic() + 15
                damaged = []
                while not damaged and time.monotonic() < deadline:
                    damaged = [n for n in os.listdir(folder)
                               if n.startswith("kezdesu.db.damaged-") and not n.endswith("-wal")
                               and not n.endswith("-shm")]
                    time.sleep(0.2)
                app.find("Ближайшие сроки")
                self.assertEqual(len(damaged), 1)
                with open(os.path.join(folder, damaged[0]), "rb") as f:
                    self.assertEqual(f.read(), NOT_A_DATABASE)
                db = sqlite3.connect(database)
                try:
                    self.assertEqual(db.execute("SELECT leader_name FROM meetings").fetchall(),
                                     [("Ахметова А. Ж.",)])
                finally:
                    db.close()
                self.assertEqual(os.stat(database).st_mode & 0o777, 0o600)


if __name__ == "__main__":
    unittest.main(verbosity=2)
