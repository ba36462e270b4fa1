# SPDX-License-Identifier: GPL-3.0-or-later
"""Two people edit one meeting (team mode, part 2): while a planner has the meeting open in
the editor, a colleague changes its venue (here a second connection to the same database,
as a colleague's app would write it, naming her). The planner's save is not made over hers:
the window says who changed what, old → new, and offers to keep hers, put his on top, or go
back; on top, the database holds both changes. Keep Theirs drops his and closes."""

import sqlite3
import unittest
import warnings

from kezui import App
from test_schedule_editor import LEADER, database_serving_health, meetings_in, wait_for


def colleague_moves_the_venue(app, venue):
    db = sqlite3.connect(app.database)
    try:
        # The meeting's next version names who made it (kez_actor (), the app's own function).
        db.create_function("kez_actor", 0, lambda: "aigul")
        db.execute("UPDATE meetings SET venue = ?, updated_at = '2026-12-04T05:42:00.000Z'",
                   (venue,))
        db.commit()
    finally:
        db.close()


def the_meeting(app):
    db = sqlite3.connect(app.database)
    try:
        return db.execute("SELECT venue, planned_minutes, updated_by FROM meetings").fetchone()
    finally:
        db.close()


class EditConflict(unittest.TestCase):
    def setUp(self):
        warnings.simplefilter("ignore", DeprecationWarning)

    def open_editor_and_change_the_duration(self, app):
        app.click_until("10:00 " + LEADER, "Изменить встречу")
        duration = app.find("Запланированная длительность, минут", "spin button")
        app.type_into(duration, "Изменить встречу", "120", then="Tab")

    def make_meeting(self, app):
        app.click(app.find("Новая встреча", "push button"))
        app.find("Новая встреча", "frame")
        app.type_into(app.find("Руководитель", "text"), "Новая встреча", LEADER)
        app.click(app.find("Сохранить", "push button"))
        wait_for(lambda: len(meetings_in(app)) == 1)
        app.wait_window_gone("Новая встреча")

    def test_mine_on_top_of_theirs(self):
        with App("ru", database_bytes=database_serving_health()) as app:
            self.make_meeting(app)
            self.open_editor_and_change_the_duration(app)
            colleague_moves_the_venue(app, "Городская поликлиника № 5")

            app.press("ctrl+s")
            app.find("Изменено другим человеком", prefix=True)
            told = app.find("aigul изменил(а) эту встречу", prefix=True).get_name()
            self.assertIn("04.12.2026 10:42", told)  # the server's UTC, in Kazakhstan
            self.assertIn("Место проведения: (пусто) → Городская поликлиника № 5", told)
            self.assertNotIn("длительность", told)  # his own change is not hers
            self.assertEqual(the_meeting(app)[:2], ("Городская поликлиника № 5", 90))

            app.click(app.find("_Применить мои поверх", "push button", prefix=True))
            wait_for(lambda: the_meeting(app)[:2] == ("Городская поликлиника № 5", 120))
            app.wait_window_gone("Изменить встречу")

    def test_keep_theirs(self):
        with App("ru", database_bytes=database_serving_health()) as app:
            self.make_meeting(app)
            self.open_editor_and_change_the_duration(app)
            colleague_moves_the_venue(app, "Акимат")
            app.press("ctrl+s")
            app.find("Изменено другим человеком", prefix=True)
            app.click(app.find("_Оставить его вариант", "push button", prefix=True))
            app.wait_window_gone("Изменить встречу")
            self.assertEqual(the_meeting(app), ("Акимат", 90, "aigul"))


if __name__ == "__main__":
    unittest.main(verbosity=2)
