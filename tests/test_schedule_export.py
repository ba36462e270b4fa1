# SPDX-License-Identifier: GPL-3.0-or-later
"""The command line imports meetings and writes the schedule proposals workbook; openpyxl reads
it back as the authorised body's software would."""

import datetime
import os
import resource
import shutil
import signal
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


class ScheduleExport(unittest.TestCase):
    def setUp(self):
        self.tmp = tempfile.TemporaryDirectory(prefix="kezdesu-export-")
        self.database = kezdb.new_database(self.tmp.name)
        self.env = dict(os.environ, LANG="C.UTF-8", LC_ALL="C.UTF-8", LANGUAGE="",
                        XDG_DATA_HOME=os.path.join(self.tmp.name, "data"))
        self.env.pop("DISPLAY", None)
        result = self.kezdesu("--import-meetings=" + MEETINGS)
        self.assertEqual(result.returncode, 0, result.stderr)
        self.assertIn("Imported 3 meetings", result.stdout)

    def tearDown(self):
        self.tmp.cleanup()

    def kezdesu(self, *args):
        return subprocess.run([KEZDESU, "--database=" + self.database, *args], env=self.env,
                              capture_output=True, text=True, timeout=60)

    def export(self, language, name=None):
        path = os.path.join(self.tmp.name, name or f"schedule-{language}.xlsx")
        result = self.kezdesu("--export=schedule", "--year=2027", "--output=" + path,
                              "--language=" + language)
        self.assertEqual(result.returncode, 0, result.stderr)
        return openpyxl.load_workbook(path).active

    def test_rows_in_date_order_with_real_dates(self):
        sheet = self.export("ru")
        rows = list(sheet.iter_rows(min_row=4, values_only=True))
        # The off-schedule meeting (Сейітов Б. К., "Риск вспышки кори") is not in the plan.
        self.assertEqual(len(rows), 2)
        self.assertEqual([r[2] for r in rows], ["Ким В. А.", "Ахметова А. Ж."])
        self.assertEqual(rows[0][4], datetime.datetime(2027, 1, 28))
        self.assertEqual(rows[1][5], datetime.time(10, 0))
        self.assertEqual(rows[0][6], 60)
        self.assertEqual(sheet["E4"].number_format, "dd.mm.yyyy")
        self.assertEqual(rows[1][9], 'Дворец культуры "Шәкәрім", большой зал')
        self.assertEqual(rows[0][1], "Министерство здравоохранения")
        self.assertEqual(rows[0][7], "Туркестанская область")
        self.assertNotIn("Риск вспышки кори", [c for r in rows for c in r])

    def test_video_conference_akims_deputy_prime_minister_and_events(self):
        with kezdb.connect(self.database) as db:
            db.execute("UPDATE meetings SET video_conference = 1, akims_attending = "
                       "'Аким области Абай', deputy_pm_attending = 1, deputy_pm_reason = "
                       "'Вопросы здравоохранения региона' WHERE leader_name = 'Ахметова А. Ж.'")
            db.execute("INSERT INTO meeting_events (meeting_id, kind, starts_at, ends_at, venue) "
                       "SELECT id, 'reception', '2027-03-15T14:00', '2027-03-15T17:00', "
                       "'Акимат' FROM meetings WHERE leader_name = 'Ахметова А. Ж.'")
        db.close()
        for language, expected in (
                ("ru", {"В режиме видеоконференции": "Да",
                        "Участие акимов": "Аким области Абай",
                        "Участие заместителя Премьер-Министра": "Да",
                        "Обоснование участия": "Вопросы здравоохранения региона",
                        "Мероприятия (приём, НПО, СМИ)":
                            "Личный приём: 15.03.2027 14:00–17:00, Акимат"}),
                ("kk", {"Бейнеконференция режимінде": "Иә",
                        "Премьер-Министрдің орынбасарының қатысуы": "Иә",
                        "Іс-шаралар (жеке қабылдау, ҮЕҰ, БАҚ)":
                            "Жеке қабылдау: 15.03.2027 14:00–17:00, Акимат"})):
            sheet = self.export(language)
            headers = [c.value for c in sheet[3]]
            ahmetova = next(r for r in sheet.iter_rows(min_row=4, values_only=True)
                            if r[2] == "Ахметова А. Ж.")
            for header, value in expected.items():
                self.assertEqual(ahmetova[headers.index(header)], value, header)

    def test_meetings_of_a_body_the_new_rules_exempt_are_left_out_with_a_note(self):
        # Planned under Decree No. 863, when Internal Affairs still met the population.
        extra = os.path.join(self.tmp.name, "mia.csv")
        with open(extra, "w", encoding="utf-8") as f:
            f.write("organ,leader,date,time,duration_minutes,region\n"
                    "mia,Ержанов Т. С.,2027-02-10,11:00,90,astana\n")
        result = self.kezdesu("--import-meetings=" + extra)
        self.assertEqual(result.returncode, 0, result.stderr)
        with kezdb.connect(self.database) as db:
            db.execute("INSERT INTO meta (key, value) VALUES ('active-rule-set', 'rules-2024') "
                       "ON CONFLICT (key) DO UPDATE SET value = excluded.value")
        db.close()

        path = os.path.join(self.tmp.name, "exempt.xlsx")
        result = self.kezdesu("--export=schedule", "--year=2027", "--output=" + path,
                              "--language=ru")
        self.assertEqual(result.returncode, 0, result.stderr)
        self.assertIn("Wrote 2 meetings", result.stdout)
        self.assertIn("Left out 1 meeting of a body exempt", result.stdout)
        sheet = openpyxl.load_workbook(path).active
        leaders = [row[2] for row in sheet.iter_rows(min_row=4, max_row=6, values_only=True)]
        self.assertNotIn("Ержанов Т. С.", leaders)
        notes = [c.value for c in sheet["A"] if isinstance(c.value, str) and "Не включены" in c.value]
        self.assertEqual(len(notes), 1, notes)
        self.assertIn("(1): 10.02.2027 Ержанов Т. С.", notes[0])

        # A new meeting of that body is refused, naming the line; a cancelled one is kept.
        with open(extra, "w", encoding="utf-8") as f:
            f.write("organ,leader,date,time,duration_minutes,region\n"
                    "mia,Ержанов Т. С.,2027-03-10,11:00,90,astana\n")
        result = self.kezdesu("--import-meetings=" + extra)
        self.assertNotEqual(result.returncode, 0)
        self.assertIn("line 2", result.stderr)
        self.assertIn("exempt", result.stderr)

    def test_only_the_served_body_s_meetings(self):
        extra = os.path.join(self.tmp.name, "mop.csv")
        with open(extra, "w", encoding="utf-8") as f:
            f.write("organ,leader,date,time,duration_minutes,region\n"
                    "mop,Жақсыбеков Н. Т.,2027-04-10,11:00,90,astana\n")
        self.assertEqual(self.kezdesu("--import-meetings=" + extra).returncode, 0)
        with kezdb.connect(self.database) as db:
            db.execute("INSERT INTO meta (key, value) VALUES ('served-body', 'moh')")
        db.close()
        sheet = self.export("ru")
        leaders = [row[2] for row in sheet.iter_rows(min_row=4, values_only=True) if row[2]]
        self.assertEqual(leaders, ["Ким В. А.", "Ахметова А. Ж."])

    def test_the_proposals_of_the_body_chosen(self):
        extra = os.path.join(self.tmp.name, "mop.csv")
        with open(extra, "w", encoding="utf-8") as f:
            f.write("organ,leader,date,time,duration_minutes,region\n"
                    "mop,Жақсыбеков Н. Т.,2027-04-10,11:00,90,astana\n")
        self.assertEqual(self.kezdesu("--import-meetings=" + extra).returncode, 0)
        path = os.path.join(self.tmp.name, "mop.xlsx")
        result = self.kezdesu("--export=schedule", "--year=2027", "--body=mop",
                              "--output=" + path, "--language=ru")
        self.assertEqual(result.returncode, 0, result.stderr)
        sheet = openpyxl.load_workbook(path).active
        leaders = [row[2] for row in sheet.iter_rows(min_row=4, values_only=True) if row[2]]
        self.assertEqual(leaders, ["Жақсыбеков Н. Т."])
        result = self.kezdesu("--export=schedule", "--year=2027", "--body=nope",
                              "--output=" + path)
        self.assertEqual(result.returncode, 1)
        self.assertIn("“nope”", result.stderr)

    def test_headers_in_russian(self):
        sheet = self.export("ru")
        self.assertIn("Предложения в график встреч с населением на 2027 год", sheet["A1"].value)
        headers = [c.value for c in sheet[3]]
        self.assertEqual(headers[:5], ["№", "Центральный исполнительный орган", "Руководитель",
                                       "Должность", "Дата"])
        self.assertEqual(sheet.freeze_panes, "A4")
        self.assertEqual(sheet.auto_filter.ref, "A3:R5")
        self.assertEqual(sheet.page_setup.orientation, "landscape")
        self.assertEqual(sheet.title, "Предложения 2027")

    def test_headers_in_kazakh(self):
        sheet = self.export("kk")
        self.assertIn("2027 жылға арналған", sheet["A1"].value)
        headers = [c.value for c in sheet[3]]
        self.assertEqual(headers[:5], ["№", "Орталық атқарушы орган", "Басшы", "Лауазымы",
                                       "Күні"])
        self.assertEqual(sheet["B4"].value, "Денсаулық сақтау министрлігі")
        self.assertEqual(sheet["H4"].value, "Түркістан облысы")

    def test_both_languages_side_by_side(self):
        sheet = self.export("both")
        headers = [c.value for c in sheet[3]]
        self.assertEqual(headers[1:3], ["Орталық атқарушы орган",
                                        "Центральный исполнительный орган"])
        self.assertEqual(headers[3], "Басшы / Руководитель")
        self.assertEqual([sheet["B4"].value, sheet["C4"].value],
                         ["Денсаулық сақтау министрлігі", "Министерство здравоохранения"])

    def test_libreoffice_opens_it(self):
        soffice = shutil.which("soffice")
        if soffice is None:
            self.skipTest("LibreOffice is not installed")
        self.export("both", "schedule-both.xlsx")
        result = subprocess.run([soffice, "--headless", "--norestore",
                                 "-env:UserInstallation=file://" + self.tmp.name + "/lo",
                                 "--convert-to", "pdf", "--outdir", self.tmp.name,
                                 os.path.join(self.tmp.name, "schedule-both.xlsx")],
                                capture_output=True, text=True, timeout=180)
        self.assertEqual(result.returncode, 0, result.stderr)
        self.assertTrue(os.path.exists(os.path.join(self.tmp.name, "schedule-both.pdf")))

    def test_failed_export_leaves_nothing(self):
        missing = os.path.join(self.tmp.name, "no-such-folder", "schedule.xlsx")
        result = self.kezdesu("--export=schedule", "--year=2027", "--output=" + missing)
        self.assertNotEqual(result.returncode, 0)
        self.assertTrue(result.stderr.strip())
        self.assertFalse(os.path.exists(os.path.dirname(missing)))

    def test_full_disk_keeps_the_previous_file(self):
        """A file size limit stands in for a full disk: the workbook cannot be finished."""
        path = os.path.join(self.tmp.name, "schedule.xlsx")
        with open(path, "w") as f:
            f.write("previous version")

        def limit_file_size():
            signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
            resource.setrlimit(resource.RLIMIT_FSIZE, (2048, 2048))

        # Held open here, the database's -wal and -shm files keep their size: the limit then
        # falls on the workbook alone.
        holder = kezdb.connect(self.database)
        holder.execute("SELECT count(*) FROM meetings").fetchone()
        try:
            result = subprocess.run([KEZDESU, "--database=" + self.database, "--export=schedule",
                                     "--year=2027", "--output=" + path, "--language=ru"],
                                    env=self.env, capture_output=True, text=True, timeout=60,
                                    preexec_fn=limit_file_size)
        finally:
            holder.close()
        self.assertNotEqual(result.returncode, 0)
        self.assertIn("Nothing was saved", result.stderr)
        with open(path) as f:
            self.assertEqual(f.read(), "previous version")
        leftovers = [n for n in os.listdir(self.tmp.name) if n.startswith(".")]
        self.assertEqual(leftovers, [])

    def test_bad_import_reports_lines_and_imports_nothing(self):
        bad = os.path.join(self.tmp.name, "bad.csv")
        with open(bad, "w", encoding="utf-8") as f:
            f.write("organ,leader,date,time,duration_minutes,region\n"
                    "moh,A,2027-06-01,10:00,90,abai\n"
                    "mod,B,2027-06-02,10:00,90,abai\n"
                    "moh,C,31.06.2027,10:00,90,abai\n")
        result = self.kezdesu("--import-meetings=" + bad)
        self.assertNotEqual(result.returncode, 0)
        self.assertIn("line 3:", result.stderr)
        self.assertIn("line 4:", result.stderr)
        sheet = self.export("ru", "after-bad-import.xlsx")
        self.assertEqual(sheet.max_row, 5)  # still the two planned meetings of setUp


if __name__ == "__main__":
    unittest.main(verbosity=2)
