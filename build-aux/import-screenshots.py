# SPDX-License-Identifier: GPL-3.0-or-later
"""Screenshots of the import dialog with an e-Otinish-like export: the columns guessed from
Russian headers, the values the file spells its own way (guessed, not recognised), the rows
that cannot be imported yet; wide and narrowed, in Kazakh and Russian, light or dark.

    tests/ui/run-ui-test build-aux/import-screenshots.py --lang kk --out DIR [--dark]

Needs ImageMagick's `import`.
"""

import argparse
import os
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "tests", "ui"))

from kezui import App  # noqa: E402
from test_console_keys import window_id  # noqa: E402

EXPORT = ("\ufeffДата обращения;Источник;Регион;Тема;Текст обращения;ФИО заявителя\r\n"
          "02.11.2026 09:15;е-Өтініш;г. Астана;ЖКХ;ТОО \"Астана Су\" не вывозит мусор;"
          "Ахметов Б. К.\r\n"
          "03.11.2026 14:30;е-Өтініш;Акмолинская обл.;Дороги;\"Дорога разбита,\r\n"
          "ремонта не было\";Серікқызы А.\r\n"
          "05.11.2026 11:00;Горячая линия 109;ВКО;Здравоохранение;Нет врачей;Ким Е.\r\n"
          "06.11.2026 16:45;е-Өтініш;Столица;;Когда откроют школу?;\r\n")
NAMES = {
    "ru": {"tab": "Вопросы", "import": "Импортировать вопросы…", "dialog": "Импорт вопросов"},
    "kk": {"tab": "Сұрақтар", "import": "Сұрақтарды импорттау…", "dialog": "Сұрақтарды импорттау"},
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
    environment = {"ADW_DEBUG_COLOR_SCHEME": "prefer-dark"} if args.dark else {}
    with tempfile.NamedTemporaryFile("w", suffix=".csv", encoding="utf-8", newline="") as f, \
         App(args.lang, environment=environment) as app:
        f.write(EXPORT)
        f.flush()
        app.click(app.find(names["tab"]))
        app.click(app.find(names["import"]))
        time.sleep(1.5)
        subprocess.run(["xdotool", "key", "ctrl+l"], check=True)
        time.sleep(0.3)
        subprocess.run(["xdotool", "type", "--delay", "10", f.name], check=True)
        subprocess.run(["xdotool", "key", "Return"], check=True)
        app.find(names["dialog"], "dialog")
        time.sleep(1.0)
        wid = window_id(names["dialog"])
        subprocess.run(["xdotool", "windowsize", wid, "700", "900"], check=True)
        time.sleep(1.0)
        shot(names["dialog"], os.path.join(args.out, "import-wide-" + suffix + ".png"))
        subprocess.run(["xdotool", "windowsize", wid, "360", "700"], check=True)
        time.sleep(1.0)
        shot(names["dialog"], os.path.join(args.out, "import-narrow-" + suffix + ".png"))


if __name__ == "__main__":
    main()
