#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""What Flathub's reviewers check before they read any code, checked on every build:

- the licence the SPDX headers and the metainfo name is the one in COPYING, and there is a
  code of conduct;
- the Flathub manifest builds a pinned release (a git source with a tag and its commit, as
  Flathub requires), the development manifest the working tree, and both share the same
  library modules;
- the metainfo has a developer id, light and dark branding colours, the repository's
  address, and screenshots taken from that same release (a branch's images change under a
  published release); in a git checkout, the release's commit exists and holds every
  screenshot named.

usage: check-packaging.py SOURCE_ROOT"""
import json
import os
import re
import subprocess
import sys
import xml.etree.ElementTree as ET

APP_ID = "io.github.kezdesu.Kezdesu"
failures = []


def fail(message):
    failures.append(message)


def app_module(manifest):
    modules = [m for m in manifest["modules"] if isinstance(m, dict) and m.get("name") == "kezdesu"]
    if len(modules) != 1:
        fail("a manifest must have exactly one kezdesu module")
        return {"sources": [{}]}
    return modules[0]


def main(root):
    licence = open(os.path.join(root, "COPYING"), encoding="utf-8").read()
    if "GNU GENERAL PUBLIC LICENSE" not in licence or "Version 3, 29 June 2007" not in licence:
        fail("COPYING is not the GNU GPL version 3")
    if not os.path.isfile(os.path.join(root, "CODE_OF_CONDUCT.md")):
        fail("no CODE_OF_CONDUCT.md")
    with open(os.path.join(root, "src", "main.c"), encoding="utf-8") as source:
        if "SPDX-License-Identifier: GPL-3.0-or-later" not in source.read(400):
            fail("src/main.c does not name GPL-3.0-or-later")

    flatpak = os.path.join(root, "flatpak")
    development = json.load(open(os.path.join(flatpak, APP_ID + ".json"), encoding="utf-8"))
    flathub = json.load(open(os.path.join(flatpak, "flathub", APP_ID + ".json"), encoding="utf-8"))
    if app_module(development)["sources"][0].get("type") != "dir":
        fail("the development manifest must build the working tree (a dir source)")
    release = app_module(flathub)["sources"][0]
    if release.get("type") != "git" or not release.get("url", "").startswith("https://"):
        fail("the Flathub manifest's app source must be a git repository over https")
    tag = release.get("tag", "")
    commit = release.get("commit", "")
    if not re.fullmatch(r"v\d+\.\d+\.\d+", tag):
        fail(f"the Flathub manifest's tag {tag!r} is not a release tag")
    if not re.fullmatch(r"[0-9a-f]{40}", commit):
        fail(f"the Flathub manifest's commit {commit!r} is not a full commit id")
    shared = lambda manifest: sorted(os.path.basename(m) for m in manifest["modules"]
                                     if isinstance(m, str))
    if shared(development) != shared(flathub) or not shared(flathub):
        fail("the two manifests must build the same library modules (flatpak/modules)")

    metainfo = ET.parse(os.path.join(root, "data", APP_ID + ".metainfo.xml.in.in")).getroot()
    developer = metainfo.find("developer")
    if developer is None or not developer.get("id") or developer.findtext("name") is None:
        fail("the metainfo needs <developer id=…> with a <name>")
    schemes = {c.get("scheme_preference"): c.text for c in metainfo.findall("branding/color")
               if c.get("type") == "primary"}
    for scheme in ("light", "dark"):
        if not re.fullmatch(r"#[0-9a-fA-F]{6}", schemes.get(scheme) or ""):
            fail(f"the metainfo needs a primary {scheme} branding colour")
    urls = {u.get("type"): u.text for u in metainfo.findall("url")}
    if not (urls.get("vcs-browser") or "").startswith("https://"):
        fail("the metainfo needs a vcs-browser address")
    images = [i.text for i in metainfo.findall("screenshots/screenshot/image")]
    if not images:
        fail("the metainfo has no screenshots")
    paths = []
    for image in images:
        match = re.fullmatch(r"https://raw\.githubusercontent\.com/[^/]+/[^/]+/([^/]+)/(.+)", image)
        if match is None or match.group(1) != tag:
            fail(f"screenshot {image} is not taken from the release {tag}")
        else:
            paths.append(match.group(2))

    # In a git checkout the pinned release can be checked against the history itself (a
    # release tarball has no history; the checks above still hold there).
    if os.path.isdir(os.path.join(root, ".git")) and re.fullmatch(r"[0-9a-f]{40}", commit):
        def exists(spec):
            return subprocess.run(["git", "-C", root, "cat-file", "-e", spec],
                                  capture_output=True).returncode == 0
        if not exists(commit + "^{commit}"):
            fail(f"the Flathub manifest's commit {commit} is not in this repository")
        else:
            for path in paths:
                if not exists(f"{commit}:{path}"):
                    fail(f"the release {tag} has no {path}")

    for message in failures:
        print("packaging:", message)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
