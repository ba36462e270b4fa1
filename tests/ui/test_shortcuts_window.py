# SPDX-License-Identifier: GPL-3.0-or-later
"""The keyboard shortcuts window as a planner opens it with Ctrl+?: titled, at the section of
the page they are on, with keys named as printed on the keyboard ("Page Up", not GTK's
"Page_Up", which its Kazakh translation leaves), and Escape closes it."""

import unittest
import warnings

from kezui import App

from gi.repository import Atspi, GLib  # noqa: E402 (kezui asks for Atspi 2.0 first)

LANGUAGES = {
    # title, (page key, a group title of that page's section only)…, the Page Up key's name
    "kk": ("Пернетақта жарлықтары",
           [("alt+2", "Сұрыптау"), ("alt+3", "Проблемалық мәселелер"), ("alt+1", "Күнтізбе")]),
    "ru": ("Комбинации клавиш",
           [("alt+2", "Разбор"), ("alt+3", "Проблемные вопросы"), ("alt+1", "Календарь")]),
}


def shown(node):
    """GTK 4.8 reports every label of the window visible and none showing; a label of a
    section never shown has no size (one shown before keeps its last size, so each page's
    section is looked at the first time it is shown)."""
    try:
        return node.get_component_iface().get_extents(Atspi.CoordType.WINDOW).width > 0
    except GLib.Error:
        return False


class ShortcutsWindow(unittest.TestCase):
    def setUp(self):
        warnings.simplefilter("ignore", DeprecationWarning)

    def check(self, language):
        title, pages = LANGUAGES[language]
        with App(language) as app:
            app.find("Негізгі мәзір" if language == "kk" else "Главное меню")
            for key, group in pages:
                app.press(key)
                app.press("ctrl+question")
                window, = app.controls_in(title, (title, "frame"))
                labels = [n for n in app.nodes(window) if app.role_of(n) == "label"]
                visible = {app.name_of(n) for n in labels if shown(n)}
                self.assertIn(group, visible, f"{key}: the section shown has {sorted(visible)}")
                if key == "alt+1":
                    self.assertIn("Page Up", visible)
                    self.assertIn("Esc", visible)
                names = {app.name_of(n) for n in labels}
                self.assertFalse({"Page_Up", "Page_Down"} & names, "GTK's key names shown")
                app.press("Escape")
                app.wait_window_gone(title)

    def test_kazakh(self):
        self.check("kk")

    def test_russian(self):
        self.check("ru")


if __name__ == "__main__":
    unittest.main(verbosity=2)
