# SPDX-License-Identifier: GPL-3.0-or-later
"""The month grid from the keyboard: one stop of Tab, not 42. The month view opens with today's
day focused; Right, Down, Home and End move among the days; Tab leaves the grid at once."""

import datetime
import time
import unittest
import warnings

from kezui import App, kazakhstan_today
from gi.repository import Atspi, GLib  # noqa: E402  (after kezui, which asks for Atspi 2.0)

MONTHS = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа",
          "сентября", "октября", "ноября", "декабря"]


def day_name(date):
    return f"{date.day} {MONTHS[date.month - 1]} {date.year} года"


def focused(app):
    for node in app.nodes():
        try:
            if node.get_state_set().contains(Atspi.StateType.FOCUSED):
                return app.name_of(node)
        except GLib.Error:
            continue
    return None


class MonthKeys(unittest.TestCase):
    def setUp(self):
        warnings.simplefilter("ignore", DeprecationWarning)

    def wait_focus(self, app, start):
        deadline = time.monotonic() + 10
        name = None
        while time.monotonic() < deadline:
            name = focused(app)
            if name is not None and name.startswith(start):
                return name
            time.sleep(0.2)
        self.fail(f"the focus is on {name!r}, not on {start!r}")

    def test_arrows_inside_tab_out(self):
        today = kazakhstan_today()
        with App("ru") as app:
            app.find("График")
            app.press("alt+m")
            self.wait_focus(app, day_name(today))
            first = today.replace(day=1)
            grid_start = first - datetime.timedelta(days=first.weekday())
            index = (today - grid_start).days
            current = today
            if index % 7 < 6:
                app.press("Right")
                current += datetime.timedelta(days=1)
                self.wait_focus(app, day_name(current))
            if index + 7 < 42:
                app.press("Down")
                current += datetime.timedelta(days=7)
                self.wait_focus(app, day_name(current))
            app.press("Home")
            monday = current - datetime.timedelta(days=current.weekday())
            self.wait_focus(app, day_name(monday))
            app.press("End")
            self.wait_focus(app, day_name(monday + datetime.timedelta(days=6)))
            app.press("Tab")
            time.sleep(0.5)
            name = focused(app) or ""
            self.assertFalse(name.endswith("новая встреча"), f"Tab stayed in the grid: {name!r}")


if __name__ == "__main__":
    unittest.main(verbosity=2)
