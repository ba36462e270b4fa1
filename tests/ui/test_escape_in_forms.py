# SPDX-License-Identifier: GPL-3.0-or-later
"""Escape in the forms a planner opens: an untouched form closes at once; one with something
typed asks first, Escape on that question keeps the form and its text, and only "Discard"
closes it. Forms of choices alone (an export, the schedule's status, an import, publishing)
close."""

import os
import tempfile
import time
import unittest
import warnings

from kezui import App
from test_action_plan import make_database, show_the_meeting
from test_drop_files import drag
from test_live_meeting import database_with_meeting, open_console

WINDOW = "Kezdesu"
CONFIRM = "Не сохранять введённое?"
TYPED = "Проверка"


def top_level_named(app, start, timeout=15):
    """The whole name of the top-level window whose name starts with @start, once it is open."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        root = app._application()
        for i in range(root.get_child_count() if root is not None else 0):
            name = app.name_of(root.get_child_at_index(i))
            if name.startswith(start):
                return name
        time.sleep(0.2)
    raise AssertionError(f"no window {start!r} opened; the app said: {app.output()}")


class EscapeInForms(unittest.TestCase):
    def setUp(self):
        warnings.simplefilter("ignore", DeprecationWarning)

    def check_form(self, app, open_form, title, field=None, role="text"):
        """Opens the form titled @title with @open_form, twice: Escape on the untouched form,
        then on the form with @TYPED in its field named @field (a form of choices alone is
        only closed)."""
        open_form()
        title = top_level_named(app, title)
        if field is not None:
            app.controls_in(title, (field, role))
        time.sleep(0.5)
        app.press("Escape")
        app.wait_window_gone(title)
        if field is None:
            return

        open_form()
        node, = app.controls_in(title, (field, role))
        app.type_into(node, title, TYPED)
        app.press("Escape")
        app.find(CONFIRM, prefix=True)
        app.press("Escape")            # "Cancel" on the question: the form stays as it was
        app.wait_gone(CONFIRM, prefix=True)
        node, = app.controls_in(title, (field, role))
        self.assertEqual(app.text_of(node), TYPED, f"{title}: the text was lost")
        app.press("Escape")
        app.find(CONFIRM, prefix=True)
        app.click(app.find("Не сохранять", "push button", prefix=True))
        app.wait_window_gone(title)

    def test_escape_in_forms(self):
        with tempfile.TemporaryDirectory() as tmp:
            path = os.path.join(tmp, "kezdesu.db")
            make_database(path)
            with open(path, "rb") as f:
                data = f.read()

        with App("ru", database_bytes=data) as app:
            app.find("Главное меню")

            def new_meeting():
                app.press("alt+1")
                app.press("ctrl+n")
            self.check_form(app, new_meeting, "Новая встреча", "Руководитель")

            def add_questions():
                app.press("alt+2")
                app.press("ctrl+n")
            self.check_form(app, add_questions, "Добавить вопросы", "Текст вопроса")

            app.press("alt+3")
            show_the_meeting(app)

            def new_problem():
                app.press("alt+3")
                app.press("ctrl+n")
            self.check_form(app, new_problem, "Новый проблемный вопрос", "Название на русском")

            # A problem saved, for the action form that opens from it.
            new_problem()
            title, = app.controls_in("Новый проблемный вопрос", ("Название на русском", "text"))
            app.type_into(title, "Новый проблемный вопрос", "Бездорожье")
            app.click(app.find_in("Новый проблемный вопрос", "Сохранить", "push button"))
            app.wait_window_gone("Новый проблемный вопрос")

            def new_action():
                app.click(app.find("Добавить действие к «Бездорожье»", "push button"))
            self.check_form(app, new_action, "Новое действие", "Действие")

            def record_publication():
                app.click(app.find("Опубликовать"))
                app.click(app.find("Отметить публикацию…"))
            self.check_form(app, record_publication, "Отметка о публикации", "Ссылка")

            def publish_results():
                app.click(app.find("Опубликовать"))
                app.click(app.find("Опубликовать итоги…"))
            self.check_form(app, publish_results, "Публикация итогов")

            # Forms of choices: the register's export, the schedule's status, an import.
            def export_register():
                app.press("alt+2")
                app.click(app.find("Выгрузить…", "push button"))
            self.check_form(app, export_register, "Выгрузка реестра вопросов")

            def schedule_status():
                app.press("alt+1")
                app.click_with_mouse(app.find("Отметить представленным…", prefix=True), WINDOW)
            self.check_form(app, schedule_status, "График на")

            with tempfile.TemporaryDirectory() as files:
                questions = os.path.join(files, "обращения.csv")
                with open(questions, "w", encoding="utf-8") as f:
                    f.write("received,channel,text\n2026-11-20,hall,Нет воды\n")

                def import_questions():
                    app.press("alt+2")
                    drag(questions, 500, 300)
                self.check_form(app, import_questions, "Импорт вопросов")

    def test_escape_in_console_forms(self):
        """The forms a timekeeper opens from the live console, while the clock runs."""
        with App("ru", database_bytes=database_with_meeting(90)) as app:
            open_console(app)

            def reception():
                app.click(app.find("Личный приём", "push button", prefix=True))
            self.check_form(app, reception, "Личный приём", "Фамилия, имя, отчество")

            def media_briefing():
                app.click(app.find("Встреча с НКО и брифинг для СМИ"))
                app.click(app.find("Брифинг для СМИ…"))
            self.check_form(app, media_briefing, "Брифинг для СМИ", "Средства массовой информации")


if __name__ == "__main__":
    unittest.main(verbosity=2)
