# SPDX-License-Identifier: GPL-3.0-or-later
"""A full disk while saving: the app runs with a file size limit just above its database, so
the write-ahead log soon cannot grow. Questions are added until one cannot be saved; then the
planner is told the disk is full, what was typed stays in the dialog, the app keeps running,
and the file is whole, with every question that was confirmed and not the one refused."""

import os
import sqlite3
import tempfile
import time
import unittest
import warnings

from kezui import App
from gi.repository import Atspi  # noqa: E402  (after kezui, which asks for Atspi 2.0)

FULL = "Не удалось записать изменение на диск, поэтому оно не сохранено."


class DiskFullWhileSaving(unittest.TestCase):
    def setUp(self):
        warnings.simplefilter("ignore", DeprecationWarning)

    def test_full_disk_refuses_the_question_and_keeps_it(self):
        with tempfile.TemporaryDirectory() as tmp:
            path = os.path.join(tmp, "kezdesu.db")
            with App("ru", database_path=path) as app:   # makes the database, then closes
                app.find("График")
            db = sqlite3.connect(path)
            db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            db.close()
            size = os.path.getsize(path)
            confirmed = []
            with App("ru", database_path=path, file_size_limit=size + 64 * 1024) as app:
                app.press("alt+2")
                app.click(app.find("Добавить вопросы", "push button"))
                text_view, add = app.controls_in("Добавить вопросы", ("Текст вопроса", "text"),
                                                 ("Добавить", "push button"))
                refused = None
                for n in range(1, 200):
                    text = (f"Вопрос {n}: когда отремонтируют дорогу в Семей? "
                            + " ".join(["әкімдік"] * 20))
                    Atspi.EditableText.set_text_contents(text_view, text)
                    App.click(add)
                    deadline = time.monotonic() + 5
                    while App.text_of(text_view) != "" and time.monotonic() < deadline:
                        time.sleep(0.02)
                    if App.text_of(text_view) != "":
                        refused = text
                        break
                    confirmed.append(text)
                self.assertIsNotNone(refused, "the file size limit was never reached")
                self.assertTrue(confirmed, "nothing could be saved before the limit")
                app.find(FULL, prefix=True)
                # What was typed is still there to save again, and the app still runs.
                self.assertEqual(App.text_of(text_view), refused)
                self.assertIsNone(app.process.poll())
                print(f"{len(confirmed)} saved, then refused with the limit at {size + 65536} "
                      "bytes", flush=True)

                db = sqlite3.connect(path)
                try:
                    self.assertEqual(db.execute("PRAGMA integrity_check").fetchone(), ("ok",))
                    texts = {row[0] for row in db.execute("SELECT text FROM questions")}
                finally:
                    db.close()
                self.assertEqual(texts, set(confirmed))


if __name__ == "__main__":
    unittest.main(verbosity=2)
