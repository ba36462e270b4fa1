#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Ten planners on one team server at once (team mode, part 2): a server database with the
demo's year and COUNT generated questions, then bench-team: ten threads with connections of
their own triage questions and edit meetings for SECONDS while another window listens; it
prints the saves' p50/p95/max and the time another window takes to hear of a save.

Runs inside a throw-away PostgreSQL cluster: `pg_virtualenv -v 15 bench/team.py`
(`build-aux/dev bench` does it).

    pg_virtualenv -v 15 /usr/bin/python3 bench/team.py [--count 100000] [--planners 10]
        [--seconds 20] [--keep-files DIR]
"""

import argparse
import importlib.util
import os
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
BUILD = os.environ.get("MESON_BUILD_ROOT", os.path.join(HERE, "..", "_build"))
KEZDESU = os.path.join(BUILD, "src", "kezdesu")
BENCH = os.path.join(BUILD, "bench", "bench-team")
ENV = dict(os.environ, LANG="C.UTF-8", LC_ALL="C.UTF-8", LANGUAGE="")


def load(name):
    spec = importlib.util.spec_from_file_location(name, os.path.join(HERE, name + ".py"))
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def run(command):
    result = subprocess.run(command, capture_output=True, text=True, env=ENV)
    if result.returncode != 0:
        sys.exit(f"{command[0]} failed: {result.stderr}")
    return result.stdout


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--count", type=int, default=100000)
    parser.add_argument("--planners", type=int, default=10)
    parser.add_argument("--seconds", type=int, default=20)
    parser.add_argument("--keep-files")
    args = parser.parse_args()
    if "PGPORT" not in os.environ and "PGHOST" not in os.environ:
        sys.exit("run inside a PostgreSQL cluster: pg_virtualenv -v 15 bench/team.py")
    importer = load("question-import")
    database = f"kez_bench_team_{os.getpid()}"
    with tempfile.TemporaryDirectory(prefix="kezdesu-bench-team-") as tmp:
        source = importer.make_csv(args.keep_files or tmp, args.count)
        run(["psql", "-X", "-q", "-d", "postgres", "-c", f"CREATE DATABASE {database}"])
        try:
            address = f"postgresql:///{database}"
            run([KEZDESU, "--database=" + address, "--demo", "--export=summary",
                 "--year=2026", "--output=" + os.path.join(tmp, "summary.xlsx")])
            run([KEZDESU, "--database=" + address, "--import-questions=" + source])
            print(run([BENCH, address, str(args.planners), str(args.seconds)]), end="")
        finally:
            subprocess.run(["psql", "-X", "-q", "-d", "postgres", "-c",
                            f"DROP DATABASE IF EXISTS {database} WITH (FORCE)"],
                           capture_output=True)


if __name__ == "__main__":
    main()
