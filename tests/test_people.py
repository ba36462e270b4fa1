# SPDX-License-Identifier: GPL-3.0-or-later
"""People and their roles on a team server (team mode, part 2), enforced by the server itself:
each test connects with psql as the person would, not through the app, so that what it finds
is what anyone with the login and a shell would find.

- `--add-person` names logins with a role and a body, making a login that does not exist;
  `--list-people` lists them; `--remove-person` takes a role away and the login then reads
  nothing; someone who is not the database's owner cannot name anyone,
  and a database file has no people at all.
- a viewer cannot read an IIN, a citizen's name or a question's author, but reads the rest;
- a body's planner neither sees nor changes another body's meetings, their questions,
  receptions or actions, and cannot write a meeting for another body;
- the authorised body's reviewer reads every body's meetings and nothing personal;
- a timekeeper writes the clock and receptions but cannot delete a meeting;
- a person works for their body (the proposals they export are its), and what they write
  through the app is recorded under their login.

Runs against the throw-away server of the postgresql suite (pg_virtualenv's PG* variables)."""

import os
import subprocess
import tempfile
import unittest

BUILD_ROOT = os.environ["MESON_BUILD_ROOT"]
KEZDESU = os.path.join(BUILD_ROOT, "src", "kezdesu")
PASSWORD = "a horse of the steppe"

MEETINGS = (
    "organ;leader;position;date;time;duration_minutes;region;locality;venue;format;topic\n"
    "moh;Ахметова А. Ж.;head;15.03.2027;10:00;90;abai;Семей;Поликлиника;in-person;Здоровье\n"
    "moe;Ким В. А.;head;16.03.2027;10:00;90;almaty;Алматы;МИД;in-person;Визы\n"
)


def psql(database, *statements, user=None, check=True):
    command = ["psql", "-X", "-A", "-t", "-q", "-v", "ON_ERROR_STOP=1", "-d", database]
    for statement in statements:
        command += ["-c", statement]
    env = dict(os.environ)
    if user is not None:
        env.update(PGUSER=user, PGPASSWORD=PASSWORD)
    result = subprocess.run(command, capture_output=True, text=True, env=env)
    if check and result.returncode != 0:
        raise AssertionError(f"{statements} as {user}: {result.stderr}")
    return result


class People(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.tmp = tempfile.TemporaryDirectory(prefix="kezdesu-people-")
        cls.database = f"kez_people_{os.getpid()}"
        cls.address = f"postgresql:///{cls.database}"
        cls.env = dict(os.environ, LANG="C.UTF-8", LC_ALL="C.UTF-8", LANGUAGE="",
                       XDG_DATA_HOME=os.path.join(cls.tmp.name, "data"))
        cls.env.pop("DISPLAY", None)
        psql("postgres", f"CREATE DATABASE {cls.database}")
        meetings = os.path.join(cls.tmp.name, "meetings.csv")
        with open(meetings, "w", encoding="utf-8") as f:
            f.write(MEETINGS)
        cls.run_app("--import-meetings=" + meetings)
        # A question, a reception with an IIN and an action for each body's meeting.
        psql(cls.database, """
            INSERT INTO meta (key, value) VALUES ('served-body', 'moh')
              ON CONFLICT (key) DO UPDATE SET value = 'moh';
            INSERT INTO questions (meeting_id, received_on, channel, text, author, contact)
              SELECT id, '2027-03-01', 'letter', 'Вопрос ' || body_code, 'Сейітова Ә.',
                     '+7 701 555 12 34' FROM meetings;
            INSERT INTO meeting_events (meeting_id, kind, starts_at)
              SELECT id, 'reception', substr (starts_at, 1, 10) || 'T14:00' FROM meetings;
            INSERT INTO receptions (event_id, received_at, citizen_name, iin, issue)
              SELECT id, substr (starts_at, 1, 10) || 'T14:10', 'Сейітова Ә.', '791028302728',
                     'Пенсия' FROM meeting_events;
            INSERT INTO problems (meeting_id, title_ru) SELECT id, 'Проблема' FROM meetings;
            INSERT INTO actions (problem_id, description, deadline)
              SELECT id, 'Мероприятие', '2027-06-30' FROM problems;
        """)
        cls.logins = {}
        for role, body in (("planner", "moh"), ("planner", "moe"), ("viewer", "moh"),
                           ("timekeeper", "moh"), ("reviewer", None)):
            login = f"kez_{os.getpid()}_{role}_{body or 'all'}"
            cls.logins[(role, body)] = login
            args = ["--add-person=" + login, "--role=" + role]
            if body is not None and body != "moh":
                args.append("--body=" + body)  # moh: the body the database serves
            result = cls.run_app(*args)
            assert login in result.stdout, result.stdout
            psql("postgres", f"ALTER ROLE {login} PASSWORD '{PASSWORD}'")

    @classmethod
    def tearDownClass(cls):
        psql("postgres", f"DROP DATABASE IF EXISTS {cls.database}", check=False)
        for login in cls.logins.values():
            psql("postgres", f"DROP ROLE IF EXISTS {login}", check=False)
        for role in ("planner", "timekeeper", "viewer", "reviewer"):
            psql("postgres", f'DROP ROLE IF EXISTS "{cls.database}:{role}"', check=False)
        cls.tmp.cleanup()

    @classmethod
    def run_app(cls, *args, user=None, check=True):
        env = dict(cls.env)
        if user is not None:
            env.update(PGUSER=user, PGPASSWORD=PASSWORD)
        result = subprocess.run([KEZDESU, "--database=" + cls.address, *args], env=env,
                                capture_output=True, text=True, timeout=120)
        if check and result.returncode != 0:
            raise AssertionError(f"{args}: {result.stderr}")
        return result

    def as_person(self, role, body, *statements, check=True):
        return psql(self.database, *statements, user=self.logins[(role, body)], check=check)

    def test_the_people_are_listed(self):
        listed = self.run_app("--list-people").stdout.splitlines()
        rows = sorted(tuple(line.split("\t")[:3]) for line in listed)
        self.assertEqual(rows, sorted((login, role, body or "")
                                      for (role, body), login in self.logins.items()))
        # A planner sees the people of their body only.
        mine = self.run_app("--list-people", user=self.logins[("planner", "moe")])
        self.assertEqual([line.split("\t")[0] for line in mine.stdout.splitlines()],
                         [self.logins[("planner", "moe")]])

    def test_only_the_owner_names_people(self):
        before = psql(self.database, "SELECT count (*) FROM people").stdout
        result = self.run_app("--add-person=kez_intruder", "--role=planner",
                              user=self.logins[("planner", "moh")], check=False)
        self.assertEqual(result.returncode, 1)
        self.assertIn("Your role on the team server does not allow this", result.stderr)
        self.assertNotIn("ERROR:", result.stderr)
        self.assertEqual(psql(self.database, "SELECT count (*) FROM people").stdout, before)
        self.assertEqual(psql("postgres", "SELECT count (*) FROM pg_roles "
                                          "WHERE rolname = 'kez_intruder'").stdout.strip(), "0")

    def test_a_person_removed_reads_nothing_more(self):
        login = f"kez_{os.getpid()}_leaving"
        self.run_app("--add-person=" + login, "--role=planner")
        psql("postgres", f"ALTER ROLE {login} PASSWORD '{PASSWORD}'")
        try:
            read = psql(self.database, "SELECT topic FROM meetings", user=login)
            self.assertEqual(read.stdout.split(), ["Здоровье"])
            # Someone who is not the owner cannot take a role away.
            refused = self.run_app("--remove-person=" + login,
                                   user=self.logins[("planner", "moh")], check=False)
            self.assertEqual(refused.returncode, 1)
            self.assertIn("Your role on the team server does not allow this", refused.stderr)

            removed = self.run_app("--remove-person=" + login)
            self.assertIn(f"{login} no longer has a role in this database", removed.stdout)
            listed = self.run_app("--list-people").stdout
            self.assertNotIn(login, listed)
            for statement in ("SELECT topic FROM meetings", "SELECT text FROM questions",
                              "INSERT INTO questions (received_on, channel, text) "
                              "VALUES ('2027-03-01', 'letter', 'x')"):
                with self.subTest(statement=statement):
                    result = psql(self.database, statement, user=login, check=False)
                    self.assertNotEqual(result.returncode, 0)
                    self.assertIn("permission denied", result.stderr)
            # The login is the server's still: only its role here is gone.
            self.assertEqual(psql("postgres", "SELECT count (*) FROM pg_roles "
                                              f"WHERE rolname = '{login}'").stdout.strip(), "1")
            again = self.run_app("--remove-person=" + login, check=False)
            self.assertEqual(again.returncode, 1)
            self.assertIn(f"“{login}” has no role in this database", again.stderr)
        finally:
            psql("postgres", f"DROP ROLE IF EXISTS {login}", check=False)

    def test_a_role_must_be_known_and_a_body_real(self):
        for args, message in ((["--role=boss"], "--role=planner, timekeeper, viewer or reviewer"),
                              (["--role=viewer", "--body=nowhere"], "“nowhere”")):
            with self.subTest(args=args):
                result = self.run_app("--add-person=kez_nobody", *args, check=False)
                self.assertEqual(result.returncode, 1)
                self.assertIn(message, result.stderr)
        self.assertEqual(psql("postgres", "SELECT count (*) FROM pg_roles "
                                          "WHERE rolname = 'kez_nobody'").stdout.strip(), "0")

    def test_a_database_file_has_no_people(self):
        result = subprocess.run([KEZDESU, "--database=" + os.path.join(self.tmp.name, "a.db"),
                                 "--list-people"], env=self.env, capture_output=True,
                                text=True, timeout=60)
        self.assertEqual(result.returncode, 1)
        self.assertIn("People and roles are kept by a team server", result.stderr)

    def test_a_viewer_cannot_read_personal_data(self):
        for statement in ("SELECT iin FROM receptions", "SELECT citizen_name FROM receptions",
                          "SELECT * FROM receptions", "SELECT author FROM questions",
                          "SELECT contact FROM questions", "SELECT * FROM audit_log"):
            with self.subTest(statement=statement):
                result = self.as_person("viewer", "moh", statement, check=False)
                self.assertNotEqual(result.returncode, 0)
                self.assertIn("permission denied", result.stderr)
                self.assertNotIn("791028302728", result.stdout)
        # The rest of the body's record is there to read, and only to read.
        self.assertEqual(self.as_person("viewer", "moh",
                                        "SELECT issue FROM receptions").stdout.split(),
                         ["Пенсия"])
        self.assertEqual(self.as_person("viewer", "moh",
                                        "SELECT text FROM questions").stdout.strip(),
                         "Вопрос moh")
        refused = self.as_person("viewer", "moh", "UPDATE meetings SET topic = 'x'", check=False)
        self.assertIn("permission denied", refused.stderr)

    def test_a_viewer_exports_without_personal_data(self):
        """What a viewer reads, they export: the register and the results without any
        personal column; asked for personal data, they are told their role does not read it,
        in words, and no file is left."""
        viewer = self.logins[("viewer", "moh")]
        meeting = psql(self.database, "SELECT id FROM meetings WHERE body_code = 'moh'").stdout
        for kind, args in (("questions", []), ("results", ["--meeting=" + meeting.strip()])):
            with self.subTest(kind=kind):
                path = os.path.join(self.tmp.name, f"viewer-{kind}.xlsx")
                result = self.run_app("--export=" + kind, *args, "--output=" + path,
                                      user=viewer)
                self.assertTrue(os.path.exists(path), result.stderr)
                os.unlink(path)
                refused = self.run_app("--export=" + kind, *args, "--output=" + path,
                                       "--include-personal-data", user=viewer, check=False)
                self.assertEqual(refused.returncode, 1)
                self.assertIn("does not read citizens’ personal data", refused.stderr)
                self.assertNotIn("permission denied", refused.stderr)
                self.assertFalse(os.path.exists(path))
        register = os.path.join(self.tmp.name, "viewer-register.xlsx")
        self.run_app("--export=questions", "--output=" + register, user=viewer)
        import openpyxl
        cells = [str(c.value) for row in openpyxl.load_workbook(register).active.iter_rows()
                 for c in row if c.value is not None]
        self.assertIn("Вопрос moh", cells)
        self.assertNotIn("Сейітова Ә.", cells)

    def test_a_body_cannot_read_or_change_another_body(self):
        for role, body in (("planner", "moe"), ("planner", "moh"), ("timekeeper", "moh")):
            with self.subTest(role=role, body=body):
                seen = self.as_person(role, body, "SELECT DISTINCT body_code FROM meetings",
                                      "SELECT count (*) FROM questions",
                                      "SELECT count (*) FROM receptions",
                                      "SELECT count (*) FROM actions").stdout.split()
                self.assertEqual(seen, [body, "1", "1", "1"])
        # Another body's rows are not there to change: nothing is updated or deleted, even
        # when asked for by their ids.
        moh_meeting = psql(self.database, "SELECT id FROM meetings WHERE body_code = 'moh'"
                           ).stdout.strip()
        changed = self.as_person("planner", "moe",
                                 f"UPDATE meetings SET topic = 'x' WHERE id = {moh_meeting} "
                                 "RETURNING id",
                                 "DELETE FROM actions WHERE problem_id IN (SELECT id FROM "
                                 f"problems WHERE meeting_id = {moh_meeting}) RETURNING id",
                                 "DELETE FROM receptions WHERE event_id IN (SELECT id FROM "
                                 f"meeting_events WHERE meeting_id = {moh_meeting}) "
                                 "RETURNING id").stdout.split()
        self.assertEqual(changed, [])
        self.assertEqual(psql(self.database, "SELECT count (*) FROM actions",
                              "SELECT count (*) FROM receptions",
                              f"SELECT topic FROM meetings WHERE id = {moh_meeting}"
                              ).stdout.split(), ["2", "2", "Здоровье"])
        # Nor to write: a meeting for another body, a question moved to its meeting.
        refused = self.as_person("planner", "moe",
                                 "INSERT INTO meetings (body_code, leader_name, leader_position, "
                                 "starts_at, planned_minutes) VALUES ('moh', 'X', 'head', "
                                 "'2027-04-01T10:00', 60)", check=False)
        self.assertIn("row-level security", refused.stderr)
        refused = self.as_person("planner", "moe",
                                 f"UPDATE questions SET meeting_id = {moh_meeting}", check=False)
        self.assertIn("row-level security", refused.stderr)

    def test_the_reviewer_reads_every_body_s_proposals_and_nothing_personal(self):
        seen = self.as_person("reviewer", None,
                              "SELECT string_agg (body_code, ',' ORDER BY body_code) "
                              "FROM meetings").stdout.strip()
        self.assertEqual(seen, "moe,moh")
        for statement in ("SELECT text FROM questions", "SELECT issue FROM receptions",
                          "SELECT description FROM actions", "UPDATE meetings SET topic = 'x'"):
            with self.subTest(statement=statement):
                result = self.as_person("reviewer", None, statement, check=False)
                self.assertIn("permission denied", result.stderr)

    def test_the_reviewer_makes_the_draft_of_every_body(self):
        # The authorised body's draft (point 2.2) as a query over every body's proposals.
        draft = os.path.join(self.tmp.name, "draft.xlsx")
        result = self.run_app("--export=draft-schedule", "--year=2027", "--output=" + draft,
                              user=self.logins[("reviewer", None)])
        self.assertIn("Wrote 2 meetings", result.stdout)
        # A body's planner makes one of their own body only: that is all they see.
        result = self.run_app("--export=draft-schedule", "--year=2027", "--output=" + draft,
                              user=self.logins[("planner", "moe")])
        self.assertIn("Wrote 1 meeting to", result.stdout)

    def test_a_timekeeper_keeps_the_clock_but_does_not_plan(self):
        meeting = psql(self.database, "SELECT id FROM meetings WHERE body_code = 'moh'"
                       ).stdout.strip()
        self.as_person("timekeeper", "moh",
                       "INSERT INTO clock_events (meeting_id, kind, wall_time, clock_us) "
                       f"VALUES ({meeting}, 'start', '2027-03-15T05:00:00Z', 0)")
        for statement in (f"DELETE FROM meetings WHERE id = {meeting}",
                          "UPDATE actions SET status = 'done'",
                          f"UPDATE meetings SET leader_name = 'X' WHERE id = {meeting}"):
            with self.subTest(statement=statement):
                result = self.as_person("timekeeper", "moh", statement, check=False)
                self.assertIn("permission denied", result.stderr)

    def test_a_person_works_for_their_body(self):
        # The database serves the health ministry; the education planner's proposals are
        # their own body's, which is all they can see anyway.
        workbook = os.path.join(self.tmp.name, "proposals.xlsx")
        result = self.run_app("--export=schedule", "--year=2027", "--output=" + workbook,
                              user=self.logins[("planner", "moe")])
        self.assertIn("Wrote 1 meeting to", result.stdout)

    def test_the_record_names_the_login(self):
        login = self.logins[("planner", "moe")]
        workbook = os.path.join(self.tmp.name, "register.xlsx")
        self.run_app("--export=questions", "--include-personal-data", "--output=" + workbook,
                     user=login)
        actors = psql(self.database, "SELECT actor FROM audit_log WHERE action LIKE '%export%'"
                      ).stdout.split()
        self.assertIn(login, actors)


if __name__ == "__main__":
    unittest.main()
