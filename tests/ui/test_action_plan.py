# SPDX-License-Identifier: GPL-3.0-or-later
"""The action plan in the window: a problem made from two of a meeting's questions, an action
with an executor and a deadline, a progress note, the action marked done, and the overview's
counts per executor."""

import datetime
import os
import sqlite3
import subprocess
import tempfile
import time
import unittest
import warnings

from kezui import App, BUILD_ROOT, kazakhstan_today

WINDOW = "Kezdesu"


def make_database(path):
    """A meeting held ten days ago with three questions, through the command line."""
    held = kazakhstan_today() - datetime.timedelta(days=10)
    with tempfile.TemporaryDirectory() as tmp:
        meetings = os.path.join(tmp, "meetings.csv")
        questions = os.path.join(tmp, "questions.csv")
        with open(meetings, "w", encoding="utf-8") as f:
            f.write("organ;leader;date;time;duration_minutes;region\n"
                    f"moh;Ахметова А. Ж.;{held:%d.%m.%Y};10:00;90;abai\n")
        with open(questions, "w", encoding="utf-8") as f:
            f.write("received,channel,text\n"
                    f"{held:%Y-%m-%d},hall,Дорога в село разбита\n"
                    f"{held:%Y-%m-%d},online-comment,Ауылға жол жоқ\n"
                    f"{held:%Y-%m-%d},hall,Нет воды\n")
        env = dict(os.environ, LANG="C.UTF-8", LC_ALL="C.UTF-8")
        binary = os.path.join(BUILD_ROOT, "src", "kezdesu")
        subprocess.run([binary, "--database=" + path, "--import-meetings=" + meetings],
                       env=env, check=True, capture_output=True)
        subprocess.run([binary, "--database=" + path, "--import-questions=" + questions,
                        "--meeting=1"], env=env, check=True, capture_output=True)
    return held


def query(app, sql):
    db = sqlite3.connect(app.database)
    try:
        return db.execute(sql).fetchone()
    finally:
        db.close()


def wait_for(app, sql, expected, timeout=15):
    deadline = time.monotonic() + timeout
    while True:
        row = query(app, sql)
        if row == expected or time.monotonic() > deadline:
            return row
        time.sleep(0.2)


def show_the_meeting(app, timeout=15):
    """Chooses the meeting in "Показать" and waits for its page: the page reads it off the
    main thread, and its "New Problem" is enabled once it has (a key pressed before would
    find it disabled)."""
    app.choose(app.find("Показать"), WINDOW, 1, "Ахметова А. Ж.")
    deadline = time.monotonic() + timeout
    while (app.find("Новый проблемный вопрос", "push button").get_description() !=
           "Сгруппировать вопросы встречи в проблемный вопрос"):
        if time.monotonic() > deadline:
            raise AssertionError("the meeting's page did not come")
        time.sleep(0.1)
    app.find("Итоги опубликовать до", prefix=True)


class ActionPlan(unittest.TestCase):
    def setUp(self):
        warnings.simplefilter("ignore", DeprecationWarning)

    def test_problem_action_progress_and_overview(self):
        with tempfile.TemporaryDirectory() as tmp:
            path = os.path.join(tmp, "kezdesu.db")
            make_database(path)
            with open(path, "rb") as f:
                data = f.read()
        due = kazakhstan_today() + datetime.timedelta(days=30)

        with App("ru", database_bytes=data) as app:
            app.press("alt+3")
            # Disabled until a meeting is chosen, and saying why (its tooltip, which a screen
            # reader reads as its description).
            new_problem = app.find("Новый проблемный вопрос", "push button")
            self.assertTrue(new_problem.get_description().startswith("Сначала выберите встречу"),
                            new_problem.get_description())
            show_the_meeting(app)

            # A problem from two of the three questions.
            app.click(app.find("Новый проблемный вопрос", "push button"))
            app.find("Новый проблемный вопрос", "dialog")
            title = app.find_in("Новый проблемный вопрос", "Название на русском", "text")
            app.type_into(title, "Новый проблемный вопрос", "Бездорожье")
            app.click_with_mouse(app.find_in("Новый проблемный вопрос", "Дорога в село разбита"), "Новый проблемный вопрос")
            app.click_with_mouse(app.find_in("Новый проблемный вопрос", "Ауылға жол жоқ"), "Новый проблемный вопрос")
            app.click(app.find_in("Новый проблемный вопрос", "Сохранить", "push button"))
            self.assertEqual(wait_for(app, "SELECT count(*) FROM problem_questions", (2,)), (2,))
            self.assertEqual(query(app, "SELECT count(*) FROM questions "
                                        "WHERE status = 'in-action-plan'"), (2,))
            app.find("2 вопроса · 2 гражданина", prefix=True)

            # Its title corrected: the questions stay with it.
            app.click(app.find("Изменить проблемный вопрос «Бездорожье»", "push button"))
            title = app.find_in("Изменить проблемный вопрос", "Название на русском", "text")
            app.type_into(title, "Изменить проблемный вопрос", "Бездорожье в сёлах")
            app.click(app.find_in("Изменить проблемный вопрос", "Сохранить", "push button"))
            self.assertEqual(wait_for(app, "SELECT title_ru FROM problems", ("Бездорожье в сёлах",)),
                             ("Бездорожье в сёлах",))
            self.assertEqual(query(app, "SELECT count(*) FROM problem_questions"), (2,))

            # An action with an executor and a deadline.
            app.click(app.find("Добавить действие к «Бездорожье в сёлах»", "push button"))
            app.find("Новое действие", "dialog")
            app.type_into(app.find_in("Новое действие", "Действие", "text"), "Новое действие",
                          "Отремонтировать дорогу")
            app.type_into(app.find_in("Новое действие", "Ответственная организация", "text"),
                          "Новое действие", "Акимат области Абай")
            app.type_into(app.find_in("Новое действие", "Срок (ДД.ММ.ГГГГ)", "text"),
                          "Новое действие", f"{due:%d.%m.%Y}")
            app.click(app.find_in("Новое действие", "Сохранить", "push button"))
            self.assertEqual(wait_for(app, "SELECT description, executor_org, deadline, status "
                                           "FROM actions",
                                      ("Отремонтировать дорогу", "Акимат области Абай",
                                       f"{due:%Y-%m-%d}", "planned")),
                             ("Отремонтировать дорогу", "Акимат области Абай",
                              f"{due:%Y-%m-%d}", "planned"))

            # A progress note, then done.
            app.click_with_mouse(app.find("Отремонтировать дорогу"), WINDOW)
            app.find("Действие", "dialog")
            note = app.find_in("Действие", "Добавить запись о ходе исполнения", "text")
            app.type_into(note, "Действие", "Подрядчик выбран", "Return")
            self.assertEqual(wait_for(app, "SELECT count(*) FROM action_history "
                                           "WHERE note = 'Подрядчик выбран'", (1,)), (1,))
            app.choose(app.find_in("Действие", "Статус"), "Действие", 2, "Выполнено")
            app.click(app.find_in("Действие", "Сохранить", "push button"))
            self.assertEqual(wait_for(app, "SELECT status FROM actions", ("done",)), ("done",))
            self.assertEqual(query(app, "SELECT count(*) FROM action_history"), (3,))

            # The overview counts it done on time for its executor.
            app.choose(app.find("Показать"), WINDOW, 0, "Все действия")
            app.find("Акимат области Абай")
            app.find("1 действие: в срок 1, с опозданием 0, просрочено 0, в работе 0")


if __name__ == "__main__":
    unittest.main()
