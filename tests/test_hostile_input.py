# SPDX-License-Identifier: GPL-3.0-or-later
"""Hostile and unlucky input, from the command line as a script would give it: files that are
not text, mix encodings, are pipes or devices, have fields of megabytes or break half-way;
exports over texts too long for a cell, a damaged database page, a full disk; workbooks that
expand entities or name impossible cells. Every case ends with a non-zero exit status and a
message that names the line (or the cell), and with the database and the files exactly as they
were: row counts, integrity_check, the texts compared byte for byte."""

import os
import resource
import shutil
import signal
import sqlite3
import stat
import subprocess
import tempfile
import time
import unittest
import zipfile

import kezdb

BUILD_ROOT = os.environ["MESON_BUILD_ROOT"]
KEZDESU = os.path.join(BUILD_ROOT, "src", "kezdesu")
# Built with AddressSanitizer (build-aux/dev test runs the suite so too).
SANITIZED = "libasan" in subprocess.run(["ldd", KEZDESU], capture_output=True, text=True).stdout
HEADER = "received,channel,text\n"


class Hostile(unittest.TestCase):
    def setUp(self):
        self.tmp = tempfile.TemporaryDirectory(prefix="kezdesu-hostile-")
        self.env = dict(os.environ, LANG="C.UTF-8", LC_ALL="C.UTF-8", LANGUAGE="",
                        XDG_DATA_HOME=os.path.join(self.tmp.name, "data"))
        self.env.pop("DISPLAY", None)
        self.database = kezdb.new_database(self.tmp.name)
        self.authorised = kezdb.new_database(self.tmp.name, "authorised")
        self.write("seed.csv", HEADER + "2026-03-01,website,Первый вопрос\n")
        self.assertEqual(self.kezdesu("--import-questions=" + self.path("seed.csv")).returncode, 0)

    def tearDown(self):
        self.tmp.cleanup()

    def path(self, name):
        return os.path.join(self.tmp.name, name)

    def write(self, name, text=None, data=None):
        with open(self.path(name), "wb") as f:
            f.write(data if data is not None else text.encode("utf-8"))
        return self.path(name)

    def kezdesu(self, *args, limit=None, timeout=60):
        def set_limit():
            resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
        return subprocess.run([KEZDESU, "--database=" + self.database, *args], env=self.env,
                              capture_output=True, text=True, timeout=timeout,
                              preexec_fn=set_limit if limit else None)

    def texts(self):
        db = kezdb.connect(self.database)
        try:
            if not kezdb.ON_SERVER:
                self.assertEqual(db.execute("PRAGMA integrity_check").fetchone()[0], "ok")
            return [t for (t,) in db.execute("SELECT text FROM questions ORDER BY id")]
        finally:
            db.close()

    def refused(self, name, data, *expected):
        """Imported from a file named @name holding @data: refused, the messages name each
        of @expected, and nothing changed."""
        before = self.texts()
        path = self.write(name, data=data)
        result = self.kezdesu("--import-questions=" + path)
        self.assertNotEqual(result.returncode, 0, result.stdout)
        for text in expected:
            self.assertIn(text, result.stderr)
        self.assertLess(len(result.stderr), 4000, "the message echoes the file")
        self.assertEqual(self.texts(), before)
        return result.stderr

    # ---- imports ----------------------------------------------------------------------------

    def test_a_nul_byte(self):
        data = (HEADER + "2026-03-02,website,Второй\n2026-03-03,website,Тре").encode() + \
            b"\0" + "тий\n2026-03-04,website,Четвёртый\n".encode()
        self.refused("nul.csv", data, "line 3:", "zero byte")

    def test_one_stray_windows_1251_byte(self):
        data = (HEADER + "2026-03-02,website,Второй вопрос\n").encode() + \
            b"2026-03-03,website,\xca\xe0\xea\n" + "2026-03-04,website,Четвёртый\n".encode()
        self.refused("stray.csv", data, "line 3:", "0xCA", "UTF-8")

    def test_windows_1251_when_the_whole_file_is(self):
        path = self.write("cp1251.csv",
                          data=(HEADER + "2026-03-02,letter,Когда отремонтируют школу?\n")
                          .encode("cp1251"))
        result = self.kezdesu("--import-questions=" + path)
        self.assertEqual(result.returncode, 0, result.stderr)
        self.assertEqual(self.texts()[-1], "Когда отремонтируют школу?")

    def test_utf16_is_read(self):
        for encoding in ("utf-16", "utf-16-le"):
            path = self.write("u16.csv", data=(HEADER + f"2026-03-02,letter,Сұрақ {encoding}\n")
                              .encode(encoding))
            result = self.kezdesu("--import-questions=" + path)
            self.assertEqual(result.returncode, 0, result.stderr)
            self.assertEqual(self.texts()[-1], f"Сұрақ {encoding}")

    def test_not_regular_files(self):
        fifo = self.path("pipe.csv")
        os.mkfifo(fifo)
        for path in (fifo, "/dev/zero", self.tmp.name):
            started = time.monotonic()
            result = self.kezdesu("--import-questions=" + path, timeout=20)
            self.assertLess(time.monotonic() - started, 10)
            self.assertNotEqual(result.returncode, 0)
            self.assertIn("not a file", result.stderr)

    def test_a_field_of_megabytes(self):
        self.refused("big.csv", (HEADER + '2026-03-02,website,"' + "а" * 300_000 + '"\n').encode(),
                     "line 2:", "32767")

    def test_a_bad_value_of_20_mb_is_not_echoed(self):
        stderr = self.refused("badvalue.csv",
                              (HEADER + "2026-03-02," + "x" * 20_000_000 + ",t\n").encode(),
                              "line 2:")
        self.assertNotIn("x" * 100, stderr)

    def test_a_text_longer_than_a_cell(self):
        self.refused("long.csv", (HEADER + "2026-03-02,website," + "б" * 40_000 + "\n").encode(),
                     "line 2:", "40000", "32767")

    def test_every_bad_row_before_a_broken_one(self):
        self.refused("broken.csv",
                     (HEADER + "2026-03-02,website,хорошо\n2026-13-01,website,дата\n"
                      "2026-03-04,nowhere,канал\n2026-03-05,website,хорошо\n"
                      "2026-03-06,website,хорошо\n2026-03-07,website,\"кавычка\n").encode(),
                     "line 3:", "line 4:", "line 7: a quoted field is not closed")

    # ---- exports ----------------------------------------------------------------------------

    def export(self, name, *extra, limit=None):
        output = self.path(name)
        return self.kezdesu("--export=questions", "--output=" + output, *extra, limit=limit), output

    def test_exports_are_private(self):
        result, output = self.export("register.xlsx", "--include-personal-data")
        self.assertEqual(result.returncode, 0, result.stderr)
        self.assertEqual(stat.S_IMODE(os.stat(output).st_mode), 0o600)

    def test_a_text_too_long_for_a_cell_is_refused_not_dropped(self):
        db = kezdb.connect(self.database)
        db.execute("INSERT INTO questions (received_on, channel, text) VALUES "
                   "('2026-03-02', 'website', ?)", ("ж" * 40_000,))
        db.commit()
        db.close()
        result, output = self.export("register.xlsx")
        self.assertNotEqual(result.returncode, 0)
        self.assertIn("H5", result.stderr)
        self.assertIn("40000", result.stderr)
        self.assertFalse(os.path.exists(output))

    def many_questions(self, count):
        self.write("many.csv", HEADER + "".join(
            f"2026-03-{1 + i % 28:02d},website,Вопрос номер {i} о дорогах, школах и тарифах\n"
            for i in range(count)))
        self.assertEqual(self.kezdesu("--import-questions=" + self.path("many.csv")).returncode, 0)

    def test_a_damaged_page_fails_the_export(self):
        if kezdb.ON_SERVER:
            self.skipTest("a damaged page of a file: a server that goes away mid-read is "
                          "test-db-postgresql's /db/lost-connection")
        self.many_questions(20_000)
        db = sqlite3.connect(self.database)
        db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        size = db.execute("PRAGMA page_size").fetchone()[0]
        # A page in the middle of the questions' own table.
        leaves = [p for (p,) in db.execute("SELECT pageno FROM dbstat WHERE name = 'questions' "
                                          "AND pagetype = 'leaf' ORDER BY pageno")]
        db.close()
        with open(self.database, "r+b") as f:
            f.seek(size * (leaves[len(leaves) // 2] - 1))
            f.write(b"\xff" * size)
        result, output = self.export("register.xlsx")
        self.assertNotEqual(result.returncode, 0)
        self.assertIn("could not be read whole", result.stderr)
        self.assertFalse(os.path.exists(output))

    def test_a_full_disk_keeps_the_older_workbook(self):
        self.many_questions(20_000)
        result, output = self.export("register.xlsx")
        self.assertEqual(result.returncode, 0, result.stderr)
        with open(output, "rb") as f:
            good = f.read()
        # The limit is on every file the process writes, the database's own included.
        db_size = 0 if kezdb.ON_SERVER else sum(
            os.path.getsize(p) for p in (self.database, self.database + "-wal")
            if os.path.exists(p))
        result, _ = self.export("register.xlsx", limit=max(db_size, len(good) // 3))
        self.assertNotEqual(result.returncode, 0, result.stdout)
        with open(output, "rb") as f:
            self.assertEqual(f.read(), good)
        self.assertEqual([n for n in os.listdir(self.tmp.name) if n.startswith(".")], [])

    def test_a_killed_personal_export_leaves_nothing(self):
        self.many_questions(40_000)
        output = self.path("personal.xlsx")
        process = subprocess.Popen([KEZDESU, "--database=" + self.database, "--export=questions",
                                    "--include-personal-data", "--output=" + output],
                                   env=self.env, stdout=subprocess.DEVNULL,
                                   stderr=subprocess.DEVNULL)
        time.sleep(0.3)
        process.send_signal(signal.SIGKILL)
        process.wait()
        self.assertEqual(sorted(n for n in os.listdir(self.tmp.name) if "personal" in n), [])

    # ---- the workbook reader ----------------------------------------------------------------

    def proposals(self):
        """A proposals workbook of this app, and its parts."""
        csv = self.write("meetings.csv", "organ;leader;position;date;time;duration_minutes\n"
                                         "moh;Ахметова А. Ж.;head;15.03.2027;10:00;90\n")
        self.assertEqual(self.kezdesu("--import-meetings=" + csv).returncode, 0)
        output = self.path("proposals.xlsx")
        self.assertEqual(self.kezdesu("--export=schedule", "--year=2027", "--output=" + output,
                                      "--language=ru").returncode, 0)
        with zipfile.ZipFile(output) as z:
            return {name: z.read(name) for name in z.namelist()}

    def rewritten(self, parts, sheet):
        path = self.path("hostile.xlsx")
        with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
            for name, data in parts.items():
                z.writestr(name, sheet if name == "xl/worksheets/sheet1.xml" else data)
        return path

    def draft(self, path):
        """Reads @path as a proposals workbook with a gigabyte of memory at most: a limit of
        the address space, or, for a sanitized build (whose shadow memory alone reserves
        terabytes of it), the sanitizer's own limit of resident memory."""
        def limit_memory():
            resource.setrlimit(resource.RLIMIT_AS, (1 << 30, 1 << 30))
        env = dict(self.env)
        if SANITIZED:
            env["ASAN_OPTIONS"] = env.get("ASAN_OPTIONS", "") + ":hard_rss_limit_mb=1024"
        return subprocess.run([KEZDESU, "--database=" + self.authorised,
                               "--export=draft-schedule", "--year=2027",
                               "--output=" + self.path("draft.xlsx"), "--input=" + path],
                              env=env, capture_output=True, text=True, timeout=60,
                              preexec_fn=None if SANITIZED else limit_memory)

    def test_entities_are_never_expanded(self):
        parts = self.proposals()
        sheet = parts["xl/worksheets/sheet1.xml"].decode()
        bomb = ('<?xml version="1.0"?><!DOCTYPE worksheet [<!ENTITY a "' + "x" * 10_000 + '">]>')
        sheet = bomb + sheet.split("?>", 1)[1].replace("<v>", "<v>" + "&a;" * 10_000, 1)
        result = self.draft(self.rewritten(parts, sheet.encode()))
        self.assertNotEqual(result.returncode, 0)
        self.assertIn("document type definition", result.stderr)
        self.assertFalse(os.path.exists(self.path("draft.xlsx")))

    def test_an_impossible_cell_is_refused(self):
        parts = self.proposals()
        sheet = parts["xl/worksheets/sheet1.xml"].decode().replace('r="D4"', 'r="D4294967300"', 1)
        self.assertIn("D4294967300", sheet)
        result = self.draft(self.rewritten(parts, sheet.encode()))
        self.assertNotEqual(result.returncode, 0)
        self.assertIn("D4294967300", result.stderr)

    def test_rows_past_65535_are_read(self):
        parts = self.proposals()
        sheet = parts["xl/worksheets/sheet1.xml"].decode()
        # The one meeting's row moved far down, as a sheet with many rows has it.
        start = sheet.index('<row r="4"')
        end = sheet.index("</row>", start) + len("</row>")
        row = sheet[start:end].replace('r="4"', 'r="70000"')
        row = __import__("re").sub(r'r="([A-Z]+)4"', r'r="\g<1>70000"', row)
        sheet = sheet[:start] + row + sheet[end:]
        result = self.draft(self.rewritten(parts, sheet.encode()))
        self.assertEqual(result.returncode, 0, result.stderr)
        self.assertIn("1 meeting", result.stdout)


if __name__ == "__main__":
    unittest.main(verbosity=2)
