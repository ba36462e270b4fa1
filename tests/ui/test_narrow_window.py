# SPDX-License-Identifier: GPL-3.0-or-later
"""The window on half of a laptop's screen, or a phone's: narrowed to 360×600, in Kazakh (the
longest labels), every page and view and the live console keep to that width as the X server
measures it (not only as GTK asks), and every control on screen is there and named. The side
pane, which gives way to the calendar, opens over it from its button."""

import re
import subprocess
import tempfile
import time
import unittest
import warnings

from kezui import App, demo_database
from test_accessibility import unnamed_controls
from test_live_meeting import database_with_meeting, open_console

WIDTH, HEIGHT, MOST = 360, 600, 380


def real_width(title):
    """The width of the window titled @title, as the X server has it. The window is looked up
    each time: GTK can replace a top-level's X window (a tooltip's bears the title too)."""
    for _ in range(50):
        try:
            window = App.window_id(title)
        except AssertionError:  # not mapped yet
            time.sleep(0.2)
            continue
        geometry = subprocess.run(["xdotool", "getwindowgeometry", "--shell", window],
                                  capture_output=True, text=True)
        if geometry.returncode == 0:
            return int(dict(line.split("=", 1) for line in geometry.stdout.split())["WIDTH"])
        time.sleep(0.2)
    raise AssertionError(f"no window {title!r} to measure")


def minimum_width(title):
    """The narrowest the window asks the window manager to allow (WM_NORMAL_HINTS)."""
    hints = subprocess.run(["xprop", "-id", App.window_id(title), "WM_NORMAL_HINTS"],
                           capture_output=True, text=True).stdout
    match = re.search(r"minimum size: (\d+) by (\d+)", hints)
    return int(match.group(1)) if match else 0


def narrow(title):
    """Asks for 360×600 as a window manager would grant it: Xvfb has none, and xdotool alone
    would force the window below the minimum it asks for."""
    real_width(title)  # once it is there
    width = max(WIDTH, minimum_width(title))
    subprocess.run(["xdotool", "windowsize", App.window_id(title), str(width), str(HEIGHT)])
    deadline = time.monotonic() + 10
    while real_width(title) > MOST and time.monotonic() < deadline:
        time.sleep(0.2)


def menu_item(app, name, timeout=10):
    """The item @name of the menu just opened (GTK 4.8 calls a radio item a "radio menu
    item", a plain one a "menu item")."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        for node in app.nodes():
            if app.name_of(node) == name and "menu item" in app.role_of(node):
                return node
        time.sleep(0.2)
    raise AssertionError(f"no menu item {name!r}")


class NarrowWindow(unittest.TestCase):
    def setUp(self):
        warnings.simplefilter("ignore", DeprecationWarning)

    def check(self, app, window, view, at_least):
        time.sleep(1.0)
        width = real_width(window)
        self.assertLessEqual(width, MOST, f"{view}: the window is {width} px wide")
        unnamed, seen = unnamed_controls(app)
        print(f"{view}: {width} px, {seen} controls showing, {len(unnamed)} unnamed", flush=True)
        self.assertGreaterEqual(seen, at_least, view)
        self.assertEqual(unnamed, [], f"{view}: controls with no name")

    def test_pages_at_360(self):
        with tempfile.TemporaryDirectory() as tmp:
            database = demo_database(tmp)
            with App("kk", database_path=database) as app:
                app.find("Кесте")
                window = "Kezdesu"
                narrow(window)
                self.check(app, window, "Schedule, month", 8)
                # The three views are a menu now, and the side pane a button.
                app.click(app.find("Жыл, ай немесе тізім", "push button"))
                app.click(menu_item(app, "Жыл"))
                self.check(app, window, "Schedule, year", 8)
                app.press("alt+l")
                self.check(app, window, "Schedule, list", 8)
                app.press("alt+m")
                app.click(app.find("Мәртебе, мерзімдер және қамту", "push button"))
                app.find("Алдағы мерзімдер")
                self.check(app, window, "Schedule, side pane", 8)
                app.press("Escape")
                app.press("alt+2")
                self.check(app, window, "Questions", 10)
                app.click(app.find("Талдау"))
                self.check(app, window, "Questions, analysis", 4)
                app.click(app.find("Талдау"))
                app.press("alt+3")
                self.check(app, window, "Action plan", 4)

    def test_console_at_360(self):
        with App("ru", database_bytes=database_with_meeting(90)) as app:
            app.find("График")
            narrow("Kezdesu")
            open_console(app)
            console = "Проведение встречи"
            narrow(console)
            self.check(app, console, "Console", 8)


if __name__ == "__main__":
    unittest.main(verbosity=2)
