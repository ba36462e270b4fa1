# SPDX-License-Identifier: GPL-3.0-or-later
"""The year's schedule as a planner keeps it: a search that finds meetings of every year, the
Government's approval that approves the meetings in the same step, and a deleted meeting that
comes back, with its questions, on Undo."""

import os
import sqlite3
import subprocess
import tempfile
import time
import unittest
import warnings

from kezui import App, BUILD_ROOT, kazakhstan_today
import kezdb  # noqa: E402  (tests/, put on the path by kezui)
from gi.repository import Atspi  # noqa: E402  (after kezui, which asks for Atspi 2.0)
from test_schedule_warnings import crowded_day


def database(rows, questions_for_first=0, submitted=False):
    """Meetings of the Ministry of Healthcare (served), as (leader, date, locality); with
    @questions_for_first questions given to the first; the year's schedule submitted if
    @submitted."""
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "kezdesu.db")
        csv = os.path.join(tmp, "m.csv")
        with open(csv, "w", encoding="utf-8") as f:
            f.write("organ,leader,date,time,duration_minutes,region,locality\n")
            for leader, day, locality in rows:
                f.write(f"moh,{leader},{day.isoformat()},10:00,90,abai,{locality}\n")
        env = dict(os.environ, XDG_DATA_HOME=tmp, GSETTINGS_BACKEND="memory",
                   GSETTINGS_SCHEMA_DIR=os.path.join(BUILD_ROOT, "data"))
        kezdesu = os.path.join(BUILD_ROOT, "src", "kezdesu")
        subprocess.run([kezdesu, "--database=" + path, "--import-meetings=" + csv], env=env,
                       check=True, capture_output=True)
        if questions_for_first:
            questions = os.path.join(tmp, "q.csv")
            with open(questions, "w", encoding="utf-8") as f:
                f.write("received,channel,text\n")
                for i in range(questions_for_first):
                    f.write(f"{kazakhstan_today().isoformat()},letter,Вопрос {i + 1}\n")
            subprocess.run([kezdesu, "--database=" + path, "--import-questions=" + questions,
                            "--meeting=1"], env=env, check=True, capture_output=True)
        db = kezdb.connect(path)
        with db:
            db.execute("INSERT INTO meta (key, value) VALUES ('served-body', 'moh')")
            if submitted:
                year = kazakhstan_today().year
                db.execute("INSERT INTO schedule_years (body_code, year, rule_set_id, status, "
                           "submitted_on) VALUES ('moh', ?, 'decree-863-2022', 'submitted', ?)",
                           (year, f"{year}-01-02"))
        db.close()
        with open(path, "rb") as f:
            return f.read()


def query(app, sql):
    db = sqlite3.connect(app.database)
    try:
        return db.execute(sql).fetchall()
    finally:
        db.close()


def wait_for(condition, timeout=15):
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError("the change did not reach the database")
        time.sleep(0.2)


class ScheduleYear(unittest.TestCase):
    def setUp(self):
        warnings.simplefilter("ignore", DeprecationWarning)

    def test_search_finds_meetings_of_every_year(self):
        day = crowded_day()
        earlier = day.replace(year=day.year - 2)
        with App("ru", database_bytes=database([("Ахметова А. Ж.", day, "Семей"),
                                                ("Ким В. С.", earlier, "Семей"),
                                                ("Сейітов Б. К.", day, "Аягөз")])) as app:
            # The search button puts the typing in the search.
            app.click(app.find("Фильтр встреч"))
            entry = app.find("Поиск встреч")
            deadline = time.monotonic() + 10
            while not entry.get_state_set().contains(Atspi.StateType.FOCUSED):
                self.assertLess(time.monotonic(), deadline, "the search has no focus")
                time.sleep(0.1)
            # A word form of the locality: "Семея" finds "Семей".
            subprocess.run(["xdotool", "windowfocus", "--sync", App.window_id("Kezdesu")],
                           check=True)
            # xdotool types a letter missing from the keyboard map by remapping a key, and can
            # lose one under load: what the search holds is read back, and typed again slower.
            # A sanitized build beside another test takes seconds to take the keys in.
            for delay in (60, 120, 240):
                subprocess.run(["xdotool", "type", "--delay", str(delay), "Семея"], check=True)
                deadline = time.monotonic() + 12
                while App.text_of(entry) != "Семея" and time.monotonic() < deadline:
                    time.sleep(0.1)
                if App.text_of(entry) == "Семея":
                    break
                subprocess.run(["xdotool", "key", "ctrl+a", "BackSpace"], check=True)
            if App.text_of(entry) != "Семея":
                # Beside another sanitized test the typed keys sometimes never reach the
                # entry (seen in CI, cause not found yet): the text is set through AT-SPI,
                # as an input method would, so that the search itself is still tested.
                entry.get_editable_text_iface().set_text_contents("Семея")
            self.assertEqual(App.text_of(entry), "Семея")
            app.wait_gone("10:00 Сейітов", "push button", prefix=True)
            app.find("10:00 Ахметова", "push button", prefix=True)
            app.click(app.find("Во всех годах: 2", "push button"))
            app.find("Все годы", "label")
            app.find("Ким В. С.", "label")
            app.find("Ахметова А. Ж.", "label")

    def test_approval_approves_the_meetings(self):
        today = kazakhstan_today()
        with App("ru", database_bytes=database([("Ахметова А. Ж.", crowded_day(), "Семей"),
                                                ("Ким В. С.", crowded_day(), "Аягөз")],
                                               submitted=True)) as app:
            # A row of the side pane, activated as a planner does, with the pointer.
            app.click_with_mouse(app.find("Отметить утверждённым…"), "Kezdesu")
            title = f"График на {today.year} год"
            app.find_in(title, "Утвердить его встречи", "label")
            app.find_in(title, "2 предложенные встречи станут утверждёнными", "label")
            app.click(app.find_in(title, "Сохранить", "push button"))
            wait_for(lambda: query(app, "SELECT DISTINCT status FROM meetings") == [("approved",)])
            self.assertEqual(query(app, "SELECT status FROM schedule_years"), [("approved",)])

    def test_undo_of_a_delete_gives_back_the_questions(self):
        with App("ru", database_bytes=database([("Ахметова А. Ж.", crowded_day(), "Семей")],
                                               questions_for_first=2)) as app:
            (meeting_id,), = query(app, "SELECT id FROM meetings")
            app.click_until("10:00 Ахметова", "Изменить встречу")
            app.click(app.find("Удалить", "push button"))
            wait_for(lambda: query(app, "SELECT count(*) FROM meetings") == [(0,)])
            app.find("Встреча удалена; её 2 вопроса теперь не переданы на встречу")
            self.assertEqual(query(app, "SELECT DISTINCT meeting_id FROM questions"), [(None,)])
            app.click(app.find("Вернуть"))
            wait_for(lambda: query(app, "SELECT DISTINCT meeting_id FROM questions")
                     == [(meeting_id,)])
            app.find("10:00 Ахметова", "push button", prefix=True)


if __name__ == "__main__":
    unittest.main(verbosity=2)
