# SPDX-License-Identifier: GPL-3.0-or-later
"""Publishing from the window (decree point 3.7): the action plan page's Publish menu prints a
meeting's results through GTK's print operation (here to a PDF, as the print dialog's "Print
to File" does) and saves them as a web page, which records the publication as made today; the
Schedule page prints its month, and the action plan page the action plans as they stand today."""

import os
import subprocess
import tempfile
import time
import unittest
import warnings

from kezui import App, kazakhstan_today
from test_action_plan import make_database, show_the_meeting, wait_for

IMPORT_AND_EXPORT_KK = "Импорт және экспорт"


def wait_for_file(path, timeout=30):
    deadline = time.monotonic() + timeout
    while not (os.path.exists(path) and os.path.getsize(path) > 0):
        if time.monotonic() > deadline:
            raise AssertionError(f"{path} was not written")
        time.sleep(0.2)
    # A file being written grows: wait until it stops.
    size = -1
    while size != os.path.getsize(path):
        size = os.path.getsize(path)
        time.sleep(0.3)


def pdf_text(path):
    return subprocess.run(["pdftotext", "-raw", path, "-"], check=True, capture_output=True,
                          text=True).stdout


class PublishWindow(unittest.TestCase):
    def setUp(self):
        warnings.simplefilter("ignore", DeprecationWarning)

    def test_print_and_publish_the_results(self):
        with tempfile.TemporaryDirectory() as tmp:
            path = os.path.join(tmp, "kezdesu.db")
            make_database(path)
            with open(path, "rb") as f:
                data = f.read()
            printed = os.path.join(tmp, "printed.pdf")
            page = os.path.join(tmp, "results.html")
            with App("ru", database_bytes=data,
                     environment={"KEZDESU_PRINT_TO_FILE": printed}) as app:
                app.press("alt+3")
                show_the_meeting(app)

                app.click(app.find("Опубликовать"))
                app.click(app.find("Напечатать итоги…"))
                wait_for_file(printed)
                text = pdf_text(printed)
                self.assertIn("Итоги встречи с населением", text)
                self.assertIn("Ахметова А. Ж.", text)
                self.assertIn("Перечень проблемных вопросов", text)

                app.click(app.find("Опубликовать"))
                app.click(app.find("Опубликовать итоги…"))
                app.find("Публикация итогов", "dialog")
                app.click(app.find_in("Публикация итогов", "Сохранить…", "push button"))
                # The file chooser opens with the suggested name, selected; a name typed
                # with its ending says the form.
                app.find("Имя:")
                app.press("ctrl+a")
                subprocess.run(["xdotool", "type", "--delay", "10", page], check=True)
                app.press("Return")
                wait_for_file(page)
                self.assertEqual(wait_for(app, "SELECT published_on IS NOT NULL FROM meetings",
                                          (1,)), (1,))
            with open(page, encoding="utf-8") as f:
                html = f.read()
            self.assertIn('<article lang="kk">', html)
            quarter = os.path.join(tmp, "quarter.html")
            with App("ru", database_bytes=data) as app:
                app.press("alt+3")
                app.click(app.find("Опубликовать"))
                app.click(app.find("Опубликовать ход исполнения за квартал…"))
                app.find("Публикация хода исполнения за квартал", "dialog")
                app.click(app.find_in("Публикация хода исполнения за квартал", "Выгрузить…",
                                      "push button"))
                app.find("Имя:")
                app.press("ctrl+a")
                subprocess.run(["xdotool", "type", "--delay", "10", quarter], check=True)
                app.press("Return")
                wait_for_file(quarter)
            with open(quarter, encoding="utf-8") as f:
                self.assertIn("Ход исполнения планов действий", f.read())
            self.assertIn('<article lang="ru">', html)
            self.assertNotIn("<script", html)

    def test_print_the_month(self):
        with tempfile.TemporaryDirectory() as tmp:
            path = os.path.join(tmp, "kezdesu.db")
            make_database(path)
            with open(path, "rb") as f:
                data = f.read()
            printed = os.path.join(tmp, "month.pdf")
            with App("kk", database_bytes=data,
                     environment={"KEZDESU_PRINT_TO_FILE": printed}) as app:
                app.press("alt+1")
                app.click(app.find(IMPORT_AND_EXPORT_KK))
                app.click(app.find("Басып шығару…"))
                wait_for_file(printed)
                text = pdf_text(printed)
                os.remove(printed)
                # The action plans as they stand today (this meeting has none yet).
                app.press("alt+3")
                app.click(app.find("Жариялау"))
                app.click(app.find("Іс-қимыл жоспарларын басып шығару…"))
                wait_for_file(printed)
                plans = pdf_text(printed)
            self.assertIn("айына арналған халықпен кездесулер кестесі", text)
            today = kazakhstan_today()
            self.assertIn(f"Іс-қимыл жоспарлары, {today:%d.%m.%Y} жағдай бойынша", plans)
            self.assertIn("Іс-қимыл жоспарларында іс-шаралар әлі жоқ.", plans)


if __name__ == "__main__":
    unittest.main()
