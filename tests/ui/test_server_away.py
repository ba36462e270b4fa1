# SPDX-License-Identifier: GPL-3.0-or-later
"""The team server stops while a planner adds questions (team mode, part 1): the save is
refused with a message that says why, what was typed stays in the form, the window says the
server is away and looks for it; when the server is back the bar goes and the same question
is saved, once. Runs against the throw-away server of the postgresql suite (pg_virtualenv's
PG* variables), which it stops and starts with pg_ctlcluster."""

import os
import subprocess
import time
import unittest
import warnings

from kezui import App
from gi.repository import Atspi  # noqa: E402  (after kezui, which asks for Atspi 2.0)

REFUSED = "Сервер команды недоступен, поэтому изменение не сохранено."
BAR = "Сервер команды недоступен: ничего не сохраняется"
NOT_OPENED = "Сервер команды недоступен, поэтому сейчас это не открыть."


def psql(database, sql):
    return subprocess.run(["psql", "-X", "-A", "-t", "-v", "ON_ERROR_STOP=1", "-d", database,
                           "-c", sql], check=True, capture_output=True, text=True).stdout.strip()


def the_cluster():
    """pg_virtualenv's cluster: the one on PGPORT."""
    for line in subprocess.run(["pg_lsclusters", "-h"], check=True, capture_output=True,
                               text=True).stdout.splitlines():
        version, name, port = line.split()[:3]
        if port == os.environ["PGPORT"]:
            return version, name
    raise AssertionError("the tests' PostgreSQL cluster is not running (build-aux/dev test "
                         "starts one)")


def server(action):
    version, name = the_cluster()
    subprocess.run(["pg_ctlcluster", version, name, action, *(["-m", "fast"]
                   if action == "stop" else [])], check=True, capture_output=True)


def showing(app, prefix):
    return any(App.name_of(n).startswith(prefix) and
               n.get_state_set().contains(Atspi.StateType.VISIBLE) for n in app.nodes())


def top_levels(app):
    """The titles of the app's windows."""
    root = app._application()
    count = root.get_child_count() if root is not None else 0
    return [App.name_of(root.get_child_at_index(i)) for i in range(count)]


def wait_until(condition, what, timeout=30):
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"not within {timeout} s: {what}")
        time.sleep(0.1)


class ServerAway(unittest.TestCase):
    def setUp(self):
        warnings.simplefilter("ignore", DeprecationWarning)
        self.database = f"kez_away_{os.getpid()}"
        psql("postgres", f"CREATE DATABASE {self.database}")

    def tearDown(self):
        server("start") if not self.server_up() else None
        psql("postgres", f"DROP DATABASE IF EXISTS {self.database} WITH (FORCE)")

    @staticmethod
    def server_up():
        return subprocess.run(["pg_isready", "-q"]).returncode == 0

    def test_a_save_while_the_server_is_away_is_kept_and_made_later(self):
        with App("ru", database_path=f"postgresql:///{self.database}") as app:
            app.find("График")
            app.press("alt+2")
            app.click(app.find("Добавить вопросы", "push button"))
            text_view, add = app.controls_in("Добавить вопросы", ("Текст вопроса", "text"),
                                             ("Добавить", "push button"))
            Atspi.EditableText.set_text_contents(text_view, "Когда починят мост в Семее?")
            App.click(add)
            wait_until(lambda: App.text_of(text_view) == "", "the first question saved")
            self.assertFalse(showing(app, BAR), "the bar is there with the server")

            server("stop")
            typed = "Когда откроют школу в Косшы? Вопрос задан, пока сервер был недоступен."
            Atspi.EditableText.set_text_contents(text_view, typed)
            App.click(add)
            app.find(REFUSED, prefix=True)
            self.assertEqual(App.text_of(text_view), typed)
            wait_until(lambda: showing(app, BAR), "the window says the server is away")
            self.assertIsNone(app.process.poll())

            server("start")
            wait_until(lambda: not showing(app, BAR), "the bar gone once the server is back")
            App.click(add)
            wait_until(lambda: App.text_of(text_view) == "", "the kept question saved")

        self.assertEqual(psql(self.database, "SELECT count(*) FROM questions"), "2")
        self.assertEqual(psql(self.database, "SELECT count(*) FROM questions WHERE text = "
                                             f"'{typed}'"), "1")

    def test_a_form_asked_for_while_the_server_is_away_says_why(self):
        """A new meeting's editor opens once what it shows is read; with the server away the
        read fails, and the window says so instead of doing nothing. Back, it opens."""
        with App("ru", database_path=f"postgresql:///{self.database}") as app:
            app.find("График")
            server("stop")
            app.press("ctrl+n")
            app.find(NOT_OPENED, prefix=True)
            self.assertIsNone(app.process.poll())

            server("start")
            wait_until(lambda: not showing(app, BAR), "the bar gone once the server is back")
            deadline = time.monotonic() + 30
            while "Новая встреча" not in top_levels(app):
                if time.monotonic() > deadline:
                    raise AssertionError("the editor did not open with the server back")
                app.press("ctrl+n")
                time.sleep(1)


if __name__ == "__main__":
    unittest.main()
