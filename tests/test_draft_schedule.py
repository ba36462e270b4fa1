# SPDX-License-Identifier: GPL-3.0-or-later
"""The authorised body's draft schedule (decree point 2.2) made of three bodies' proposals
workbooks, written by this app in Kazakh, Russian and both; a foreign workbook is refused."""

import datetime
import os
import shutil
import subprocess
import tempfile
import unittest

import openpyxl

import kezdb

BUILD_ROOT = os.environ["MESON_BUILD_ROOT"]
KEZDESU = os.path.join(BUILD_ROOT, "src", "kezdesu")

BODIES = {
    "moh": ("kk", "Ахметова А. Ж.;head;15.03.2027;10:00;90;abai\n"
                  "Ахметова А. Ж.;head;04.10.2027;11:00;120;almaty\n"),
    "mof": ("ru", "Сейітов Б. К.;deputy;20.02.2027;15:00;60;astana\n"),
    "mlsp": ("both", "Ким В. А.;committee-chair;05.06.2027;09:30;90;shymkent\n"
                    "Ким В. А.;head;05.06.2026;09:30;90;shymkent\n"),
}


class DraftSchedule(unittest.TestCase):
    def setUp(self):
        self.tmp = tempfile.TemporaryDirectory(prefix="kezdesu-draft-")
        self.env = dict(os.environ, LANG="C.UTF-8", LC_ALL="C.UTF-8", LANGUAGE="",
                        XDG_DATA_HOME=os.path.join(self.tmp.name, "data"))
        self.env.pop("DISPLAY", None)
        self.proposals = []
        self.databases = {name: kezdb.new_database(self.tmp.name, name)
                          for name in [*BODIES, "authorised"]}
        for body, (language, rows) in BODIES.items():
            database = self.databases[body]
            csv = os.path.join(self.tmp.name, body + ".csv")
            with open(csv, "w", encoding="utf-8") as f:
                f.write("organ;leader;position;date;time;duration_minutes;region\n")
                f.write("".join(f"{body};{row}\n" for row in rows.splitlines()))
            output = os.path.join(self.tmp.name, body + ".xlsx")
            for args in (["--import-meetings=" + csv],
                         ["--export=schedule", "--year=2027", "--output=" + output,
                          "--language=" + language]):
                result = self.kezdesu(database, *args)
                self.assertEqual(result.returncode, 0, result.stderr)
            self.proposals.append(output)

    def tearDown(self):
        self.tmp.cleanup()

    def kezdesu(self, database, *args):
        return subprocess.run([KEZDESU, "--database=" + database, *args], env=self.env,
                              capture_output=True, text=True, timeout=60)

    def draft(self, *inputs, language="ru"):
        output = os.path.join(self.tmp.name, f"draft-{language}.xlsx")
        result = self.kezdesu(self.databases["authorised"],
                              "--export=draft-schedule", "--year=2027", "--output=" + output,
                              "--language=" + language, *[f"--input={i}" for i in inputs])
        return result, output

    def test_three_bodies_in_date_order(self):
        result, output = self.draft(*self.proposals)
        self.assertEqual(result.returncode, 0, result.stderr)
        self.assertIn("Wrote 4 meetings", result.stdout)
        sheet = openpyxl.load_workbook(output).active
        self.assertEqual(sheet.title, "Проект 2027")
        self.assertEqual(sheet["A1"].value, "Проект графика встреч с населением на 2027 год")
        rows = list(sheet.iter_rows(min_row=4, values_only=True))
        self.assertEqual([(r[1], r[2], r[4]) for r in rows], [
            ("Министерство финансов", "Сейітов Б. К.", datetime.datetime(2027, 2, 20)),
            ("Министерство здравоохранения", "Ахметова А. Ж.", datetime.datetime(2027, 3, 15)),
            ("Министерство труда и социальной защиты населения", "Ким В. А.", datetime.datetime(2027, 6, 5)),
            ("Министерство здравоохранения", "Ахметова А. Ж.", datetime.datetime(2027, 10, 4)),
        ])
        self.assertEqual(rows[0][3], "Заместитель первого руководителя")
        self.assertEqual(rows[2][5], datetime.time(9, 30))
        self.assertEqual(rows[2][7], "город Шымкент")
        self.assertEqual(sheet.freeze_panes, "A4")

    def test_from_the_proposals_the_database_holds(self):
        # On a shared server every body's proposals are in one database: the draft is a
        # query over them, with the same rows as from the bodies' workbooks.
        database = self.databases["authorised"]
        csv = os.path.join(self.tmp.name, "all.csv")
        with open(csv, "w", encoding="utf-8") as f:
            f.write("organ;leader;position;date;time;duration_minutes;region\n")
            for body, (_, rows) in BODIES.items():
                f.write("".join(f"{body};{row}\n" for row in rows.splitlines()))
        result = self.kezdesu(database, "--import-meetings=" + csv)
        self.assertEqual(result.returncode, 0, result.stderr)
        output = os.path.join(self.tmp.name, "draft-from-database.xlsx")
        result = self.kezdesu(database, "--export=draft-schedule", "--year=2027",
                              "--output=" + output, "--language=ru")
        self.assertEqual(result.returncode, 0, result.stderr)
        self.assertIn("Wrote 4 meetings", result.stdout)
        rows = list(openpyxl.load_workbook(output).active.iter_rows(min_row=4, values_only=True))
        self.assertEqual([(r[1], r[2]) for r in rows], [
            ("Министерство финансов", "Сейітов Б. К."),
            ("Министерство здравоохранения", "Ахметова А. Ж."),
            ("Министерство труда и социальной защиты населения", "Ким В. А."),
            ("Министерство здравоохранения", "Ахметова А. Ж."),
        ])
        # A body the rules in force exempt (written past the app's own checks) stops the
        # draft, named, and no workbook is written.
        os.remove(output)
        db = kezdb.connect(database, kezdb.Clock("2026-11-01T05:00:00.000Z"), who="planner")
        db.execute("INSERT INTO meetings (body_code, leader_name, leader_position, starts_at, "
                   "planned_minutes) VALUES ('mod', 'Жаксылыков Р. Ф.', 'head', "
                   "'2027-04-01T10:00', 90)")
        db.commit()
        db.close()
        result = self.kezdesu(database, "--export=draft-schedule", "--year=2027",
                              "--output=" + output)
        self.assertEqual(result.returncode, 1)
        self.assertIn("01.04.2027, Жаксылыков Р. Ф.: This body is exempt", result.stderr)
        self.assertIn("Ministry of Defence, 01.04.2027", result.stderr)  # C locale: English
        self.assertFalse(os.path.exists(output))

    def test_kazakh_draft(self):
        result, output = self.draft(*self.proposals, language="kk")
        self.assertEqual(result.returncode, 0, result.stderr)
        sheet = openpyxl.load_workbook(output).active
        self.assertEqual(sheet.title, "Жоба 2027")
        self.assertIn("кестесінің жобасы", sheet["A1"].value)

    def test_both_languages(self):
        result, output = self.draft(*self.proposals, language="both")
        self.assertEqual(result.returncode, 0, result.stderr)
        sheet = openpyxl.load_workbook(output).active
        self.assertEqual([sheet["B4"].value, sheet["C4"].value],
                         ["Қаржы министрлігі", "Министерство финансов"])

    def test_foreign_workbook_is_refused(self):
        foreign = os.path.join(self.tmp.name, "budget.xlsx")
        book = openpyxl.Workbook()
        book.active["A1"] = "Бюджет на 2027 год"
        book.active["A3"] = "Статья"
        book.save(foreign)
        result, output = self.draft(self.proposals[0], foreign)
        self.assertNotEqual(result.returncode, 0)
        self.assertIn("budget.xlsx", result.stderr)
        self.assertFalse(os.path.exists(output))

        text = os.path.join(self.tmp.name, "notes.xlsx")
        with open(text, "w") as f:
            f.write("not a zip")
        result, output = self.draft(text)
        self.assertNotEqual(result.returncode, 0)
        self.assertIn("notes.xlsx", result.stderr)
        self.assertFalse(os.path.exists(output))

    def edited(self, changes):
        """The Ministry of Finance's proposals (Russian, one meeting on row 4) with @changes,
        {cell: value}, made as a planner would in a spreadsheet."""
        path = os.path.join(self.tmp.name, "edited.xlsx")
        book = openpyxl.load_workbook(self.proposals[1])
        for ref, value in changes.items():
            book.active[ref] = value
        book.save(path)
        return path

    def refused(self, path, *words):
        result, output = self.draft(self.proposals[0], path)
        self.assertNotEqual(result.returncode, 0)
        self.assertIn("edited.xlsx, row 4: ", result.stderr)
        for word in words:
            self.assertIn(word, result.stderr)
        self.assertFalse(os.path.exists(output))
        return result

    def test_a_region_as_other_systems_write_it(self):
        result, output = self.draft(self.edited({"H4": "Атырау обл."}))
        self.assertEqual(result.returncode, 0, result.stderr)
        regions = [row[7] for row in openpyxl.load_workbook(output).active.iter_rows(
            min_row=4, values_only=True)]
        self.assertIn("Атырауская область", regions)

    def test_bad_rows_are_refused_by_row(self):
        self.refused(self.edited({"H4": "Марсианская обл."}), "unknown region",
                     "Марсианская обл.")
        self.refused(self.edited({"B4": "Министерство обороны"}), "exempt")
        self.refused(self.edited({"G4": 10}), "between 15 minutes and 8 hours")
        self.refused(self.edited({"E4": datetime.datetime(2028, 2, 20)}), "2028",
                     "2027 schedule")

    def test_the_same_body_twice(self):
        copy = os.path.join(self.tmp.name, "edited.xlsx")
        shutil.copy(self.proposals[1], copy)
        result, output = self.draft(self.proposals[1], copy)
        self.assertNotEqual(result.returncode, 0)
        self.assertIn("edited.xlsx, row 4: ", result.stderr)
        self.assertIn("already given in", result.stderr)
        self.assertIn(os.path.basename(self.proposals[1]), result.stderr)
        self.assertFalse(os.path.exists(output))

    def resaved_by_libreoffice(self, path):
        """@path opened and saved again as .xlsx by LibreOffice."""
        outdir = os.path.join(self.tmp.name, "resaved")
        result = subprocess.run([shutil.which("soffice"), "--headless", "--norestore",
                                 "-env:UserInstallation=file://" + self.tmp.name + "/lo",
                                 "--convert-to", "xlsx:Calc MS Excel 2007 XML",
                                 "--outdir", outdir, path],
                                capture_output=True, text=True, timeout=180, env=self.env)
        self.assertEqual(result.returncode, 0, result.stderr)
        resaved = os.path.join(outdir, os.path.basename(path))
        self.assertTrue(os.path.exists(resaved), result.stdout + result.stderr)
        return resaved

    def test_a_workbook_edited_in_an_office_suite(self):
        # A row inserted above the title, a sheet of notes put first, headers reworded, then
        # saved again by LibreOffice.
        path = os.path.join(self.tmp.name, "edited.xlsx")
        book = openpyxl.load_workbook(self.proposals[1])
        sheet = book.active
        sheet.insert_rows(1)
        sheet["A1"] = "Исх. № 12-3/456 от 01.09.2026"
        sheet["C4"] = "Руководитель (Ф. И. О.)"
        sheet["E4"] = "Дата проведения"
        notes = book.create_sheet("Пояснительная записка", 0)
        notes["A1"] = "Предложения согласованы с акиматами"
        book.save(path)
        resaved = self.resaved_by_libreoffice(path)
        self.assertEqual(openpyxl.load_workbook(resaved).sheetnames[0], "Пояснительная записка")

        result, output = self.draft(self.proposals[0], resaved)
        self.assertEqual(result.returncode, 0, result.stderr)
        self.assertIn("Wrote 3 meetings", result.stdout)
        rows = list(openpyxl.load_workbook(output).active.iter_rows(min_row=4, values_only=True))
        self.assertIn(("Министерство финансов", "Сейітов Б. К.", datetime.datetime(2027, 2, 20)),
                      [(r[1], r[2], r[4]) for r in rows])

    def test_a_refused_row_is_named_in_the_file_as_it_is(self):
        # Below an inserted row the meeting is on row 5 of the file, and says so.
        path = os.path.join(self.tmp.name, "edited.xlsx")
        book = openpyxl.load_workbook(self.proposals[1])
        book.active.insert_rows(1)
        book.active["H5"] = "Марсианская обл."
        book.save(path)
        result, output = self.draft(path)
        self.assertNotEqual(result.returncode, 0)
        self.assertIn("edited.xlsx, row 5: unknown region", result.stderr)
        self.assertFalse(os.path.exists(output))

    def test_video_conference_akims_deputy_prime_minister_and_events_reach_the_draft(self):
        database = self.databases["mof"]
        with kezdb.connect(database) as db:
            db.execute("UPDATE meetings SET video_conference = 1, akims_attending = "
                       "'Аким города Астаны', deputy_pm_attending = 1, deputy_pm_reason = "
                       "'Бюджет столицы'")
            db.execute("INSERT INTO meeting_events (meeting_id, kind, starts_at, ends_at, venue) "
                       "SELECT id, 'media-briefing', '2027-02-20T17:00', NULL, 'Пресс-центр' "
                       "FROM meetings")
        db.close()
        proposals = os.path.join(self.tmp.name, "mof-again.xlsx")
        result = self.kezdesu(database, "--export=schedule", "--year=2027",
                              "--output=" + proposals, "--language=kk")
        self.assertEqual(result.returncode, 0, result.stderr)
        result, output = self.draft(proposals, language="ru")
        self.assertEqual(result.returncode, 0, result.stderr)
        sheet = openpyxl.load_workbook(output).active
        headers = [c.value for c in sheet[3]]
        row = next(sheet.iter_rows(min_row=4, values_only=True))
        self.assertEqual(row[headers.index("В режиме видеоконференции")], "Да")
        self.assertEqual(row[headers.index("Участие акимов")], "Аким города Астаны")
        self.assertEqual(row[headers.index("Участие заместителя Премьер-Министра")], "Да")
        self.assertEqual(row[headers.index("Обоснование участия")], "Бюджет столицы")
        self.assertEqual(row[headers.index("Мероприятия (приём, НПО, СМИ)")],
                         "Брифинг для СМИ: 20.02.2027 17:00, Пресс-центр")

    def test_an_event_that_cannot_be_read_is_refused(self):
        path = self.edited({"R4": "Приём граждан в пятницу"})
        self.refused(path, "Приём граждан в пятницу")


if __name__ == "__main__":
    unittest.main(verbosity=2)
