# SPDX-License-Identifier: GPL-3.0-or-later
"""The shortcuts window tells the truth: every shortcut it lists is bound, in the page of its
section, to an action that exists there (or is GTK's own list behaviour), and every key bound in
the source is listed. Its sections follow the window's order.

usage: check-shortcuts.py SOURCE_ROOT
"""

import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

root = Path(sys.argv[1])
gui = root / "src" / "gui"

# Which files bind the keys of each section of the shortcuts window, in the window's order
# (the console is opened from the schedule and the action plan, so it comes last).
GROUP_FILES = {
    "general": "kez-application.c",
    "schedule": ("kez-schedule-page.c", "kez-meeting-editor.c"),
    "questions": ("kez-questions-page.c", "kez-questions-page-triage.c"),
    "actions": "kez-action-plan-page.c",
    "console": "kez-console-keys.c",
}
# What GTK itself does in a list, which the Questions page lists for the planner: moving the
# selection, selecting all, and activating a row (the page connects "activate").
GTK_LIST_KEYS = {"<Shift>Up <Shift>Down", "<Control>a", "Return"}
# Actions GTK provides on every window.
GTK_ACTIONS = {"window.close", "win.show-help-overlay"}
MASKS = {"0": "", "GDK_CONTROL_MASK": "<Control>", "GDK_ALT_MASK": "<Alt>",
         "GDK_SHIFT_MASK": "<Shift>"}


def shortcuts():
    tree = ET.parse(gui / "gtk" / "help-overlay.ui")
    for section in tree.iter("object"):
        if section.get("class") != "GtkShortcutsSection":
            continue
        group_title = section.find("property[@name='section-name']").text
        for child in section.iter("object"):
            if child.get("class") != "GtkShortcutsShortcut":
                continue
            props = {p.get("name"): p.text for p in child.findall("property")}
            yield group_title, props.get("title"), props.get("accelerator"), props.get("action-name")


def source(names):
    """The text of a file, or of the files of a page split in several."""
    if isinstance(names, str):
        names = (names,)
    # Each file is in the folder of its stage (src/gui/schedule/…); the names are unique.
    return "\n".join(next(gui.rglob(name)).read_text(encoding="utf-8") for name in names)


def installed_actions(text):
    """Actions a file defines: widget actions, and action entries of the application."""
    actions = set(re.findall(r'install_(?:property_)?action \(widget_class,\s*"([\w.-]+)"', text))
    actions |= {"app." + name for name in re.findall(r'^\s*\{ "([\w-]+)", \w+', text, re.M)}
    return actions


def bindings(text):
    """(accelerator, action) of the keys a file binds."""
    found = set()
    for key, mask, action in re.findall(
            r'add_binding_action \(widget_class,\s*GDK_KEY_(\w+),\s*(\w+),\s*"([\w.-]+)"', text):
        found.add((MASKS[mask] + key, action))
    for action, accels in re.findall(
            r'set_accels_for_action \([^,]+,\s*"([^"]+)",\s*\(const char \*\[\]\) \{ ([^}]*)\}',
            text):
        for accel in re.findall(r'"([^"]+)"', accels):
            found.add((accel.replace("comma", ","), action.split("(")[0]))
    for key, action in re.findall(r'\{ GDK_KEY_(\w+), "([\w.-]+)" \}', text):
        found.add((key, action))
    # A form that closes on Escape, asking first when something was typed (kez-form-window.c).
    if re.search(r'kez_form_close_on_escape \(', text):
        found.add(("Escape", "window.close"))
    # The questions page's table of triage actions (kez-questions-page-triage.c).
    for action, key, mask in re.findall(
            r'\{ "([\w.-]+)", \w+, GDK_KEY_(\w+), (\w+) \}', text):
        found.add((MASKS[mask] + key, action))
    # The live console's table of keys (kez-console-keys.c).
    for key, mask, action in re.findall(
            r'\{ GDK_KEY_(\w+), (\w+), (?:TRUE|FALSE), "([\w.-]+)" \}', text):
        found.add((MASKS[mask] + key, action))
    return found


def normal(accel):
    """As GTK compares them: <Shift>K is <Shift>k."""
    return accel.replace("&lt;", "<").replace("&gt;", ">").replace("<Primary>", "<Control>") \
        .replace(",", "comma").lower()


problems = []
listed = set()
all_actions = set(GTK_ACTIONS)
for name in set(GROUP_FILES.values()) | {"kez-window.c", "kez-meeting-console.c"}:
    all_actions |= installed_actions(source(name))
all_actions |= {action for action, _, _ in re.findall(
    r'\{ "([\w.-]+)", \w+, GDK_KEY_(\w+), (\w+) \}', source("kez-questions-page-triage.c"))}

sections = [s.find("property[@name='section-name']").text
            for s in ET.parse(gui / "gtk" / "help-overlay.ui").iter("object")
            if s.get("class") == "GtkShortcutsSection"]
if sections != list(GROUP_FILES):
    problems.append(f"the sections are {sections}, not in the window's order {list(GROUP_FILES)}")
window = ET.parse(gui / "gtk" / "help-overlay.ui").getroot().find("object")
if window.find("property[@name='title']") is None:
    problems.append("the shortcuts window has no title")

for group, title, accel, action in shortcuts():
    if group not in GROUP_FILES:
        problems.append(f"group “{group}” has no page in this check")
        continue
    text = source(GROUP_FILES[group])
    if action is not None:
        if action not in all_actions:
            problems.append(f"{group} / {title}: action {action} does not exist")
        listed.add((group, action))
        continue
    if accel is None:
        problems.append(f"{group} / {title}: neither an accelerator nor an action")
        continue
    if group == "questions" and accel in GTK_LIST_KEYS:
        if accel == "Return" and '"activate"' not in text:
            problems.append(f"{group} / {title}: Return activates nothing")
        continue
    bound = {(normal(a), act) for a, act in bindings(text) if normal(a) == normal(accel)}
    if not bound:
        problems.append(f"{group} / {title}: {accel} is not bound in {GROUP_FILES[group]}")
    for _, act in bound:
        if act.split("(")[0] not in all_actions:
            problems.append(f"{group} / {title}: {accel} runs {act}, which does not exist")
    listed.add((group, normal(accel)))

# And the other way: a key bound in a page but missing from the window.
for group, name in GROUP_FILES.items():
    for accel, action in bindings(source(name)):
        key = (group, normal(accel))
        actions_listed = {a for g, a in listed if g == group}
        in_other_group = any(g != group and GROUP_FILES[g] == name and
                             ((g, normal(accel)) in listed or (g, action) in listed)
                             for g in GROUP_FILES)
        if key not in listed and action not in actions_listed and not in_other_group:
            problems.append(f"{name} binds {accel} to {action}, not in the shortcuts window")

for problem in sorted(set(problems)):
    print(problem)
print(f"{len(listed)} shortcuts checked, {len(set(problems))} problems")
sys.exit(1 if problems else 0)
