# SPDX-License-Identifier: GPL-3.0-or-later
"""The executors' progress form (decree point 3.7) and its way back: the form of one executor's
open actions, filled in as an executor would (openpyxl, then LibreOffice opening and saving
it, with a row inserted above the title), read back with --dry-run (exactly the changed cells),
imported for real (history entries naming the workbook and the executor, the audit log), a row
changed in the database since the export held back as a conflict, a wrong row refused with
nothing written."""

import os
import shutil
import sqlite3
import subprocess
import tempfile
import unittest

import kezdb
import openpyxl

BUILD_ROOT = os.environ["MESON_BUILD_ROOT"]
SOURCE_ROOT = os.environ["MESON_SOURCE_ROOT"]
KEZDESU = os.path.join(BUILD_ROOT, "src", "kezdesu")
MEETINGS = os.path.join(SOURCE_ROOT, "tests", "data", "meetings.csv")
AKIMAT = "Акимат области Абай"
# The form's columns: code, meeting, problem, action, executor, deadline, status, note,
# evidence, then the hidden ones.
STATUS, NOTE, EVIDENCE = 7, 8, 9


class ProgressForm(unittest.TestCase):
    def setUp(self):
        self.tmp = tempfile.TemporaryDirectory(prefix="kezdesu-progress-")
        self.database = kezdb.new_database(self.tmp.name)
        self.env = dict(os.environ, LANG="C.UTF-8", LC_ALL="C.UTF-8", LANGUAGE="",
                        XDG_DATA_HOME=os.path.join(self.tmp.name, "data"))
        self.env.pop("DISPLAY", None)
        self.assertEqual(self.kezdesu("--import-meetings=" + MEETINGS).returncode, 0)
        db = kezdb.connect(self.database, who="planner")
        db.execute("INSERT INTO problems (id, meeting_id, title_kk, title_ru) "
                   "VALUES (1, 1, 'Ауыл жолдары', 'Сельские дороги')")
        for description, executor, status in (
                ("Отремонтировать дорогу Семей — Аягоз", AKIMAT, "planned"),
                ("Закупить школьные автобусы", AKIMAT, "in-progress"),
                ("Включить дорогу в республиканскую программу", "МИИР", "planned"),
                ("Провести собрание", AKIMAT, "done")):
            db.execute("INSERT INTO actions (problem_id, description, executor_org, deadline, "
                       "status) VALUES (1, ?, ?, '2027-06-30', ?)",
                       (description, executor, status))
        db.commit()
        db.close()

    def tearDown(self):
        self.tmp.cleanup()

    def kezdesu(self, *args):
        return subprocess.run([KEZDESU, "--database=" + self.database, *args], env=self.env,
                              capture_output=True, text=True, timeout=120)

    def export(self, language="ru", executor=AKIMAT.upper()):
        path = os.path.join(self.tmp.name, f"form-{language}.xlsx")
        result = self.kezdesu("--export=progress-form", "--year=2027", "--quarter=2",
                              "--language=" + language, "--output=" + path,
                              *(["--executor=" + executor] if executor else []))
        self.assertEqual(result.returncode, 0, result.stderr)
        return path

    def fill(self, path, changes, insert_row=False):
        """@changes: {(action text, column): value}, typed as an executor would."""
        book = openpyxl.load_workbook(path)
        sheet = book.active
        if insert_row:
            sheet.insert_rows(1)
            sheet["A1"] = "Исх. № 05-12/777"
        rows = {row[3].value: row for row in sheet.iter_rows() if row[0].value is not None}
        for (action, column), value in changes.items():
            rows[action][column - 1].value = value
        filled = os.path.join(self.tmp.name, "filled.xlsx")
        book.save(filled)
        return filled

    def history(self):
        with kezdb.connect(self.database) as db:
            return db.execute("SELECT action_id, kind, status, note FROM action_history "
                              "ORDER BY id").fetchall()

    def test_the_form_of_one_executor(self):
        sheet = openpyxl.load_workbook(self.export()).active
        actions = [row[3] for row in sheet.iter_rows(values_only=True)
                   if isinstance(row[0], int)]
        # Its open actions only, whatever the case the executor's name was typed in.
        self.assertEqual(actions, ["Отремонтировать дорогу Семей — Аягоз",
                                   "Закупить школьные автобусы"])
        self.assertTrue(sheet.protection.sheet)
        header = next(r for r in sheet.iter_rows() if r[0].value == "Код мероприятия")
        first = sheet.cell(header[0].row + 1, 1)
        self.assertTrue(first.protection.locked)
        for column in (STATUS, NOTE, EVIDENCE):
            self.assertFalse(sheet.cell(first.row, column).protection.locked)
        validation = sheet.data_validations.dataValidation[0]
        self.assertEqual(validation.formula1,
                         '"Запланировано,Выполняется,Выполнено,Отменено"')
        self.assertEqual(sheet.cell(first.row, STATUS).value, "Запланировано")

    def test_dry_run_lists_exactly_the_changed_cells(self):
        filled = self.fill(self.export(), {
            ("Отремонтировать дорогу Семей — Аягоз", STATUS): "Выполняется",
            ("Отремонтировать дорогу Семей — Аягоз", NOTE): "Подрядчик выбран",
            ("Закупить школьные автобусы", EVIDENCE): "Договор № 15 от 02.05.2027"})
        before = self.history()
        result = self.kezdesu("--import-progress=" + filled, "--dry-run")
        self.assertEqual(result.returncode, 0, result.stderr)
        changes = [line for line in result.stdout.splitlines() if ": row " in line]
        self.assertEqual(len(changes), 3, result.stdout)
        self.assertIn("status: Запланировано → Выполняется", changes[0])
        self.assertIn("progress: “Подрядчик выбран”", changes[1])
        self.assertIn("evidence: “Договор № 15 от 02.05.2027”", changes[2])
        self.assertIn("3 changes to import; nothing was written", result.stdout)
        self.assertEqual(self.history(), before)

    def test_import_for_real(self):
        filled = self.fill(self.export(), {
            ("Отремонтировать дорогу Семей — Аягоз", STATUS): "Выполнено",
            ("Отремонтировать дорогу Семей — Аягоз", NOTE): "Дорога сдана",
            ("Закупить школьные автобусы", EVIDENCE): "Договор № 15"})
        result = self.kezdesu("--import-progress=" + filled)
        self.assertEqual(result.returncode, 0, result.stderr)
        self.assertIn("Imported 3 changes", result.stdout)
        with kezdb.connect(self.database) as db:
            status, completed = db.execute("SELECT status, completed_on FROM actions "
                                           "WHERE id = 1").fetchone()
            evidence, = db.execute("SELECT evidence FROM actions WHERE id = 2").fetchone()
            audit = db.execute("SELECT actor, details FROM audit_log WHERE action = "
                               "'import-progress'").fetchall()
        self.assertEqual((status, evidence), ("done", "Договор № 15"))
        self.assertTrue(completed)
        entries = [h for h in self.history() if "filled.xlsx" in h[3]]
        self.assertEqual([(h[0], h[1], h[2]) for h in entries],
                         [(1, "status", "done"), (2, "note", None)])
        self.assertIn("Дорога сдана", entries[0][3])
        self.assertIn(AKIMAT.upper(), entries[0][3])
        self.assertIn("Договор № 15", entries[1][3])
        self.assertEqual(len(audit), 1)
        self.assertIn('"changes":3', audit[0][1])

    def test_resaved_by_libreoffice_with_a_row_above_the_title(self):
        filled = self.fill(self.export(), {
            ("Закупить школьные автобусы", STATUS): "Выполнено",
            ("Закупить школьные автобусы", NOTE): "Автобусы переданы школам"},
            insert_row=True)
        outdir = os.path.join(self.tmp.name, "resaved")
        result = subprocess.run([shutil.which("soffice"), "--headless", "--norestore",
                                 "-env:UserInstallation=file://" + self.tmp.name + "/lo",
                                 "--convert-to", "xlsx:Calc MS Excel 2007 XML",
                                 "--outdir", outdir, filled],
                                capture_output=True, text=True, timeout=180, env=self.env)
        self.assertEqual(result.returncode, 0, result.stderr)
        resaved = os.path.join(outdir, "filled.xlsx")
        result = self.kezdesu("--import-progress=" + resaved, "--dry-run")
        self.assertEqual(result.returncode, 0, result.stderr)
        changes = [line for line in result.stdout.splitlines() if ": row " in line]
        self.assertEqual(len(changes), 2, result.stdout)
        self.assertIn("row 6, action 2", changes[0])
        result = self.kezdesu("--import-progress=" + resaved)
        self.assertEqual(result.returncode, 0, result.stderr)
        self.assertIn("Imported 2 changes", result.stdout)

    def test_a_row_changed_since_the_export_is_a_conflict(self):
        form = self.export()
        db = kezdb.connect(self.database, who="planner")
        db.execute("INSERT INTO action_history (action_id, recorded_at, author, note) "
                   "VALUES (1, kez_now (), kez_actor (), 'Позвонили в акимат')")
        db.commit()
        db.close()
        filled = self.fill(form, {
            ("Отремонтировать дорогу Семей — Аягоз", STATUS): "Отменено",
            ("Закупить школьные автобусы", NOTE): "Идёт тендер"})
        result = self.kezdesu("--import-progress=" + filled)
        self.assertEqual(result.returncode, 0, result.stderr)
        self.assertIn("(changed in the database since the form was made)", result.stdout)
        self.assertIn("1 row changed in the database", result.stdout)
        self.assertIn("Imported 1 change", result.stdout)
        with kezdb.connect(self.database) as db:
            self.assertEqual(db.execute("SELECT status FROM actions WHERE id = 1").fetchone(),
                             ("planned",))
        # The planner looked and takes it.
        result = self.kezdesu("--import-progress=" + filled, "--include-conflicts")
        self.assertEqual(result.returncode, 0, result.stderr)
        with kezdb.connect(self.database) as db:
            self.assertEqual(db.execute("SELECT status FROM actions WHERE id = 1").fetchone(),
                             ("cancelled",))

    def test_an_unknown_status_is_refused_by_row_and_nothing_is_written(self):
        filled = self.fill(self.export(), {
            ("Отремонтировать дорогу Семей — Аягоз", NOTE): "Работы начаты",
            ("Закупить школьные автобусы", STATUS): "Почти готово"})
        before = self.history()
        result = self.kezdesu("--import-progress=" + filled)
        self.assertEqual(result.returncode, 1)
        self.assertIn("filled.xlsx: row 5: unknown status “Почти готово”", result.stderr)
        self.assertIn("nothing was imported", result.stderr)
        self.assertEqual(self.history(), before)

    def test_statuses_in_kazakh_and_in_both(self):
        for language, done in (("kk", "орындалды"), ("both", "Орындалды / Выполнено")):
            with self.subTest(language=language):
                filled = self.fill(self.export(language), {
                    ("Закупить школьные автобусы", STATUS): done})
                result = self.kezdesu("--import-progress=" + filled, "--dry-run")
                self.assertEqual(result.returncode, 0, result.stderr)
                self.assertIn("→ Выполнено", result.stdout)

    def test_a_form_of_another_database_or_no_form(self):
        form = self.export(executor=None)
        # Another desk's database, with meetings and actions of its own.
        other = os.path.join(self.tmp.name, "other.db")
        result = subprocess.run([KEZDESU, "--database=" + other, "--import-meetings=" + MEETINGS],
                                env=self.env, capture_output=True, text=True, timeout=60)
        self.assertEqual(result.returncode, 0, result.stderr)
        result = subprocess.run([KEZDESU, "--database=" + other, "--import-progress=" + form],
                                env=self.env, capture_output=True, text=True, timeout=60)
        self.assertEqual(result.returncode, 1)
        self.assertIn("another database", result.stderr)

        plain = os.path.join(self.tmp.name, "plain.xlsx")
        openpyxl.Workbook().save(plain)
        result = self.kezdesu("--import-progress=" + plain)
        self.assertEqual(result.returncode, 1)
        self.assertIn("not a progress form", result.stderr)


if __name__ == "__main__":
    unittest.main()
