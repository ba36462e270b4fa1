# SPDX-License-Identifier: GPL-3.0-or-later
"""A crowded day of the schedule, as a planner meets it: five meetings on one working day of
this month show three chips and "2 more", which opens the day's whole list; the leader who
meets twice at once and the region met twice that day are warned at their fields in the
editor; the year view's days are walked with the arrow keys and opened with Enter."""

import datetime
import os
import sqlite3
import subprocess
import tempfile
import time
import unittest
import warnings

from kezui import App, BUILD_ROOT, kazakhstan_today
from gi.repository import Atspi  # noqa: E402  (after kezui, which asks for Atspi 2.0)

# Fixed public holidays (Labour Code, art. 84): the crowded day must be a working one.
HOLIDAYS = {(1, 1), (1, 2), (1, 7), (3, 8), (3, 21), (3, 22), (3, 23), (5, 1), (5, 7), (5, 9),
            (7, 6), (8, 30), (10, 25), (12, 16)}
MONTHS = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа",
          "сентября", "октября", "ноября", "декабря"]


def crowded_day():
    """A working day of this month, well inside it, so that a day off moved onto a Monday by
    the holiday rule is avoided as well (such a Monday follows a holiday weekend)."""
    today = kazakhstan_today()
    for day in range(9, 29):
        date = today.replace(day=day)
        if date.weekday() in (1, 2, 3) and (date.month, date.day) not in HOLIDAYS:
            return date
    raise AssertionError("no working day found")


def database_with_crowded_day(day, rows=None):
    """Five meetings of one body on @day: Ахметова twice, and twice in Abai region."""
    rows = rows or [("moh", "Ахметова А. Ж.", "10:00", 90, "abai"),
                    ("moh", "Ахметова А. Ж.", "11:00", 60, "almaty"),
                    ("moh", "Ким В. С.", "12:00", 60, "astana"),
                    ("moh", "Сейітов Б. К.", "15:00", 90, "abai"),
                    ("moh", "Нұрланов Д.", "16:00", 60, "shymkent")]
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "kezdesu.db")
        csv = os.path.join(tmp, "m.csv")
        with open(csv, "w", encoding="utf-8") as f:
            f.write("organ,leader,date,time,duration_minutes,region\n")
            for body, leader, start, minutes, region in rows:
                f.write(f"{body},{leader},{day.isoformat()},{start},{minutes},{region}\n")
        env = dict(os.environ, XDG_DATA_HOME=tmp, GSETTINGS_BACKEND="memory",
                   GSETTINGS_SCHEMA_DIR=os.path.join(BUILD_ROOT, "data"))
        subprocess.run([os.path.join(BUILD_ROOT, "src", "kezdesu"), "--database=" + path,
                        "--import-meetings=" + csv], env=env, check=True, capture_output=True)
        with open(path, "rb") as f:
            return f.read()


def spoken_date(date):
    return f"{date.day} {MONTHS[date.month - 1]} {date.year} года"


def focused_name(app):
    for node in app.nodes():
        try:
            if node.get_state_set().contains(Atspi.StateType.FOCUSED):
                return app.name_of(node)
        except Exception:  # a node that went away while walked
            continue
    return None


def active_rule_set(app):
    db = sqlite3.connect(app.database)
    try:
        row = db.execute("SELECT value FROM meta WHERE key = 'active-rule-set'").fetchone()
        return row[0] if row else None
    finally:
        db.close()


class ScheduleWarnings(unittest.TestCase):
    def setUp(self):
        warnings.simplefilter("ignore", DeprecationWarning)

    def test_a_crowded_day_shows_all_its_meetings_and_warns(self):
        day = crowded_day()
        with App("ru", database_bytes=database_with_crowded_day(day)) as app:
            # Three chips, then "2 more", which lists all five.
            app.find("10:00 Ахметова", "push button", prefix=True)
            app.find("12:00 Ким", "push button", prefix=True)
            self.assertFalse(any(name.startswith("16:00 Нұрланов") for name in app.names()))
            more = app.find("Все 5 встреч дня")
            app.click(more)
            app.click_until("16:00 Нұрланов", "Изменить встречу")
            app.find("город Шымкент", prefix=True)
            app.click(app.find("Отменить", "push button"))
            app.wait_window_gone("Изменить встречу")

            # The double-booked leader and the region met twice, each at its field.
            app.click_until("10:00 Ахметова", "Изменить встречу")
            app.find("У этого руководителя в то же время другая встреча (11:00–12:00",
                     "label", prefix=True)
            app.find("Орган уже встречается с населением этого региона в тот же день "
                     "(15:00–16:30", "label", prefix=True)
            app.click(app.find("Отменить", "push button"))
            app.wait_window_gone("Изменить встречу")

    def test_year_view_walked_by_the_keys(self):
        day = crowded_day()
        with App("ru", database_bytes=database_with_crowded_day(day)) as app:
            app.click(app.find("Год"))
            # The year opens with today's day in the focus; the arrows walk it.
            deadline = time.monotonic() + 15
            today = kazakhstan_today()
            # (The month view's day is named so too, with "new meeting" after it: the focus
            # must have reached the year's day before a key is pressed.)
            while not ((focused_name(app) or "").startswith(spoken_date(today))
                       and "новая встреча" not in focused_name(app)):
                self.assertLess(time.monotonic(), deadline, focused_name(app))
                time.sleep(0.2)
            window = subprocess.run(["xdotool", "search", "--onlyvisible", "--name", "^Kezdesu$"],
                                    capture_output=True, text=True, check=True).stdout.split()[0]
            subprocess.run(["xdotool", "windowfocus", "--sync", window], check=True)
            step = (day - today).days
            if step != 0:
                subprocess.run(["xdotool", "key", "--delay", "60",
                                *(["Right"] * step if step > 0 else ["Left"] * -step)],
                               check=True)
            deadline = time.monotonic() + 15
            while not (focused_name(app) or "").startswith(spoken_date(day)):
                self.assertLess(time.monotonic(), deadline, focused_name(app))
                time.sleep(0.2)
            # The day says who meets there.
            self.assertIn("10:00 Ахметова А. Ж.", focused_name(app))
            # Down is a week later; Enter opens the day's month.
            app.press("Down")
            later = day + datetime.timedelta(days=7)
            deadline = time.monotonic() + 15
            while not (focused_name(app) or "").startswith(spoken_date(later)):
                self.assertLess(time.monotonic(), deadline, focused_name(app))
                time.sleep(0.2)
            app.press("Up Return")
            app.find("10:00 Ахметова", "push button", prefix=True)

    def test_rules_that_exempt_a_body_flag_its_meetings_at_once(self):
        day = crowded_day()
        rows = [("mia", "Ержанов Т. С.", "10:00", 90, "astana"),
                ("moh", "Ахметова А. Ж.", "15:00", 90, "abai")]
        with App("ru", database_bytes=database_with_crowded_day(day, rows)) as app:
            chip = app.find("10:00 Ержанов Т. С.", "push button", prefix=True)
            self.assertNotIn("освобождён", chip.get_name())

            # Internal Affairs is exempt under the rules of 2024: chosen in Preferences.
            app.press("ctrl+comma")
            app.find("Параметры", "frame")
            app.click_with_mouse(app.find("Набор правил"), "Параметры")
            # The list opens on the rules in force; the next one down is the 2024 rules.
            app.find("Правила 2024 года (по сообщениям СМИ)", "label")
            app.press("Down Return")
            app.find("Правила 2024 года (по сообщениям СМИ)", "label")
            deadline = time.monotonic() + 10
            while active_rule_set(app) != "rules-2024":
                self.assertLess(time.monotonic(), deadline, "the 2024 rules were not chosen")
                time.sleep(0.2)
            app.press("Escape")
            app.wait_window_gone("Параметры")

            # The schedule says so without a restart: the side pane, the chip, the editor.
            app.find("1 встреча освобождённого органа")
            chip = app.find("10:00 Ержанов Т. С.", "push button", prefix=True)
            self.assertIn("орган освобождён по действующим правилам", chip.get_name())
            other = app.find("15:00 Ахметова А. Ж.", "push button", prefix=True)
            self.assertNotIn("освобождён", other.get_name())
            app.click_until("10:00 Ержанов", "Изменить встречу")
            # At the body's field, under its name.
            app.find("Министерство внутренних дел\nПо действующим правилам этот орган "
                     "освобождён от встреч с населением: выберите другой орган или отмените "
                     "встречу", "label")


if __name__ == "__main__":
    unittest.main(verbosity=2)
