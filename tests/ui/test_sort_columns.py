# SPDX-License-Identifier: GPL-3.0-or-later
"""The questions sorted by a click on a column's header, and the other way by a second click:
by the region's name in the alphabetical order of the interface's language ("Акмолинская
область" first, "Туркестанская область" last: "область Абай" and "город Алматы" sort under
О and Г, as a reader looks for them), by the citizens behind them, and back to the newest
first. Among equals the newest question comes first."""

import re
import sqlite3
import tempfile
import time
import unittest
import warnings

from kezui import App, demo_database

WINDOW = "Kezdesu"


# How the two tables' rows are read out: a question by its text, status and day; a meeting
# by its date, time, leader, region and status.
QUESTION_ROW = re.compile(r" · \d\d\.\d\d\.\d{4}$")
MEETING_ROW = re.compile(r"^\d\d\.\d\d\.\d{4} · \d\d:\d\d · ")


def wait_first_row(app, kind, wanted, what, timeout=15):
    """Waits until the first row of the table whose rows are read as @kind says @wanted of
    itself (a test of its name); @what tells the failure what was waited for."""
    deadline = time.monotonic() + timeout
    while True:
        row = next((app.name_of(node) for node in app.nodes()
                    if app.role_of(node) == "table row" and kind.search(app.name_of(node))),
                   None)
        if row is not None and wanted(row):
            return
        if time.monotonic() > deadline:
            raise AssertionError(f"the first row is {row!r}, not {what}")
        time.sleep(0.2)


def wait_first_question(app, text):
    wait_first_row(app, QUESTION_ROW, lambda row: row.startswith(text + " · "), repr(text))


def wait_first_meeting_in(app, region):
    wait_first_row(app, MEETING_ROW, lambda row: f" · {region} · " in row,
                   f"a meeting in {region}")


def header(app, title, timeout=15):
    """The column's title in the header of the table on screen (GTK 4.8 calls it a filler;
    a table not shown has no size)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        for node in app.nodes():
            parent = node.get_parent()
            if (app.name_of(node) == title and parent is not None and
                    app.name_of(parent) == "Заголовки столбцов" and
                    node.get_component_iface().get_extents(0).width > 0):
                return node
        time.sleep(0.3)
    raise AssertionError(f"no column header {title!r} on screen")


class SortColumns(unittest.TestCase):
    def setUp(self):
        warnings.simplefilter("ignore", DeprecationWarning)

    def test_sort_by_region_and_citizens(self):
        with tempfile.TemporaryDirectory() as folder:
            path = demo_database(folder)
            db = sqlite3.connect(path)

            def newest(where, order=""):
                return db.execute(f"SELECT text FROM questions WHERE {where} ORDER BY {order}"
                                  "received_on DESC, id DESC LIMIT 1").fetchone()[0]

            newest_of_all = newest("1")
            first_region = newest("region_code = 'akmola'")       # Акмолинская область
            last_region = newest("region_code = 'turkistan'")     # Туркестанская область
            fewest_citizens = newest("1", "citizens ASC, ")
            most_citizens = newest("1", "citizens DESC, ")
            with open(path, "rb") as f:
                data = f.read()
            db.close()

        with App("ru", database_bytes=data) as app:
            app.press("alt+2")
            wait_first_question(app, newest_of_all)

            app.click_with_mouse(header(app, "Регион"), WINDOW)
            wait_first_question(app, first_region)
            app.click_with_mouse(header(app, "Регион"), WINDOW)
            wait_first_question(app, last_region)

            app.click_with_mouse(header(app, "Граждан"), WINDOW)
            wait_first_question(app, fewest_citizens)
            app.click_with_mouse(header(app, "Граждан"), WINDOW)
            wait_first_question(app, most_citizens)

            # The day received, oldest first, then the list's own order again.
            app.click_with_mouse(header(app, "Поступил"), WINDOW)
            app.click_with_mouse(header(app, "Поступил"), WINDOW)
            wait_first_question(app, newest_of_all)

    def test_schedule_list_sorts_regions_by_name(self):
        """The schedule's list puts regions in the order of their names, not of their codes
        (akmola, aktobe, … would put "область Абай" first and Туркестанская before Жамбылская
        by "turkistan" and "zhambyl")."""
        with tempfile.TemporaryDirectory() as folder:
            with open(demo_database(folder), "rb") as f:
                data = f.read()

        with App("ru", database_bytes=data) as app:
            app.click(app.find("Список", prefix=True))
            app.click_with_mouse(header(app, "Регион"), WINDOW)
            wait_first_meeting_in(app, "Акмолинская область")
            app.click_with_mouse(header(app, "Регион"), WINDOW)
            wait_first_meeting_in(app, "Туркестанская область")


if __name__ == "__main__":
    unittest.main(verbosity=2)
