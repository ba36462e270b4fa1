#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""The question register of 100,000 questions: the app's export against a bare libxlsxwriter
loop writing the same cells and against Debian's python3-xlsxwriter writing the same rows, all
in constant-memory mode, each from the database to the finished file. Prints the median wall
time and the peak resident memory of each; the app's memory for 10,000 and 100,000 rows shows
it stays flat.

    /usr/bin/python3 bench/question-export.py [--runs 5] [--counts 10000,100000,1000000]
        [--keep-files DIR]     (after meson compile -C _build)

Every count is compared with the bare loop, interleaved. --keep-files keeps the generated
databases (questions-N.db) in DIR for the next run.
"""

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time

BUILD = os.environ.get("MESON_BUILD_ROOT",
                       os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "_build"))
KEZDESU = os.path.join(BUILD, "src", "kezdesu")
GENERATE = os.path.join(BUILD, "bench", "kez-generate-questions")
BARE = os.path.join(BUILD, "bench", "bare-question-register")

PYTHON_WRITER = r"""
import sqlite3, sys, datetime, xlsxwriter
db = sqlite3.connect(sys.argv[1])
workbook = xlsxwriter.Workbook(sys.argv[2], {"constant_memory": True})
sheet = workbook.add_worksheet()
date = workbook.add_format({"num_format": "dd.mm.yyyy hh:mm"})
row = 3
cell = workbook.add_format({"border": 1})
CHANNELS = {"website": "Сайт", "blog": "Блог руководителя", "social": "Социальные сети",
            "e-otinish": "e-Otinish", "akim-meeting": "Встречи акимов", "letter": "Письмо",
            "reception": "Личный приём", "hall": "Из зала", "online-comment": "Онлайн-комментарий"}
STATUSES = {"new": "Новый", "accepted": "Принят", "answered-at-meeting": "Отвечен на встрече",
            "answered-in-writing": "Отвечен письменно", "in-action-plan": "В плане действий",
            "rejected": "Отклонён", "merged": "Объединён"}
REGIONS = dict(db.execute("SELECT code, name_ru FROM regions"))
for r in db.execute("SELECT q.id, q.received_on, q.channel, q.region_code, q.topic, q.text, "
                    "q.status, q.reject_reason, q.merged_into, q.citizens, m.starts_at "
                    "FROM questions q LEFT JOIN meetings m ON m.id = q.meeting_id "
                    "ORDER BY q.received_on, q.id"):
    sheet.write_number(row, 0, r[0], cell)
    sheet.write_datetime(row, 1, datetime.datetime.fromisoformat(r[1]), date)
    sheet.write_string(row, 2, CHANNELS[r[2]], cell)
    sheet.write_string(row, 3, REGIONS.get(r[3], "Не указан"), cell)
    sheet.write_string(row, 4, r[4], cell)
    sheet.write_string(row, 5, r[5], cell)
    sheet.write_string(row, 6, STATUSES[r[6]], cell)
    sheet.write_string(row, 7, r[7], cell)
    if r[8] is None:
        sheet.write_blank(row, 8, None, cell)
    else:
        sheet.write_number(row, 8, r[8], cell)
    sheet.write_number(row, 9, r[9], cell)
    sheet.write_blank(row, 10, None, cell)
    row += 1
workbook.close()
"""


def measure(command):
    """Wall time in seconds and peak resident memory in MB of one run."""
    started = time.monotonic()
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                               env=dict(os.environ, LANG="C.UTF-8", LC_ALL="C.UTF-8"))
    _, status, usage = os.wait4(process.pid, 0)
    elapsed = time.monotonic() - started
    if status != 0:
        sys.exit(f"{command[0]} failed: {process.stderr.read().decode()}")
    return elapsed, usage.ru_maxrss / 1024


def run(label, command, runs):
    results = [measure(command) for _ in range(runs)]
    seconds = statistics.median(r[0] for r in results)
    memory = max(r[1] for r in results)
    print(f"  {label:38} median {seconds * 1000:7.0f} ms   peak {memory:6.1f} MB")
    return seconds


def interleaved(commands, runs):
    """{label: command} run in turn, run after run, so drift touches each alike."""
    results = {label: [] for label in commands}
    for _ in range(runs):
        for label, command in commands.items():
            results[label].append(measure(command))
    medians = {}
    for label, runs_of in results.items():
        medians[label] = statistics.median(r[0] for r in runs_of)
        memory = max(r[1] for r in runs_of)
        print(f"  {label:38} median {medians[label] * 1000:7.0f} ms   peak {memory:6.1f} MB")
    return medians


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--counts", default="10000,100000")
    parser.add_argument("--keep-files")
    args = parser.parse_args()
    counts = [int(c) for c in args.counts.split(",")]
    try:
        import xlsxwriter  # noqa: F401
        have_python = True
    except ImportError:
        have_python = False

    with tempfile.TemporaryDirectory(prefix="kezdesu-bench-") as tmp:
        databases = {}
        os.makedirs(args.keep_files or tmp, exist_ok=True)
        for count in sorted(set(counts) | {100000}):
            path = os.path.join(args.keep_files or tmp, f"questions-{count}.db")
            if not os.path.exists(path):
                subprocess.run([GENERATE, "--database=" + path + ".part", f"--count={count}"],
                               check=True, stdout=subprocess.DEVNULL)
                os.rename(path + ".part", path)
            databases[count] = path
        out = os.path.join(tmp, "out.xlsx")
        print(f"question register, {args.runs} runs each, from the database to the file:")
        for count in counts:
            app_label = f"kezdesu --export=questions, {count:,}"
            bare_label = f"bare libxlsxwriter loop, {count:,}"
            medians = interleaved({
                app_label: [KEZDESU, "--database=" + databases[count], "--export=questions",
                            "--language=ru", "--output=" + out],
                bare_label: [BARE, databases[count], out]}, args.runs)
            ratio = medians[app_label] / medians[bare_label]
            print(f"  the app takes {ratio:.2f} times the bare loop's time, interleaved "
                  "(target ≤ 1.05)")
            print(f"ratio: register export, {count:,} questions, over a bare libxlsxwriter "
                  f"loop = {ratio:.2f} (target ≤ 1.05)")
        app = run("kezdesu --export=questions, 100,000",
                  [KEZDESU, "--database=" + databases[100000], "--export=questions",
                   "--language=ru", "--output=" + out], args.runs)
        run("kezdesu --export=questions --language=both",
            [KEZDESU, "--database=" + databases[100000], "--export=questions",
             "--language=both", "--output=" + out], args.runs)
        if have_python:
            python = run("python3-xlsxwriter, 100,000",
                         ["/usr/bin/python3", "-c", PYTHON_WRITER, databases[100000], out],
                         args.runs)
            print(f"  the app takes {app / python:.2f} times python3-xlsxwriter's time "
                  "(target < 1)")
        else:
            print("  python3-xlsxwriter is not installed (build-aux/dev bench installs it)")


if __name__ == "__main__":
    main()
