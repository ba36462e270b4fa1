#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Importing questions from a CSV file: the app's --import-questions against the sqlite3 shell
doing the least the same result needs — `.import` of the file, one INSERT … SELECT into the
app's own questions table (its indexes and constraints) and an FTS5 rebuild of the search
index with the app's own tokenizer (loaded as an extension), in one transaction. A second
anchor rebuilds the index with SQLite's plain unicode61 tokenizer, to show what the app's
stemming costs. Runs interleave (anchor, app, anchor, app, …) so that the machine's drift
touches both alike; prints medians, the ratio and the peak resident memory.

    /usr/bin/python3 bench/question-import.py [--runs 5] [--counts 10000,100000,1000000]
        [--keep-files DIR]

--keep-files keeps the generated CSV files in DIR for the next run (a million questions take
minutes to generate).
"""

import argparse
import csv
import os
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time

BUILD = os.environ.get("MESON_BUILD_ROOT",
                       os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "_build"))
KEZDESU = os.path.join(BUILD, "src", "kezdesu")
GENERATE = os.path.join(BUILD, "bench", "kez-generate-questions")
EXTENSION = os.path.join(BUILD, "src", "core", "libkezsearch")
ENV = dict(os.environ, LANG="C.UTF-8", LC_ALL="C.UTF-8")

ANCHOR = """.load {extension}
.mode csv
.import {csv} raw
BEGIN;
DROP TRIGGER questions_fts_after_insert;
INSERT INTO questions (received_on, channel, topic, text)
  SELECT received, channel, topic, text FROM raw;
{rebuild}
COMMIT;
"""
REBUILD_KEZ = "INSERT INTO questions_fts (questions_fts) VALUES ('rebuild');"
REBUILD_PLAIN = """DROP TABLE questions_fts;
CREATE VIRTUAL TABLE plain_fts USING fts5 (text, topic, content = 'questions',
  content_rowid = 'id', prefix = '2 3');
INSERT INTO plain_fts (plain_fts) VALUES ('rebuild');"""


def measure(command, stdin=None):
    """Wall time in seconds and peak resident memory in MiB of one run."""
    started = time.monotonic()
    process = subprocess.Popen(command, stdin=subprocess.PIPE if stdin else None,
                               stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=ENV)
    if stdin:
        process.stdin.write(stdin.encode())
        process.stdin.close()
    _, status, usage = os.wait4(process.pid, 0)
    elapsed = time.monotonic() - started
    if status != 0:
        sys.exit(f"{command[0]} failed: {process.stderr.read().decode()}")
    return elapsed, usage.ru_maxrss / 1024


def make_csv(tmp, count):
    """Distinct questions, as another system exports them."""
    os.makedirs(tmp, exist_ok=True)
    path = os.path.join(tmp, f"questions-{count}.csv")
    if os.path.exists(path):
        return path
    database = os.path.join(tmp, f"source-{count}.db")
    subprocess.run([GENERATE, "--database=" + database, f"--count={count}"], check=True,
                   stdout=subprocess.DEVNULL, env=ENV)
    db = sqlite3.connect(database)
    with open(path + ".part", "w", encoding="utf-8", newline="") as f:
        writer = csv.writer(f)
        writer.writerow(["received", "channel", "topic", "text"])
        for n, row in enumerate(db.execute("SELECT received_on, channel, topic, text "
                                           "FROM questions ORDER BY id")):
            # The app skips a question it already holds: each row is made distinct.
            writer.writerow([row[0], row[1], row[2], f"{row[3]} ({n})"])
    db.close()
    os.unlink(database)
    os.rename(path + ".part", path)
    return path


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--counts", default="10000,100000")
    parser.add_argument("--keep-files")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="kezdesu-bench-import-") as tmp:
        empty = os.path.join(tmp, "empty.db")
        subprocess.run([KEZDESU, "--database=" + empty, "--export=schedule", "--year=2026",
                        "--output=" + os.path.join(tmp, "x.xlsx")], check=True,
                       stdout=subprocess.DEVNULL, env=ENV)
        target = os.path.join(tmp, "target.db")
        for count in [int(c) for c in args.counts.split(",")]:
            source = make_csv(args.keep_files or tmp, count)
            results = {"app": [], "anchor": [], "plain": []}
            for _ in range(args.runs):
                for name in ("anchor", "app", "plain"):
                    for suffix in ("", "-wal", "-shm"):
                        if os.path.exists(target + suffix):
                            os.unlink(target + suffix)
                    shutil.copy(empty, target)
                    if name == "app":
                        results[name].append(measure([KEZDESU, "--database=" + target,
                                                      "--import-questions=" + source]))
                    else:
                        script = ANCHOR.format(extension=EXTENSION, csv=source,
                                               rebuild=REBUILD_KEZ if name == "anchor"
                                               else REBUILD_PLAIN)
                        results[name].append(measure(["sqlite3", target], script))
            median = {name: statistics.median(r[0] for r in runs)
                      for name, runs in results.items()}
            peak = {name: max(r[1] for r in runs) for name, runs in results.items()}
            print(f"{count:,} questions, {args.runs} interleaved runs:")
            print(f"  kezdesu --import-questions        median {median['app']:7.2f} s   "
                  f"peak {peak['app']:6.1f} MiB")
            print(f"  sqlite3 .import + FTS5 rebuild    median {median['anchor']:7.2f} s   "
                  f"peak {peak['anchor']:6.1f} MiB   (the app's tokenizer)")
            print(f"  the same, unicode61 tokenizer     median {median['plain']:7.2f} s")
            print(f"  ratio to the anchor: {median['app'] / median['anchor']:.2f} "
                  f"(target ≤ 1.5); to the unicode61 one: "
                  f"{median['app'] / median['plain']:.2f}")
            print(f"ratio: import {count:,} questions over sqlite3 .import + FTS rebuild = "
                  f"{median['app'] / median['anchor']:.2f} (target ≤ 1.5; peak "
                  f"{peak['app']:.0f} MiB, target under 100 at 1,000,000)")


if __name__ == "__main__":
    main()
