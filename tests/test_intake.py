# SPDX-License-Identifier: GPL-3.0-or-later
"""Intake from real exports, from the command line as a planner's script would run it: an
e-Otinish-like export (semicolons, a byte-order mark, a quoted line break, DD.MM.YYYY HH:MM,
"е-Өтініш", "г. Астана", "Акмолинская обл.") is imported whole without editing the file, as CSV
and as the same rows saved by a spreadsheet (.xlsx, dates as date cells); the same file again
imports nothing and says so. A meetings plan with Russian and Kazakh headers and position
names is read as one with ours. (Undoing an import: test-import.c.)"""

import datetime
import os
import subprocess
import tempfile
import unittest

import openpyxl

import kezdb
import kezlocale

BUILD_ROOT = os.environ["MESON_BUILD_ROOT"]
KEZDESU = os.path.join(BUILD_ROOT, "src", "kezdesu")

E_OTINISH_HEADER = ["№", "Дата обращения", "Источник", "Регион", "Тема",
                    "Текст обращения", "ФИО заявителя", "Контактный телефон"]
E_OTINISH_ROWS = [
    ["1", datetime.datetime(2026, 11, 2, 9, 15), "е-Өтініш", "г. Астана", "ЖКХ",
     "ТОО \"Астана Су\" не вывозит мусор", "Ахметов Б. К.", "+7 701 000 00 01"],
    ["2", datetime.datetime(2026, 11, 3, 14, 30), "е-Өтініш", "Акмолинская обл.", "Дороги",
     "Дорога Косшы — Астана разбита,\nремонта не было три года", "Серікқызы А.", ""],
    ["3", datetime.datetime(2026, 11, 5, 11, 0), "eOtinish", "Алматы облысы", "Образование",
     "Мектепте орын жетпейді", "Нұрланұлы Д.", ""],
    ["4", datetime.datetime(2026, 11, 6, 16, 45), "Е-Отиниш", "ВКО", "Здравоохранение",
     "Телевизор 55\" в больнице сломан; когда заменят?", "", ""],
    ["5", datetime.datetime(2026, 11, 9, 8, 5), "е-Өтініш", "Шымкент қаласы", "",
     "Когда откроют поликлинику?", "Ким Е.", ""],
]


def csv_field(value):
    if isinstance(value, datetime.datetime):
        return value.strftime("%d.%m.%Y %H:%M")
    if any(c in value for c in ';"\n'):
        return '"' + value.replace('"', '""') + '"'
    return value


class Intake(unittest.TestCase):
    def setUp(self):
        self.tmp = tempfile.TemporaryDirectory(prefix="kezdesu-intake-")
        self.env = dict(os.environ, LANG="C.UTF-8", LC_ALL="C.UTF-8", LANGUAGE="",
                        XDG_DATA_HOME=os.path.join(self.tmp.name, "data"))
        self.env.pop("DISPLAY", None)
        self.database = kezdb.new_database(self.tmp.name)

    def tearDown(self):
        self.tmp.cleanup()

    def path(self, name):
        return os.path.join(self.tmp.name, name)

    def kezdesu(self, *args, language=""):
        env = dict(self.env, **(kezlocale.environment(language) if language else {}))
        return subprocess.run([KEZDESU, "--database=" + self.database, *args], env=env,
                              capture_output=True, text=True, timeout=60)

    def query(self, sql, *args):
        db = kezdb.connect(self.database)
        try:
            return db.execute(sql, args).fetchall()
        finally:
            db.close()

    def write_csv(self, name, header, rows):
        lines = [";".join(header)] + [";".join(csv_field(v) for v in row) for row in rows]
        with open(self.path(name), "wb") as f:
            f.write(b"\xef\xbb\xbf" + "\r\n".join(lines).encode("utf-8") + b"\r\n")
        return self.path(name)

    def write_xlsx(self, name, header, rows):
        book = openpyxl.Workbook()
        sheet = book.active
        sheet.title = "Обращения"
        sheet.append(header)
        for row in rows:
            sheet.append(row)
        for cell in sheet["B"][1:]:
            cell.number_format = "DD.MM.YYYY HH:MM"
        book.save(self.path(name))
        return self.path(name)

    def assert_e_otinish_imported(self):
        rows = self.query("SELECT received_on, channel, region_code, text, author "
                          "FROM questions ORDER BY received_on")
        self.assertEqual([r[0] for r in rows],
                         ["2026-11-02T09:15", "2026-11-03T14:30", "2026-11-05T11:00",
                          "2026-11-06T16:45", "2026-11-09T08:05"])
        self.assertEqual({r[1] for r in rows}, {"e-otinish"})
        self.assertEqual([r[2] for r in rows],
                         ["astana", "akmola", "almaty-obl", "east-kz", "shymkent"])
        self.assertEqual(rows[0][3], "ТОО \"Астана Су\" не вывозит мусор")
        self.assertEqual(rows[1][3], "Дорога Косшы — Астана разбита,\nремонта не было три года")
        self.assertEqual(rows[3][3], "Телевизор 55\" в больнице сломан; когда заменят?")
        self.assertEqual(rows[2][4], "Нұрланұлы Д.")

    def import_twice(self, path):
        first = self.kezdesu("--import-questions=" + path)
        self.assertEqual(first.returncode, 0, first.stderr)
        self.assertEqual(first.stdout.strip(), "Imported 5 questions.")
        self.assert_e_otinish_imported()

        again = self.kezdesu("--import-questions=" + path, language="ru")
        self.assertEqual(again.returncode, 0, again.stderr)
        self.assertIn("ничего не импортировано", again.stdout)
        self.assertEqual(self.query("SELECT count(*) FROM questions")[0][0], 5)
        return again.stdout

    def test_e_otinish_csv(self):
        path = self.write_csv("e-otinish.csv", E_OTINISH_HEADER, E_OTINISH_ROWS)
        said = self.import_twice(path)
        self.assertIn("строки 2, 3, 5, 6, 7", said)  # the quoted line break is line 3-4

    def test_e_otinish_xlsx(self):
        path = self.write_xlsx("e-otinish.xlsx", E_OTINISH_HEADER, E_OTINISH_ROWS)
        said = self.import_twice(path)
        self.assertIn("строки 2, 3, 4, 5, 6", said)

    def test_a_new_row_among_known_ones_is_the_only_one_imported(self):
        self.import_twice(self.write_csv("first.csv", E_OTINISH_HEADER, E_OTINISH_ROWS))
        later = E_OTINISH_ROWS + [["6", datetime.datetime(2026, 11, 10, 10, 0), "е-Өтініш",
                                   "г. Астана", "", "Новый вопрос", "Ли О.", ""]]
        result = self.kezdesu("--import-questions=" +
                              self.write_csv("later.csv", E_OTINISH_HEADER, later))
        self.assertEqual(result.returncode, 0, result.stderr)
        self.assertIn("5 rows already in the database were skipped (lines 2, 3, 5, 6, 7)",
                      result.stdout)
        self.assertIn("Imported 1 question.", result.stdout)
        self.assertEqual(self.query("SELECT count(*) FROM questions")[0][0], 6)

    def test_an_unknown_value_names_its_line_in_the_users_language(self):
        rows = [list(E_OTINISH_ROWS[0]), list(E_OTINISH_ROWS[1])]
        rows[1][3] = "Марс"
        rows[1][2] = "факс"
        result = self.kezdesu("--import-questions=" +
                              self.write_csv("bad.csv", E_OTINISH_HEADER, rows), language="kk")
        self.assertNotEqual(result.returncode, 0)
        self.assertIn("3-жол", result.stderr)
        self.assertIn("«Марс»", result.stderr)
        self.assertIn("«факс»", result.stderr)
        self.assertIn("Сайт", result.stderr)  # the channels listed by their names
        self.assertEqual(self.query("SELECT count(*) FROM questions")[0][0], 0)

    def test_meetings_with_russian_and_kazakh_headers(self):
        plan = ("Государственный орган;ФИО руководителя;Должность;Дата;Время начала;"
                "Продолжительность, мин;Регион;Населённый пункт;Место проведения\n"
                "Министерство здравоохранения РК;Ахметова А. Ж.;Первый руководитель;"
                "15.03.2027;10:00;90;г. Шымкент;Шымкент;Дворец школьников\n"
                "МЗ РК;Сейітов Б.;Председатель комитета;16.03.2027;11:00:00;120;"
                "Туркестанская обл.;Кентау;Акимат\n"
                "Денсаулық сақтау министрлігі;Ким В.;Вице-министр;17.03.2027;15:30;60;"
                "Абай облысы;Семей;\n")
        path = self.path("plan.csv")
        with open(path, "w", encoding="utf-8") as f:
            f.write(plan)
        result = self.kezdesu("--import-meetings=" + path)
        self.assertEqual(result.returncode, 0, result.stderr)
        self.assertEqual(result.stdout.strip(), "Imported 3 meetings.")
        rows = self.query("SELECT body_code, leader_position, starts_at, planned_minutes, "
                          "region_code FROM meetings ORDER BY starts_at")
        self.assertEqual(rows, [("moh", "head", "2027-03-15T10:00", 90, "shymkent"),
                                ("moh", "committee-chair", "2027-03-16T11:00", 120, "turkistan"),
                                ("moh", "deputy", "2027-03-17T15:30", 60, "abai")])

        kk = ("Мемлекеттік орган,Басшының аты-жөні,Лауазымы,Күні,Уақыты,Ұзақтығы (минут)\n"
              "moh,Ахметова А. Ж.,Бірінші басшы,15.03.2027,10:00,90\n")
        with open(path, "w", encoding="utf-8") as f:
            f.write(kk)
        again = self.kezdesu("--import-meetings=" + path)
        self.assertEqual(again.returncode, 0, again.stderr)
        self.assertIn("nothing imported, every row is already in the database (line 2)",
                      again.stdout)
        self.assertEqual(self.query("SELECT count(*) FROM meetings")[0][0], 3)

    def test_meetings_from_a_workbook(self):
        """Dates as date cells, times as time cells, as a spreadsheet keeps them."""
        book = openpyxl.Workbook()
        sheet = book.active
        sheet.append(["Орган", "Руководитель", "Дата", "Время", "Продолжительность"])
        sheet.append(["moh", "Ахметова А. Ж.", datetime.date(2027, 3, 15), datetime.time(10, 30),
                      90])
        sheet["C2"].number_format = "DD.MM.YYYY"
        sheet["D2"].number_format = "HH:MM"
        book.save(self.path("plan.xlsx"))
        result = self.kezdesu("--import-meetings=" + self.path("plan.xlsx"))
        self.assertEqual(result.returncode, 0, result.stderr)
        self.assertEqual(self.query("SELECT starts_at, planned_minutes FROM meetings"),
                         [("2027-03-15T10:30", 90)])

    def test_a_missing_column_is_named_with_what_the_file_has(self):
        path = self.path("plan.csv")
        with open(path, "w", encoding="utf-8") as f:
            f.write("Орган;Дата;Время\nmoh;15.03.2027;10:00\n")
        result = self.kezdesu("--import-meetings=" + path, language="ru")
        self.assertNotEqual(result.returncode, 0)
        self.assertIn("«Руководитель»", result.stderr)
        self.assertIn("«Орган», «Дата», «Время»", result.stderr)


if __name__ == "__main__":
    unittest.main()
