# SPDX-License-Identifier: GPL-3.0-or-later
"""The power cut, fifty times: the real app adds questions one after another in its quick-entry
dialog and is killed with SIGKILL at a random moment. After every kill the database must pass
SQLite's integrity check, and every question the app had confirmed (the dialog took the text
back only once the question was committed) must be in it. The next start runs on the same file,
so each start also recovers from the kill before it."""

import os
import random
import signal
import sqlite3
import sys
import tempfile
import threading
import time
import unittest
import warnings

from kezui import App
from gi.repository import Atspi, GLib  # noqa: E402  (after kezui, which asks for Atspi 2.0)

KILLS = int(os.environ.get("KEZDESU_KILLS", "50"))


def check_database(path):
    """What is in the file after a kill: the integrity check's answer and the question texts."""
    db = sqlite3.connect(path)
    try:
        integrity = [row[0] for row in db.execute("PRAGMA integrity_check")]
        texts = {row[0] for row in db.execute("SELECT text FROM questions")}
        return integrity, texts
    finally:
        db.close()


def add_until_killed(app, run, confirmed, arm):
    """Opens the dialog, calls @arm, and adds questions until the app is gone, recording each
    one the app confirmed. Returns how many were confirmed in this run."""
    app.press("alt+2")
    app.click(app.find("Добавить вопросы", "push button"))
    text_view, add = app.controls_in("Добавить вопросы", ("Текст вопроса", "text"),
                                     ("Добавить", "push button"))
    arm()
    added = 0
    while app.process.poll() is None:
        text = f"Запуск {run}, вопрос {added + 1}: әкімдік жолды жөндесін"
        try:
            Atspi.EditableText.set_text_contents(text_view, text)
            App.click(add)
            deadline = time.monotonic() + 5
            while App.text_of(text_view) != "":
                if app.process.poll() is not None or time.monotonic() > deadline:
                    return added
                time.sleep(0.01)
        except (GLib.Error, AssertionError):
            return added
        # The dialog emptied the text: the app has committed the question.
        confirmed.add(text)
        added += 1
    return added


class KilledWhileSaving(unittest.TestCase):
    def setUp(self):
        warnings.simplefilter("ignore", DeprecationWarning)

    def test_fifty_kills_lose_nothing_confirmed(self):
        seed = int(os.environ.get("KEZDESU_KILL_SEED", str(int(time.time()))))
        chance = random.Random(seed)
        print(f"seed {seed} (KEZDESU_KILL_SEED to repeat)", file=sys.stderr)
        confirmed = set()
        with tempfile.TemporaryDirectory() as tmp:
            path = os.path.join(tmp, "kezdesu.db")
            for run in range(1, KILLS + 1):
                with App("ru", database_path=path) as app:
                    delay = chance.uniform(0.0, 1.5)
                    # The kill comes from another thread, wherever the app happens to be.
                    timer = threading.Timer(delay, app.process.send_signal, [signal.SIGKILL])
                    added = add_until_killed(app, run, confirmed, timer.start)
                    app.process.wait()
                    timer.join()
                integrity, texts = check_database(path)
                missing = confirmed - texts
                print(f"kill {run}: {delay:.3f} s after the dialog opened, {added} confirmed "
                      f"in this run, {len(confirmed)} in all, integrity {integrity}, "
                      f"missing {len(missing)}", file=sys.stderr)
                self.assertEqual(integrity, ["ok"], f"kill {run}, seed {seed}")
                self.assertFalse(missing, f"kill {run}, seed {seed}: lost {sorted(missing)}")
            self.assertGreater(len(confirmed), KILLS, "the kills came before anything was saved")


if __name__ == "__main__":
    unittest.main(verbosity=2)
