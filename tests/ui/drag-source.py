#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""A file manager's window, as far as a drag needs one: a button at the top left of the
screen that drags the file named on the command line (as a file list, as Files does).

usage: drag-source.py FILE"""
import sys

import gi

gi.require_version("Gtk", "4.0")
gi.require_version("Gdk", "4.0")
from gi.repository import Gdk, Gio, GObject, Gtk  # noqa: E402


def activate(app):
    window = Gtk.ApplicationWindow(application=app, title="Drag source")
    window.set_default_size(200, 120)
    label = Gtk.Label(label="drag me")
    source = Gtk.DragSource(actions=Gdk.DragAction.COPY)
    file = Gio.File.new_for_path(sys.argv[1])
    files = Gdk.FileList.new_from_list([file])
    source.connect("prepare", lambda *_: Gdk.ContentProvider.new_for_value(
        GObject.Value(Gdk.FileList, files)))
    label.add_controller(source)
    window.set_child(label)
    window.present()


app = Gtk.Application(application_id="io.github.kezdesu.DragSource",
                      flags=Gio.ApplicationFlags.NON_UNIQUE)
app.connect("activate", activate)
app.run([sys.argv[0]])
