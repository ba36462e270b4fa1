# SPDX-License-Identifier: GPL-3.0-or-later
"""Create a meeting in the editor, find it in the month view and the list, change its duration,
delete it and undo the delete: all through the accessibility tree, as a screen reader user."""

import os
import sqlite3
import subprocess
import tempfile
import time
import unittest
import warnings

from kezui import App, BUILD_ROOT

LEADER = "Тестова А. Б."


def database_serving_health():
    """A new database whose served body is the Ministry of Healthcare."""
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "kezdesu.db")
        env = dict(os.environ, XDG_DATA_HOME=tmp, GSETTINGS_BACKEND="memory",
                   GSETTINGS_SCHEMA_DIR=os.path.join(BUILD_ROOT, "data"))
        subprocess.run([os.path.join(BUILD_ROOT, "src", "kezdesu"), "--database=" + path,
                        "--export=schedule", "--year=2026",
                        "--output=" + os.path.join(tmp, "x.xlsx")], env=env, check=True,
                       capture_output=True)
        with sqlite3.connect(path) as db:
            db.execute("INSERT INTO meta (key, value) VALUES ('served-body', 'moh')")
        db.close()  # checkpoints the WAL into the file read below
        with open(path, "rb") as f:
            return f.read()


def meetings_in(app):
    db = sqlite3.connect(app.database)
    try:
        return db.execute("SELECT id, leader_name, planned_minutes FROM meetings").fetchall()
    finally:
        db.close()


def wait_for(condition, timeout=15):
    """Polls the database rather than a window that is closing: walking the accessibility tree
    of a window while GTK 4.8 destroys it can drop the whole app from the tree."""
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError("the change did not reach the database")
        time.sleep(0.2)
    time.sleep(0.5)


class ScheduleEditor(unittest.TestCase):
    def setUp(self):
        warnings.simplefilter("ignore", DeprecationWarning)

    def test_create_find_edit_delete_undo(self):
        with App("ru", database_bytes=database_serving_health()) as app:
            # Create.
            app.click(app.find("Новая встреча", "push button"))
            app.find("Новая встреча", "frame")
            app.type_into(app.find("Руководитель", "text"), "Новая встреча", LEADER)
            app.click(app.find("Сохранить", "push button"))
            wait_for(lambda: len(meetings_in(app)) == 1)
            self.assertEqual([(m[1], m[2]) for m in meetings_in(app)], [(LEADER, 90)])
            meeting_id = meetings_in(app)[0][0]

            # In the month view, as a chip that says who and what status.
            chip = app.find("10:00 " + LEADER, "push button", prefix=True)
            self.assertIn("Предложена", chip.get_name())

            # In the list.
            app.click(app.find("Список"))
            app.find(LEADER, "label")
            app.click(app.find("Месяц"))

            # Edit the duration.
            app.click_until("10:00 " + LEADER, "Изменить встречу")
            duration = app.find("Запланированная длительность, минут", "spin button")
            app.type_into(duration, "Изменить встречу", "120", then="Tab")
            app.click(app.find("Сохранить", "push button"))
            wait_for(lambda: meetings_in(app) == [(meeting_id, LEADER, 120)])

            # Delete, then undo.
            app.click_until("10:00 " + LEADER, "Изменить встречу")
            app.click(app.find("Удалить", "push button"))
            wait_for(lambda: meetings_in(app) == [])
            undo = app.find("Вернуть")  # the toast's, found before it times out
            app.wait_gone("10:00 " + LEADER, "push button", prefix=True)
            app.click(undo)
            app.find("10:00 " + LEADER, "push button", prefix=True)
            self.assertEqual(meetings_in(app), [(meeting_id, LEADER, 120)])

    def test_field_message_when_the_leader_is_missing(self):
        with App("kk", database_bytes=database_serving_health()) as app:
            app.click(app.find("Жаңа кездесу", "push button"))
            app.find("Жаңа кездесу", "frame")
            app.click(app.find("Сақтау", "push button"))
            # The editor stays open and says what is missing, at the field.
            app.find("Кездесуді өткізетін басшының атын енгізіңіз", prefix=True)
            app.find("Жаңа кездесу", "frame")
            self.assertEqual(meetings_in(app), [])


if __name__ == "__main__":
    unittest.main(verbosity=2)
