# SPDX-License-Identifier: GPL-3.0-or-later
"""The window as each role on the team server finds it (team mode, part 2): it offers what
the server grants the person and reads only the columns it may.

- a viewer sees the body's questions (their texts, not their authors), is told who they are
  and what their role does, and finds adding, importing and triage not offered;
- the authorised body's reviewer, who reads every body's schedule and none of its questions,
  has no Questions or Action Plan page, and Alt+2 does nothing;
- the database's owner takes a person's role away in Preferences, People (asked first), and
  the login then reads nothing of it; for a viewer Add a Person and the removal are not
  offered;
- a person whose role is changed, or taken away, while their window is open is told so.

Runs against the throw-away server of the postgresql suite (pg_virtualenv's PG* variables)."""

import os
import subprocess
import tempfile
import time
import unittest
import warnings

import gi

gi.require_version("Atspi", "2.0")
from gi.repository import Atspi  # noqa: E402

from kezui import App, BUILD_ROOT  # noqa: E402

KEZDESU = os.path.join(BUILD_ROOT, "src", "kezdesu")
PASSWORD = "a horse of the steppe"


def psql(database, sql):
    return subprocess.run(["psql", "-X", "-A", "-t", "-q", "-v", "ON_ERROR_STOP=1", "-d", database,
                           "-c", sql], check=True, capture_output=True, text=True).stdout.strip()


def sensitive(node):
    return node.get_state_set().contains(Atspi.StateType.SENSITIVE)


class RolesWindow(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        warnings.simplefilter("ignore", DeprecationWarning)
        cls.tmp = tempfile.TemporaryDirectory(prefix="kezdesu-roles-")
        cls.database = f"kez_roles_{os.getpid()}"
        psql("postgres", f"CREATE DATABASE {cls.database}")
        cls.address = f"postgresql:///{cls.database}"
        env = dict(os.environ, LANG="C.UTF-8", LC_ALL="C.UTF-8",
                   XDG_DATA_HOME=os.path.join(cls.tmp.name, "data"))
        questions = os.path.join(cls.tmp.name, "questions.csv")
        with open(questions, "w", encoding="utf-8") as f:
            f.write("received,channel,text,author,contact\n"
                    "2026-11-20,letter,Дорога в село Акжар разбита,Сейітова Ә.,+7 701 555 12 34\n")
        subprocess.run([KEZDESU, "--database=" + cls.address, "--import-questions=" + questions],
                       env=env, check=True, capture_output=True, timeout=60)
        # A meeting held with a problem and an action, for the action plan.
        meetings = os.path.join(cls.tmp.name, "meetings.csv")
        with open(meetings, "w", encoding="utf-8") as f:
            f.write("organ;leader;date;time;duration_minutes;region\n"
                    "moh;Ахметова А. Ж.;20.11.2026;10:00;90;abai\n")
        subprocess.run([KEZDESU, "--database=" + cls.address, "--import-meetings=" + meetings],
                       env=env, check=True, capture_output=True, timeout=60)
        psql(cls.database, "INSERT INTO problems (meeting_id, title_ru) "
                           "SELECT id, 'Бездорожье' FROM meetings")
        psql(cls.database, "INSERT INTO actions (problem_id, description, deadline) "
                           "SELECT id, 'Отремонтировать дорогу', '2027-06-30' FROM problems")
        cls.logins = {}
        for role, body in (("viewer", "--body=moh"), ("reviewer", None),
                           ("leaving", "--body=moh"), ("changing", "--body=moh")):
            login = f"kez_{os.getpid()}_{role}"
            subprocess.run([KEZDESU, "--database=" + cls.address, "--add-person=" + login,
                            "--role=" + ("planner" if role in ("leaving", "changing")
                                         else role)]
                           + ([body] if body else []),
                           env=env, check=True, capture_output=True, timeout=60)
            psql("postgres", f"ALTER ROLE {login} PASSWORD '{PASSWORD}'")
            cls.logins[role] = login
        # The question is the body's: the one the database serves.
        psql(cls.database, "UPDATE questions SET body_code = 'moh'")

    @classmethod
    def tearDownClass(cls):
        psql("postgres", f"DROP DATABASE IF EXISTS {cls.database} WITH (FORCE)")
        for login in cls.logins.values():
            psql("postgres", f"DROP ROLE IF EXISTS {login}")
        for role in ("planner", "timekeeper", "viewer", "reviewer"):
            psql("postgres", f'DROP ROLE IF EXISTS "{cls.database}:{role}"')
        cls.tmp.cleanup()

    def app_as(self, role):
        return App("ru", database_path=self.address,
                   environment={"PGUSER": self.logins[role], "PGPASSWORD": PASSWORD})

    def test_a_viewer_reads_the_questions_and_changes_nothing(self):
        with self.app_as("viewer") as app:
            app.find(f"Вы вошли как {self.logins['viewer']}. Наблюдатель:", prefix=True)
            app.press("alt+2")
            app.find("Дорога в село Акжар разбита", prefix=True, timeout=30)
            self.assertNotIn("Сейітова Ә.", app.names())
            for name in ("Импорт…", "Добавить вопросы", "Принять"):
                with self.subTest(button=name):
                    self.assertFalse(sensitive(app.find(name, role="push button")))
            # Nor do the timekeeper's keys triage: the question stays new on the server.
            app.click_with_mouse(app.find("Дорога в село Акжар разбита"), "Kezdesu")
            app.press("a")
            time.sleep(1.0)  # what a refused key would have written by then
            self.assertEqual(psql(self.database, "SELECT status FROM questions"), "new")
            app.press("alt+1")
            self.assertFalse(sensitive(app.find("Новая встреча", role="push button")))

            # An action opens to be read; it is not saved, noted or deleted.
            app.press("alt+3")
            app.choose(app.find("Показать"), "Kezdesu", 1, "Ахметова А. Ж.")
            app.click_with_mouse(app.find("Отремонтировать дорогу"), "Kezdesu")
            app.find("Действие", "dialog")
            for name, role in (("Сохранить", "push button"), ("Удалить действие…", "push button"),
                               ("Добавить запись о ходе исполнения", "text")):
                with self.subTest(control=name):
                    self.assertFalse(sensitive(app.find_in("Действие", name, role)))

    def test_the_reviewer_has_no_questions_page(self):
        with self.app_as("reviewer") as app:
            app.find(f"Вы вошли как {self.logins['reviewer']}.", prefix=True)
            app.find("Сегодня", role="push button")
            names = app.names()
            self.assertNotIn("Вопросы", names)
            self.assertNotIn("План действий", names)
            app.press("alt+2")
            app.find("Сегодня", role="push button")
            self.assertNotIn("Поиск по вопросам", app.names())


    def test_the_owner_takes_a_role_away(self):
        leaving = self.logins["leaving"]
        with App("ru", database_path=self.address) as app:  # as the owner: PGUSER's own
            app.find("Сегодня", role="push button")
            app.press("ctrl+comma")
            app.find("Параметры", "frame")
            app.click(app.find(f"Лишить роли: {leaving}", "push button"))
            confirm = None
            # GTK 4.8 may name a dialog's button twice over, with its mnemonic.
            for name in ("Лишить", "Лишить Лишить", "_Лишить Лишить"):
                try:
                    confirm = app.find_in(f"Лишить роли: {leaving}?", name, "push button",
                                          timeout=5)
                    break
                except AssertionError:
                    continue
            self.assertIsNotNone(confirm)
            app.click(confirm)
            app.wait_gone(f"Лишить роли: {leaving}", "push button")
            self.assertEqual(psql(self.database,
                                  f"SELECT count (*) FROM people WHERE login = '{leaving}'"), "0")
            # The others are still there.
            app.find(f"Лишить роли: {self.logins['viewer']}", "push button")
        refused = subprocess.run(["psql", "-X", "-d", self.database, "-c",
                                  "SELECT text FROM questions"], capture_output=True, text=True,
                                 env=dict(os.environ, PGUSER=leaving, PGPASSWORD=PASSWORD))
        self.assertIn("permission denied", refused.stderr)

    def test_a_role_changed_while_the_window_is_open(self):
        changing = self.logins["changing"]
        env = dict(os.environ, LANG="C.UTF-8", LC_ALL="C.UTF-8",
                   XDG_DATA_HOME=os.path.join(self.tmp.name, "data"))
        with self.app_as("changing") as app:
            app.find("Новая встреча", role="push button")
            subprocess.run([KEZDESU, "--database=" + self.address, "--add-person=" + changing,
                            "--role=viewer", "--body=moh"], env=env, check=True,
                           capture_output=True, timeout=60)
            app.find("Ваша роль на сервере команды изменилась. Наблюдатель:", prefix=True)
            subprocess.run([KEZDESU, "--database=" + self.address,
                            "--remove-person=" + changing], env=env, check=True,
                           capture_output=True, timeout=60)
            app.find(f"У {changing} больше нет роли в этой базе данных на сервере команды.")

    def test_a_viewer_names_no_one(self):
        with self.app_as("viewer") as app:
            app.find(f"Вы вошли как {self.logins['viewer']}.", prefix=True)
            app.press("ctrl+comma")
            app.find("Параметры", "frame")
            self.assertFalse(sensitive(app.find("_Добавить человека…", "push button",
                                                prefix=True)))
            self.assertFalse(sensitive(app.find(f"Лишить роли: {self.logins['viewer']}",
                                                "push button")))


if __name__ == "__main__":
    unittest.main()
