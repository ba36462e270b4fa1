# SPDX-License-Identifier: GPL-3.0-or-later
"""A meeting taken along on a laptop that will be offline, from the window (team mode, part 2):
the meeting editor's Take to a Laptop writes the meeting into a new file and says how to run
it there; what the laptop recorded (here a question asked in the hall, written into the file
as the laptop's app would) comes back with Import and Export, Bring Back a Meeting from a
Laptop, once however often it is brought; a file that is not a meeting taken along is refused
with the reason, and nothing is written."""

import os
import sqlite3
import subprocess
import tempfile
import time
import unittest
import warnings

from kezui import App, BUILD_ROOT, kazakhstan_today

KEZDESU = os.path.join(BUILD_ROOT, "src", "kezdesu")
LEADER = "Ахметова А. Ж."
ENV = dict(os.environ, LANG="C.UTF-8", LC_ALL="C.UTF-8")


def run_app(*args):
    subprocess.run([KEZDESU, *args], env=ENV, check=True, capture_output=True, timeout=60)


def hall_questions(path):
    db = sqlite3.connect(path)
    try:
        return [text for (text,) in db.execute("SELECT text FROM questions "
                                               "WHERE channel = 'hall' ORDER BY id")]
    finally:
        db.close()


def wait_for_file(path, timeout=30):
    deadline = time.monotonic() + timeout
    while not os.path.exists(path) and time.monotonic() < deadline:
        time.sleep(0.2)
    return os.path.exists(path)


class TakeAlongWindow(unittest.TestCase):
    def setUp(self):
        warnings.simplefilter("ignore", DeprecationWarning)
        self.tmp = tempfile.TemporaryDirectory(prefix="kezdesu-take-")
        self.addCleanup(self.tmp.cleanup)

    def desk_database(self):
        path = os.path.join(self.tmp.name, "desk.db")
        meetings = os.path.join(self.tmp.name, "meetings.csv")
        with open(meetings, "w", encoding="utf-8") as f:
            f.write("organ;leader;date;time;duration_minutes;region\n"
                    f"moh;{LEADER};{kazakhstan_today():%d.%m.%Y};10:00;90;abai\n")
        run_app("--database=" + path, "--import-meetings=" + meetings)
        with open(path, "rb") as f:
            return f.read()

    def test_take_the_meeting_along_and_bring_it_back(self):
        laptop = os.path.join(self.tmp.name, "laptop.db")
        with App("ru", database_bytes=self.desk_database()) as app:
            app.click_until("10:00 " + LEADER, "Изменить встречу")
            app.click(app.find("Взять с собой…", "label"))  # clicks its button
            app.find("Имя:")
            app.press("ctrl+a")
            subprocess.run(["xdotool", "type", "--delay", "10", laptop], check=True)
            app.press("Return")
            self.assertTrue(wait_for_file(laptop))
            app.find("В «laptop.db» — встреча", prefix=True)
            app.respond("Встреча взята с собой", "_Закрыть")

            # On the laptop, a question from the hall is recorded.
            question = os.path.join(self.tmp.name, "hall.csv")
            with open(question, "w", encoding="utf-8") as f:
                f.write(f"received,channel,text\n{kazakhstan_today():%Y-%m-%d},hall,"
                        "Когда откроют школу в Акжаре?\n")
            run_app("--database=" + laptop, "--import-questions=" + question, "--meeting=1")

            for brought in ("Возвращено: событий часов 0, принятых граждан 0, вопросов из "
                            "зала 1, отвеченных вопросов 0.",
                            "Ничего нового: всё, что записано в этом файле, здесь уже есть."):
                with self.subTest(brought=brought):
                    app.press("Escape")  # the editor, or nothing
                    app.wait_window_gone("Изменить встречу")
                    app.click(app.find("Импорт и экспорт"))
                    app.click(app.find("Вернуть встречу с ноутбука…"))
                    app.choose_file(laptop)
                    app.find(brought)  # once, however often the file comes back
                    app.respond("Встреча возвращена", "_Закрыть")
                    self.assertEqual(hall_questions(app.database),
                                     ["Когда откроют школу в Акжаре?"])

            # The desk's own database is not a meeting taken along: refused, nothing written.
            app.click(app.find("Импорт и экспорт"))
            app.click(app.find("Вернуть встречу с ноутбука…"))
            app.choose_file(app.database)
            app.find("Встречу нельзя вернуть", prefix=True)
            app.respond("Встречу нельзя вернуть", "_Закрыть")
            self.assertEqual(hall_questions(app.database), ["Когда откроют школу в Акжаре?"])


if __name__ == "__main__":
    unittest.main(verbosity=2)
