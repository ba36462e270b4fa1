# SPDX-License-Identifier: GPL-3.0-or-later
"""The Questions page at 10,000, 100,000 and 1,000,000 questions: bench-questions (see its
comment) on a database of each size, one after the other, on the same display.

    tests/ui/run-ui-test bench/questions-page.py [--counts 10000,100000,1000000]
        [--keep-files DIR] [--build DIR]

--keep-files keeps the generated databases (questions-N.db) in DIR for the next run: a
million questions take minutes to generate. Each run works on a copy.
"""

import argparse
import os
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--counts", default="10000,100000,1000000")
    parser.add_argument("--keep-files")
    parser.add_argument("--build", default=os.environ.get("MESON_BUILD_ROOT",
                                                          os.path.join(HERE, "..", "_build")))
    args = parser.parse_args()
    env = dict(os.environ, GSK_RENDERER="cairo", GSETTINGS_BACKEND="memory",
               GSETTINGS_SCHEMA_DIR=os.path.join(args.build, "data"))
    with tempfile.TemporaryDirectory(prefix="kezdesu-bench-") as tmp:
        keep = args.keep_files or tmp
        os.makedirs(keep, exist_ok=True)
        status = 0
        for count in [int(c) for c in args.counts.split(",")]:
            kept = os.path.join(keep, f"questions-{count}.db")
            if not os.path.exists(kept):
                subprocess.run([os.path.join(args.build, "bench", "kez-generate-questions"),
                                "--database=" + kept + ".part", f"--count={count}"],
                               check=True, stdout=subprocess.DEVNULL)
                os.rename(kept + ".part", kept)
            copy = os.path.join(tmp, "page.db")
            shutil.copy(kept, copy)
            sys.stdout.flush()
            status |= subprocess.run([os.path.join(args.build, "bench", "bench-questions"),
                                      "--database=" + copy], env=env).returncode
            for suffix in ("", "-wal", "-shm"):
                if os.path.exists(copy + suffix):
                    os.unlink(copy + suffix)
        sys.exit(status)


if __name__ == "__main__":
    main()
