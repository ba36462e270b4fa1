# SPDX-License-Identifier: GPL-3.0-or-later
"""A whole live meeting with the team server gone (team mode, part 2): the console is opened,
the server stops, and the timekeeper starts the clock, pauses it, takes a question from the
hall and a citizen at the reception, resumes, lets the presentation's quarter run out and
finishes it, marking it held, as if the cable had been pulled. Nothing waits: the console
keeps it all on this computer and says how much waits. When the server is back, every clock
event, the reception and the question are on the server exactly once, the meeting is held,
and the console says nothing waits any more. Runs against the throw-away server of the
postgresql suite (pg_virtualenv's PG* variables), which it stops and starts with
pg_ctlcluster."""

import os
import subprocess
import tempfile
import time
import unittest
import warnings

from kezui import App, BUILD_ROOT, kazakhstan_today
from test_live_meeting import clock_text, open_console
from test_server_away import psql, server, wait_until

KEZDESU = os.path.join(BUILD_ROOT, "src", "kezdesu")


class ConsoleOffline(unittest.TestCase):
    def setUp(self):
        warnings.simplefilter("ignore", DeprecationWarning)
        self.tmp = tempfile.TemporaryDirectory(prefix="kezdesu-offline-")
        self.database = f"kez_offline_{os.getpid()}"
        psql("postgres", f"CREATE DATABASE {self.database}")
        self.address = f"postgresql:///{self.database}"
        meetings = os.path.join(self.tmp.name, "m.csv")
        with open(meetings, "w", encoding="utf-8") as f:
            f.write("organ,leader,date,time,duration_minutes\n"
                    f"moh,Тестова А. Б.,{kazakhstan_today().isoformat()},10:00,15\n")
        subprocess.run([KEZDESU, "--database=" + self.address, "--import-meetings=" + meetings],
                       env=dict(os.environ, LANG="C.UTF-8", LC_ALL="C.UTF-8",
                                XDG_DATA_HOME=os.path.join(self.tmp.name, "cli")),
                       check=True, capture_output=True)
        os.environ["KEZDESU_CLOCK_SPEED"] = "120"

    def tearDown(self):
        del os.environ["KEZDESU_CLOCK_SPEED"]
        if subprocess.run(["pg_isready", "-q"]).returncode != 0:
            server("start")
        psql("postgres", f"DROP DATABASE IF EXISTS {self.database} WITH (FORCE)")
        self.tmp.cleanup()

    def on_server(self, sql):
        return psql(self.database, sql)

    @staticmethod
    def press(*keys):
        window = subprocess.run(["xdotool", "search", "--onlyvisible", "--name",
                                 "^Проведение встречи$"], capture_output=True, text=True,
                                check=True).stdout.split()[-1]
        subprocess.run(["xdotool", "windowfocus", "--sync", window], check=True)
        subprocess.run(["xdotool", "key", *keys], check=True)

    def wait_clock(self, prefix, timeout=20):
        wait_until(lambda: clock_text(self.app).startswith(prefix), f"the clock shows {prefix}",
                   timeout)

    def test_a_meeting_run_with_the_server_away_reaches_it_once(self):
        with App("ru", database_path=self.address) as app:
            self.app = app
            open_console(app)
            self.assertTrue(clock_text(app).startswith("Готово к началу"))
            server("stop")

            # Started and paused in one go: at 120 times the budget is under two seconds.
            self.press("space", "space")
            self.wait_clock("Пауза", 5)
            app.type_into(app.find("Вопрос, заданный сейчас", "text"), "Проведение встречи",
                          "Когда отремонтируют школу?", then="Return")
            app.find("Когда отремонтируют школу?")
            app.click(app.find("Личный приём", "push button", prefix=True))
            app.find("Личный приём", "dialog")
            app.type_into(app.find("Фамилия, имя, отчество", "text"), "Личный приём",
                          "Сейітова Ә.")
            app.type_into(app.find("ИИН", "text"), "Личный приём", "791028302728")
            app.click(app.find("Сохранить", "push button"))
            app.wait_window_gone("Личный приём")
            app.click(app.find("Продолжить", "push button"))
            self.wait_clock("Вопросы-ответы")
            app.click(app.find("Завершить", "push button"))
            app.click(app.find_in("Завершить встречу?", "Завершить", "label"))
            self.wait_clock("Завершена")
            # Kept here, and said: 5 clock events, the citizen, the question, the meeting held.
            waiting = app.find("8 записей ждут сервер команды:", prefix=True)
            self.assertIn("на этом компьютере", waiting.get_name())

            server("start")
            wait_until(lambda: self.on_server("SELECT count (*) FROM clock_events") == "5",
                       "the clock's events on the server", 60)
            app.wait_gone("8 записей ждут сервер команды:", prefix=True)
            self.assertEqual(self.on_server("SELECT string_agg (kind, ',' ORDER BY id) "
                                            "FROM clock_events"),
                             "start,pause,resume,auto-to-questions,finish")
            self.assertEqual(self.on_server("SELECT citizen_name || ' ' || iin "
                                            "FROM receptions"), "Сейітова Ә. 791028302728")
            self.assertEqual(self.on_server("SELECT text || ' ' || channel FROM questions"),
                             "Когда отремонтируют школу? hall")
            self.assertEqual(self.on_server("SELECT status FROM meetings"), "held")
            # Each once, with the identity it was recorded with.
            self.assertEqual(self.on_server(
                "SELECT count (DISTINCT client_uuid) FROM clock_events"), "5")


if __name__ == "__main__":
    unittest.main(verbosity=2)
