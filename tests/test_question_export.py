# SPDX-License-Identifier: GPL-3.0-or-later
"""The question register workbook from the command line, read back with openpyxl and opened by
LibreOffice: values, real dates, both languages, merges, and personal data only when asked."""

import datetime
import os
import resource
import shutil
import signal

import kezdb
import subprocess
import tempfile
import unittest

import openpyxl

import kezlocale

BUILD_ROOT = os.environ["MESON_BUILD_ROOT"]
SOURCE_ROOT = os.environ["MESON_SOURCE_ROOT"]
KEZDESU = os.path.join(BUILD_ROOT, "src", "kezdesu")
MEETINGS = os.path.join(SOURCE_ROOT, "tests", "data", "meetings.csv")
QUESTIONS = ("received;channel;region;topic;text;author;contact\n"
             "2027-01-10 09:30;e-otinish;abai;Дороги;Дорога в Семей разбита;Асқар Нұрланов;"
             "+7 701 000 00 00\n"
             "11.01.2027;letter;Абай облысы;Дороги;Жол бұзылған;;\n"
             "2027-01-12;website;;Вода;Нет воды;;\n")


class QuestionExport(unittest.TestCase):
    def setUp(self):
        self.tmp = tempfile.TemporaryDirectory(prefix="kezdesu-export-")
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
        # The second road question merged into the first; the water one rejected.
        db = kezdb.connect(self.database)
        db.execute("UPDATE questions SET status = 'merged', merged_into = 1 WHERE id = 2")
        db.execute("UPDATE questions SET citizens = 2 WHERE id = 1")
        db.execute("UPDATE questions SET status = 'rejected', "
                   "reject_reason = 'Не входит в компетенцию' WHERE id = 3")
        db.commit()
        db.close()

    def tearDown(self):
        self.tmp.cleanup()

    def kezdesu(self, *args, **kwargs):
        return subprocess.run([KEZDESU, "--database=" + self.database, *args], env=self.env,
                              capture_output=True, text=True, timeout=60, **kwargs)

    def export(self, language, *extra, name=None):
        path = os.path.join(self.tmp.name, name or f"questions-{language}.xlsx")
        result = self.kezdesu("--export=questions", "--output=" + path,
                              "--language=" + language, *extra)
        self.assertEqual(result.returncode, 0, result.stderr)
        self.assertIn("Wrote 3 questions", result.stdout)
        return path

    def audit_count(self):
        db = kezdb.connect(self.database)
        try:
            return db.execute("SELECT count(*) FROM audit_log "
                              "WHERE action = 'export-personal-data'").fetchone()[0]
        finally:
            db.close()

    def test_russian(self):
        sheet = openpyxl.load_workbook(self.export("ru")).active
        self.assertEqual(sheet.title, "Вопросы")
        self.assertEqual(sheet["A1"].value, "Реестр вопросов и предложений граждан")
        self.assertEqual([c.value for c in sheet[3]][:4], ["№", "Дата поступления", "Канал",
                                                           "Регион"])
        self.assertEqual(sheet.freeze_panes, "A4")
        self.assertEqual(sheet.auto_filter.ref, "A3:K6")
        rows = list(sheet.iter_rows(min_row=4, values_only=True))
        self.assertEqual(rows[0][:7], (1, datetime.datetime(2027, 1, 10, 9, 30), "e-Otinish",
                                       "область Абай", "Дороги", "Дорога в Семей разбита",
                                       "Новый"))
        self.assertEqual(sheet["B4"].number_format, "dd.mm.yyyy hh:mm")
        self.assertEqual(rows[1][1], datetime.datetime(2027, 1, 11))
        self.assertEqual(sheet["B5"].number_format, "dd.mm.yyyy")
        self.assertEqual(rows[1][6], "Объединён")
        self.assertEqual(rows[1][8], 1)
        self.assertEqual(rows[0][9], 2)
        self.assertEqual(rows[2][3], "Не указан")
        self.assertEqual(rows[2][6:8], ("Отклонён", "Не входит в компетенцию"))
        self.assertEqual(rows[0][10], datetime.datetime(2027, 3, 15))

    def test_kazakh(self):
        sheet = openpyxl.load_workbook(self.export("kk")).active
        self.assertEqual(sheet.title, "Сұрақтар")
        self.assertEqual([c.value for c in sheet[3]][:3], ["№", "Түскен күні", "Арна"])
        self.assertEqual(sheet["C5"].value, "Хат")
        self.assertEqual(sheet["G5"].value, "Біріктірілді")
        self.assertEqual(sheet["D4"].value, "Абай облысы")

    def test_both_languages_side_by_side(self):
        sheet = openpyxl.load_workbook(self.export("both")).active
        headers = [c.value for c in sheet[3]]
        self.assertEqual(headers[2:4], ["Арна", "Канал"])
        self.assertEqual(headers[1], "Түскен күні / Дата поступления")
        self.assertEqual([sheet["I6"].value, sheet["J6"].value], ["Қабылданбады", "Отклонён"])
        self.assertEqual(sheet.auto_filter.ref, "A3:N6")

    def test_personal_data_only_when_asked(self):
        plain = openpyxl.load_workbook(self.export("ru")).active
        values = {c.value for row in plain.iter_rows() for c in row}
        self.assertNotIn("Асқар Нұрланов", values)
        self.assertNotIn("+7 701 000 00 00", values)
        self.assertEqual(self.audit_count(), 0)

        sheet = openpyxl.load_workbook(self.export("ru", "--include-personal-data",
                                                   name="personal.xlsx")).active
        self.assertEqual([c.value for c in sheet[3]][-2:], ["Автор", "Контакт"])
        self.assertEqual([sheet["L4"].value, sheet["M4"].value],
                         ["Асқар Нұрланов", "+7 701 000 00 00"])
        self.assertEqual(self.audit_count(), 1)

    def test_one_meeting(self):
        path = os.path.join(self.tmp.name, "meeting-2.xlsx")
        result = self.kezdesu("--export=questions", "--meeting=2", "--output=" + path)
        self.assertEqual(result.returncode, 0, result.stderr)
        self.assertIn("Wrote 0 questions", result.stdout)

    def test_libreoffice_opens_it(self):
        soffice = shutil.which("soffice")
        if soffice is None:
            self.skipTest("LibreOffice is not installed")
        path = self.export("both")
        out = os.path.join(self.tmp.name, "converted")
        result = subprocess.run([soffice, "--headless", "--norestore",
                                 "-env:UserInstallation=file://" + self.tmp.name + "/lo",
                                 "--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76",
                                 "--outdir", out, path],
                                capture_output=True, text=True, timeout=180)
        self.assertEqual(result.returncode, 0, result.stderr)
        with open(os.path.join(out, "questions-both.csv"), encoding="utf-8") as f:
            text = f.read()
        self.assertIn("Дорога в Семей разбита", text)
        self.assertIn("Біріктірілді", text)

    def test_numbers_stay_numbers_in_a_russian_locale(self):
        """Under ru_RU the C library writes "8,43": the workbook must still say 8.43."""
        locpath = kezlocale.ensure_locale("ru_RU.UTF-8")
        path = os.path.join(self.tmp.name, "ru-locale.xlsx")
        result = subprocess.run([KEZDESU, "--database=" + self.database, "--export=questions",
                                 "--output=" + path],
                                env=dict(self.env, LOCPATH=locpath, LANG="ru_RU.UTF-8",
                                         LC_ALL="ru_RU.UTF-8"),
                                capture_output=True, text=True, timeout=60)
        self.assertEqual(result.returncode, 0, result.stderr)
        sheet = openpyxl.load_workbook(path).active
        self.assertAlmostEqual(sheet.column_dimensions["A"].width, 8.71, places=2)

    def test_full_disk_leaves_no_file(self):
        path = os.path.join(self.tmp.name, "questions.xlsx")

        def limit_file_size():
            signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
            resource.setrlimit(resource.RLIMIT_FSIZE, (2048, 2048))

        holder = kezdb.connect(self.database)
        holder.execute("SELECT count(*) FROM questions").fetchone()
        try:
            result = self.kezdesu("--export=questions", "--output=" + path,
                                  preexec_fn=limit_file_size)
        finally:
            holder.close()
        self.assertNotEqual(result.returncode, 0)
        self.assertIn("Nothing was saved", result.stderr)
        self.assertFalse(os.path.exists(path))
        self.assertEqual([n for n in os.listdir(self.tmp.name) if n.startswith(".")], [])


if __name__ == "__main__":
    unittest.main(verbosity=2)
