# SPDX-License-Identifier: GPL-3.0-or-later
"""The quarterly progress workbook (decree point 3.7): each action's status as it stood at the
end of the quarter, from its history, and the notes written during the quarter; overdue marked;
grouped by meeting and problem."""

import datetime
import os
import shutil
import sqlite3

import kezdb
import subprocess
import tempfile
import unittest

import openpyxl

BUILD_ROOT = os.environ["MESON_BUILD_ROOT"]
SOURCE_ROOT = os.environ["MESON_SOURCE_ROOT"]
KEZDESU = os.path.join(BUILD_ROOT, "src", "kezdesu")
MEETINGS = os.path.join(SOURCE_ROOT, "tests", "data", "meetings.csv")


class QuarterlyExport(unittest.TestCase):
    def setUp(self):
        self.tmp = tempfile.TemporaryDirectory(prefix="kezdesu-quarterly-")
        self.database = kezdb.new_database(self.tmp.name)
        self.env = dict(os.environ, LANG="C.UTF-8", LC_ALL="C.UTF-8", LANGUAGE="",
                        XDG_DATA_HOME=os.path.join(self.tmp.name, "data"))
        self.env.pop("DISPLAY", None)
        result = self.kezdesu("--import-meetings=" + MEETINGS)
        self.assertEqual(result.returncode, 0, result.stderr)
        clock = kezdb.Clock()
        db = kezdb.connect(self.database, clock, who="planner")

        def at(when, *statements):
            clock.at = when
            for statement in statements:
                db.execute(statement)

        db.execute("INSERT INTO problems (id, meeting_id, title_kk, title_ru) "
                   "VALUES (1, 1, 'Ауыл жолдары', 'Сельские дороги')")
        at("2027-03-20T05:00:00.000Z",
           "INSERT INTO actions (id, problem_id, description, executor_org, deadline, created_at) "
           "VALUES (1, 1, 'Отремонтировать дорогу', 'Акимат', '2027-05-31', kez_now ()), "
           "(2, 1, 'Включить в программу', 'МИИР', '2027-04-15', kez_now ())")
        # A change of status with its note, as the app writes it.
        at("2027-04-10T06:00:00.000Z",
           "INSERT INTO action_history (action_id, recorded_at, author, kind, note, status, "
           "old_value, new_value) VALUES (1, kez_now (), kez_actor (), 'status', "
           "'Подрядчик выбран', 'in-progress', 'planned', 'in-progress')",
           "UPDATE actions SET status = 'in-progress' WHERE id = 1")
        at("2027-05-20T06:00:00.000Z",
           "INSERT INTO action_history (action_id, recorded_at, author, note) "
           "VALUES (1, kez_now (), kez_actor (), 'Смета утверждена')")
        # 30 June 20:00 in Astana is 15:00 UTC: within the quarter.
        at("2027-06-30T15:00:00.000Z",
           "INSERT INTO action_history (action_id, recorded_at, author, kind, note, status, "
           "old_value, new_value) VALUES (1, kez_now (), kez_actor (), 'status', 'Принято', "
           "'done', 'in-progress', 'done')",
           "UPDATE actions SET status = 'done', completed_on = '2027-06-30' WHERE id = 1")
        # 1 July 01:00 in Astana: the next quarter.
        at("2027-06-30T20:00:00.000Z",
           "INSERT INTO action_history (action_id, recorded_at, author, note) "
           "VALUES (2, kez_now (), kez_actor (), 'Поздно')")
        at("2027-07-05T05:00:00.000Z",
           "INSERT INTO actions (id, problem_id, description, executor_org, deadline, created_at) "
           "VALUES (3, 1, 'Позже', 'МИИР', '2027-12-01', kez_now ())")
        db.commit()
        db.close()

    def tearDown(self):
        self.tmp.cleanup()

    def kezdesu(self, *args):
        return subprocess.run([KEZDESU, "--database=" + self.database, *args], env=self.env,
                              capture_output=True, text=True, timeout=60)

    def export(self, language, quarter=2):
        path = os.path.join(self.tmp.name, f"q{quarter}-{language}.xlsx")
        result = self.kezdesu("--export=quarterly", "--year=2027", f"--quarter={quarter}",
                              "--output=" + path, "--language=" + language)
        self.assertEqual(result.returncode, 0, result.stderr)
        return path

    def test_second_quarter_in_russian(self):
        sheet = openpyxl.load_workbook(self.export("ru")).active
        self.assertEqual(sheet.title, "Ход исполнения")
        self.assertEqual(sheet["A1"].value, "Ход исполнения планов действий, 2 квартал 2027 года")
        self.assertEqual(sheet.freeze_panes, "A4")
        rows = list(sheet.iter_rows(min_row=4, values_only=True))
        self.assertEqual(len(rows), 2)  # the third action was made in July
        late, done = rows
        self.assertEqual(late[2], "Включить в программу")
        self.assertEqual(late[5], "Просрочено")
        self.assertIsNone(late[6] or None)  # its note came after the quarter
        self.assertEqual(done[4], datetime.datetime(2027, 5, 31))
        self.assertEqual(done[5], "Выполнено")
        self.assertEqual(done[6].splitlines(),
                         ["10.04.2027 Выполняется: Подрядчик выбран (planner)",
                          "20.05.2027 Смета утверждена (planner)",
                          "30.06.2027 Выполнено: Принято (planner)"])
        self.assertTrue(done[0].startswith("15.03.2027"))
        self.assertEqual(done[1], "Сельские дороги")

    def test_moved_deadline_and_deleted_action_are_shown(self):
        """"Done on time" cannot be made by moving the deadline quietly, nor an action made to
        vanish: both show in the quarter they happened in."""
        clock = kezdb.Clock("2027-05-02T06:00:00.000Z")
        db = kezdb.connect(self.database, clock, who="reviewer")
        db.execute("UPDATE actions SET deadline = '2027-09-30' WHERE id = 2")
        clock.at = "2027-05-03T06:00:00.000Z"
        db.execute("INSERT INTO actions (id, problem_id, description, executor_org, deadline) "
                   "VALUES (4, 1, 'Лишнее', 'Акимат', '2027-06-01')")
        db.execute("DELETE FROM actions WHERE id = 4")
        db.commit()
        db.close()
        book = openpyxl.load_workbook(self.export("ru"))
        rows = list(book["Ход исполнения"].iter_rows(min_row=4, values_only=True))
        moved = next(r for r in rows if r[2] == "Включить в программу")
        self.assertIn("02.05.2027 Срок исполнения перенесён: 15.04.2027 → 30.09.2027 (reviewer)",
                      moved[6])
        removed = list(book["Исключено из плана"].iter_rows(min_row=2, values_only=True))
        self.assertEqual([(r[1], r[2], r[3]) for r in removed], [("reviewer", "Лишнее", "Акимат")])
        self.assertEqual(removed[0][0], datetime.datetime(2027, 5, 3))

    def test_status_as_it_stood(self):
        """At the end of the first quarter the first action was still planned."""
        sheet = openpyxl.load_workbook(self.export("kk", quarter=1)).active
        self.assertEqual(sheet.title, "Орындалу барысы")
        rows = list(sheet.iter_rows(min_row=4, values_only=True))
        self.assertEqual([r[5] for r in rows], ["Жоспарланған", "Жоспарланған"])

    def test_both_and_libreoffice(self):
        path = self.export("both")
        sheet = openpyxl.load_workbook(path).active
        self.assertEqual(sheet["A4"].value, "Кездесу / Встреча")
        soffice = shutil.which("soffice")
        if soffice is None:
            self.skipTest("LibreOffice is not installed")
        result = subprocess.run([soffice, "--headless", "--norestore",
                                 "-env:UserInstallation=file://" + self.tmp.name + "/lo",
                                 "--convert-to", "pdf", "--outdir", self.tmp.name, path],
                                capture_output=True, text=True, timeout=180)
        self.assertEqual(result.returncode, 0, result.stderr)
        self.assertTrue(os.path.exists(os.path.join(self.tmp.name, "q2-both.pdf")))

    def test_bad_quarter(self):
        result = self.kezdesu("--export=quarterly", "--year=2027", "--quarter=5",
                              "--output=" + os.path.join(self.tmp.name, "x.xlsx"))
        self.assertNotEqual(result.returncode, 0)
        self.assertFalse(os.path.exists(os.path.join(self.tmp.name, "x.xlsx")))


if __name__ == "__main__":
    unittest.main(verbosity=2)
