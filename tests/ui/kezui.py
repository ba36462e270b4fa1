# SPDX-License-Identifier: GPL-3.0-or-later
"""Drive the real Kezdesu through its accessibility tree, as a screen reader would.

Run under a display and a private D-Bus session (tests/ui/run-ui-test does both); the
accessibility bus then starts by itself.
"""

import os
import resource
import subprocess
import sys
import tempfile
import time

import gi

gi.require_version("Atspi", "2.0")
from gi.repository import Atspi, GLib  # noqa: E402

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from kezlocale import LOCALES, ensure_locales  # noqa: E402,F401

BUILD_ROOT = os.environ.get(
    "MESON_BUILD_ROOT", os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "_build"))


def kazakhstan_today():
    """The calendar day in Kazakhstan (UTC+5), which the app counts in whatever the
    computer's own zone: at 20:00 UTC it is already tomorrow there."""
    import datetime
    return datetime.datetime.now(datetime.timezone(datetime.timedelta(hours=5))).date()


def demo_database(folder):
    """A demo database made in @folder by the command line (the demo's year, 2026)."""
    database = os.path.join(folder, "demo.db")
    subprocess.run([os.path.join(BUILD_ROOT, "src", "kezdesu"), "--database=" + database,
                    "--demo", "--export=summary", "--year=2026",
                    "--output=" + os.path.join(folder, "summary.xlsx")],
                   check=True, capture_output=True,
                   env=dict(os.environ, XDG_DATA_HOME=os.path.join(folder, "data")))
    return database


class App:
    """The app started on a fresh database in its own data folders."""

    def __init__(self, language, args=(), database_bytes=None, database_path=None,
                 file_size_limit=None, environment=None):
        self.tmp = tempfile.TemporaryDirectory(prefix="kezdesu-ui-")
        self.database = database_path or os.path.join(self.tmp.name, "kezdesu.db")
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
        # None takes a variable away.
        for name, value in (environment or {}).items():
            if value is None:
                env.pop(name, None)
            else:
                env[name] = value
        env.pop("NO_AT_BRIDGE", None)
        self.env = env
        binary = os.path.join(BUILD_ROOT, "src", "kezdesu")
        # The app's own messages go to a file, shown when it fails to come up.
        self.log = open(os.path.join(self.tmp.name, "kezdesu.log"), "w+")
        def limit_file_size():
            # As a full disk would: no file the app writes can grow past the limit.
            resource.setrlimit(resource.RLIMIT_FSIZE, (file_size_limit, file_size_limit))

        self.process = subprocess.Popen([binary, "--database=" + self.database, *args], env=env,
                                        stdout=self.log, stderr=subprocess.STDOUT,
                                        preexec_fn=limit_file_size if file_size_limit else None)
        try:
            self.root = self._wait_for_application()
        except BaseException:
            self.close()
            raise

    def _application(self):
        """The app's node on the desktop, looked up afresh: GTK may replace it."""
        desktop = Atspi.get_desktop(0)
        for i in range(desktop.get_child_count()):
            try:
                app = desktop.get_child_at_index(i)
                if app is not None and app.get_process_id() == self.process.pid:
                    if app.get_child_count() > 0:
                        return app
            except GLib.Error:
                continue
        return None

    def _wait_for_application(self, timeout=30):
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                self.log.seek(0)
                raise AssertionError(f"kezdesu exited with {self.process.returncode}:\n"
                                     + self.log.read())
            app = self._application()
            if app is not None:
                return app
            time.sleep(0.2)
        self.log.seek(0)
        raise AssertionError("kezdesu did not appear on the accessibility bus:\n" + self.log.read())

    def nodes(self, node=None, depth=0):
        """Every node of the tree; parts that vanish while being walked (a window that just
        closed) are skipped."""
        if node is None:
            node = self._application() or self.root
        yield node
        if depth > 60:
            return
        try:
            count = node.get_child_count()
        except GLib.Error:
            return
        for i in range(count):
            try:
                child = node.get_child_at_index(i)
            except GLib.Error:
                continue
            if child is not None:
                yield from self.nodes(child, depth + 1)

    @staticmethod
    def name_of(node):
        """A node's name; "" for a node gone while it was being read (a window that closes
        leaves a moment in which its parent still counts it, and hands out None for it)."""
        if node is None:
            return ""
        try:
            return node.get_name() or ""
        except GLib.Error:
            return ""

    @staticmethod
    def role_of(node):
        try:
            return node.get_role_name()
        except GLib.Error:
            return ""

    def names(self):
        return {name for name in map(self.name_of, self.nodes()) if name}

    def wait_for_names(self, wanted, timeout=15):
        deadline = time.monotonic() + timeout
        while True:
            names = self.names()
            if wanted <= names or time.monotonic() > deadline:
                return names
            time.sleep(0.3)

    def find(self, name, role=None, prefix=False, timeout=15):
        """The first node with that name (or a name starting so), waiting for it to appear."""
        deadline = time.monotonic() + timeout
        while True:
            for node in self.nodes():
                node_name = self.name_of(node)
                matched = node_name.startswith(name) if prefix else node_name == name
                if matched and (role is None or self.role_of(node) == role):
                    return node
            if time.monotonic() > deadline:
                raise AssertionError(f"no {role or 'node'} named {name!r}; names: "
                                     f"{sorted(self.names())}")
            time.sleep(0.2)

    def find_in(self, window_name, name, role=None, timeout=15):
        """A node named @name inside the window (frame or dialog) named @window_name."""
        deadline = time.monotonic() + timeout
        while True:
            for window in self.nodes():
                if self.name_of(window) == window_name and self.role_of(window) in ("frame", "dialog", "alert"):
                    for node in self.nodes(window):
                        if self.name_of(node) == name and (role is None or self.role_of(node) == role):
                            return node
            if time.monotonic() > deadline:
                raise AssertionError(f"no {name!r} in {window_name!r}")
            time.sleep(0.2)

    def controls_in(self, window_name, *wanted, timeout=15):
        """The nodes (name, role) of @wanted in the top-level window @window_name, found by
        walking that window alone: quicker than find() when the main window is behind it."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            root = self._application()
            for i in range(root.get_child_count() if root is not None else 0):
                try:
                    window = root.get_child_at_index(i)
                except GLib.Error:
                    continue
                if self.name_of(window) != window_name:
                    continue
                found = {(self.name_of(n), self.role_of(n)): n for n in self.nodes(window)}
                if all(w in found for w in wanted):
                    return [found[w] for w in wanted]
            time.sleep(0.1)
        raise AssertionError(f"no {wanted} in {window_name!r}")

    def wait_window_gone(self, title, timeout=15):
        """Waits until no top-level window is titled @title. Only the application's own
        children are read: walking into a window that is being destroyed makes GTK 4.8 ask
        for the path of a freed object (a critical)."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            root = self._application()
            try:
                # None for a moment while GTK replaces the app's node: look again.
                titles = [title] if root is None else \
                    [self.name_of(root.get_child_at_index(i)) for i in range(root.get_child_count())]
            except GLib.Error:
                titles = [title]
            if title not in titles:
                return
            time.sleep(0.2)
        raise AssertionError(f"the window {title!r} is still open")

    def wait_gone(self, name, role=None, prefix=False, timeout=15):
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if not any((self.name_of(n).startswith(name) if prefix else self.name_of(n) == name)
                       and (role is None or self.role_of(n) == role) for n in self.nodes()):
                return
            time.sleep(0.2)
        raise AssertionError(f"{name!r} is still there")

    def respond(self, dialog, name, timeout=15):
        """Clicks the response of the message dialog @dialog (its heading) whose name starts
        with @name. The dialog has each response twice, for a wide and a narrow layout, and
        GTK 4.8 says of both that they are visible and of neither that it is showing; a click
        on the hidden one does nothing, so each is clicked until the dialog is gone (which
        is watched from the application's windows alone, as wait_window_gone () does)."""
        deadline = time.monotonic() + timeout
        while True:
            buttons = []
            for window in self.nodes(self._application(), depth=59):
                if self.name_of(window) == dialog and self.role_of(window) in ("dialog", "alert"):
                    buttons = [node for node in self.nodes(window)
                               if self.name_of(node).startswith(name)
                               and self.role_of(node) == "push button"]
                    break
            for button in buttons:
                try:
                    self.click(button)
                    self.wait_window_gone(dialog, timeout=2)
                    return
                except (AssertionError, GLib.Error):
                    continue
            if time.monotonic() > deadline:
                raise AssertionError(f"no response {name!r} of {dialog!r} took")
            time.sleep(0.2)

    def click_until(self, name, window, role="push button", prefix=True, window_role="frame"):
        """Clicks the node named @name until the window @window opens: a calendar chip found
        just before the view refills itself is gone by the time it would be clicked."""
        for _ in range(3):
            try:
                self.click(self.find(name, role, prefix=prefix))
                return self.find(window, window_role, timeout=5)
            except (AssertionError, GLib.Error):
                time.sleep(0.5)
        raise AssertionError(f"clicking {name!r} did not open {window!r}")

    @staticmethod
    def click(node):
        """Clicks @node, the button it is the label of, or the button inside it (a menu
        button)."""
        child = node.get_child_at_index(0) if node.get_child_count() > 0 else None
        for target in (node, node.get_parent(), child):
            action = target.get_action_iface() if target is not None else None
            for i in range(action.get_n_actions() if action is not None else 0):
                if action.get_action_name(i) in ("click", "activate", "press"):
                    action.do_action(i)
                    return
        raise AssertionError(f"{node.get_name()!r} cannot be clicked")

    @staticmethod
    def text_of(node):
        """What a text field holds, or None when it cannot be read."""
        try:
            text = node.get_text_iface()
            return text.get_text(0, text.get_character_count()) if text is not None else None
        except (GLib.Error, AttributeError):
            return None

    def windows(self):
        """The app's mapped X windows: its top-levels, and a popover or a tooltip while one is
        up (GTK 4.8 puts neither on the accessibility bus; they bear the program's name)."""
        return set(subprocess.run(["xdotool", "search", "--onlyvisible", "--pid",
                                   str(self.process.pid)],
                                  capture_output=True, text=True).stdout.split())

    def choose(self, drop_down, window_title, index, shows, timeout=30):
        """Chooses the item at @index (from the top) of @drop_down with the keyboard, as a user
        who opens the list and walks it does, until the drop-down shows @shows (in one of its labels). Its list is a
        popover, a window of its own: the keys wait for that window to be mapped, not for a
        fixed time. A list that is mapped may not have taken the keyboard yet (on a loaded
        machine it can take more than a second), so a key can be lost: the choice counts from
        the top and is made again until the drop-down shows what was chosen."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            before = self.windows()
            popover = set()
            while not popover and time.monotonic() < deadline:
                if not (self.windows() - before):
                    self.click_with_mouse(drop_down, window_title)
                opened_by = time.monotonic() + 3
                while not popover and time.monotonic() < opened_by:
                    time.sleep(0.1)
                    popover = self.windows() - before
            time.sleep(0.3)
            # GTK 4.8's list has no binding for Home: enough Up keys reach the top.
            self.press(" ".join(["Up"] * 8 + ["Down"] * index + ["Return"]))
            # The list closes once Return is taken; a list still open long after lost the keys
            # and is closed to be opened again. (Escape sent to a list that was only slow to
            # close would reach the window instead, and undo what the page had just shown.)
            closed_by = time.monotonic() + 10
            while self.windows() & popover and time.monotonic() < closed_by:
                time.sleep(0.1)
            if self.windows() & popover:
                self.press("Escape")
            shown_by = time.monotonic() + 2
            while time.monotonic() < shown_by:
                if any(shows in self.name_of(node) for node in self.nodes(drop_down)):
                    return
                time.sleep(0.1)
        raise AssertionError(f"{self.name_of(drop_down)!r} would not show {shows!r}")

    @staticmethod
    def window_id(title):
        """The X window of the top-level titled @title: the largest of the mapped ones, since
        a tooltip's or a popover's window bears the app's title too."""
        ids = subprocess.run(["xdotool", "search", "--onlyvisible", "--name", "^" + title + "$"],
                             capture_output=True, text=True).stdout.split()
        best, best_area = None, -1
        for window in ids:
            geometry = subprocess.run(["xdotool", "getwindowgeometry", "--shell", window],
                                      capture_output=True, text=True).stdout
            values = dict(line.split("=", 1) for line in geometry.split() if "=" in line)
            area = int(values.get("WIDTH", 0)) * int(values.get("HEIGHT", 0))
            if area > best_area:
                best, best_area = window, area
        if best is None:
            raise AssertionError(f"no window titled {title!r}")
        return best

    @staticmethod
    def type_into(node, window_title, text, then=None):
        """Types as a person would: GTK 4.8 does not let AT-SPI set a text, so this focuses the
        window with xdotool, clicks the field, replaces what it holds and types @text. Every
        letter is on a key of its own (run-ui-test's bind-letters), so xdotool changes no
        keyboard map while typing. What the field holds is read back (given time to take in the
        last keys) and typed again, more slowly, if a key was lost under load; a field that
        never holds the text fails the test here, not three steps later."""
        window = App.window_id(window_title)
        extents = node.get_component_iface().get_extents(Atspi.CoordType.WINDOW)
        x = extents.x + extents.width // 2
        y = extents.y + extents.height // 2
        typed = None
        for delay in (15, 60, 120, 200, 300):
            subprocess.run(["xdotool", "windowfocus", "--sync", window], check=True)
            subprocess.run(["xdotool", "mousemove", "--window", window, str(x), str(y),
                            "click", "1", "key", "ctrl+a", "BackSpace"], check=True)
            subprocess.run(["xdotool", "type", "--delay", str(delay), text], check=True)
            deadline = time.monotonic() + 3
            while True:
                typed = App.text_of(node)
                if typed is None or typed == text or time.monotonic() > deadline:
                    break
                time.sleep(0.1)
            if typed is None or typed == text:
                break
        else:
            raise AssertionError(f"typed {text!r}, the field holds {typed!r}")
        if then is not None:
            subprocess.run(["xdotool", "key", then], check=True)
        time.sleep(0.3)

    @staticmethod
    def type_focused(entry, text, delays=(40, 80, 160)):
        """Types @text into @entry, which has the keyboard focus, replacing what it holds, and
        reads it back until it holds all of it (the field completes or may lose a key under
        load), more slowly each time; a field that never holds it fails here."""
        for delay in delays:
            subprocess.run(["xdotool", "key", "ctrl+a", "BackSpace"], check=True)
            subprocess.run(["xdotool", "type", "--delay", str(delay), text], check=True)
            typed_by = time.monotonic() + 3
            while App.text_of(entry) != text and time.monotonic() < typed_by:
                time.sleep(0.1)
            if App.text_of(entry) == text:
                return
        raise AssertionError(f"typed {text!r}, the field holds {App.text_of(entry)!r}")

    def choose_file(self, path, timeout=15):
        """In the file chooser that is opening: types @path into its location field and opens
        it. Each step waits for the chooser to be ready for it (the field there and focused,
        the whole path in it, since the chooser completes names as they are typed), not for a
        fixed time: a chooser that remembers the last file keeps its name in the field."""
        deadline = time.monotonic() + timeout
        entry = None
        while entry is None:
            if time.monotonic() > deadline:
                raise AssertionError("no file chooser's location field took the focus")
            subprocess.run(["xdotool", "key", "ctrl+l"], check=True)
            time.sleep(0.2)
            entry = next((n for n in self.nodes() if self.role_of(n) == "text" and
                          n.get_state_set().contains(Atspi.StateType.FOCUSED)), None)
        self.type_focused(entry, path, delays=(10, 60, 200))
        # A Return that comes while the completion's list of names is up picks the name from
        # it; the next one opens the file. The chooser has gone when its field lost the focus.
        for _ in range(3):
            subprocess.run(["xdotool", "key", "Return"], check=True)
            gone_by = time.monotonic() + 3
            while time.monotonic() < gone_by:
                try:
                    if not entry.get_state_set().contains(Atspi.StateType.FOCUSED):
                        return
                except GLib.Error:
                    return
                time.sleep(0.1)
        raise AssertionError(f"the file chooser did not open {path!r}")

    @staticmethod
    def click_with_mouse(node, window_title, modifier=None):
        """Clicks the middle of @node with the pointer, holding @modifier (such as "ctrl"):
        list rows are selected so, and have no action of their own on AT-SPI."""
        window = App.window_id(window_title)
        extents = node.get_component_iface().get_extents(Atspi.CoordType.WINDOW)
        x = extents.x + extents.width // 2
        y = extents.y + extents.height // 2
        subprocess.run(["xdotool", "windowfocus", "--sync", window], check=True)
        # The pointer is brought in first: a press that arrives with the window's first
        # crossing event (the pointer was over a window that just closed) is not a click to GTK.
        subprocess.run(["xdotool", "mousemove", "--window", window, str(x - 1), str(y)],
                       check=True)
        time.sleep(0.1)
        command = ["xdotool", "mousemove", "--window", window, str(x), str(y)]
        if modifier:
            command += ["keydown", modifier, "click", "1", "keyup", modifier]
        else:
            command += ["click", "1"]
        subprocess.run(command, check=True)
        time.sleep(0.3)

    @staticmethod
    def press(keys):
        subprocess.run(["xdotool", "key", *keys.split()], check=True)
        time.sleep(0.3)

    def output(self):
        """Everything the app has written to its stdout and stderr so far."""
        self.log.flush()
        with open(self.log.name, encoding="utf-8", errors="replace") as log:
            return log.read()

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
