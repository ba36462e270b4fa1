# SPDX-License-Identifier: GPL-3.0-or-later
"""Start-up benchmark: from process start to the first painted frame, against a bare
libadwaita app (bench/minimal-app.c, the anchor), runs interleaved (anchor, then each case of
Kezdesu, again and again) so that the machine's drift touches all alike.

Run with a display, for instance through the UI test runner:

    tests/ui/run-ui-test bench/startup.py [--runs N] [--build DIR] [--questions N]

Each run starts the real program with KEZDESU_STARTUP_PROBE, which prints the monotonic time
of its first frame and its resident memory then. The cases: a new database (file created,
schema migrated, reference data loaded), an existing empty one, the demo year, and a database
of --questions questions (100,000 by default) opened on the Questions page, whose first frame
with the questions in it and resident memory then are compared with the anchor's.
"""

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))


def one_run(command, env, what="first-frame"):
    """Milliseconds from the start to the frame, and resident MiB then."""
    start_us = time.monotonic_ns() // 1000
    result = subprocess.run(command, env=env, capture_output=True, text=True, timeout=300)
    frame = memory = None
    for line in result.stdout.splitlines():
        if line.startswith(what + "-monotonic-us "):
            frame = (int(line.split()[1]) - start_us) / 1000.0
        elif line.startswith(what + "-resident-kib "):
            memory = int(line.split()[1]) / 1024.0
    if frame is None:
        raise RuntimeError(f"{command[0]}: no {what} reported (exit {result.returncode}): "
                           f"{result.stderr}")
    return frame, memory


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--questions", type=int, default=100000)
    parser.add_argument("--build", default=os.environ.get("MESON_BUILD_ROOT",
                                                          os.path.join(HERE, "..", "_build")))
    args = parser.parse_args()

    kezdesu = os.path.join(args.build, "src", "kezdesu")
    anchor = [os.path.join(args.build, "bench", "minimal-app")]
    with tempfile.TemporaryDirectory(prefix="kezdesu-bench-") as tmp:
        # No screen reader: the accessibility bus costs every app alike, anchor included.
        env = dict(os.environ, KEZDESU_STARTUP_PROBE="quit", GSK_RENDERER="cairo", GTK_A11Y="none",
                   GSETTINGS_BACKEND="memory",
                   GSETTINGS_SCHEMA_DIR=os.path.join(args.build, "data"),
                   XDG_DATA_HOME=os.path.join(tmp, "data"),
                   XDG_CONFIG_HOME=os.path.join(tmp, "config"),
                   XDG_CACHE_HOME=os.path.join(tmp, "cache"))
        questions_env = dict(env, KEZDESU_STARTUP_PROBE="questions")
        empty = os.path.join(tmp, "empty.db")
        demo = os.path.join(tmp, "demo.db")
        many = os.path.join(tmp, "questions.db")
        subprocess.run([os.path.join(args.build, "bench", "kez-generate-questions"),
                        "--database=" + many, f"--count={args.questions}"], check=True,
                       stdout=subprocess.DEVNULL)
        # Warm-up: page cache, font cache, the files made.
        one_run(anchor, env)
        one_run([kezdesu, "--database=" + empty], env)
        one_run([kezdesu, "--database=" + demo, "--demo"], env)
        one_run([kezdesu, "--database=" + many], questions_env, "questions-frame")

        cases = {"anchor": [], "new database": [], "existing empty database": [],
                 "demo year": [], "questions page": []}
        for i in range(args.runs):
            cases["anchor"].append(one_run(anchor, env))
            cases["new database"].append(
                one_run([kezdesu, "--database=" + os.path.join(tmp, f"new-{i}.db")], env))
            cases["existing empty database"].append(one_run([kezdesu, "--database=" + empty],
                                                            env))
            cases["demo year"].append(one_run([kezdesu, "--database=" + demo], env))
            cases["questions page"].append(one_run([kezdesu, "--database=" + many],
                                                   questions_env, "questions-frame"))

    command = " ".join([os.path.relpath(sys.argv[0])] + sys.argv[1:])
    print(f"start-up to the first frame, {args.runs} interleaved runs, GSK_RENDERER=cairo "
          f"({command})")
    base_ms = statistics.median(ms for ms, _ in cases["anchor"])
    base_mib = statistics.median(mib for _, mib in cases["anchor"])
    for name, samples in cases.items():
        ms = [s[0] for s in samples]
        mib = statistics.median(s[1] for s in samples)
        label = name if name != "questions page" else \
            f"Questions page, {args.questions:,} questions (its first frame with them)"
        print(f"  {label:32s} median {statistics.median(ms):6.1f} ms  min {min(ms):6.1f}  "
              f"max {max(ms):6.1f}  ratio {statistics.median(ms) / base_ms:4.2f}   "
              f"resident {mib:6.1f} MiB  ratio {mib / base_mib:4.2f}")
    print("  targets: first frame ≤ 1.3× the anchor (empty and demo); resident memory on the "
          "Questions page ≤ 1.3× the anchor")
    for name in ("existing empty database", "demo year"):
        ms = statistics.median(s[0] for s in cases[name])
        print(f"ratio: first frame, {name}, over a bare libadwaita app = {ms / base_ms:.2f} "
              "(target ≤ 1.3)")
    mib = statistics.median(s[1] for s in cases["questions page"])
    print(f"ratio: resident memory on the Questions page, {args.questions:,} questions, over a "
          f"bare libadwaita app = {mib / base_mib:.2f} (target ≤ 1.3)")


if __name__ == "__main__":
    main()
