# SPDX-License-Identifier: GPL-3.0-or-later
"""The database as a test sets it up: with the two functions the app gives every connection
(kez_now, kez_actor), without which the schema's triggers refuse to write a history or an
audit row, and the search index's tokenizer (the extension libkezsearch, built with the app),
without which no question can be written. A shell without them cannot write the record: only
the app, and its tests."""

import datetime
import os
import pwd
import sqlite3


def now():
    return datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.%f")[:-3] + "Z"


def actor():
    return pwd.getpwuid(os.getuid()).pw_name


class Clock:
    """A clock a test sets: the history it writes is dated when the test says."""

    def __init__(self, at=None):
        self.at = at

    def __call__(self):
        return self.at or now()


def extension():
    """The tokenizer for this Python. A sanitized build's extension needs the sanitizer's
    runtime loaded first, which Python is not: then the plain build's (the same code) is
    named by KEZDESU_SEARCH_EXTENSION."""
    return os.environ.get("KEZDESU_SEARCH_EXTENSION") or os.path.join(
        os.environ["MESON_BUILD_ROOT"], "src", "core", "libkezsearch")


def connect(path, clock=None, who=None):
    db = sqlite3.connect(path)
    db.enable_load_extension(True)
    db.load_extension(extension())
    db.enable_load_extension(False)
    db.create_function("kez_now", 0, clock or now)
    db.create_function("kez_actor", 0, (lambda: who) if who else actor)
    return db
