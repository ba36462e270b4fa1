# SPDX-License-Identifier: GPL-3.0-or-later
"""Every control a planner can reach is named for a screen reader: each page and view of the
window, on the demo database so that lists have rows, is walked through the accessibility tree,
and a button, entry, drop-down or row on screen with no name (GTK then gives the widget's
type name, such as "GtkToggleButton") fails the test."""

import re
import tempfile
import time
import unittest
import warnings

from kezui import App, demo_database
from gi.repository import Atspi  # noqa: E402  (after kezui, which asks for Atspi 2.0)

CONTROLS = {"push button", "toggle button", "check box", "radio button", "entry", "text",
            "password text", "spin button", "combo box", "slider", "menu item", "page tab"}
# A row is read out by what it shows: it needs a name, or a label in it that says something.
ROWS = {"list item", "table row"}
# A table's row and its column headings are read by their own names (GTK 4.8 would say
# "GtkListItemWidget" and "GtkColumnViewTitle").
NAMED_ROWS = {"table row", "column header", "table column header"}
TYPE_NAME = re.compile(r"^(Gtk|Adw|Kez)[A-Z]\w*$")


def real_name(name):
    return bool(name.strip()) and not TYPE_NAME.match(name)


def says_something(app, node, depth=0):
    if real_name(app.name_of(node)):
        return True
    return depth < 8 and any(says_something(app, node.get_child_at_index(i), depth + 1)
                             for i in range(node.get_child_count()))


def unnamed_controls(app):
    """(role, name, what it is in) of every showing control without a real name, and how many
    showing controls there were."""
    found = []
    seen = [0]

    def walk(node, depth=0):
        try:
            # GTK 4.8 says "visible" of the widgets of a page not shown, too; what is on screen
            # has a size.
            component = node.get_component_iface()
            if component is not None:
                extents = component.get_extents(Atspi.CoordType.WINDOW)
                if extents.width <= 0 or extents.height <= 0:
                    return
            role, name = app.role_of(node), app.name_of(node)
            seen[0] += role in CONTROLS or role in ROWS
            if ((role in CONTROLS and not real_name(name)) or
                    (role in NAMED_ROWS and not real_name(name)) or
                    (role in ROWS and not says_something(app, node))):
                parent = node.get_parent()
                found.append((role, name, app.name_of(parent) if parent else ""))
            for i in range(node.get_child_count() if depth < 60 else 0):
                child = node.get_child_at_index(i)
                if child is not None:
                    walk(child, depth + 1)
        except Exception:  # a node that vanished while walked
            return

    root = app._application()
    for i in range(root.get_child_count()):
        walk(root.get_child_at_index(i))
    return sorted(set(found)), seen[0]


class Accessibility(unittest.TestCase):
    def setUp(self):
        warnings.simplefilter("ignore", DeprecationWarning)

    def test_every_control_is_named(self):
        with tempfile.TemporaryDirectory() as tmp:
            database = demo_database(tmp)
            views = [
                ("Schedule, month", "alt+1", None),
                ("Schedule, year", None, "Год"),
                ("Schedule, list", None, "Список"),
                ("Questions", "alt+2", None),
                ("Questions, analysis", None, "Анализ"),
                ("Action plan", "alt+3", None),
            ]
            problems = {}
            with App("ru", database_path=database) as app:
                app.find("График")
                for view, keys, button in views:
                    if keys:
                        app.press(keys)
                    if button:
                        app.click(app.find(button))
                    time.sleep(1.0)
                    unnamed, seen = unnamed_controls(app)
                    print(f"{view}: {seen} controls showing, {len(unnamed)} unnamed", flush=True)
                    self.assertGreater(seen, 20, view)
                    if unnamed:
                        problems[view] = unnamed
            self.assertEqual(problems, {}, "controls with no name for a screen reader:\n" + "\n".join(f"{view}: {unnamed}" for view, unnamed in problems.items()))

    def test_the_console_and_its_windows_are_named(self):
        """The live console, the stage view and each of the console's dialogs."""
        from test_live_meeting import database_with_meeting, open_console
        from test_console_keys import focus, keys, type_question

        problems = {}

        def check(view, at_least):
            time.sleep(1.0)
            unnamed, seen = unnamed_controls(app)
            print(f"{view}: {seen} controls showing, {len(unnamed)} unnamed", flush=True)
            self.assertGreaterEqual(seen, at_least, view)
            if unnamed:
                problems[view] = unnamed

        with App("ru", database_bytes=database_with_meeting(90)) as app:
            open_console(app)
            check("Console, ready", 10)
            focus("Проведение встречи")
            keys("space")
            type_question(app, "Вопрос из зала")
            keys("Return")
            app.find("Вопрос из зала")
            check("Console, running, a question", 12)
            keys("F11")
            app.find("Экран для выступающего", "frame")
            check("Stage view", 12)
            keys("F11")
            app.wait_gone("Экран для выступающего", "frame")
            for button, dialog in (("Личный приём", "Личный приём"),
                                   ("Завершить", "Завершить встречу?")):
                app.click(app.find(button, "push button", prefix=True))
                app.find(dialog, prefix=True)
                check(dialog, 3)
                focus(dialog)
                keys("Escape")
                app.wait_gone(dialog, "dialog")
            app.click(app.find("Встреча с НКО и брифинг для СМИ"))
            app.click(app.find("Брифинг для СМИ…"))
            app.find("Брифинг для СМИ", "dialog")
            check("Media briefing", 3)
        self.assertEqual(problems, {}, "controls with no name for a screen reader:\n" + "\n".join(f"{view}: {unnamed}" for view, unnamed in problems.items()))


if __name__ == "__main__":
    unittest.main(verbosity=2)
