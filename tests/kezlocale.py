# SPDX-License-Identifier: GPL-3.0-or-later
"""The app in Kazakh or Russian: gettext ignores LANGUAGE under the C locale, so a test that
reads the app's messages runs it under a real kk_KZ or ru_RU locale, generated inside the
build tree (no system change needed), with the catalogues of the build."""

import os
import subprocess

BUILD_ROOT = os.environ.get(
    "MESON_BUILD_ROOT", os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "_build"))
LOCALES = {"kk": "kk_KZ.UTF-8", "ru": "ru_RU.UTF-8"}


def ensure_locales():
    """Returns: the LOCPATH holding the kk and ru locales."""
    locpath = os.path.join(BUILD_ROOT, "tests", "locale")
    for name in LOCALES.values():
        target = os.path.join(locpath, name)
        if not os.path.isdir(target):
            os.makedirs(locpath, exist_ok=True)
            source = name.split(".")[0]
            subprocess.run(["localedef", "-i", source, "-f", "UTF-8", target], check=True)
    return locpath


def environment(language):
    """What to add to a process's environment to run it in @language ("kk", "ru")."""
    locale = LOCALES[language]
    return dict(LOCPATH=ensure_locales(), LANG=locale, LC_ALL=locale, LANGUAGE="",
                KEZDESU_LOCALEDIR=os.path.join(BUILD_ROOT, "po"))
