#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""The question register of 100,000 questions: the app's export against a bare libxlsxwriter
loop writing the same cells and against Debian's python3-xlsxwriter writing the same rows, all
in constant-memory mode, each from the database to the finished file. Prints the median wall
time and the peak resident memory of each; the app's memory for 10,000 and 100,000 rows shows
it stays flat.

    /usr/bin/python3 bench/question-export.py [--runs 5]     (after meson compile -C _build)
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
    args = parser.parse_args()
    try:
        import xlsxwriter  # noqa: F401
        have_python = True
    except ImportError:
        have_python = False

    with tempfile.TemporaryDirectory(prefix="kezdesu-bench-") as tmp:
        databases = {}
        for count in (10000, 100000):
            path = os.path.join(tmp, f"questions-{count}.db")
            subprocess.run([GENERATE, "--database=" + path, f"--count={count}"], check=True,
                           stdout=subprocess.DEVNULL)
            databases[count] = path
        out = os.path.join(tmp, "out.xlsx")
        print(f"question register, {args.runs} runs each, from the database to the file:")
        medians = interleaved({
            "kezdesu --export=questions, 100,000":
                [KEZDESU, "--database=" + databases[100000], "--export=questions",
                 "--language=ru", "--output=" + out],
            "bare libxlsxwriter loop, 100,000": [BARE, databases[100000], out]}, args.runs)
        app = medians["kezdesu --export=questions, 100,000"]
        bare = medians["bare libxlsxwriter loop, 100,000"]
        print(f"  the app takes {app / bare:.2f} times the bare loop's time, interleaved "
              "(target ≤ 1.05)")
        run("kezdesu --export=questions, 10,000",
            [KEZDESU, "--database=" + databases[10000], "--export=questions", "--language=ru",
             "--output=" + out], args.runs)
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
