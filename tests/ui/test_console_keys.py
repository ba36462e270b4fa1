# SPDX-License-Identifier: GPL-3.0-or-later
"""A whole meeting run from the keyboard alone, as a timekeeper at the side of a hall does it:
no click after the console opens. Space starts, pauses and resumes wherever the focus is; a
question typed from the hall keeps its letters (q and spaces too) and Enter hands the keys back
to the clock; Q switches; F11 shows the stage view, whose window answers the same keys and
leaves with Escape; Ctrl+W asks before closing a running console, and Enter in that question is
Cancel. The clock's events in the database prove each step."""

import os
import subprocess
import time
import unittest
import warnings

from kezui import App
from test_live_meeting import database_with_meeting, open_console, clock_events, questions

CONSOLE = "Проведение встречи"
STAGE = "Экран для выступающего"


def window_id(title):
    pattern = "".join("\\" + c if c in ".?*+()[]{}|^$\\" else c for c in title)
    found = subprocess.run(["xdotool", "search", "--name", "^" + pattern + "$"],
                           capture_output=True, text=True).stdout.split()
    return found[-1] if found else None


def focus(title):
    """What a window manager does when the timekeeper brings a window forward."""
    subprocess.run(["xdotool", "windowfocus", "--sync", window_id(title)], check=True)


def toplevels(app):
    root = app._application()
    return [app.name_of(root.get_child_at_index(i)) for i in range(root.get_child_count())]


def keys(*names):
    subprocess.run(["xdotool", "key", "--delay", "80", *names], check=True)


def type_question(app, question):
    """Ctrl+N, the question typed letter by letter, read back until whole (xdotool types a
    letter missing from the keyboard map by remapping a key, and may lose one under load)."""
    keys("ctrl+n")
    time.sleep(0.3)
    App.type_focused(app.find("Вопрос, заданный сейчас", "text"), question)


class ConsoleKeys(unittest.TestCase):
    def setUp(self):
        warnings.simplefilter("ignore", DeprecationWarning)

    def wait_for(self, app, expected, timeout=10):
        deadline = time.monotonic() + timeout
        while clock_events(app) != expected:
            self.assertLess(time.monotonic(), deadline, (clock_events(app), expected))
            time.sleep(0.1)

    def test_a_meeting_from_the_keyboard(self):
        with App("ru", database_bytes=database_with_meeting(90)) as app:
            open_console(app)
            time.sleep(0.5)
            focus(CONSOLE)

            # The focus starts on the clock, not on "Reception": Space is the clock's.
            keys("space")
            self.wait_for(app, ["start"])
            keys("space")
            self.wait_for(app, ["start", "pause"])
            keys("space")
            self.wait_for(app, ["start", "pause", "resume"])
            # Space never reached the "Reception" button: no reception form opened.
            self.assertNotIn("Личный приём", toplevels(app))

            # A question from the hall, with the letters of the clock's keys in it.
            question = "Почему q и пробелы не ломают вопрос?"
            type_question(app, question)
            self.assertEqual(clock_events(app), ["start", "pause", "resume"])
            keys("Return")
            deadline = time.monotonic() + 10
            while questions(app) != [(question, "hall", "accepted")]:
                self.assertLess(time.monotonic(), deadline, questions(app))
                time.sleep(0.2)
            # Enter gave the keyboard back to the clock.
            keys("space")
            self.wait_for(app, ["start", "pause", "resume", "pause"])
            keys("space")
            self.wait_for(app, ["start", "pause", "resume", "pause", "resume"])

            keys("q")
            self.wait_for(app, ["start", "pause", "resume", "pause", "resume", "to-questions"])

            # The stage view, and the same keys in its own window.
            keys("F11")
            try:
                app.find(STAGE, "frame")
            except AssertionError:
                print(app.output(), app.process.poll())
                raise
            focus(STAGE)
            keys("space")
            self.wait_for(app, ["start", "pause", "resume", "pause", "resume", "to-questions",
                                "pause"])
            keys("Escape")
            app.wait_gone(STAGE, "frame")

            # Ctrl+W asks while the clock runs; Enter answers Cancel and the console stays.
            focus(CONSOLE)
            keys("ctrl+w")
            app.find("Закрыть пульт, пока идёт встреча?", "dialog")
            keys("Return")
            app.wait_gone("Закрыть пульт, пока идёт встреча?", "dialog")
            self.assertIsNotNone(window_id(CONSOLE))
            time.sleep(0.5)
            focus(CONSOLE)
            keys("space")
            self.wait_for(app, ["start", "pause", "resume", "pause", "resume", "to-questions",
                                "pause", "resume"])
            # The main window shows the running meeting.
            app.find("Открыть пульт идущей встречи", "push button")

    def test_enter_never_records_a_breach(self):
        os.environ["KEZDESU_CLOCK_SPEED"] = "120"
        try:
            with App("ru", database_bytes=database_with_meeting(15)) as app:
                open_console(app)
                time.sleep(0.5)
                focus(CONSOLE)
                keys("space")
                self.wait_for(app, ["start"])
                keys("q")
                self.wait_for(app, ["start", "to-questions"])
                app.click(app.find("Вернуться к докладу", "push button"))
                app.find("Вернуться к докладу?")
                keys("Return")
                app.wait_gone("Вернуться к докладу?")
                time.sleep(0.5)
                self.assertEqual(clock_events(app), ["start", "to-questions"])
        finally:
            del os.environ["KEZDESU_CLOCK_SPEED"]


if __name__ == "__main__":
    unittest.main(verbosity=2)
