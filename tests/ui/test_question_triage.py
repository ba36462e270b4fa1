# SPDX-License-Identifier: GPL-3.0-or-later
"""Questions from a CSV file to a triaged list, in the window: import, accept one, reject one
with a reason, merge two, search for a Kazakh word in capitals, and the counts shown."""

import sqlite3
import subprocess
import tempfile
import time
import unittest
import warnings

from kezui import App

CSV = ("received,channel,region,topic,text,author,contact\n"
       "2026-03-02,e-otinish,astana,Жильё,Когда дадут жильё очередникам?,,\n"
       "2026-03-03,website,almaty,Дороги,Дорога в Алматы разбита,,\n"
       "2026-03-04,letter,shymkent,Дороги,Дорога в Шымкент тоже разбита,,\n"
       "2026-03-05,social,abai,Экология,Әкімдікке жүгіндім жауап жоқ,,\n"
       "2026-03-06,akim-meeting,abai,Экология,Семей әкімдігі жауап бермейді,,\n")
WINDOW = "Kezdesu"


def query(app, sql, *args):
    db = sqlite3.connect(app.database)
    try:
        return db.execute(sql, args).fetchone()
    finally:
        db.close()


def wait_for(app, sql, expected, *args, timeout=15):
    deadline = time.monotonic() + timeout
    while True:
        row = query(app, sql, *args)
        if row == expected or time.monotonic() > deadline:
            return row
        time.sleep(0.2)


class QuestionTriage(unittest.TestCase):
    def setUp(self):
        warnings.simplefilter("ignore", DeprecationWarning)

    def test_import_triage_and_search(self):
        with tempfile.NamedTemporaryFile("w", suffix=".csv", encoding="utf-8") as csv, \
             App("ru") as app:
            csv.write(CSV)
            csv.flush()

            app.press("alt+2")
            app.click(app.find("Импортировать вопросы…", "push button"))
            app.find("Импорт вопросов")
            time.sleep(1.0)
            app.press("ctrl+l")
            subprocess.run(["xdotool", "type", "--delay", "10", csv.name], check=True)
            app.press("Return")
            app.find("Найдено 5 вопросов")
            app.click(app.find("Импортировать", "push button"))
            self.assertEqual(wait_for(app, "SELECT count(*) FROM questions", (5,)), (5,))
            app.find("5 вопросов · 5 граждан")

            # Accept with the A key on the selected row.
            app.click_with_mouse(app.find("Когда дадут жильё очередникам?"), WINDOW)
            app.press("a")
            self.assertEqual(wait_for(app, "SELECT status FROM questions WHERE text LIKE 'Когда%'",
                                      ("accepted",)), ("accepted",))
            app.find("Принят 1 вопрос")

            # Reject with R, a reason picked from the list.
            app.click_with_mouse(app.find("Семей әкімдігі жауап бермейді"), WINDOW)
            app.press("r")
            reason = app.find_in("Отклонить вопросы", "Отклонить вопросы", "text")
            app.type_into(reason, "Отклонить вопросы", "Направлено в местный акимат", "Return")
            self.assertEqual(wait_for(app, "SELECT status, reject_reason FROM questions "
                                           "WHERE text LIKE 'Семей%'",
                                      ("rejected", "Направлено в местный акимат")),
                             ("rejected", "Направлено в местный акимат"))

            # Merge the two road questions: the later into the earlier, which counts both.
            app.click_with_mouse(app.find("Дорога в Шымкент тоже разбита"), WINDOW)
            app.press("shift+Down")
            app.find("выбрано 2 · 5 вопросов · 5 граждан")
            app.press("m")
            kept = query(app, "SELECT id FROM questions WHERE text LIKE 'Дорога в Алматы%'")[0]
            self.assertEqual(wait_for(app, "SELECT status, merged_into FROM questions "
                                           "WHERE text LIKE 'Дорога в Шымкент%'",
                                      ("merged", kept)), ("merged", kept))
            self.assertEqual(query(app, "SELECT citizens FROM questions WHERE id = ?", kept), (2,))
            self.assertEqual(query(app, "SELECT count(*) FROM audit_log "
                                        "WHERE action = 'merge-question'"), (1,))
            app.find(f"Объединён с №{kept}")

            # Search in capitals finds both Kazakh questions with "әкімді…".
            search = app.find("Поиск по вопросам")
            app.type_into(search, WINDOW, "ӘКІМДІ")
            app.find("2 вопроса · 2 гражданина")
            app.find("Әкімдікке жүгіндім жауап жоқ")
            app.wait_gone("Дорога в Алматы разбита")

            # Clearing the search shows them all again.
            app.press("ctrl+a BackSpace")
            app.find("5 вопросов · 5 граждан")


if __name__ == "__main__":
    unittest.main()
