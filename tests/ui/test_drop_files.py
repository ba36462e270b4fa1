# SPDX-License-Identifier: GPL-3.0-or-later
"""Files dragged from a file manager onto the window, with the mouse: a CSV file dropped on
the Questions page opens the import of questions with its rows, and is imported when asked;
a workbook's meetings dropped on the Schedule open the import of meetings; a text file is
refused and nothing opens."""

import os
import sqlite3
import subprocess
import tempfile
import time
import unittest
import warnings

from kezui import App

HERE = os.path.dirname(os.path.abspath(__file__))


def drag(path, to_x, to_y):
    """Drags @path from another application's window (drag-source.py) to the screen's point
    (@to_x, @to_y), pressing, moving and releasing the mouse as a person does."""
    source = subprocess.Popen(["/usr/bin/python3", os.path.join(HERE, "drag-source.py"), path])
    try:
        deadline = time.monotonic() + 15
        windows = []
        while not windows and time.monotonic() < deadline:
            windows = subprocess.run(["xdotool", "search", "--onlyvisible", "--name",
                                      "^Drag source$"], capture_output=True,
                                     text=True).stdout.split()
            time.sleep(0.2)
        if not windows:
            raise AssertionError("the drag source did not appear")
        subprocess.run(["xdotool", "windowmove", "--sync", windows[-1], "900", "600"], check=True)
        time.sleep(0.5)
        subprocess.run(["xdotool", "mousemove", "--sync", "1000", "660", "mousedown", "1"],
                       check=True)
        time.sleep(0.3)
        # In steps: GTK starts a drag only once the pointer has moved a little way.
        for step in range(1, 9):
            x = 1000 + (to_x - 1000) * step // 8
            y = 660 + (to_y - 660) * step // 8
            subprocess.run(["xdotool", "mousemove", "--sync", str(x), str(y)], check=True)
            time.sleep(0.15)
        subprocess.run(["xdotool", "mouseup", "1"], check=True)
        time.sleep(1.0)
    finally:
        source.terminate()
        source.wait()


class DropFiles(unittest.TestCase):
    def setUp(self):
        warnings.simplefilter("ignore", DeprecationWarning)

    def test_drop_on_the_pages(self):
        with tempfile.TemporaryDirectory() as tmp:
            questions = os.path.join(tmp, "обращения.csv")
            with open(questions, "w", encoding="utf-8") as f:
                f.write("received,channel,text\n2026-11-20,hall,Дорога в село разбита\n")
            meetings = os.path.join(tmp, "встречи.csv")
            with open(meetings, "w", encoding="utf-8") as f:
                f.write("organ;leader;date;time;duration_minutes;region\n"
                        "moh;Ахметова А. Ж.;15.03.2027;10:00;90;abai\n")
            text = os.path.join(tmp, "заметки.txt")
            with open(text, "w", encoding="utf-8") as f:
                f.write("не таблица\n")

            with App("ru") as app:
                app.find("График")
                app.press("alt+2")
                app.find("Вопросов пока нет")

                drag(text, 500, 300)
                time.sleep(1.0)
                self.assertNotIn("Импорт вопросов", app.names(), "a text file opened an import")

                drag(questions, 500, 300)
                app.find("Импорт вопросов", "dialog")
                app.find("Дорога в село разбита")
                app.click(app.find_in("Импорт вопросов", "Импортировать", "push button"))
                app.wait_window_gone("Импорт вопросов")
                db = sqlite3.connect(app.database)
                deadline = time.monotonic() + 10
                while db.execute("SELECT count(*) FROM questions").fetchone()[0] == 0 \
                        and time.monotonic() < deadline:
                    time.sleep(0.2)
                self.assertEqual(db.execute("SELECT text FROM questions").fetchall(),
                                 [("Дорога в село разбита",)])
                db.close()

                app.press("alt+1")
                drag(meetings, 400, 400)
                app.find("Импорт встреч", "dialog")
                deadline = time.monotonic() + 10
                while not any("Ахметова" in name for name in app.names()):
                    self.assertLess(time.monotonic(), deadline, "the meeting is not previewed")
                    time.sleep(0.3)


if __name__ == "__main__":
    unittest.main(verbosity=2)
