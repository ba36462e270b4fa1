# SPDX-License-Identifier: GPL-3.0-or-later
"""A file that is not a Kezdesu database: the window says so and the file is left as it was."""

import unittest

from kezui import App

NOT_A_DATABASE = b"This is a spreadsheet someone renamed, not a database.\n" * 20


class DatabaseError(unittest.TestCase):
    def test_damaged_file_is_reported_and_untouched(self):
        with App("ru", database_bytes=NOT_A_DATABASE) as app:
            names = app.wait_for_names({"Не удаётся открыть базу данных"})
            self.assertIn("Не удаётся открыть базу данных", names)
            self.assertTrue(any("повреждён или не является базой данных Kezdesu" in n
                                for n in names), sorted(names))
            with open(app.database, "rb") as f:
                self.assertEqual(f.read(), NOT_A_DATABASE)


if __name__ == "__main__":
    unittest.main(verbosity=2)
