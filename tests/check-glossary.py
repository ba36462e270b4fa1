#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Every translation uses the glossary's words (po/GLOSSARY.md) for the things the decree
names, and no message shows an internal name (a column's or a code's).

usage: check-glossary.py SOURCE_ROOT"""
import re
import sys
from pathlib import Path

import polib

root = Path(sys.argv[1])
LANGUAGES = ("kk", "ru")
KEPT = {"e-Otinish", "e-Өтініш", "HDMI-1", "UTF-8", "CSV", "PDF", "HTML", "iCalendar",
        "Kezdesu", "Flatpak"}
# A Latin word joined by "_" or "-", or a Latin word quoted as a name.
INTERNAL = re.compile(r"(?<![-\w])[A-Za-z]+(?:[_-][A-Za-z0-9]+)+\b|«[a-z][a-z0-9_]*»")
# A Kazakh postposition asks its word for a case ending ("желтоқсанға дейін"), which a date
# put in by the program cannot take: the sentence is written so that none is needed.
GLUED_ENDING = re.compile(r"%(?:\d+\$)?s (?:дейін|бастап|кейін|бері)\b")

# The command line's texts name its own options and values, which are typed as they are, and
# the settings schema describes its keys to dconf-editor: no user message is among them.
COMMAND_WORDS = ("src/core/kez-cli.c", "src/gui/app/kez-application.c", ".gschema.xml")
# A file's name ("question-register.xlsx") is a name, not a sentence.
FILE_NAME = re.compile(r"^[\w%$.-]+\.(?:xlsx|pdf|html|ics|csv|db)$")


def glossary():
    """(English word, {language: stem words}) of the glossary's table."""
    text = (root / "po" / "GLOSSARY.md").read_text(encoding="utf-8")
    terms = []
    for line in text.splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) != 4 or cells[0] in ("English (in msgid)", "---") or cells[0].startswith("-"):
            continue
        terms.append((cells[0], {"kk": cells[1].split(), "ru": cells[2].split()}))
    return terms


def stem_pattern(words):
    """The stems in this order, each with any ending, at most two words apart (a stem may be a
    regular expression: «при[её]м»)."""
    return re.compile(r"\w*\W+(?:\w+\W+){0,2}?".join(words), re.I)


def texts(entry):
    return [entry.msgstr] if not entry.msgid_plural else list(entry.msgstr_plural.values())


def main():
    terms = [(english, re.compile(r"\b" + re.escape(english) + r"s?\b", re.I),
              {lang: stem_pattern(words) for lang, words in stems.items()})
             for english, stems in glossary()]
    if not terms:
        print("glossary: no terms read from po/GLOSSARY.md")
        return 1
    problems = []
    for lang in LANGUAGES:
        for entry in polib.pofile(str(root / "po" / f"{lang}.po")):
            if entry.obsolete or not entry.translated() or FILE_NAME.match(entry.msgid):
                continue
            if entry.occurrences and all(path.endswith(COMMAND_WORDS)
                                         for path, _ in entry.occurrences):
                continue
            for text in texts(entry):
                for english, in_msgid, wanted in terms:
                    if in_msgid.search(entry.msgid) and not wanted[lang].search(text):
                        problems.append(f"{lang}: “{entry.msgid}” → “{text}”: "
                                        f"“{english}” is not said as the glossary says")
                if lang == "kk" and GLUED_ENDING.search(text):
                    problems.append(f"{lang}: “{text}”: a date glued to a word that needs "
                                    "its case ending")
                # An option of the command line ("--dry-run") is the command's own word.
                for name in INTERNAL.findall(re.sub(r"--[\w-]+(=\S+)?", "", text)):
                    if name not in KEPT:
                        problems.append(f"{lang}: “{text}”: internal name {name}")
    for problem in problems:
        print(problem)
    print(f"{len(problems)} problems with the glossary")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
