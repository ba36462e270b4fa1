# SPDX-License-Identifier: GPL-3.0-or-later
"""The app in Kazakh or Russian: gettext ignores LANGUAGE under the C locale, so a test that
reads the app's messages runs it under a real kk_KZ or ru_RU locale, generated inside the
build tree (no system change needed), with the catalogues of the build."""

import os
import shutil
import subprocess
import tempfile

BUILD_ROOT = os.environ.get(
    "MESON_BUILD_ROOT", os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "_build"))
LOCALES = {"kk": "kk_KZ.UTF-8", "ru": "ru_RU.UTF-8"}


def ensure_locale(name, locpath=None):
    """Returns: the LOCPATH holding the locale @name ("ru_RU.UTF-8"), generated once. Tests
    run in parallel: each generates into a folder of its own and renames it into place, so
    that none ever reads a locale another is still writing (which the C library refuses, and
    the app then speaks English)."""
    locpath = locpath or os.path.join(BUILD_ROOT, "tests", "locale")
    target = os.path.join(locpath, name)
    if not os.path.isdir(target):
        os.makedirs(locpath, exist_ok=True)
        partial = tempfile.mkdtemp(prefix=f".{name}-", dir=locpath)
        subprocess.run(["localedef", "-i", name.split(".")[0], "-f", "UTF-8", partial],
                       check=True)
        try:
            os.rename(partial, target)
        except OSError:  # another test was first: its locale is the same
            shutil.rmtree(partial, ignore_errors=True)
    return locpath


def ensure_locales():
    """Returns: the LOCPATH holding the kk and ru locales."""
    for name in LOCALES.values():
        locpath = ensure_locale(name)
    return locpath


def environment(language):
    """What to add to a process's environment to run it in @language ("kk", "ru")."""
    locale = LOCALES[language]
    return dict(LOCPATH=ensure_locales(), LANG=locale, LC_ALL=locale, LANGUAGE="",
                KEZDESU_LOCALEDIR=os.path.join(BUILD_ROOT, "po"))
