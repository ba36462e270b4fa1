# SPDX-License-Identifier: GPL-3.0-or-later
"""Import meetings from the window: the preview lists the bad rows with their line numbers and
refuses to import; a good file is imported whole."""

import os
import sqlite3
import subprocess
import tempfile
import time
import unittest
import warnings

from gi.repository import Atspi

from kezui import App

SOURCE_ROOT = os.environ.get("MESON_SOURCE_ROOT",
                             os.path.join(os.path.dirname(__file__), "..", ".."))
GOOD = os.path.join(SOURCE_ROOT, "tests", "data", "meetings.csv")
BAD = ("organ;leader;date;time;duration_minutes;region\n"
       "moh;Ахметова А. Ж.;15.03.2027;10:00;90;abai\n"
       "mod;Сейітов Б.;16.03.2027;10:00;90;almaty\n"
       "moh;Ким В.;32.03.2027;10:00;90;Atlantis\n")


def count_meetings(app):
    db = sqlite3.connect(app.database)
    try:
        return db.execute("SELECT count(*) FROM meetings").fetchone()[0]
    finally:
        db.close()


def open_file(app, path):
    """Through the menu, then the file chooser's location field."""
    app.click(app.find("Импорт и экспорт"))
    time.sleep(0.5)
    app.click(app.find("Импортировать встречи…"))
    app.find("Импорт встреч")
    time.sleep(1.0)
    subprocess.run(["xdotool", "key", "ctrl+l"], check=True)
    time.sleep(0.3)
    subprocess.run(["xdotool", "type", "--delay", "10", path], check=True)
    subprocess.run(["xdotool", "key", "Return"], check=True)


def enabled(node):
    return node.get_state_set().contains(Atspi.StateType.SENSITIVE)


class ImportPreview(unittest.TestCase):
    def setUp(self):
        warnings.simplefilter("ignore", DeprecationWarning)

    def test_bad_rows_are_listed_and_nothing_is_imported(self):
        with tempfile.NamedTemporaryFile("w", suffix=".csv", encoding="utf-8") as bad, \
             App("ru") as app:
            bad.write(BAD)
            bad.flush()
            open_file(app, bad.name)
            app.find("2 строки нельзя импортировать")
            app.find("строка 3: ", prefix=True)
            app.find("строка 4: дата «32.03.2027»", prefix=True)
            self.assertFalse(enabled(app.find("Импортировать", "push button")))
            self.assertEqual(count_meetings(app), 0)

    def test_good_file_is_imported(self):
        with App("ru") as app:
            open_file(app, GOOD)
            app.find("Найдены 3 встречи")
            button = app.find("Импортировать", "push button")
            self.assertTrue(enabled(button))
            app.click(button)
            # Wait on the database, not on the closing window (see test_schedule_editor).
            deadline = time.monotonic() + 15
            while count_meetings(app) != 3 and time.monotonic() < deadline:
                time.sleep(0.2)
            time.sleep(0.5)
            self.assertEqual(count_meetings(app), 3)
            app.find("Импортированы 3 встречи")


if __name__ == "__main__":
    unittest.main(verbosity=2)
