# SPDX-License-Identifier: GPL-3.0-or-later
"""Screenshots of the live console and the stage view in each state a timekeeper meets: the
presentation, its warning, a breach after going back to it, the whole meeting over its time,
and a message to the speaker; to look at, in Kazakh and Russian, light or dark.

    tests/ui/run-ui-test build-aux/console-screenshots.py --lang kk --out DIR [--dark]

A 15-minute meeting on a clock 60 times faster: the budget (3:45) runs out in 4 seconds and
the meeting in 15. Needs ImageMagick's `import`.
"""

import argparse
import os
import subprocess
import sys
import time

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "tests", "ui"))

from kezui import App  # noqa: E402
from test_console_keys import focus, keys, window_id  # noqa: E402
from test_live_meeting import database_with_meeting, clock_text  # noqa: E402

NAMES = {
    "ru": {"chip": "10:00 Тестова", "editor": "Изменить встречу", "start": "Начать встречу",
           "console": "Проведение встречи", "stage": "Экран для выступающего",
           "back": "Вернуться к докладу", "confirm": "Вернуться и записать нарушение",
           "presets": "Готовые сообщения выступающему", "message": "Пожалуйста, завершайте"},
    "kk": {"chip": "10:00 Тестова", "editor": "Кездесуді өңдеу", "start": "Кездесуді бастау",
           "console": "Кездесуді өткізу", "stage": "Баяндамашы экраны",
           "back": "Баяндамаға қайту", "confirm": "Қайту және бұзушылықты тіркеу",
           "presets": "Баяндамашыға дайын хабарлар", "message": "Аяқтауыңызды сұраймыз"},
}


def shot(title, path):
    subprocess.run(["import", "-window", window_id(title), path], check=True)
    print(path)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--lang", choices=["kk", "ru"], required=True)
    parser.add_argument("--out", required=True)
    parser.add_argument("--dark", action="store_true")
    args = parser.parse_args()
    names = NAMES[args.lang]
    suffix = args.lang + ("-dark" if args.dark else "")
    os.makedirs(args.out, exist_ok=True)
    environment = {"KEZDESU_CLOCK_SPEED": "60"}
    if args.dark:
        environment["ADW_DEBUG_COLOR_SCHEME"] = "prefer-dark"
    with App(args.lang, database_bytes=database_with_meeting(15), environment=environment) as app:
        app.click_until(names["chip"], names["editor"])
        app.click(app.find(names["start"]))
        app.find(names["console"], "frame")
        time.sleep(0.5)
        focus(names["console"])
        keys("space")
        time.sleep(2.2)  # 2:12 of the 3:45: the warning
        shot(names["console"], os.path.join(args.out, f"console-warning-{suffix}.png"))
        time.sleep(2.5)  # the budget ran out: questions and answers
        app.click(app.find(names["back"], "push button"))
        app.click(app.find(names["confirm"], prefix=True))
        time.sleep(1.5)
        keys("F11")
        app.find(names["stage"], "frame")
        app.click(app.find(names["presets"]))
        app.click(app.find(names["message"], "menu item"))
        time.sleep(0.8)
        shot(names["console"], os.path.join(args.out, f"console-breach-{suffix}.png"))
        shot(names["stage"], os.path.join(args.out, f"stage-breach-{suffix}.png"))
        focus(names["console"])
        keys("q")
        time.sleep(11)  # past the meeting's 15 minutes
        shot(names["console"], os.path.join(args.out, f"console-overtime-{suffix}.png"))
        shot(names["stage"], os.path.join(args.out, f"stage-overtime-{suffix}.png"))
        print(clock_text(app))


if __name__ == "__main__":
    main()
