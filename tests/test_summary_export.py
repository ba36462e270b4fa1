# SPDX-License-Identifier: GPL-3.0-or-later
"""The half-year and year summary (decree points 5.2 and 6.1): meetings planned and held, the
presentation's share kept, questions, problems and actions, by quarter and by leader."""

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
MINUTE = 60_000_000


class SummaryExport(unittest.TestCase):
    def setUp(self):
        self.tmp = tempfile.TemporaryDirectory(prefix="kezdesu-summary-")
        self.database = kezdb.new_database(self.tmp.name)
        self.env = dict(os.environ, LANG="C.UTF-8", LC_ALL="C.UTF-8", LANGUAGE="",
                        XDG_DATA_HOME=os.path.join(self.tmp.name, "data"))
        self.env.pop("DISPLAY", None)
        result = self.kezdesu("--import-meetings=" + MEETINGS)
        self.assertEqual(result.returncode, 0, result.stderr)
        # Ахметова (15 March) held and timed, keeping the rule; Ким (28 January) held, its
        # presentation over time; Сейітов (20 May, outside the schedule) held.
        db = kezdb.connect(self.database)
        db.executescript("""
            UPDATE meetings SET status = 'held';
            INSERT INTO questions (meeting_id, received_on, channel, text, status) VALUES
              (1, '2027-03-15', 'hall', 'Один', 'answered-at-meeting'),
              (1, '2027-03-15', 'hall', 'Два', 'in-action-plan'),
              (3, '2027-01-28', 'hall', 'Три', 'accepted');
            INSERT INTO problems (id, meeting_id, title_ru) VALUES (1, 1, 'Дороги');
            INSERT INTO actions (problem_id, description, executor_org, deadline, status,
                                 completed_on)
              VALUES (1, 'А', 'Акимат', '2027-04-01', 'done', '2027-03-30'),
                     (1, 'Б', 'Акимат', '2027-04-01', 'done', '2027-04-10'),
                     (1, 'В', 'Акимат', '2020-04-01', 'planned', NULL);
        """)
        # Ким's 60 minutes allow 15 of presentation: the clock switched, he went back to it.
        clocks = {1: (("start", 0), ("to-questions", 20), ("finish", 90)),
                  3: (("start", 0), ("auto-to-questions", 15), ("back-to-presentation", 20),
                      ("to-questions", 40), ("finish", 60))}
        for meeting, events in clocks.items():
            for kind, minutes in events:
                # Another boot than this one: the wall times count.
                db.execute("INSERT INTO clock_events (meeting_id, kind, wall_time, clock_us,"
                           " boot_id) VALUES (?, ?, ?, ?, 'boot')",
                           (meeting, kind, f"2027-01-01T{5 + minutes // 60:02d}:"
                            f"{minutes % 60:02d}:00Z", minutes * MINUTE))
        db.commit()
        db.close()

    def tearDown(self):
        self.tmp.cleanup()

    def kezdesu(self, *args):
        return subprocess.run([KEZDESU, "--database=" + self.database, *args], env=self.env,
                              capture_output=True, text=True, timeout=60)

    def export(self, language, *extra):
        path = os.path.join(self.tmp.name, f"summary-{language}{''.join(extra)}.xlsx")
        result = self.kezdesu("--export=summary", "--year=2027", "--output=" + path,
                              "--language=" + language, *extra)
        self.assertEqual(result.returncode, 0, result.stderr)
        return path

    def test_year_by_quarter_and_leader(self):
        book = openpyxl.load_workbook(self.export("ru"))
        self.assertEqual(book.sheetnames, ["По кварталам", "По руководителям"])
        quarters = book["По кварталам"]
        headers = [c.value for c in quarters[3]]
        self.assertEqual(headers[:4], ["Квартал", "Запланировано по графику", "Проведено",
                                       "В том числе вне графика"])
        rows = {r[0]: r[1:] for r in quarters.iter_rows(min_row=4, values_only=True)}
        self.assertEqual(list(rows), ["1 квартал", "2 квартал", "3 квартал", "4 квартал",
                                      "Итого"])
        q1 = dict(zip(headers[1:], rows["1 квартал"]))
        self.assertEqual(q1["Запланировано по графику"], 2)
        self.assertEqual(q1["Проведено"], 2)
        self.assertEqual(q1["С учётом времени"], 2)
        self.assertEqual(q1["Время доклада соблюдено"], 1)
        self.assertEqual(q1["Поступило вопросов"], 3)
        self.assertEqual(q1["Отвечено вопросов"], 1)
        self.assertEqual((q1["Выполнено в срок"], q1["Выполнено с опозданием"],
                          q1["Просрочено"]), (1, 1, 1))
        q2 = dict(zip(headers[1:], rows["2 квартал"]))
        self.assertEqual((q2["Запланировано по графику"], q2["В том числе вне графика"]), (0, 1))
        total = dict(zip(headers[1:], rows["Итого"]))
        self.assertEqual(total["Проведено"], 3)
        self.assertEqual(quarters.freeze_panes, "B4")

        leaders = [r[0] for r in book["По руководителям"].iter_rows(min_row=4, values_only=True)]
        self.assertEqual(leaders, ["Ахметова А. Ж.", "Ким В. А.", "Сейітов Б. К.", "Итого"])

    def test_half_year_in_kazakh(self):
        book = openpyxl.load_workbook(self.export("kk", "--half=2"))
        sheet = book["Тоқсандар бойынша"]
        self.assertIn("2027 жылғы 2-жартыжылдық", sheet["A1"].value)
        rows = [r[0] for r in sheet.iter_rows(min_row=4, values_only=True)]
        self.assertEqual(rows, ["3-тоқсан", "4-тоқсан", "Барлығы"])

    def test_both_and_libreoffice(self):
        path = self.export("both", "--half=1")
        sheet = openpyxl.load_workbook(path)["Тоқсандар бойынша"]
        self.assertEqual(sheet["A4"].value, "1-тоқсан / 1 квартал")
        soffice = shutil.which("soffice")
        if soffice is None:
            self.skipTest("LibreOffice is not installed")
        result = subprocess.run([soffice, "--headless", "--norestore",
                                 "-env:UserInstallation=file://" + self.tmp.name + "/lo",
                                 "--convert-to", "pdf", "--outdir", self.tmp.name, path],
                                capture_output=True, text=True, timeout=180)
        self.assertEqual(result.returncode, 0, result.stderr)


if __name__ == "__main__":
    unittest.main(verbosity=2)
