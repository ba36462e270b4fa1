# SPDX-License-Identifier: GPL-3.0-or-later
"""A big questions file imported from the window: the rows are written in the background with
a progress bar; Stop cancels and nothing is written; imported again, every row is there."""

import os
import sqlite3
import tempfile
import time
import unittest
import warnings

from kezui import App
from test_import_preview import open_questions_file

ROWS = 20000


def count(app):
    db = sqlite3.connect(app.database)
    try:
        return db.execute("SELECT count(*) FROM questions").fetchone()[0]
    except sqlite3.OperationalError:
        return None
    finally:
        db.close()


def wait_until(condition, timeout=120):
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            return False
        time.sleep(0.2)
    return True


class ImportInBackground(unittest.TestCase):
    def setUp(self):
        warnings.simplefilter("ignore", DeprecationWarning)

    def test_progress_stop_and_import(self):
        with tempfile.TemporaryDirectory() as tmp:
            path = os.path.join(tmp, "questions.csv")
            with open(path, "w", encoding="utf-8") as f:
                f.write("received,channel,text\n")
                for n in range(ROWS):
                    f.write(f"2026-03-{1 + n % 28:02d},website,"
                            f"Просим отремонтировать дорогу номер {n} в районе\n")
            # Slowed down (a second every 2,000 rows) so that Stop is in time.
            with App("ru", environment={"KEZDESU_TEST_SLOW_IMPORT": "1"}) as app:
                open_questions_file(app, path)
                app.click(app.find_in("Импорт вопросов", "Импортировать", "push button",
                                      timeout=60))
                stop = app.find("Остановить", timeout=60)
                app.click(stop)
                app.find_in("Импорт вопросов", "Импорт остановлен: ничего не импортировано",
                            timeout=120)
                self.assertEqual(count(app), 0)

                app.click(app.find_in("Импорт вопросов", "Импортировать", "push button"))
                self.assertTrue(wait_until(lambda: count(app) == ROWS),
                                f"{count(app)} of {ROWS} questions")
                # Done, the form goes (its toast may be gone before a slow build reads it).
                app.wait_window_gone("Импорт вопросов", timeout=60)


if __name__ == "__main__":
    unittest.main()
