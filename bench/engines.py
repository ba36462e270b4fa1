#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""The two engines side by side (team mode, part 1), at 100,000 questions, interleaved run for
run (SQLite, server, SQLite, server, …) so that the machine's drift touches both alike:

- the import (`kezdesu --import-questions` into an empty file and an empty server database);
- the register export (`kezdesu --export=questions`);
- a search, as each engine's statement runs it: SQLite's FTS5 index with the app's tokenizer
  (`MATCH '"школ"*'`), the server's tsvector of the words the app stemmed
  (`search_vector @@ to_tsquery ('simple', 'школ:*')`), and, for the record of the choice,
  pg_trgm's trigram index on the text (`text ILIKE '%школ%'`), which needs no stemming but
  finds neither a word's other forms nor only the starts of words;
- a triage change, one question's status, as the app's UPDATE.

Runs inside a throw-away PostgreSQL cluster: `pg_virtualenv -v 15 bench/engines.py`
(`build-aux/dev bench` does it). Prints medians and ratios, server over SQLite.

    pg_virtualenv -v 15 /usr/bin/python3 bench/engines.py [--runs 5] [--count 100000]
        [--keep-files DIR]
"""

import argparse
import importlib.util
import os
import statistics
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
BUILD = os.environ.get("MESON_BUILD_ROOT", os.path.join(HERE, "..", "_build"))
KEZDESU = os.path.join(BUILD, "src", "kezdesu")
EXTENSION = os.path.join(BUILD, "src", "core", "libkezsearch")
ENV = dict(os.environ, LANG="C.UTF-8", LC_ALL="C.UTF-8", LANGUAGE="")
# Stems, as the app makes of what is typed (it stems the query as it stems the text): "вода"
# is searched as «вод».
WORDS = ["школ", "дорог", "мектеп", "жылу", "вод"]


def load(name):
    spec = importlib.util.spec_from_file_location(name, os.path.join(HERE, name + ".py"))
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def timed(command):
    started = time.monotonic()
    result = subprocess.run(command, capture_output=True, text=True, env=ENV)
    if result.returncode != 0:
        sys.exit(f"{command[0]} failed: {result.stderr}")
    return time.monotonic() - started


def psql(database, sql):
    return subprocess.run(["psql", "-X", "-A", "-t", "-q", "-v", "ON_ERROR_STOP=1", "-d",
                           database, "-c", sql], check=True, capture_output=True,
                          text=True).stdout


def sql_time_sqlite(path, sql, runs):
    """The statement's own time, in the shell's timer (the connection's start apart)."""
    script = f".load {EXTENSION}\n" + "".join(f".timer on\n{sql};\n.timer off\n"
                                               for _ in range(runs))
    out = subprocess.run(["sqlite3", path], input=script, capture_output=True, text=True,
                         check=True).stdout
    return [float(line.split()[3]) for line in out.splitlines() if line.startswith("Run Time")]


def sql_time_server(database, sql, runs):
    """The statement's own time, as EXPLAIN ANALYZE measures it on the server."""
    times = []
    for _ in range(runs):
        out = psql(database, f"EXPLAIN (ANALYZE, FORMAT JSON) {sql}")
        import json
        plan = json.loads(out)[0]
        times.append((plan["Planning Time"] + plan["Execution Time"]) / 1000)
    return times


def median_ms(values):
    return statistics.median(values) * 1000


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--count", type=int, default=100000)
    parser.add_argument("--keep-files")
    args = parser.parse_args()
    if "PGPORT" not in os.environ and "PGHOST" not in os.environ:
        sys.exit("run inside a PostgreSQL cluster: pg_virtualenv -v 15 bench/engines.py")
    importer = load("question-import")

    with tempfile.TemporaryDirectory(prefix="kezdesu-bench-engines-") as tmp:
        source = importer.make_csv(args.keep_files or tmp, args.count)
        imports = {"sqlite": [], "server": []}
        exports = {"sqlite": [], "server": []}
        for run in range(args.runs):
            file = os.path.join(tmp, f"run-{run}.db")
            database = f"kez_bench_{os.getpid()}_{run}"
            psql("postgres", f"CREATE DATABASE {database}")
            stores = {"sqlite": file, "server": f"postgresql:///{database}"}
            for engine, store in stores.items():
                imports[engine].append(timed([KEZDESU, "--database=" + store,
                                              "--import-questions=" + source]))
            for engine, store in stores.items():
                exports[engine].append(timed([KEZDESU, "--database=" + store,
                                              "--export=questions", "--output=" +
                                              os.path.join(tmp, f"{engine}.xlsx")]))
            if run < args.runs - 1:
                psql("postgres", f"DROP DATABASE {database} WITH (FORCE)")
                os.unlink(file)

        # The last run's databases, for the statements.
        psql(database, "CREATE EXTENSION IF NOT EXISTS pg_trgm")
        started = time.monotonic()
        psql(database, "CREATE INDEX questions_trigrams ON questions USING gin "
                       "(text gin_trgm_ops)")
        trigram_index = time.monotonic() - started
        sizes = psql(database, "SELECT pg_relation_size ('questions_search'), "
                               "pg_relation_size ('questions_trigrams')").strip().split("|")
        searches = {"sqlite": [], "server": [], "trigram": []}
        found = {}
        for word in WORDS:
            found[word] = (
                psql(database, "SELECT count(*) FROM questions WHERE search_vector @@ "
                               f"to_tsquery ('simple', '{word}:*')").strip(),
                psql(database, f"SELECT count(*) FROM questions WHERE text ILIKE "
                               f"'%{word}%'").strip())
            searches["sqlite"] += sql_time_sqlite(
                file, f"SELECT rowid FROM questions_fts WHERE questions_fts MATCH '\"{word}\"*'",
                args.runs)
            searches["server"] += sql_time_server(
                database, "SELECT id FROM questions WHERE search_vector @@ "
                          f"to_tsquery ('simple', '{word}:*')", args.runs)
            searches["trigram"] += sql_time_server(
                database, f"SELECT id FROM questions WHERE text ILIKE '%{word}%'", args.runs)
        update = "UPDATE questions SET status = 'accepted' WHERE id = 500"
        triage = {"sqlite": sql_time_sqlite(file, update, args.runs),
                  "server": sql_time_server(database, update, args.runs)}
        psql("postgres", f"DROP DATABASE {database} WITH (FORCE)")

    print(f"{args.count:,} questions, {args.runs} interleaved runs, medians:")
    for what, figures in (("import", imports), ("register export", exports)):
        a, b = statistics.median(figures["sqlite"]), statistics.median(figures["server"])
        print(f"  {what:16} SQLite {a:7.2f} s   server {b:7.2f} s")
        print(f"ratio: {what} {args.count:,} questions, server over SQLite = {b / a:.2f}")
    a, b, c = (median_ms(searches[k]) for k in ("sqlite", "server", "trigram"))
    print(f"  search a word's start: SQLite FTS5 {a:.2f} ms, server tsvector {b:.2f} ms, "
          f"pg_trgm {c:.2f} ms")
    print(f"ratio: search {args.count:,} questions, server over SQLite = {b / a:.2f}")
    print(f"ratio: search {args.count:,} questions, pg_trgm over the server's tsvector = "
          f"{c / b:.2f}")
    for word, (stems, trigrams) in found.items():
        print(f"    «{word}»: {stems} questions by the stems, {trigrams} by trigrams "
              "(any part of any word)")
    print(f"  indexes: tsvector {int(sizes[0]) / 2**20:.1f} MiB; pg_trgm "
          f"{int(sizes[1]) / 2**20:.1f} MiB, built in {trigram_index:.1f} s")
    a, b = median_ms(triage["sqlite"]), median_ms(triage["server"])
    print(f"  triage (one status): SQLite {a:.2f} ms, server {b:.2f} ms")
    print(f"ratio: triage, server over SQLite = {b / a:.2f}")


if __name__ == "__main__":
    main()
