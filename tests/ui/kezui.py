# SPDX-License-Identifier: GPL-3.0-or-later
"""Drive the real Kezdesu through its accessibility tree, as a screen reader would.

Run under a display and a private D-Bus session (tests/ui/run-ui-test does both); the
accessibility bus then starts by itself.
"""

import os
import subprocess
import tempfile
import time

import gi

gi.require_version("Atspi", "2.0")
from gi.repository import Atspi  # noqa: E402

BUILD_ROOT = os.environ.get(
    "MESON_BUILD_ROOT", os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "_build"))
LOCALES = {"kk": "kk_KZ.UTF-8", "ru": "ru_RU.UTF-8"}


def ensure_locales():
    """Generate the kk and ru locales inside the build tree: no system change needed."""
    locpath = os.path.join(BUILD_ROOT, "tests", "locale")
    for name in LOCALES.values():
        target = os.path.join(locpath, name)
        if not os.path.isdir(target):
            os.makedirs(locpath, exist_ok=True)
            source = name.split(".")[0]
            subprocess.run(["localedef", "-i", source, "-f", "UTF-8", target], check=True)
    return locpath


class App:
    """The app started on a fresh database in its own data folders."""

    def __init__(self, language, args=(), database_bytes=None):
        self.tmp = tempfile.TemporaryDirectory(prefix="kezdesu-ui-")
        self.database = os.path.join(self.tmp.name, "kezdesu.db")
        if database_bytes is not None:
            with open(self.database, "wb") as f:
                f.write(database_bytes)
        env = dict(os.environ)
        locale = LOCALES[language]
        env.update(
            LOCPATH=ensure_locales(),
            LANG=locale,
            LC_ALL=locale,
            LANGUAGE="",
            KEZDESU_LOCALEDIR=os.path.join(BUILD_ROOT, "po"),
            GSETTINGS_SCHEMA_DIR=os.path.join(BUILD_ROOT, "data"),
            GSETTINGS_BACKEND="memory",
            XDG_DATA_HOME=os.path.join(self.tmp.name, "data"),
            XDG_CONFIG_HOME=os.path.join(self.tmp.name, "config"),
            XDG_CACHE_HOME=os.path.join(self.tmp.name, "cache"),
            GSK_RENDERER="cairo",
        )
        env.pop("NO_AT_BRIDGE", None)
        binary = os.path.join(BUILD_ROOT, "src", "kezdesu")
        # The app's own messages go to a file, shown when it fails to come up.
        self.log = open(os.path.join(self.tmp.name, "kezdesu.log"), "w+")
        self.process = subprocess.Popen([binary, "--database=" + self.database, *args], env=env,
                                        stdout=self.log, stderr=subprocess.STDOUT)
        try:
            self.root = self._wait_for_application()
        except BaseException:
            self.close()
            raise

    def _wait_for_application(self, timeout=30):
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                self.log.seek(0)
                raise AssertionError(f"kezdesu exited with {self.process.returncode}:\n"
                                     + self.log.read())
            desktop = Atspi.get_desktop(0)
            for i in range(desktop.get_child_count()):
                app = desktop.get_child_at_index(i)
                if app is not None and app.get_process_id() == self.process.pid:
                    if app.get_child_count() > 0:
                        return app
            time.sleep(0.2)
        self.log.seek(0)
        raise AssertionError("kezdesu did not appear on the accessibility bus:\n" + self.log.read())

    def nodes(self, node=None, depth=0):
        node = node or self.root
        yield node
        if depth > 60:
            return
        for i in range(node.get_child_count()):
            child = node.get_child_at_index(i)
            if child is not None:
                yield from self.nodes(child, depth + 1)

    def names(self):
        return {n.get_name() for n in self.nodes() if n.get_name()}

    def wait_for_names(self, wanted, timeout=15):
        deadline = time.monotonic() + timeout
        while True:
            names = self.names()
            if wanted <= names or time.monotonic() > deadline:
                return names
            time.sleep(0.3)

    def close(self):
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        self.log.close()
        self.tmp.cleanup()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()
