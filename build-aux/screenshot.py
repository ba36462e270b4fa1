# SPDX-License-Identifier: GPL-3.0-or-later
"""Take a screenshot of Kezdesu in a language, to look at (and for the README and AppStream).

    tests/ui/run-ui-test build-aux/screenshot.py --lang kk --out window-kk.png \
        [--action app.preferences] [--database FILE] [--size 1100x720]

Needs ImageMagick's `import` (apt-get install imagemagick) and gdbus.
"""

import argparse
import os
import subprocess
import sys
import time

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "tests", "ui"))

from kezui import App  # noqa: E402


def activate(action):
    group, name = action.split(".", 1)
    path = "/io/github/kezdesu/Kezdesu"
    if group == "win":
        path += "/window/1"
    subprocess.run(["gdbus", "call", "--session", "--dest", "io.github.kezdesu.Kezdesu",
                    "--object-path", path, "--method", "org.gtk.Actions.Activate",
                    name, "[]", "{}"], check=True, capture_output=True)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--lang", choices=["kk", "ru"], required=True)
    parser.add_argument("--out", required=True)
    parser.add_argument("--action", action="append", default=[])
    parser.add_argument("--click", action="append", default=[],
                        help="the accessible name of a button to press first")
    parser.add_argument("--size", default="1100x720")
    parser.add_argument("--dark", action="store_true")
    parser.add_argument("--database", help="a database to show (copied first)")
    args = parser.parse_args()

    extra_env = {"ADW_DEBUG_COLOR_SCHEME": "prefer-dark"} if args.dark else {}
    os.environ.update(extra_env)
    database_bytes = open(args.database, "rb").read() if args.database else None
    with App(args.lang, database_bytes=database_bytes) as app:
        time.sleep(1.5)
        for name in args.click:
            app.click(app.find(name))
            time.sleep(1.0)
        for action in args.action:
            activate(action)
            time.sleep(1.0)
        subprocess.run(["import", "-window", "root", "-crop", args.size + "+0+0", "+repage",
                        args.out], check=True)
        print(f"{args.out}: {len(app.names())} named accessible objects")


if __name__ == "__main__":
    main()
