# SPDX-License-Identifier: GPL-3.0-or-later
"""An executor's progress form imported from the window: the file chosen, every changed cell
shown before anything is written, then imported into the action's history."""

import os
import subprocess
import sys
import tempfile
import unittest
import warnings

import openpyxl

from kezui import App, BUILD_ROOT
from test_action_plan import make_database, wait_for

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import kezdb  # noqa: E402  (tests/kezdb.py: the app's functions for a test's own writes)


class ProgressImportWindow(unittest.TestCase):
    def setUp(self):
        warnings.simplefilter("ignore", DeprecationWarning)

    def test_preview_then_import(self):
        with tempfile.TemporaryDirectory() as tmp:
            path = os.path.join(tmp, "kezdesu.db")
            held = make_database(path)
            db = kezdb.connect(path, who="planner")
            db.execute("INSERT INTO problems (id, meeting_id, title_kk, title_ru) "
                       "VALUES (1, 1, 'Жолдар', 'Дороги')")
            db.execute("INSERT INTO actions (problem_id, description, executor_org, deadline) "
                       "VALUES (1, 'Отремонтировать дорогу', 'Акимат области Абай', "
                       "'2027-06-30')")
            db.commit()
            db.close()
            form = os.path.join(tmp, "form.xlsx")
            subprocess.run([os.path.join(BUILD_ROOT, "src", "kezdesu"), "--database=" + path,
                            "--export=progress-form", f"--year={held.year}", "--quarter=4",
                            "--language=ru", "--output=" + form],
                           env=dict(os.environ, LANG="C.UTF-8", LC_ALL="C.UTF-8"), check=True,
                           capture_output=True)
            book = openpyxl.load_workbook(form)
            sheet = book.active
            row = next(r for r in sheet.iter_rows() if r[3].value == "Отремонтировать дорогу")
            row[6].value = "Выполнено"
            row[7].value = "Дорога сдана"
            filled = os.path.join(tmp, "filled.xlsx")
            book.save(filled)
            with open(path, "rb") as f:
                data = f.read()

            with App("ru", database_bytes=data) as app:
                def open_form():
                    app.press("alt+3")
                    app.click(app.find("Выгрузка"))
                    app.click(app.find("Импортировать форму хода исполнения…"))
                    app.choose_file(filled)
                    app.find("Импорт формы хода исполнения", "dialog")

                # Escape puts the preview away, importing nothing; the file can be chosen again.
                open_form()
                app.find_in("Импорт формы хода исполнения", "Строка 4: Отремонтировать дорогу")
                app.press("Escape")
                app.wait_window_gone("Импорт формы хода исполнения")
                open_form()
                app.find_in("Импорт формы хода исполнения",
                            "Строка 4: Отремонтировать дорогу")
                app.find_in("Импорт формы хода исполнения",
                            "статус: Запланировано → Выполнено")
                app.find_in("Импорт формы хода исполнения",
                            "ход исполнения: «Дорога сдана»")
                # Nothing is written before the planner says so.
                self.assertEqual(wait_for(app, "SELECT status FROM actions", ("planned",), 1),
                                 ("planned",))
                app.click(app.find_in("Импорт формы хода исполнения", "Импортировать",
                                      "push button"))
                self.assertEqual(wait_for(app, "SELECT status FROM actions", ("done",)),
                                 ("done",))
                self.assertEqual(wait_for(app, "SELECT count(*) FROM audit_log WHERE action = "
                                          "'import-progress'", (1,)), (1,))


if __name__ == "__main__":
    unittest.main()
