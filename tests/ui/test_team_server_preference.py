# SPDX-License-Identifier: GPL-3.0-or-later
"""Preferences, Team Server: the planner types the press office's server address, which is
kept for the next start; an address with a password in it is refused (it would be kept in
the clear) and nothing is kept; an address that is not a server's says so."""

import subprocess
import time
import unittest
import warnings

from kezui import App

FIELD = "Адрес сервера"
PASSWORD_REFUSED = "В адресе есть пароль, который хранился бы открытым текстом."
NOT_A_SERVER = "Адрес сервера команды начинается с «postgresql://»"
KEPT = "Kezdesu откроет базу данных сервера команды при следующем запуске"


class TeamServerPreference(unittest.TestCase):
    def setUp(self):
        warnings.simplefilter("ignore", DeprecationWarning)

    def open_preferences(self, app):
        app.press("ctrl+comma")
        app.find("Параметры", "frame")
        return next(n for n in app.nodes()
                    if App.name_of(n) == FIELD and App.role_of(n) in ("text", "entry"))

    @staticmethod
    def enter(field, text):
        """The row is below the fold of the page: scrolled to with the mouse wheel, as a
        person would, typed into, and applied with Enter."""
        window = App.window_id("Параметры")
        subprocess.run(["xdotool", "mousemove", "--window", window, "300", "300",
                        *["click", "5"] * 15], check=True)
        time.sleep(0.5)
        App.type_into(field, "Параметры", text, then="Return")

    def close_preferences(self, app):
        # The first Escape may go to the field (it gives up an edit) before the window's.
        for _ in range(3):
            app.press("Escape")
            try:
                app.wait_window_gone("Параметры", timeout=3)
                return
            except AssertionError:
                continue
        app.wait_window_gone("Параметры")

    def test_an_address_is_kept_and_a_password_never(self):
        with App("ru") as app:
            app.find("График")
            field = self.open_preferences(app)
            self.assertEqual(App.text_of(field), "")

            self.enter(field, "postgresql://planner:secret@db/kezdesu")
            app.find(PASSWORD_REFUSED, prefix=True)
            self.enter(field, "/home/planner/kezdesu.db")
            app.find(NOT_A_SERVER, prefix=True)
            self.close_preferences(app)
            field = self.open_preferences(app)
            self.assertEqual(App.text_of(field), "", "a refused address was kept")

            address = "postgresql://planner@db.ministry.kz/kezdesu"
            self.enter(field, address)
            app.find(KEPT, prefix=True)
            self.close_preferences(app)
            time.sleep(0.3)
            field = self.open_preferences(app)
            self.assertEqual(App.text_of(field), address)


if __name__ == "__main__":
    unittest.main()
