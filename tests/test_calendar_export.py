# SPDX-License-Identifier: GPL-3.0-or-later
"""The calendar file for the leaders' calendars, read back by an independent reader (Python's
icalendar, as Debian ships it): one event per meeting with a stable UID, its time in
Asia/Almaty, its place and status; the statutory deadlines as all-day events."""

import datetime
import os
import subprocess
import tempfile
import unittest

import icalendar

import kezdb

BUILD_ROOT = os.environ["MESON_BUILD_ROOT"]
SOURCE_ROOT = os.environ["MESON_SOURCE_ROOT"]
KEZDESU = os.path.join(BUILD_ROOT, "src", "kezdesu")
MEETINGS = os.path.join(SOURCE_ROOT, "tests", "data", "meetings.csv")
ALMATY = datetime.timezone(datetime.timedelta(hours=5))


class CalendarExport(unittest.TestCase):
    def setUp(self):
        self.tmp = tempfile.TemporaryDirectory(prefix="kezdesu-calendar-")
        self.database = kezdb.new_database(self.tmp.name)
        self.env = dict(os.environ, LANG="C.UTF-8", LC_ALL="C.UTF-8", LANGUAGE="",
                        XDG_DATA_HOME=os.path.join(self.tmp.name, "data"), TZ="America/New_York")
        self.env.pop("DISPLAY", None)
        result = self.kezdesu("--import-meetings=" + MEETINGS)
        self.assertEqual(result.returncode, 0, result.stderr)

    def tearDown(self):
        self.tmp.cleanup()

    def kezdesu(self, *args):
        return subprocess.run([KEZDESU, "--database=" + self.database, *args], env=self.env,
                              capture_output=True, text=True, timeout=60)

    def export(self, language="ru", name="schedule.ics"):
        path = os.path.join(self.tmp.name, name)
        result = self.kezdesu("--export=calendar", "--year=2027", "--output=" + path,
                              "--language=" + language)
        self.assertEqual(result.returncode, 0, result.stderr)
        self.assertIn("Wrote 3 meetings", result.stdout)
        with open(path, "rb") as f:
            return icalendar.Calendar.from_ical(f.read())

    def events(self, calendar):
        return [c for c in calendar.walk("VEVENT")]

    def test_meetings_at_their_time_in_almaty(self):
        # The computer's zone (New York here) changes nothing.
        calendar = self.export()
        self.assertEqual([str(z["TZID"]) for z in calendar.walk("VTIMEZONE")], ["Asia/Almaty"])
        meetings = {str(e["SUMMARY"]): e for e in self.events(calendar)
                    if str(e["UID"]).startswith("meeting-")}
        self.assertEqual(len(meetings), 3)
        akhmetova = meetings["Встреча с населением: Ахметова А. Ж."]
        start = akhmetova.decoded("DTSTART")
        self.assertEqual(akhmetova["DTSTART"].params["TZID"], "Asia/Almaty")
        self.assertEqual(start.astimezone(ALMATY), datetime.datetime(2027, 3, 15, 10, 0,
                                                                      tzinfo=ALMATY))
        self.assertEqual(akhmetova.decoded("DTEND") - start, datetime.timedelta(minutes=90))
        self.assertEqual(str(akhmetova["STATUS"]), "CONFIRMED")  # approved
        self.assertIn("Семей", str(akhmetova["LOCATION"]))
        self.assertIn('Дворец культуры "Шәкәрім", большой зал', str(akhmetova["LOCATION"]))
        self.assertIn("Первичная медицинская помощь", str(akhmetova["DESCRIPTION"]))
        seitov = meetings["Встреча с населением: Сейітов Б. К."]
        self.assertIn("Вне графика:", str(seitov["DESCRIPTION"]))

    def test_statuses(self):
        db = kezdb.connect(self.database)
        with db:
            db.execute("UPDATE meetings SET status = 'proposed' WHERE leader_name = 'Ким В. А.'")
            db.execute("UPDATE meetings SET status = 'cancelled' "
                       "WHERE leader_name = 'Сейітов Б. К.'")
        db.close()
        statuses = {str(e["SUMMARY"]).split(": ")[1]: str(e["STATUS"])
                    for e in self.events(self.export()) if str(e["UID"]).startswith("meeting-")}
        self.assertEqual(statuses, {"Ахметова А. Ж.": "CONFIRMED", "Ким В. А.": "TENTATIVE",
                                    "Сейітов Б. К.": "CANCELLED"})

    def test_deadlines_are_all_day_events(self):
        deadlines = [e for e in self.events(self.export()) if str(e["UID"]).startswith("deadline-")]
        days = {e.decoded("DTSTART"): str(e["SUMMARY"]) for e in deadlines}
        for day in days:
            self.assertIsInstance(day, datetime.date)
            self.assertNotIsInstance(day, datetime.datetime)
        # Decree No. 863: proposals for 2028 by 1 December 2027, approval of 2027's by 10 January.
        self.assertIn("Предложения в график", days[datetime.date(2027, 12, 1)])
        self.assertIn("Утверждение графика", days[datetime.date(2027, 1, 10)])
        self.assertTrue(all(str(e["TRANSP"]) == "TRANSPARENT" for e in deadlines))

    def test_uids_are_stable_and_unique(self):
        first = [str(e["UID"]) for e in self.events(self.export(name="a.ics"))]
        again = [str(e["UID"]) for e in self.events(self.export(name="b.ics"))]
        self.assertEqual(len(first), len(set(first)))
        self.assertEqual(first, again)

    def test_both_languages(self):
        summaries = [str(e["SUMMARY"]) for e in self.events(self.export("both"))]
        self.assertIn("Халықпен кездесу / Встреча с населением: Ахметова А. Ж.", summaries)
        kk = [str(e["SUMMARY"]) for e in self.events(self.export("kk", "kk.ics"))]
        self.assertIn("Халықпен кездесу: Ахметова А. Ж.", kk)

    def test_a_year_without_meetings_and_a_bad_call(self):
        path = os.path.join(self.tmp.name, "empty.ics")
        result = self.kezdesu("--export=calendar", "--year=2031", "--output=" + path)
        self.assertEqual(result.returncode, 0, result.stderr)
        self.assertIn("Wrote 0 meetings", result.stdout)
        with open(path, "rb") as f:
            icalendar.Calendar.from_ical(f.read())
        result = self.kezdesu("--export=calendar", "--output=" + path)
        self.assertNotEqual(result.returncode, 0)
        self.assertIn("--year", result.stderr)


if __name__ == "__main__":
    unittest.main(verbosity=2)
