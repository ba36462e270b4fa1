# SPDX-License-Identifier: GPL-3.0-or-later
"""Every workbook the app writes, printed as the authorised body prints it: converted to PDF by
LibreOffice, whose page shows a row as tall as the file says and leaves out the lines of a cell
that do not fit. Every text cell's whole text must be in the PDF's text, in Kazakh, Russian and
both, with the demo's year and with texts longer than a planner would type; and the workbooks
carry their title and author, and their links are links."""

import os
import re
import shutil
import subprocess
import tempfile
import unittest
import zipfile

import kezdb
import openpyxl

BUILD_ROOT = os.environ["MESON_BUILD_ROOT"]
KEZDESU = os.path.join(BUILD_ROOT, "src", "kezdesu")
LANGUAGES = ("kk", "ru", "both")

LONG_QUESTION = ("Біздің ауылдағы мектептің шатыры үш жылдан бері ағып тұр, балалар суық "
                 "сыныптарда оқиды, ата-аналар әкімдікке бірнеше рет жазбаша өтініш берді, "
                 "бірақ жауап алмадық. ") * 4
LONG_ACTION = ("Провести обследование технического состояния кровли и систем отопления "
               "школ района, включить капитальный ремонт в бюджетную заявку на следующий год "
               "и доложить о результатах; подробности: "
               "https://www.gov.kz/memleket/entities/edu/documents/details/123456789?lang=ru")
LONG_EXECUTOR = ("Управление образования акимата Западно-Казахстанской области, отдел "
                 "материально-технического обеспечения и капитального строительства")


def pdf_text(path):
    """The PDF's text in the order it is drawn, with no white space: a cell's lines are drawn
    one after another, so a whole cell is a run of it wherever its lines were broken."""
    text = subprocess.run(["pdftotext", "-raw", path, "-"], check=True, capture_output=True,
                          text=True).stdout
    return re.sub(r"\s+", "", text)


class PrintedWorkbooks(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.tmp = tempfile.TemporaryDirectory(prefix="kezdesu-printed-")
        cls.database = kezdb.new_database(cls.tmp.name)
        cls.env = dict(os.environ, LANG="C.UTF-8", LC_ALL="C.UTF-8", LANGUAGE="",
                       XDG_DATA_HOME=os.path.join(cls.tmp.name, "data"),
                       HOME=cls.tmp.name)
        cls.env.pop("DISPLAY", None)
        cls.run_app("--demo", "--export=summary", "--year=2026",
                    "--output=" + os.path.join(cls.tmp.name, "first.xlsx"))
        db = kezdb.connect(cls.database)
        meeting, = db.execute("SELECT meeting_id FROM problems GROUP BY meeting_id "
                              "ORDER BY count(*) DESC LIMIT 1").fetchone()
        problem, = db.execute("SELECT min(id) FROM problems WHERE meeting_id = ?",
                              (meeting,)).fetchone()
        db.execute("UPDATE questions SET text = ? WHERE id = (SELECT min(question_id) FROM "
                   "problem_questions WHERE problem_id = ?)", (LONG_QUESTION, problem))
        db.execute("UPDATE actions SET description = ?, executor_org = ? WHERE id = "
                   "(SELECT min(id) FROM actions WHERE problem_id = ?)",
                   (LONG_ACTION, LONG_EXECUTOR, problem))
        db.execute("UPDATE problems SET description_kk = ?, description_ru = ? WHERE id = ?",
                   (LONG_QUESTION, LONG_ACTION, problem))
        db.commit()
        db.close()
        cls.meeting = meeting

        cls.workbooks = []
        for language in LANGUAGES:
            exports = {
                "schedule": ["--year=2027"],
                "questions": [],
                "results": [f"--meeting={meeting}"],
                "quarterly": ["--year=2026", "--quarter=4"],
                "summary": ["--year=2026"],
            }
            for kind, args in exports.items():
                path = os.path.join(cls.tmp.name, f"{kind}-{language}.xlsx")
                cls.run_app("--export=" + kind, "--language=" + language,
                            "--output=" + path, *args)
                cls.workbooks.append(path)
            path = os.path.join(cls.tmp.name, f"draft-schedule-{language}.xlsx")
            cls.run_app("--export=draft-schedule", "--year=2027", "--language=" + language,
                        "--input=" + os.path.join(cls.tmp.name, f"schedule-{language}.xlsx"),
                        "--output=" + path)
            cls.workbooks.append(path)

        # One LibreOffice for all of them: its start is most of the time.
        cls.pdfs = os.path.join(cls.tmp.name, "pdf")
        subprocess.run([shutil.which("soffice"), "--headless", "--norestore",
                        "-env:UserInstallation=file://" + os.path.join(cls.tmp.name, "lo"),
                        "--convert-to", "pdf", "--outdir", cls.pdfs, *cls.workbooks],
                       check=True, capture_output=True, timeout=600, env=cls.env)

    @classmethod
    def tearDownClass(cls):
        cls.tmp.cleanup()

    @classmethod
    def run_app(cls, *args):
        result = subprocess.run([KEZDESU, "--database=" + cls.database, *args], env=cls.env,
                                capture_output=True, text=True, timeout=120)
        if result.returncode != 0:
            raise AssertionError(f"{args}: {result.stderr}")

    def test_every_cell_is_on_the_printed_page(self):
        long_texts_seen = set()
        for workbook in self.workbooks:
            name = os.path.basename(workbook)
            with self.subTest(workbook=name):
                pdf = os.path.join(self.pdfs, name.replace(".xlsx", ".pdf"))
                printed = pdf_text(pdf)
                missing = []
                book = openpyxl.load_workbook(workbook, read_only=True)
                for sheet in book.worksheets:
                    for row in sheet.iter_rows():
                        for cell in row:
                            if not isinstance(cell.value, str) or not cell.value.strip():
                                continue
                            whole = re.sub(r"\s+", "", cell.value)
                            if whole not in printed:
                                missing.append(f"{sheet.title}!{cell.coordinate}: "
                                               f"{cell.value[:60]!r}")
                            for long_text in (LONG_QUESTION, LONG_ACTION, LONG_EXECUTOR):
                                if long_text in cell.value:
                                    long_texts_seen.add((name, long_text[:20]))
                book.close()
                self.assertEqual(missing, [], f"{name}: cut off on the printed page")
        # The long texts were there to be cut: in the register, the results and the quarter.
        for language in LANGUAGES:
            self.assertIn((f"questions-{language}.xlsx", LONG_QUESTION[:20]), long_texts_seen)
            self.assertIn((f"results-{language}.xlsx", LONG_ACTION[:20]), long_texts_seen)
            self.assertIn((f"quarterly-{language}.xlsx", LONG_EXECUTOR[:20]), long_texts_seen)

    def test_document_properties(self):
        for workbook in self.workbooks:
            with self.subTest(workbook=os.path.basename(workbook)):
                book = openpyxl.load_workbook(workbook, read_only=True)
                self.assertTrue(book.properties.title, "the workbook has no title")
                self.assertTrue(book.properties.creator, "the workbook has no author")
                self.assertNotEqual(book.properties.creator, "openpyxl")
                book.close()

    def test_links_are_links(self):
        for language in LANGUAGES:
            path = os.path.join(self.tmp.name, f"results-{language}.xlsx")
            with zipfile.ZipFile(path) as archive:
                relations = "".join(archive.read(n).decode() for n in archive.namelist()
                                    if n.endswith(".rels") and "worksheets" in n)
            self.assertIn("https://www.gov.kz/", relations,
                          f"results-{language}: the publication's link is not a hyperlink")


if __name__ == "__main__":
    unittest.main()
