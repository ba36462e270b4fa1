# SPDX-License-Identifier: GPL-3.0-or-later
"""A team server that asks for a password none of libpq's sources has (team mode, part 1):
the window asks for it; a wrong one is refused and asked for again; the right one connects
and is kept in the desktop's keyring (a GNOME Keyring of the test's own D-Bus session), so
the next start connects without asking; a kept password the server no longer accepts is
said to be so, and the new one replaces it. The password is in no setting, no log and no
address. Runs against the throw-away server of the postgresql suite, as a login of its own
over TCP, where that server asks for passwords."""

import os
import subprocess
import tempfile
import unittest
import warnings

from kezui import App
from gi.repository import Atspi  # noqa: E402  (after kezui, which asks for Atspi 2.0)

ASKS = "Сервер команды запрашивает ваш пароль."
REFUSED = "Сервер команды не принял пароль."
KEPT_REFUSED = "Сервер команды не принял пароль, сохранённый в связке ключей."
FIELD = "Пароль"
RIGHT = "correct horse"
WRONG = "wrong staple"
NEW = "battery staple"


def psql(sql, database="postgres"):
    return subprocess.run(["psql", "-X", "-A", "-t", "-v", "ON_ERROR_STOP=1", "-d", database,
                           "-c", sql], check=True, capture_output=True, text=True).stdout.strip()


class ServerPassword(unittest.TestCase):
    def setUp(self):
        warnings.simplefilter("ignore", DeprecationWarning)
        self.login = f"kez_password_{os.getpid()}"
        psql(f"CREATE ROLE {self.login} LOGIN PASSWORD '{RIGHT}'")
        psql(f"CREATE DATABASE {self.login} OWNER {self.login}")
        self.address = f"postgresql://{self.login}@localhost/{self.login}"
        self.home = tempfile.TemporaryDirectory(prefix="kezdesu-keyring-")
        # The desktop's keyring, in this test's own D-Bus session (run-ui-test's), unlocked.
        self.keyring_env = dict(os.environ, HOME=self.home.name,
                                XDG_DATA_HOME=os.path.join(self.home.name, "data"))
        subprocess.run(["gnome-keyring-daemon", "--unlock", "--components=secrets"],
                       input="kezdesu-tests", text=True, env=self.keyring_env, check=True,
                       capture_output=True)
        # No password from libpq's own sources: the server asks the window.
        self.environment = {"PGPASSWORD": None, "PGPASSFILE": os.devnull}

    def tearDown(self):
        psql(f"DROP DATABASE IF EXISTS {self.login} WITH (FORCE)")
        psql(f"DROP ROLE IF EXISTS {self.login}")
        self.home.cleanup()

    def kept(self):
        result = subprocess.run(["secret-tool", "lookup", "address", self.address],
                                env=self.keyring_env, capture_output=True, text=True)
        return result.stdout if result.returncode == 0 else None

    def start(self):
        app = App("ru", database_path=self.address, environment=self.environment)
        return app

    @staticmethod
    def type_password(app, password):
        field = next(n for n in app.nodes()
                     if App.name_of(n) == FIELD and App.role_of(n) in ("password text", "text",
                                                                        "entry"))
        window = App.window_id("Kezdesu")
        extents = field.get_component_iface().get_extents(Atspi.CoordType.WINDOW)
        subprocess.run(["xdotool", "windowfocus", "--sync", window], check=True)
        subprocess.run(["xdotool", "mousemove", "--window", window,
                        str(extents.x + extents.width // 2), str(extents.y + extents.height // 2),
                        "click", "1", "key", "ctrl+a", "BackSpace"], check=True)
        subprocess.run(["xdotool", "type", "--delay", "60", password], check=True)
        subprocess.run(["xdotool", "key", "Return"], check=True)

    def test_asked_for_kept_and_asked_again_when_changed(self):
        with self.start() as app:
            app.find(ASKS)
            self.type_password(app, WRONG)
            app.find(REFUSED)
            self.assertIsNone(self.kept(), "a refused password was kept")
            self.type_password(app, RIGHT)
            app.find("График")
            self.assertEqual(psql("SELECT count(*) FROM bodies", self.login) != "0", True)
            log = app.output()
        self.assertEqual(self.kept(), RIGHT)
        for password in (RIGHT, WRONG):
            self.assertNotIn(password, log)
            self.assertNotIn(password, self.address)

        # The next start asks nothing.
        with self.start() as app:
            app.find("График")
            self.assertFalse(any(App.name_of(n) == ASKS for n in app.nodes()))

        # Changed on the server since: the kept one is refused, the new one replaces it.
        psql(f"ALTER ROLE {self.login} PASSWORD '{NEW}'")
        with self.start() as app:
            app.find(KEPT_REFUSED)
            self.type_password(app, NEW)
            app.find("График")
        self.assertEqual(self.kept(), NEW)


if __name__ == "__main__":
    unittest.main()
