# SPDX-License-Identifier: GPL-3.0-or-later
"""Startup benchmark: from process start to the first painted frame of the main window.

Run with a display, for instance through the UI test runner:

    tests/ui/run-ui-test bench/startup.py [--runs N] [--build DIR]

Each run starts the real program with KEZDESU_STARTUP_PROBE=quit; the window prints the
monotonic time of its first frame and the app quits. Two cases: a new database (first
run: file created, schema migrated, reference data loaded) and an existing empty one.
"""

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))


def one_run(binary, database, env):
    start_us = time.monotonic_ns() // 1000
    result = subprocess.run([binary, "--database=" + database], env=env, capture_output=True,
                            text=True, timeout=60)
    for line in result.stdout.splitlines():
        if line.startswith("first-frame-monotonic-us "):
            return (int(line.split()[1]) - start_us) / 1000.0
    raise RuntimeError(f"no first frame reported (exit {result.returncode}): {result.stderr}")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--build", default=os.environ.get("MESON_BUILD_ROOT",
                                                          os.path.join(HERE, "..", "_build")))
    args = parser.parse_args()

    binary = os.path.join(args.build, "src", "kezdesu")
    with tempfile.TemporaryDirectory(prefix="kezdesu-bench-") as tmp:
        env = dict(os.environ, KEZDESU_STARTUP_PROBE="quit", GSK_RENDERER="cairo",
                   GSETTINGS_BACKEND="memory",
                   GSETTINGS_SCHEMA_DIR=os.path.join(args.build, "data"),
                   XDG_DATA_HOME=os.path.join(tmp, "data"),
                   XDG_CONFIG_HOME=os.path.join(tmp, "config"),
                   XDG_CACHE_HOME=os.path.join(tmp, "cache"))
        one_run(binary, os.path.join(tmp, "warm-up.db"), env)  # page cache, font cache

        new_db = [one_run(binary, os.path.join(tmp, f"new-{i}.db"), env) for i in range(args.runs)]
        existing = os.path.join(tmp, "existing.db")
        one_run(binary, existing, env)
        reopen = [one_run(binary, existing, env) for _ in range(args.runs)]

    command = " ".join([os.path.relpath(sys.argv[0])] + sys.argv[1:])
    print(f"startup to first frame, {args.runs} runs each, GSK_RENDERER=cairo ({command})")
    for name, samples in (("new database", new_db), ("existing empty database", reopen)):
        print(f"  {name:25s} median {statistics.median(samples):6.1f} ms  "
              f"min {min(samples):6.1f}  max {max(samples):6.1f}")


if __name__ == "__main__":
    main()
