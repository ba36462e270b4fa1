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
    if path.startswith("postgresql:"):
        return _ServerConnection(path, clock, who)
    db = sqlite3.connect(path)
    db.enable_load_extension(True)
    db.load_extension(extension())
    db.enable_load_extension(False)
    db.create_function("kez_now", 0, clock or now)
    db.create_function("kez_actor", 0, (lambda: who) if who else actor)
    return db


# The same tests on a PostgreSQL server (team mode): with KEZDESU_TEST_ENGINE=postgresql a
# test's database is an empty one of its own on the tests' server (libpq's PG* variables, as
# pg_virtualenv sets them), and connect() gives a connection to it that takes the same
# statements: "?" parameters, several statements at once, the record's time and author.

ON_SERVER = os.environ.get("KEZDESU_TEST_ENGINE") == "postgresql"
_made = []


def _drop_made():
    import psycopg2
    if not _made:
        return
    admin = psycopg2.connect(dbname="postgres")
    admin.autocommit = True
    for name in _made:
        admin.cursor().execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
    admin.close()


def new_database(folder, name="kezdesu"):
    """Where a test's store goes: the file @name.db in @folder, or an empty database of its
    own on the server."""
    if not ON_SERVER:
        return os.path.join(folder, name + ".db")
    import atexit
    import psycopg2
    name = f"kez_test_{os.getpid()}_{len(_made) + 1}"
    admin = psycopg2.connect(dbname="postgres")
    admin.autocommit = True
    admin.cursor().execute(f"CREATE DATABASE {name}")
    admin.close()
    if not _made:
        atexit.register(_drop_made)
    _made.append(name)
    return f"postgresql:///{name}"


class _ServerConnection:
    """What the tests use of sqlite3's connection, on the server."""

    def __init__(self, location, clock, who):
        import psycopg2
        self.db = psycopg2.connect(location)
        self.clock = clock
        self.who = who

    @staticmethod
    def _numbered(sql):
        return sql.replace("%", "%%").replace("?", "%s")

    def _identity(self, cursor):
        cursor.execute("SELECT set_config ('kez.now', %s, false), "
                       "set_config ('kez.actor', %s, false)",
                       (self.clock() if self.clock else "", self.who or actor()))

    def execute(self, sql, parameters=()):
        cursor = self.db.cursor()
        self._identity(cursor)
        cursor.execute(self._numbered(sql) if parameters else sql, tuple(parameters))
        return cursor

    def executemany(self, sql, rows):
        cursor = self.db.cursor()
        self._identity(cursor)
        cursor.executemany(self._numbered(sql), [tuple(r) for r in rows])
        return cursor

    def executescript(self, script):
        cursor = self.db.cursor()
        self._identity(cursor)
        cursor.execute(script)
        self.db.commit()
        return cursor

    def commit(self):
        self.db.commit()

    def close(self):
        self.db.commit()
        self.db.close()

    def __enter__(self):
        return self

    def __exit__(self, kind, *rest):
        if kind is None:
            self.db.commit()
        else:
            self.db.rollback()
        return False
