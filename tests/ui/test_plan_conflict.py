# SPDX-License-Identifier: GPL-3.0-or-later
"""Two people edit one action, or one problem (team mode, part 2): while a planner has it open,
a colleague changes it (here a second connection to the same database, as a colleague's app
would write it, naming her). The planner's save is not made over hers: the window says who
changed it and when, and each field she changed, old → new, marked where he changed it too;
Save Mine over Theirs then saves his form over hers, asked for; Keep Theirs drops his."""

import os
import sqlite3
import tempfile
import time
import unittest
import warnings

from kezui import App
from test_action_plan import WINDOW, make_database, show_the_meeting


def colleague(path, sql, *args):
    db = sqlite3.connect(path)
    try:
        # The row's next version names who made it (kez_actor (), the app's own function).
        db.create_function("kez_actor", 0, lambda: "aigul")
        db.create_function("kez_now", 0, lambda: "2026-12-04T05:42:00.000Z")
        db.execute(sql, args)
        db.commit()
    finally:
        db.close()


def row(path, sql):
    db = sqlite3.connect(path)
    try:
        return db.execute(sql).fetchone()
    finally:
        db.close()


def wait_for(path, sql, expected, timeout=15):
    deadline = time.monotonic() + timeout
    while row(path, sql) != expected and time.monotonic() < deadline:
        time.sleep(0.2)
    return row(path, sql)


def database_with_an_action():
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "kezdesu.db")
        make_database(path)
        colleague(path, "INSERT INTO problems (meeting_id, title_ru) VALUES (1, 'Бездорожье')")
        colleague(path, "INSERT INTO actions (problem_id, description, executor_org, deadline) "
                        "VALUES (1, 'Отремонтировать дорогу', 'Акимат области Абай', "
                        "'2027-06-30')")
        with open(path, "rb") as f:
            return f.read()


class PlanConflict(unittest.TestCase):
    def setUp(self):
        warnings.simplefilter("ignore", DeprecationWarning)

    def test_an_action_saved_over_a_colleague_s_change(self):
        with App("ru", database_bytes=database_with_an_action()) as app:
            app.press("alt+3")
            show_the_meeting(app)
            app.click_with_mouse(app.find("Отремонтировать дорогу"), WINDOW)
            app.find("Действие", "dialog")
            executor = app.find_in("Действие", "Ответственная организация", "text")
            app.type_into(executor, "Действие", "Акимат города Семей", then="Tab")
            colleague(app.database, "UPDATE actions SET deadline = '2027-09-30', "
                                    "executor_org = 'Управление дорог'")

            app.click(app.find_in("Действие", "Сохранить", "push button"))
            told = app.find("aigul изменил(а) это действие", prefix=True).get_name()
            self.assertIn("04.12.2026 10:42", told)  # UTC, in Kazakhstan's time
            self.assertIn("Срок: 30 июня 2027 года → 30 сентября 2027 года", told)
            self.assertIn("Ответственная организация: Акимат области Абай → Управление дорог "
                          "(вы тоже это изменили)", told)
            self.assertNotIn("Действие:", told)  # the description, which neither changed
            self.assertEqual(row(app.database, "SELECT executor_org FROM actions"),
                             ("Управление дорог",))

            app.respond("Изменено другим человеком", "_Сохранить моё поверх его")
            app.wait_window_gone("Действие")
            # His form, as he saw it, over hers: the deadline he opened it with, too.
            self.assertEqual(wait_for(app.database, "SELECT executor_org, deadline FROM actions",
                                      ("Акимат города Семей", "2027-06-30")),
                             ("Акимат города Семей", "2027-06-30"))

    def test_a_problem_kept_as_a_colleague_left_it(self):
        with App("ru", database_bytes=database_with_an_action()) as app:
            app.press("alt+3")
            show_the_meeting(app)
            app.click(app.find("Изменить проблемный вопрос «Бездорожье»", "push button"))
            title = app.find_in("Изменить проблемный вопрос", "Название на русском", "text")
            app.type_into(title, "Изменить проблемный вопрос", "Бездорожье в сёлах")
            colleague(app.database, "UPDATE problems SET topic = 'Дороги'")

            app.click(app.find_in("Изменить проблемный вопрос", "Сохранить", "push button"))
            told = app.find("aigul изменил(а) этот проблемный вопрос", prefix=True).get_name()
            self.assertIn("Тема: (пусто) → Дороги", told)
            self.assertNotIn("Название на русском", told)  # his change, not hers

            app.respond("Изменено другим человеком", "_Оставить его вариант")
            app.wait_window_gone("Изменить проблемный вопрос")
            self.assertEqual(row(app.database, "SELECT title_ru, topic FROM problems"),
                             ("Бездорожье", "Дороги"))


if __name__ == "__main__":
    unittest.main(verbosity=2)
