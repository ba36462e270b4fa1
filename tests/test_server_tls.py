# SPDX-License-Identifier: GPL-3.0-or-later
"""TLS to the team server as the address asks for it (team mode, part 1): the tests' server
is given a certificate of its own for "localhost", and the app, run from the command line,

- with `sslmode=verify-full` and the certificate as its root, connects to "localhost";
- with `sslmode=verify-full` and no root it trusts, refuses: nothing is written, and the
  message gives libpq's reason, the missing root certificate;
- with `sslmode=verify-full` to 127.0.0.1, which the certificate does not name, refuses
  (where `verify-ca`, which checks only the signature, connects): the host is checked;
- with `sslmode=require` its connection is encrypted, as the server sees it (pg_stat_ssl).

Runs against the throw-away server of the postgresql suite (pg_virtualenv's PG* variables),
whose TLS it turns on for the test and off again; the server's own user must be able to read
the key the test makes (it gives the file to that user, as root)."""

import os
import subprocess
import tempfile
import time
import unittest

BUILD_ROOT = os.environ["MESON_BUILD_ROOT"]
KEZDESU = os.path.join(BUILD_ROOT, "src", "kezdesu")
PORT = os.environ.get("PGPORT", "5432")


def psql(database, *statements):
    command = ["psql", "-X", "-A", "-t", "-q", "-v", "ON_ERROR_STOP=1", "-d", database]
    for statement in statements:
        command += ["-c", statement]
    return subprocess.run(command, check=True, capture_output=True, text=True).stdout.strip()


def literal(text):
    return "'" + text.replace("'", "''") + "'"


class ServerTls(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.tmp = tempfile.TemporaryDirectory(prefix="kezdesu-tls-")
        cls.certificate = os.path.join(cls.tmp.name, "server.crt")
        key = os.path.join(cls.tmp.name, "server.key")
        subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2",
                        "-subj", "/CN=localhost", "-addext", "subjectAltName=DNS:localhost",
                        "-keyout", key, "-out", cls.certificate],
                       check=True, capture_output=True)
        # The server reads its key only if it is the key's owner and nobody else can read it:
        # the files are given to the server's user (the owner of its data folder), which
        # needs the root this suite runs as (build-aux/dev test installs as root).
        server_user = os.stat(psql("postgres", "SHOW data_directory")).st_uid
        if os.geteuid() != 0 and os.geteuid() != server_user:
            raise AssertionError("giving the tests' server a TLS key needs root")
        os.chmod(cls.tmp.name, 0o755)
        os.chown(key, server_user, -1)
        os.chmod(key, 0o600)
        cls.server_certificate, cls.server_key = cls.certificate, key
        psql("postgres", f"ALTER SYSTEM SET ssl_cert_file = {literal(cls.server_certificate)}",
             f"ALTER SYSTEM SET ssl_key_file = {literal(cls.server_key)}",
             "ALTER SYSTEM SET ssl = on", "SELECT pg_reload_conf ()")
        deadline = time.monotonic() + 30
        while psql("postgres", "SHOW ssl") != "on":
            if time.monotonic() > deadline:
                raise AssertionError("the tests' server did not turn TLS on")
            time.sleep(0.2)
        cls.database = f"kez_tls_{os.getpid()}"
        psql("postgres", f"CREATE DATABASE {cls.database}")

    @classmethod
    def tearDownClass(cls):
        psql("postgres", f"DROP DATABASE IF EXISTS {cls.database} WITH (FORCE)")
        psql("postgres", "ALTER SYSTEM RESET ssl", "ALTER SYSTEM RESET ssl_cert_file",
             "ALTER SYSTEM RESET ssl_key_file", "SELECT pg_reload_conf ()")
        cls.tmp.cleanup()

    def export(self, host, options, environment=None):
        """The year's calendar from the server at @host, its address with @options."""
        output = os.path.join(self.tmp.name, f"calendar-{time.monotonic_ns()}.ics")
        address = f"postgresql://{host}:{PORT}/{self.database}?{options}"
        env = dict(os.environ, LANG="C.UTF-8", LC_ALL="C.UTF-8", LANGUAGE="",
                   PGSSLROOTCERT=os.path.join(self.tmp.name, "none.crt"), **(environment or {}))
        result = subprocess.run([KEZDESU, "--database=" + address, "--export=calendar",
                                 "--year=2027", "--output=" + output],
                                env=env, capture_output=True, text=True, timeout=60)
        return result, os.path.exists(output)

    def test_verify_full_with_the_servers_certificate_connects(self):
        result, written = self.export("localhost",
                                      f"sslmode=verify-full&sslrootcert={self.certificate}")
        self.assertEqual(result.returncode, 0, result.stderr)
        self.assertTrue(written)

    def test_verify_full_without_a_trusted_root_refuses(self):
        result, written = self.export("localhost", "sslmode=verify-full")
        self.assertNotEqual(result.returncode, 0)
        self.assertFalse(written)
        self.assertIn("root certificate", result.stderr)

    def test_verify_full_checks_the_host(self):
        result, written = self.export("127.0.0.1",
                                      f"sslmode=verify-full&sslrootcert={self.certificate}")
        self.assertNotEqual(result.returncode, 0)
        self.assertFalse(written)
        self.assertIn("127.0.0.1", result.stderr)
        # The signature alone is good: only the host's name was wrong.
        result, written = self.export("127.0.0.1",
                                      f"sslmode=verify-ca&sslrootcert={self.certificate}")
        self.assertEqual(result.returncode, 0, result.stderr)

    def test_require_encrypts_the_connection(self):
        """The server is asked, while the app's connection is open, whether it is encrypted:
        the test holds a lock on the meetings the app reads, so that the app waits, connected,
        under an application_name of its own, until the test has looked."""
        import psycopg2

        name = f"kez_tls_check_{os.getpid()}"
        address = (f"postgresql://localhost:{PORT}/{self.database}?sslmode=require"
                   f"&application_name={name}")
        env = dict(os.environ, LANG="C.UTF-8", LC_ALL="C.UTF-8", LANGUAGE="")
        command = [KEZDESU, "--database=" + address, "--export=calendar", "--year=2027",
                   "--output=" + os.path.join(self.tmp.name, "require.ics")]
        # Once, for the schema to be there.
        subprocess.run(command, env=env, check=True, capture_output=True, timeout=60)

        holder = psycopg2.connect(dbname=self.database)
        looker = psycopg2.connect(dbname=self.database)
        looker.autocommit = True
        try:
            holder.cursor().execute("LOCK TABLE meetings IN ACCESS EXCLUSIVE MODE")
            app = subprocess.Popen(command, env=env, stdout=subprocess.PIPE,
                                   stderr=subprocess.PIPE, text=True)
            seen = None
            deadline = time.monotonic() + 30
            while seen is None and time.monotonic() < deadline and app.poll() is None:
                cursor = looker.cursor()
                cursor.execute("SELECT s.ssl FROM pg_stat_ssl s JOIN pg_stat_activity a "
                               "USING (pid) WHERE a.application_name = %s "
                               "AND a.wait_event_type = 'Lock'", (name,))
                row = cursor.fetchone()
                seen = row[0] if row is not None else None
                time.sleep(0.05)
        finally:
            holder.rollback()
            holder.close()
            looker.close()
        _, stderr = app.communicate(timeout=60)
        self.assertEqual(app.returncode, 0, stderr)
        self.assertIsNotNone(seen, "the app's connection was never seen waiting by the server")
        self.assertTrue(seen, "the app's connection was not encrypted")


if __name__ == "__main__":
    unittest.main(verbosity=2)
