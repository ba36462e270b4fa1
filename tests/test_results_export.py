# SPDX-License-Identifier: GPL-3.0-or-later
"""The results workbook of one meeting (decree point 3.7), read back with openpyxl and opened by
LibreOffice: the summary with the clock's record, the problems, the action plan and the events,
in Kazakh, Russian and both; no personal data of the citizens received."""

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
QUESTIONS = ("received;channel;text\n"
             "2027-03-15 10:40;hall;Дорога в село разбита\n"
             "2027-03-15 10:45;online-comment;Ауылға жол жоқ\n"
             "2027-03-15 10:50;hall;Нет воды\n")
MINUTE = 60_000_000


class ResultsExport(unittest.TestCase):
    def setUp(self):
        self.tmp = tempfile.TemporaryDirectory(prefix="kezdesu-results-")
        self.database = kezdb.new_database(self.tmp.name)
        self.env = dict(os.environ, LANG="C.UTF-8", LC_ALL="C.UTF-8", LANGUAGE="",
                        XDG_DATA_HOME=os.path.join(self.tmp.name, "data"))
        self.env.pop("DISPLAY", None)
        questions = os.path.join(self.tmp.name, "questions.csv")
        with open(questions, "w", encoding="utf-8") as f:
            f.write(QUESTIONS)
        for args in (["--import-meetings=" + MEETINGS],
                     ["--import-questions=" + questions, "--meeting=1"]):
            result = self.kezdesu(*args)
            self.assertEqual(result.returncode, 0, result.stderr)
        db = kezdb.connect(self.database)
        db.executescript("""
            UPDATE questions SET status = 'answered-at-meeting' WHERE id = 3;
            UPDATE questions SET status = 'in-action-plan' WHERE id IN (1, 2);
            INSERT INTO problems (id, meeting_id, title_kk, title_ru, topic)
              VALUES (1, 1, 'Ауыл жолдары', 'Сельские дороги', 'Дороги');
            INSERT INTO problem_questions VALUES (1, 1), (1, 2);
            INSERT INTO actions (problem_id, description, executor_org, deadline, status)
              VALUES (1, 'Отремонтировать дорогу', 'Акимат области Абай', '2027-06-30',
                      'planned'),
                     (1, 'Включить в программу', 'МИИР', '2020-01-01', 'in-progress');
            INSERT INTO meeting_events (id, meeting_id, kind, starts_at, ends_at, participants)
              VALUES (1, 1, 'reception', '2027-03-16T09:00', '2027-03-16T12:00', ''),
                     (2, 1, 'media-briefing', '2027-03-15T12:00', NULL, 'Хабар');
            INSERT INTO receptions (event_id, received_at, citizen_name, iin, issue)
              VALUES (1, '2027-03-16T09:10', 'Сейітова Ә.', '791028302728', 'Пенсия'),
                     (1, '2027-03-16T09:40', 'Ким В.', '', 'Жильё');
        """)
        for kind, minutes in (("start", 0), ("to-questions", 20), ("finish", 90)):
            db.execute("INSERT INTO clock_events (meeting_id, kind, wall_time, clock_us, "
                       "boot_id) VALUES (1, ?, ?, ?, 'boot')",
                       (kind, f"2027-03-15T05:{minutes % 60:02d}:00Z"
                        if minutes < 60 else f"2027-03-15T06:{minutes - 60:02d}:00Z",
                        minutes * MINUTE))
        db.commit()
        db.close()

    def tearDown(self):
        self.tmp.cleanup()

    def kezdesu(self, *args):
        return subprocess.run([KEZDESU, "--database=" + self.database, *args], env=self.env,
                              capture_output=True, text=True, timeout=60)

    def export(self, language):
        path = os.path.join(self.tmp.name, f"results-{language}.xlsx")
        result = self.kezdesu("--export=results", "--meeting=1", "--output=" + path,
                               "--language=" + language)
        self.assertEqual(result.returncode, 0, result.stderr)
        return path

    def summary(self, sheet):
        return {row[0]: row[1] for row in sheet.iter_rows(min_row=3, values_only=True)}

    def test_russian(self):
        book = openpyxl.load_workbook(self.export("ru"))
        self.assertEqual(book.sheetnames, ["Итоги", "Проблемы", "План действий", "Мероприятия"])
        summary = self.summary(book["Итоги"])
        self.assertEqual(summary["Руководитель"], "Ахметова А. Ж.")
        self.assertEqual(summary["Дата и время"], datetime.datetime(2027, 3, 15, 10, 0))
        self.assertEqual(summary["Поступило вопросов"], 3)
        self.assertEqual(summary["Отвечено на встрече"], 1)
        self.assertEqual(summary["Включено в план действий"], 2)
        self.assertEqual(summary["Доклад, мин"], 20)
        self.assertEqual(summary["Время доклада соблюдено"], "Да")
        # The clock record, whole: the start in Astana's time (05:00 UTC), the share of the
        # planned time as the rule counts it, pauses and breach.
        self.assertEqual(summary["Фактическое начало (время Астаны)"],
                         datetime.datetime(2027, 3, 15, 10, 0))
        self.assertEqual(summary["Фактическая длительность, мин"], 90)
        self.assertAlmostEqual(summary["Доля доклада от запланированного времени, %"],
                               100 * 20 / 90, places=6)
        self.assertEqual(summary["Число перерывов"], 0)
        self.assertEqual(summary["Превышение времени доклада, мин"], 0)
        # The last event, the reception on 16 March, starts the ten days.
        self.assertEqual(summary["Срок публикации итогов"], datetime.datetime(2027, 3, 26))

        problems = book["Проблемы"]
        self.assertEqual(problems.freeze_panes, "A3")
        self.assertEqual([c.value for c in problems[3]][:2], [1, "Сельские дороги"])
        self.assertEqual([c.value for c in problems[3]][-2:], [2, 2])

        plan = book["План действий"]
        rows = list(plan.iter_rows(min_row=3, values_only=True))
        self.assertEqual(plan.auto_filter.ref, "A2:H4")
        self.assertEqual(rows[0][2], "Включить в программу")
        self.assertEqual(rows[0][6], "Просрочено")
        self.assertEqual(rows[1][5], datetime.datetime(2027, 6, 30))
        self.assertEqual(rows[1][6], "Запланировано")

        events = list(book["Мероприятия"].iter_rows(min_row=3, values_only=True))
        self.assertEqual(events[0][0], "Брифинг для СМИ")
        self.assertEqual(events[1][0], "Личный приём")
        self.assertEqual(events[1][5], 2)
        values = {c.value for s in book for row in s.iter_rows() for c in row}
        self.assertNotIn("Сейітова Ә.", values)
        self.assertNotIn("791028302728", values)

    def test_kazakh_and_both(self):
        book = openpyxl.load_workbook(self.export("kk"))
        self.assertEqual(book.sheetnames, ["Қорытынды", "Проблемалар", "Іс-қимыл жоспары",
                                           "Іс-шаралар"])
        self.assertEqual(self.summary(book["Қорытынды"])["Баяндама уақыты сақталды"], "Иә")
        both = openpyxl.load_workbook(self.export("both"))
        self.assertEqual(both.sheetnames[0], "Қорытынды")
        headers = [c.value for c in both["Проблемалар"][2]]
        self.assertEqual(headers[1:3], ["Атауы (қазақша) / Название (на казахском)",
                                        "Атауы (орысша) / Название (на русском)"])
        self.assertEqual(self.summary(both["Қорытынды"])["Басшы / Руководитель"],
                         "Ахметова А. Ж.")

    def test_citizens_received_only_when_asked(self):
        path = os.path.join(self.tmp.name, "with-receptions.xlsx")
        result = self.kezdesu("--export=results", "--meeting=1", "--output=" + path,
                              "--language=ru", "--include-personal-data")
        self.assertEqual(result.returncode, 0, result.stderr)
        book = openpyxl.load_workbook(path)
        self.assertEqual(book.sheetnames[-1], "Принятые граждане")
        rows = list(book["Принятые граждане"].iter_rows(min_row=3, values_only=True))
        self.assertEqual(rows[0][:3], (datetime.datetime(2027, 3, 16, 9, 10), "Сейітова Ә.",
                                       "791028302728"))
        db = kezdb.connect(self.database)
        try:
            logged = db.execute("SELECT subject_kind, details FROM audit_log "
                                "WHERE action = 'export-personal-data'").fetchall()
        finally:
            db.close()
        self.assertEqual(len(logged), 1)
        self.assertEqual(logged[0][0], "receptions")
        self.assertIn("with-receptions.xlsx", logged[0][1])

    def test_unknown_meeting(self):
        result = self.kezdesu("--export=results", "--meeting=99",
                              "--output=" + os.path.join(self.tmp.name, "x.xlsx"))
        self.assertNotEqual(result.returncode, 0)
        self.assertIn("99", result.stderr)
        self.assertFalse(os.path.exists(os.path.join(self.tmp.name, "x.xlsx")))

    def test_libreoffice_opens_it(self):
        soffice = shutil.which("soffice")
        if soffice is None:
            self.skipTest("LibreOffice is not installed")
        path = self.export("both")
        out = os.path.join(self.tmp.name, "converted")
        result = subprocess.run([soffice, "--headless", "--norestore",
                                 "-env:UserInstallation=file://" + self.tmp.name + "/lo",
                                 "--convert-to", "pdf", "--outdir", out, path],
                                capture_output=True, text=True, timeout=180)
        self.assertEqual(result.returncode, 0, result.stderr)
        self.assertGreater(os.path.getsize(os.path.join(out, "results-both.pdf")), 1000)


if __name__ == "__main__":
    unittest.main(verbosity=2)
