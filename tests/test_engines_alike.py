# SPDX-License-Identifier: GPL-3.0-or-later
"""The same data give the same workbooks on both engines (team mode, part 1): the demo's year
made in a SQLite file and in an empty database on the tests' PostgreSQL server (the one
build-aux/dev test starts; libpq's PG* variables say where), then every workbook, the
calendar file and the publications exported from each and compared cell for cell, in Kazakh,
Russian and both. A desk's file copied to the server with --copy-to, and the server's
database back to a file, give the same workbooks again. Without the server this test fails:
it does not skip."""

import os
import pwd
import re
import subprocess
import tempfile
import unittest
import zipfile

import openpyxl

import kezdb

BUILD_ROOT = os.environ["MESON_BUILD_ROOT"]
KEZDESU = os.path.join(BUILD_ROOT, "src", "kezdesu")

# What each export needs besides its output: the demo's year is 2026, its held meetings have
# the first ids, and its next year's schedule is a draft.
WORKBOOKS = {
    "schedule": ["--export=schedule", "--year=2026"],
    "schedule-next": ["--export=schedule", "--year=2027"],
    "questions": ["--export=questions"],
    "questions-of-a-meeting": ["--export=questions", "--meeting=1"],
    "results": ["--export=results", "--meeting=1"],
    "quarterly": ["--export=quarterly", "--year=2026", "--quarter=3"],
    "summary": ["--export=summary", "--year=2026"],
    "summary-half": ["--export=summary", "--year=2026", "--half=1"],
    "progress-form": ["--export=progress-form", "--year=2026", "--quarter=4"],
}
DOCUMENTS = {
    "results": ["--publish=results", "--meeting=1"],
    "quarterly": ["--publish=quarterly", "--year=2026", "--quarter=3"],
    "schedule": ["--publish=schedule", "--year=2026"],
}
UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")


def numbered_uuids(text):
    """A database's identity, and a form's, are its own on each: the same identity stands
    in the same places all the same (the first seen is <uuid-1>, and so on)."""
    seen = {}
    return UUID.sub(lambda m: f"<uuid-{seen.setdefault(m.group(0), len(seen) + 1)}>", text)


def psql(sql):
    subprocess.run(["psql", "-X", "-q", "-v", "ON_ERROR_STOP=1", "-d", "postgres", "-c", sql],
                   check=True, capture_output=True, text=True)


def cells(path):
    """Every sheet's every cell, with what a reader sees of the sheet besides: its merged
    ranges, its validation lists and its protection."""
    book = openpyxl.load_workbook(path)
    seen = {}
    for sheet in book.worksheets:
        seen[sheet.title] = {
            "cells": {cell.coordinate: numbered_uuids(cell.value)
                      if isinstance(cell.value, str) else cell.value
                      for row in sheet.iter_rows() for cell in row if cell.value is not None},
            "merged": sorted(str(r) for r in sheet.merged_cells.ranges),
            "validations": sorted((str(v.sqref), v.formula1)
                                  for v in sheet.data_validations.dataValidation),
            "protected": sheet.protection.sheet,
        }
    return seen


class EnginesAlike(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.tmp = tempfile.TemporaryDirectory(prefix="kezdesu-engines-")
        cls.server_database = f"kez_alike_{os.getpid()}"
        # The record names who wrote it: the login on a desk, the connected role on a server.
        # The planner connects as themselves, a role of their login's name.
        login = pwd.getpwuid(os.getuid()).pw_name
        psql(f"DO $$ BEGIN CREATE ROLE \"{login}\" LOGIN PASSWORD "
             f"'{os.environ['PGPASSWORD']}'; EXCEPTION WHEN duplicate_object THEN NULL; END $$")
        psql(f"CREATE DATABASE {cls.server_database} OWNER \"{login}\"")
        cls.stores = {
            "sqlite": os.path.join(cls.tmp.name, "kezdesu.db"),
            "postgresql": f"postgresql://{login}@/{cls.server_database}",
        }
        cls.env = dict(os.environ, LANG="C.UTF-8", LC_ALL="C.UTF-8", LANGUAGE="kk",
                       XDG_DATA_HOME=os.path.join(cls.tmp.name, "data"))
        cls.env.pop("DISPLAY", None)
        for engine, store in cls.stores.items():
            made = cls.kezdesu(store, "--demo", "--export=summary", "--year=2026",
                               "--output=" + os.path.join(cls.tmp.name, f"first-{engine}.xlsx"))
            assert made.returncode == 0, f"the demo on {engine}: {made.stderr}"

    @classmethod
    def tearDownClass(cls):
        for database in (cls.server_database, cls.server_database + "_copy"):
            psql(f"DROP DATABASE IF EXISTS {database} WITH (FORCE)")
        cls.tmp.cleanup()

    @classmethod
    def kezdesu(cls, store, *args):
        return subprocess.run([KEZDESU, "--database=" + store, *args], env=cls.env,
                              capture_output=True, text=True, timeout=120)

    def export(self, name, args, language, suffix, stores=None):
        paths = {}
        for engine, store in (stores or self.stores).items():
            path = os.path.join(self.tmp.name, f"{name}-{language}-{engine}{suffix}")
            result = self.kezdesu(store, *args, "--language=" + language, "--output=" + path)
            self.assertEqual(result.returncode, 0, f"{name} from {engine}: {result.stderr}")
            paths[engine] = path
        return paths

    def assert_same_workbooks(self, stores):
        for name, args in WORKBOOKS.items():
            with self.subTest(workbook=name):
                paths = self.export(name, args, "both", ".xlsx", stores)
                first, second = (cells(path) for path in paths.values())
                self.assertEqual(first, second, f"{name}: {' and '.join(paths)}")

    def test_copies_both_ways(self):
        login = pwd.getpwuid(os.getuid()).pw_name
        copy = self.server_database + "_copy"
        psql(f"CREATE DATABASE {copy} OWNER \"{login}\"")
        to_server = f"postgresql://{login}@/{copy}"
        to_file = os.path.join(self.tmp.name, "back.db")

        # The desk's file to the server: every row with its id, its history as it was written.
        result = self.kezdesu(self.stores["sqlite"], "--copy-to=" + to_server)
        self.assertEqual(result.returncode, 0, result.stderr)
        self.assertIn("1400", result.stdout)
        self.assert_same_workbooks({"file": self.stores["sqlite"], "copy": to_server})
        # The server's search words were written for every question copied.
        words = subprocess.run(["psql", "-X", "-A", "-t", "-d", copy, "-c",
                                "SELECT count(*) FROM questions WHERE search_words IS NULL"],
                               check=True, capture_output=True, text=True)
        self.assertEqual(words.stdout.strip(), "0")

        # And the server's database back to a new file, its search index whole.
        result = self.kezdesu(self.stores["postgresql"], "--copy-to=" + to_file)
        self.assertEqual(result.returncode, 0, result.stderr)
        self.assert_same_workbooks({"server": self.stores["postgresql"], "copy": to_file})
        db = kezdb.connect(to_file)
        db.execute("INSERT INTO questions_fts (questions_fts) VALUES ('integrity-check')")
        self.assertGreater(db.execute("SELECT count(*) FROM questions_fts WHERE questions_fts "
                                      "MATCH 'мектеп*'").fetchone()[0], 0)
        db.close()

        # A database that holds a ministry's data is never a copy's destination.
        before = os.path.getsize(to_file), os.path.getmtime(to_file)
        result = self.kezdesu(self.stores["postgresql"], "--copy-to=" + to_file)
        self.assertNotEqual(result.returncode, 0)
        self.assertIn("already holds", result.stderr)
        self.assertEqual((os.path.getsize(to_file), os.path.getmtime(to_file)), before)
        result = self.kezdesu(self.stores["sqlite"], "--copy-to=" + to_server)
        self.assertNotEqual(result.returncode, 0)
        self.assertIn("already holds", result.stderr)

    def test_the_demo_is_the_same_year(self):
        counts = {}
        for engine, store in self.stores.items():
            path = os.path.join(self.tmp.name, f"counts-{engine}.xlsx")
            result = self.kezdesu(store, "--export=questions", "--output=" + path)
            self.assertEqual(result.returncode, 0, result.stderr)
            counts[engine] = openpyxl.load_workbook(path).worksheets[0].max_row
        self.assertGreater(counts["sqlite"], 1000)
        self.assertEqual(counts["sqlite"], counts["postgresql"])

    def test_workbooks_cell_for_cell(self):
        for language in ("kk", "ru", "both"):
            for name, args in WORKBOOKS.items():
                with self.subTest(workbook=name, language=language):
                    paths = self.export(name, args, language, ".xlsx")
                    sqlite, server = cells(paths["sqlite"]), cells(paths["postgresql"])
                    self.assertEqual(list(sqlite), list(server))
                    for sheet in sqlite:
                        for aspect in sqlite[sheet]:
                            self.assertEqual(sqlite[sheet][aspect], server[sheet][aspect],
                                             f"{name} ({language}), sheet {sheet}: {aspect}")
                        self.assertTrue(sqlite[sheet]["cells"] or name.startswith("progress"),
                                        f"{name}: sheet {sheet} is empty")

    def test_the_sheets_files_are_the_same(self):
        """Beyond the values: the sheets as written (formats, widths, row heights); only the
        document's creation time differs."""
        paths = self.export("results", WORKBOOKS["results"], "both", ".xlsx")
        with zipfile.ZipFile(paths["sqlite"]) as a, zipfile.ZipFile(paths["postgresql"]) as b:
            self.assertEqual(sorted(a.namelist()), sorted(b.namelist()))
            for member in a.namelist():
                if member == "docProps/core.xml":
                    continue
                self.assertEqual(a.read(member), b.read(member), member)

    def test_publications_and_calendar(self):
        for language in ("kk", "ru", "both"):
            for name, args in DOCUMENTS.items():
                with self.subTest(document=name, language=language):
                    paths = self.export(name, args, language, ".html")
                    with open(paths["sqlite"], encoding="utf-8") as a, \
                         open(paths["postgresql"], encoding="utf-8") as b:
                        self.assertEqual(numbered_uuids(a.read()), numbered_uuids(b.read()))
        paths = {}
        for engine, store in self.stores.items():
            paths[engine] = os.path.join(self.tmp.name, f"calendar-{engine}.ics")
            result = self.kezdesu(store, "--export=calendar", "--year=2026",
                                  "--output=" + paths[engine])
            self.assertEqual(result.returncode, 0, result.stderr)

        def lines(path):
            # DTSTAMP is when the file was written.
            with open(path, encoding="utf-8") as f:
                return [line for line in numbered_uuids(f.read()).splitlines()
                        if not line.startswith("DTSTAMP")]
        self.assertEqual(lines(paths["sqlite"]), lines(paths["postgresql"]))


if __name__ == "__main__":
    unittest.main()
