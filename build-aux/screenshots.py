# SPDX-License-Identifier: GPL-3.0-or-later
"""The pictures of the guide and of AppStream, taken of the demo database in English, Kazakh
and Russian: the Schedule, the Questions (list and analysis), the Action Plan and the live
meeting console.

    tests/ui/run-ui-test build-aux/screenshots.py

writes help/{C,kk,ru}/figures/*.png and data/screenshots/*-{en,kk,ru}.png, and updates the
checksum by which the help translations name each figure (each language has its own picture,
so the entry translates to itself). Needs ImageMagick's `import` (apt-get install
imagemagick). Look at them before committing.
"""

import hashlib
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time

TOP = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
sys.path.insert(0, os.path.join(TOP, "tests", "ui"))

import kezui  # noqa: E402
from kezui import App, BUILD_ROOT  # noqa: E402
from gi.repository import Atspi  # noqa: E402

kezui.LOCALES["en"] = "C.UTF-8"
NAMES = {
    "en": dict(schedule="Schedule", next="Next", edit="Edit Meeting", live="Start Live Meeting",
               start="Start", console="Live Meeting", analysis="Analysis"),
    "kk": dict(schedule="Кесте", next="Келесі", edit="Кездесуді өңдеу", live="Кездесуді бастау",
               start="Бастау", console="Тікелей кездесу", analysis="Талдау"),
    "ru": dict(schedule="График", next="Вперёд", edit="Изменить встречу",
               live="Начать встречу", start="Начать", console="Проведение встречи",
               analysis="Анализ"),
}
HELP = {"en": "C", "kk": "kk", "ru": "ru"}
IN_HELP = ["schedule", "questions", "action-plan", "console"]


def demo_database(folder, language):
    """The demo made in @language, as a planner would: its topics are in that language."""
    path = os.path.join(folder, "demo.db")
    locale = kezui.LOCALES[language]
    env = dict(os.environ, XDG_DATA_HOME=folder, LANG=locale, LC_ALL=locale, LANGUAGE="",
               LOCPATH=kezui.ensure_locales())
    subprocess.run([os.path.join(BUILD_ROOT, "src", "kezdesu"), "--database=" + path, "--demo",
                    "--export=summary", "--year=2026", "--output=" + os.path.join(folder, "s.xlsx")],
                   check=True, capture_output=True, env=env)
    return path


def shoot(app, window, role, path):
    node = app.find(window, role)
    extents = node.get_component_iface().get_extents(Atspi.CoordType.SCREEN)
    subprocess.run(["xdotool", "mousemove", "1279", "799"], check=True)  # no hover, no tooltip
    time.sleep(0.8)
    subprocess.run(["import", "-window", "root", "-crop",
                    f"{extents.width}x{extents.height}+{extents.x}+{extents.y}", "+repage", path],
                   check=True)


def tour(language, out):
    names = NAMES[language]
    with tempfile.TemporaryDirectory() as folder, \
         App(language, database_path=demo_database(folder, language)) as app:
        app.find(names["schedule"])
        time.sleep(1.5)
        shoot(app, "Kezdesu", "frame", os.path.join(out, "schedule.png"))
        app.press("alt+2")
        time.sleep(2)
        shoot(app, "Kezdesu", "frame", os.path.join(out, "questions.png"))
        app.click(app.find(names["analysis"]))
        time.sleep(1.5)
        shoot(app, "Kezdesu", "frame", os.path.join(out, "analysis.png"))
        app.click(app.find(names["analysis"]))
        app.press("alt+3")
        time.sleep(1.5)
        shoot(app, "Kezdesu", "frame", os.path.join(out, "action-plan.png"))
        # The next meeting, on 21 December, taken live.
        app.press("alt+1")
        app.click(app.find(names["next"], "push button"))
        time.sleep(1)
        app.click_until("11:00 Ахметова", names["edit"])
        app.click(app.find(names["live"]))
        app.find(names["console"], "frame")
        app.click(app.find(names["start"], "push button"))
        time.sleep(4)
        shoot(app, names["console"], "frame", os.path.join(out, "console.png"))


def update_help_checksums():
    """itstool names a figure in the .po by the English picture's MD5; a new picture would leave
    the translations pointing at the old one."""
    for name in IN_HELP:
        with open(os.path.join(TOP, "help", "C", "figures", name + ".png"), "rb") as f:
            md5 = hashlib.md5(f.read()).hexdigest()
        for language in ("kk", "ru"):
            po = os.path.join(TOP, "help", language, language + ".po")
            with open(po, encoding="utf-8") as f:
                text = f.read()
            text = re.sub(r"(figures/%s\.png' md5=')[0-9a-f]+'" % re.escape(name),
                          r"\g<1>%s'" % md5, text)
            with open(po, "w", encoding="utf-8") as f:
                f.write(text)


def main():
    for language in ("en", "kk", "ru"):
        with tempfile.TemporaryDirectory() as out:
            tour(language, out)
            for name in IN_HELP:
                shutil.copy(os.path.join(out, name + ".png"),
                            os.path.join(TOP, "help", HELP[language], "figures", name + ".png"))
            for name in os.listdir(out):
                shutil.copy(os.path.join(out, name), os.path.join(
                    TOP, "data", "screenshots", name.replace(".png", f"-{language}.png")))
        print(f"{language}: done", flush=True)
    update_help_checksums()


if __name__ == "__main__":
    main()
