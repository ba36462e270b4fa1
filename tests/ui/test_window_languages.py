# SPDX-License-Identifier: GPL-3.0-or-later
"""The window opens in Kazakh and in Russian: the view names reach a screen reader translated."""

import unittest

from kezui import App

EXPECTED = {
    "kk": {"Кесте", "Сұрақтар", "Іс-қимыл жоспары", "Жаңа кездесу", "Алдағы мерзімдер",
           "Негізгі мәзір"},
    "ru": {"График", "Вопросы", "План действий", "Новая встреча", "Ближайшие сроки",
           "Главное меню"},
}
ENGLISH = {"Schedule", "Questions", "Action Plan", "New Meeting", "Upcoming Deadlines",
           "Main Menu", "Today", "Year", "Month", "List"}


class WindowLanguages(unittest.TestCase):
    def check(self, language):
        with App(language) as app:
            names = app.wait_for_names(EXPECTED[language])
            missing = EXPECTED[language] - names
            self.assertFalse(missing, f"not found in {language}: {missing}; found {sorted(names)}")
            self.assertFalse(ENGLISH & names, f"untranslated in {language}: {ENGLISH & names}")

    def test_kazakh(self):
        self.check("kk")

    def test_russian(self):
        self.check("ru")


if __name__ == "__main__":
    unittest.main(verbosity=2)
