# SPDX-License-Identifier: GPL-3.0-or-later
"""A second start of the app, on the same database or another, hands over to the first: the
first window is raised, and the file is never opened twice for writing. Asked for another
database, the first window says that it is still on its own and how to open the other."""

import os
import subprocess
import time
import unittest
import warnings

from kezui import App, BUILD_ROOT, LOCALES, ensure_locales


class SecondInstance(unittest.TestCase):
    def setUp(self):
        warnings.simplefilter("ignore", DeprecationWarning)

    def windows(self, app):
        return [n for n in app.nodes() if app.role_of(n) == "frame"
                and app.name_of(n) == "Kezdesu"]

    def test_second_start_hands_over(self):
        with App("ru") as app:
            app.find("График")
            env = dict(os.environ, LOCPATH=ensure_locales(), LANG=LOCALES["ru"],
                       LC_ALL=LOCALES["ru"], GSETTINGS_BACKEND="memory",
                       GSETTINGS_SCHEMA_DIR=os.path.join(BUILD_ROOT, "data"),
                       XDG_DATA_HOME=os.path.join(os.path.dirname(app.database), "data"))
            binary = os.path.join(BUILD_ROOT, "src", "kezdesu")
            notice = "Kezdesu уже открыт с другой базой данных. Чтобы открыть «other.db»"
            for database in (app.database, os.path.join(os.path.dirname(app.database), "other.db")):
                started = time.monotonic()
                second = subprocess.run([binary, "--database=" + database], env=env,
                                        capture_output=True, text=True, timeout=30)
                self.assertEqual(second.returncode, 0, second.stderr)
                self.assertLess(time.monotonic() - started, 15)
                if database == app.database:
                    time.sleep(1)
                    self.assertFalse(any(n.startswith(notice) for n in app.names()))
            app.find(notice, prefix=True)
            # The other database was not created: the second start opened nothing.
            self.assertFalse(os.path.exists(os.path.join(os.path.dirname(app.database),
                                                         "other.db")))
            self.assertIsNone(app.process.poll())
            self.assertEqual(len(self.windows(app)), 1)


if __name__ == "__main__":
    unittest.main()
