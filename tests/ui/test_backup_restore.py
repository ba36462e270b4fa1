# SPDX-License-Identifier: GPL-3.0-or-later
"""The daily backup is made when the app starts, and Preferences puts it back: what was
recorded after it goes, and is kept in a backup of its own."""

import os
import sqlite3
import subprocess
import tempfile
import time
import unittest
import warnings

from kezui import App, BUILD_ROOT

MEETINGS = ("organ;leader;date;time;duration_minutes;region\n"
            "moh;Ахметова А. Ж.;15.03.2027;10:00;90;abai\n")


def leaders(path):
    db = sqlite3.connect(path)
    try:
        return [r[0] for r in db.execute("SELECT leader_name FROM meetings ORDER BY id")]
    finally:
        db.close()


class BackupRestore(unittest.TestCase):
    def setUp(self):
        warnings.simplefilter("ignore", DeprecationWarning)

    def test_daily_backup_put_back(self):
        with tempfile.TemporaryDirectory() as tmp:
            path = os.path.join(tmp, "kezdesu.db")
            csv = os.path.join(tmp, "meetings.csv")
            with open(csv, "w", encoding="utf-8") as f:
                f.write(MEETINGS)
            subprocess.run([os.path.join(BUILD_ROOT, "src", "kezdesu"), "--database=" + path,
                            "--import-meetings=" + csv],
                           env=dict(os.environ, LANG="C.UTF-8", LC_ALL="C.UTF-8"), check=True,
                           capture_output=True)
            with open(path, "rb") as f:
                data = f.read()

        with App("ru", database_bytes=data) as app:
            backups = os.path.join(os.path.dirname(app.database), "backups")
            deadline = time.monotonic() + 15
            while time.monotonic() < deadline and not (
                    os.path.isdir(backups) and any(n.endswith("-daily.db")
                                                   for n in os.listdir(backups))):
                time.sleep(0.2)
            daily = [n for n in os.listdir(backups) if n.endswith("-daily.db")]
            self.assertEqual(len(daily), 1)
            self.assertEqual(os.stat(os.path.join(backups, daily[0])).st_mode & 0o777, 0o600)

            # Something recorded after the backup.
            db = sqlite3.connect(app.database)
            # The meeting's next version names who made it (kez_actor (), the app's own).
            db.create_function("kez_actor", 0, lambda: "the test")
            db.execute("UPDATE meetings SET leader_name = 'Ким В. А.'")
            db.commit()
            db.close()
            time.sleep(1.1)  # the safety copy gets a name of its own

            app.press("ctrl+comma")
            app.find("Параметры", "frame")
            app.click(app.find("Восстановить копию от", "push button", prefix=True))
            # GTK 4.8 may name a dialog's button twice over ("Label Label").
            confirm = None
            for name in ("Восстановить", "Восстановить Восстановить"):
                try:
                    confirm = app.find_in("Восстановить эту копию?", name, "push button",
                                          timeout=3)
                    break
                except AssertionError:
                    continue
            self.assertIsNotNone(confirm)
            app.click(confirm)
            deadline = time.monotonic() + 15
            while leaders(app.database) != ["Ахметова А. Ж."] and time.monotonic() < deadline:
                time.sleep(0.2)
            self.assertEqual(leaders(app.database), ["Ахметова А. Ж."])
            safety = [n for n in os.listdir(backups) if n.endswith("-before-restore.db")]
            self.assertEqual(len(safety), 1)
            self.assertEqual(leaders(os.path.join(backups, safety[0])), ["Ким В. А."])


if __name__ == "__main__":
    unittest.main()
