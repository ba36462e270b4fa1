# SPDX-License-Identifier: GPL-3.0-or-later
"""Import from the window: the preview lists the bad rows with their line numbers and refuses
to import; a good file is imported whole. A value the file spells its own way is chosen once,
imported, undone from the message, and taken as chosen by the next import."""

import os
import sqlite3
import subprocess
import tempfile
import time
import unittest
import warnings

from gi.repository import Atspi

from kezui import App, BUILD_ROOT

SOURCE_ROOT = os.environ.get("MESON_SOURCE_ROOT",
                             os.path.join(os.path.dirname(__file__), "..", ".."))
GOOD = os.path.join(SOURCE_ROOT, "tests", "data", "meetings.csv")
BAD = ("organ;leader;date;time;duration_minutes;region\n"
       "moh;Ахметова А. Ж.;15.03.2027;10:00;90;abai\n"
       "mod;Сейітов Б.;16.03.2027;10:00;90;almaty\n"
       "moh;Ким В.;32.03.2027;10:00;90;Atlantis\n")


E_OTINISH = ("\ufeffДата обращения;Источник;Регион;Текст обращения\r\n"
             "02.11.2026 09:15;е-Өтініш;г. Астана;Первый\r\n"
             "03.11.2026 10:00;е-Өтініш;Столица;Второй\r\n")


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
    app.choose_file(path)


def open_questions_file(app, path):
    """Through the page's button, then the file chooser's location field, once the chooser is
    there to type into."""
    app.click(app.find("Вопросы"))
    app.click(app.find("Импортировать вопросы…"))
    app.find("Открыть")
    app.choose_file(path)
    return app.find("Импорт вопросов", "dialog")


def question_regions(app):
    db = sqlite3.connect(app.database)
    try:
        return [r for (r,) in db.execute("SELECT region_code FROM questions ORDER BY id")]
    finally:
        db.close()


def wait_for(condition, timeout=15):
    deadline = time.monotonic() + timeout
    while not condition() and time.monotonic() < deadline:
        time.sleep(0.2)
    return condition()


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


    def test_a_value_is_chosen_imported_undone_and_remembered(self):
        with tempfile.NamedTemporaryFile("w", suffix=".csv", encoding="utf-8",
                                         newline="") as export, App("ru") as app:
            export.write(E_OTINISH)
            export.flush()
            open_questions_file(app, export.name)
            app.find("1 строку нельзя импортировать")
            app.find("строка 3: неизвестный регион «Столица»")
            self.assertFalse(enabled(app.find("Импортировать", "push button")))
            # The guesses are shown as guesses, the value not recognised as such.
            app.find("Регион: г. Астана")
            app.find("Догадка: проверьте · 1 строка")
            app.find("Не распознано · 1 строка")

            app.click_with_mouse(app.find("Регион: Столица"), "Импорт вопросов")
            app.click_with_mouse(app.find("город Астана", "label", timeout=5), "Импорт вопросов")
            app.wait_gone("1 строку нельзя импортировать")
            app.find("Ваш выбор · 1 строка")
            button = app.find("Импортировать", "push button")
            self.assertTrue(wait_for(lambda: enabled(button)))
            app.click(button)
            self.assertTrue(wait_for(lambda: question_regions(app) == ["astana", "astana"]))

            # Undone from the message, as one step.
            app.find("Импортировано 2 вопроса")
            app.click(app.find("Вернуть"))
            self.assertTrue(wait_for(lambda: question_regions(app) == []))
            app.find("Импорт отменён")

            # The next file from the same system: the choice was remembered.
            open_questions_file(app, export.name)
            app.find("Как выбрано при прежнем импорте · 1 строка")
            self.assertTrue(wait_for(lambda: enabled(app.find("Импортировать", "push button"))))

    def test_a_command_line_import_shows_in_the_open_window(self):
        """A script imports the day's export while the window is open on the database."""
        with tempfile.NamedTemporaryFile("w", suffix=".csv", encoding="utf-8",
                                         newline="") as export, App("ru") as app:
            export.write(E_OTINISH.replace("Столица", "Астана"))
            export.flush()
            app.click(app.find("Вопросы"))
            app.find("0 вопросов · 0 граждан")
            result = subprocess.run([os.path.join(BUILD_ROOT, "src", "kezdesu"),
                                     "--database=" + app.database,
                                     "--import-questions=" + export.name],
                                    env=app.env, capture_output=True, text=True, timeout=60)
            self.assertEqual(result.returncode, 0, result.stderr)
            app.find("2 вопроса · 2 гражданина")
            app.find("Второй")


if __name__ == "__main__":
    unittest.main(verbosity=2)
