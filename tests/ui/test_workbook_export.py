# SPDX-License-Identifier: GPL-3.0-or-later
"""A workbook exported from the window: the question register's options, the file chooser, and
the file written in the background, without personal data unless asked."""

import os
import subprocess
import tempfile
import time
import unittest
import warnings

import openpyxl

from kezui import App, BUILD_ROOT


def database_with_questions(path):
    with tempfile.TemporaryDirectory() as tmp:
        csv = os.path.join(tmp, "questions.csv")
        with open(csv, "w", encoding="utf-8") as f:
            f.write("received,channel,text,author\n"
                    "2026-03-02,e-otinish,Дорога разбита,Асқар Нұрланов\n"
                    "2026-03-03,website,Жол жоқ,\n")
        subprocess.run([os.path.join(BUILD_ROOT, "src", "kezdesu"), "--database=" + path,
                        "--import-questions=" + csv],
                       env=dict(os.environ, LANG="C.UTF-8", LC_ALL="C.UTF-8"), check=True,
                       capture_output=True)


class WorkbookExport(unittest.TestCase):
    def setUp(self):
        warnings.simplefilter("ignore", DeprecationWarning)

    def test_question_register_from_the_window(self):
        with tempfile.TemporaryDirectory() as tmp:
            path = os.path.join(tmp, "kezdesu.db")
            database_with_questions(path)
            with open(path, "rb") as f:
                data = f.read()
            out = os.path.join(tmp, "register.xlsx")
            with App("ru", database_bytes=data) as app:
                app.press("alt+2")
                app.click(app.find("Выгрузить…", "push button"))
                app.find("Выгрузка реестра вопросов", "dialog")
                app.click(app.find_in("Выгрузка реестра вопросов", "Выгрузить…",
                                      "push button"))
                time.sleep(1.5)
                app.press("ctrl+a")
                subprocess.run(["xdotool", "type", "--delay", "10", out], check=True)
                app.press("Return")
                # Wait on the file, not on the closing form (see test_schedule_editor).
                deadline = time.monotonic() + 20
                while not os.path.exists(out) and time.monotonic() < deadline:
                    time.sleep(0.2)
                self.assertTrue(os.path.exists(out))
            sheet = openpyxl.load_workbook(out).active
            texts = {c.value for row in sheet.iter_rows() for c in row}
            self.assertIn("Дорога разбита", texts)
            self.assertNotIn("Асқар Нұрланов", texts)
            self.assertEqual([n for n in os.listdir(tmp) if n.startswith(".")], [])


if __name__ == "__main__":
    unittest.main()
