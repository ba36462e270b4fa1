# SPDX-License-Identifier: GPL-3.0-or-later
"""The documents the ministry publishes (decree point 3.7): a meeting's results and a quarter's
progress (and the action plans as they stand today, which the window prints), as a PDF (A4, fonts embedded, page numbers, the body's name, a long table's header on
every page) and as a web page an editor can paste (semantic HTML, no script, nothing fetched),
in Kazakh, Russian and both, without the personal data of any citizen."""

import datetime
import html.parser
import os
import re
import subprocess
import tempfile
import unittest

import kezdb

BUILD_ROOT = os.environ["MESON_BUILD_ROOT"]
SOURCE_ROOT = os.environ["MESON_SOURCE_ROOT"]
KEZDESU = os.path.join(BUILD_ROOT, "src", "kezdesu")
MEETINGS = os.path.join(SOURCE_ROOT, "tests", "data", "meetings.csv")
MINUTE = 60_000_000
N_ACTIONS = 40
# What must never be published: a citizen received, a question's author and contact.
PERSONAL = ("Сейітова", "791028302728", "Құрманғалиев", "+7 701 555 12 34", "Official Person")


def squeeze(text):
    return re.sub(r"\s+", "", text)


class Page(html.parser.HTMLParser):
    """The tags of a web page, and the text of its table cells."""

    def __init__(self):
        super().__init__()
        self.tags = []
        self.attributes = []
        self.cells = []
        self.languages = []
        self._cell = None

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        self.attributes.extend(name for name, _ in attrs)
        if tag == "article":
            self.languages.append(dict(attrs).get("lang"))
        if tag == "td":
            self._cell = ""

    def handle_endtag(self, tag):
        if tag == "td":
            self.cells.append(self._cell)
            self._cell = None

    def handle_data(self, data):
        if self._cell is not None:
            self._cell += data


class Publication(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.tmp = tempfile.TemporaryDirectory(prefix="kezdesu-publication-")
        cls.database = kezdb.new_database(cls.tmp.name)
        cls.env = dict(os.environ, LANG="C.UTF-8", LC_ALL="C.UTF-8", LANGUAGE="",
                       XDG_DATA_HOME=os.path.join(cls.tmp.name, "data"))
        cls.env.pop("DISPLAY", None)
        questions = os.path.join(cls.tmp.name, "questions.csv")
        with open(questions, "w", encoding="utf-8") as f:
            f.write("received;channel;author;contact;text\n"
                    "2027-03-15 10:40;hall;Құрманғалиев Н.;+7 701 555 12 34;Дорога разбита\n"
                    "2027-03-15 10:45;online-comment;;;Ауылға жол жоқ\n")
        for args in (["--import-meetings=" + MEETINGS],
                     ["--import-questions=" + questions, "--meeting=1"]):
            cls.run_app(*args)
        clock = kezdb.Clock("2027-03-20T05:00:00.000Z")
        db = kezdb.connect(cls.database, clock, who="planner")
        db.execute("INSERT INTO problems (id, meeting_id, title_kk, title_ru, description_kk, "
                   "description_ru) VALUES (1, 1, 'Ауыл жолдары', 'Сельские дороги', "
                   "'Жолдар жөнделмеген', 'Дороги не ремонтируются')")
        db.execute("UPDATE questions SET status = 'in-action-plan'")
        db.execute("INSERT INTO problem_questions VALUES (1, 1), (1, 2)")
        cls.actions = []
        for n in range(1, N_ACTIONS + 1):
            description = f"Отремонтировать участок дороги номер {n}, {n} км"
            cls.actions.append(description)
            db.execute("INSERT INTO actions (problem_id, description, executor_org, "
                       "executor_unit, executor_person, deadline, status, created_at) "
                       "VALUES (1, ?, 'Акимат области Абай', 'Отдел дорог', "
                       "'Official Person', '2027-06-30', 'planned', kez_now ())",
                       (description,))
        clock.at = "2027-05-10T06:00:00.000Z"
        db.execute("INSERT INTO action_history (action_id, recorded_at, author, kind, note, "
                   "status, old_value, new_value) VALUES (1, kez_now (), kez_actor (), "
                   "'status', 'Подрядчик выбран', 'in-progress', 'planned', 'in-progress')")
        db.execute("UPDATE actions SET status = 'in-progress' WHERE id = 1")
        db.execute("INSERT INTO meeting_events (id, meeting_id, kind, starts_at, ends_at, "
                   "participants) VALUES (1, 1, 'reception', '2027-03-16T09:00', "
                   "'2027-03-16T12:00', '')")
        db.execute("INSERT INTO receptions (event_id, received_at, citizen_name, iin, issue) "
                   "VALUES (1, '2027-03-16T09:10', 'Сейітова Ә.', '791028302728', 'Пенсия')")
        for kind, minutes in (("start", 0), ("to-questions", 20), ("finish", 90)):
            db.execute("INSERT INTO clock_events (meeting_id, kind, wall_time, clock_us, "
                       "boot_id) VALUES (1, ?, ?, ?, 'boot')",
                       (kind, f"2027-03-15T{5 + minutes // 60:02d}:{minutes % 60:02d}:00Z",
                        minutes * MINUTE))
        db.commit()
        db.close()

    @classmethod
    def tearDownClass(cls):
        cls.tmp.cleanup()

    @classmethod
    def run_app(cls, *args, check=True):
        result = subprocess.run([KEZDESU, "--database=" + cls.database, *args], env=cls.env,
                                capture_output=True, text=True, timeout=120)
        if check and result.returncode != 0:
            raise AssertionError(f"{args}: {result.stderr}")
        return result

    def publish(self, kind, language, extension):
        path = os.path.join(self.tmp.name, f"{kind}-{language}.{extension}")
        args = ["--meeting=1"] if kind == "results" else ["--year=2027", "--quarter=2"]
        self.run_app("--publish=" + kind, "--language=" + language, "--output=" + path, *args)
        return path

    def pdf_text(self, path, page=None):
        pages = ["-f", str(page), "-l", str(page)] if page else []
        return subprocess.run(["pdftotext", "-raw", *pages, path, "-"], check=True,
                              capture_output=True, text=True).stdout

    def pdf_info(self, path):
        info = subprocess.run(["pdfinfo", path], check=True, capture_output=True,
                              text=True).stdout
        return dict(line.split(":", 1) for line in info.splitlines() if ":" in line)

    def check_pdf(self, path, words, pages_within, size):
        info = self.pdf_info(path)
        pages = int(info["Pages"])
        self.assertGreaterEqual(pages, pages_within[0])
        self.assertLessEqual(pages, pages_within[1])
        self.assertIn(size, info["Page size"])
        self.assertTrue(info["Author"].strip(), "no author")
        fonts = subprocess.run(["pdffonts", path], check=True, capture_output=True,
                               text=True).stdout.splitlines()[2:]
        self.assertTrue(fonts)
        for font in fonts:
            self.assertEqual(font.split()[-5], "yes", f"not embedded: {font}")
        text = self.pdf_text(path)
        for word in words:
            self.assertIn(squeeze(word), squeeze(text))
        for secret in PERSONAL:
            self.assertNotIn(squeeze(secret), squeeze(text))
        for page in range(1, pages + 1):
            self.assertIn(f"{page} / {pages}", self.pdf_text(path, page))
        return pages

    def test_results_pdf(self):
        heading = {"kk": ["Іс-қимыл жоспары", "Іс-шара", "Баяндама уақыты сақталды"],
                   "ru": ["План действий", "Мероприятие", "Время доклада соблюдено"]}
        for language in ("kk", "ru", "both"):
            with self.subTest(language=language):
                path = self.publish("results", language, "pdf")
                words = self.actions + ["Акимат области Абай", "30.06.2027"]
                for part in (("kk", "ru") if language == "both" else (language,)):
                    words += heading[part]
                pages = self.check_pdf(path, words, (2, 8 if language == "both" else 4),
                                       "595.276 x 841.89")
                # The action plan runs over pages: every page of it begins with its header.
                continued = [p for p in range(2, pages + 1)
                             if "номер" in self.pdf_text(path, p)]
                self.assertTrue(continued, "the action plan fits one page: no break tested")
                for page in continued:
                    before_first_row = self.pdf_text(path, page).split("участок")[0]
                    self.assertTrue("Мероприятие" in before_first_row or
                                    "Іс-шара" in before_first_row, f"page {page} has no header")

    def test_quarterly_pdf(self):
        for language in ("kk", "ru", "both"):
            with self.subTest(language=language):
                path = self.publish("quarterly", language, "pdf")
                self.check_pdf(path, self.actions + ["Подрядчик выбран"],
                               (1, 10), "841.89 x 595.276")

    def test_html(self):
        for kind in ("results", "quarterly"):
            for language in ("kk", "ru", "both"):
                with self.subTest(kind=kind, language=language):
                    path = self.publish(kind, language, "html")
                    with open(path, encoding="utf-8") as f:
                        text = f.read()
                    page = Page()
                    page.feed(text)
                    for forbidden in ("script", "style", "link", "img", "iframe", "object"):
                        self.assertNotIn(forbidden, page.tags)
                    for attribute in ("src", "href", "style", "onload", "onclick"):
                        self.assertNotIn(attribute, page.attributes)
                    self.assertIn("table", page.tags)
                    self.assertIn("th", page.tags)
                    self.assertEqual(page.languages, ["kk", "ru"] if language == "both"
                                     else [language])
                    for action in self.actions:
                        self.assertIn(action, page.cells)
                    for secret in PERSONAL:
                        self.assertNotIn(secret, text)

    def test_action_plans_as_they_stand_today(self):
        # What the action plan page prints: every action made by today, its status today;
        # an action dated after today (the record's clock says when) is not yet there.
        database = kezdb.new_database(self.tmp.name, "today")
        self.run_app_on(database, "--import-meetings=" + MEETINGS)
        clock = kezdb.Clock("2026-10-05T05:00:00.000Z")
        db = kezdb.connect(database, clock, who="planner")
        db.execute("INSERT INTO problems (id, meeting_id, title_kk, title_ru, description_kk, "
                   "description_ru) VALUES (1, 1, 'Ауыл жолдары', 'Сельские дороги', '', '')")
        for description, status in (("Отремонтировать мост через Иртыш", "in-progress"),
                                    ("Открыть фельдшерский пункт", "done")):
            db.execute("INSERT INTO actions (problem_id, description, executor_org, deadline, "
                       "status, created_at) VALUES (1, ?, 'Акимат области Абай', "
                       "'2026-11-30', ?, kez_now ())", (description, status))
        clock.at = "2099-01-01T05:00:00.000Z"
        db.execute("INSERT INTO actions (problem_id, description, executor_org, deadline, "
                   "status, created_at) VALUES (1, 'Построить школу', 'Акимат', '2099-06-30', "
                   "'planned', kez_now ())")
        db.commit()
        db.close()
        today = datetime.datetime.now(datetime.timezone(datetime.timedelta(hours=5)))
        for language, words in (("ru", [f"Планы действий по состоянию на {today:%d.%m.%Y}",
                                        "Выполняется", "Выполнено"]),
                                ("kk", [f"Іс-қимыл жоспарлары, {today:%d.%m.%Y} жағдай бойынша",
                                        "Орындалды"])):
            with self.subTest(language=language):
                path = os.path.join(self.tmp.name, f"plans-{language}.pdf")
                self.run_app_on(database, "--publish=action-plan", "--language=" + language,
                                "--output=" + path)
                self.check_pdf(path, words + ["Отремонтировать мост через Иртыш",
                                              "Открыть фельдшерский пункт"],
                               (1, 2), "841.89 x 595.276")
                self.assertNotIn("Построитьшколу", squeeze(self.pdf_text(path)))

    def run_app_on(self, database, *args):
        result = subprocess.run([KEZDESU, "--database=" + database, *args], env=self.env,
                                capture_output=True, text=True, timeout=120)
        self.assertEqual(result.returncode, 0, f"{args}: {result.stderr}")

    def test_refusals(self):
        docx = os.path.join(self.tmp.name, "results.docx")
        for args, message in (
                (["--publish=minutes", "--output=" + docx], "minutes"),
                (["--publish=results", "--output=" + docx], "--meeting"),
                (["--publish=results", "--meeting=1", "--output=" + docx], ".pdf"),
                (["--publish=results", "--meeting=99", "--output=" + docx + ".pdf"], "99"),
                (["--publish=quarterly", "--year=2027", "--output=" + docx], "--quarter"),
                (["--publish=quarterly", "--year=2027", "--quarter=5",
                  "--output=" + docx + ".pdf"], "1, 2, 3")):
            with self.subTest(args=args):
                result = self.run_app(*args, check=False)
                self.assertEqual(result.returncode, 1, result.stdout)
                self.assertIn(message, result.stderr)
                self.assertFalse(os.path.exists(docx))
                self.assertFalse(os.path.exists(docx + ".pdf"))


if __name__ == "__main__":
    unittest.main()
