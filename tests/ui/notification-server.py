#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""A desktop's notification server, as far as a test needs one: it owns
org.freedesktop.Notifications on the session bus and writes every notification it is sent,
one JSON object a line ({"summary", "body", "hints"}), to the file named on the command line.

usage: notification-server.py LOG"""
import json
import sys

from gi.repository import Gio, GLib

INTERFACE = """
<node>
  <interface name="org.freedesktop.Notifications">
    <method name="Notify">
      <arg type="s" direction="in"/><arg type="u" direction="in"/><arg type="s" direction="in"/>
      <arg type="s" direction="in"/><arg type="s" direction="in"/><arg type="as" direction="in"/>
      <arg type="a{sv}" direction="in"/><arg type="i" direction="in"/>
      <arg type="u" direction="out"/>
    </method>
    <method name="CloseNotification"><arg type="u" direction="in"/></method>
    <method name="GetCapabilities"><arg type="as" direction="out"/></method>
    <method name="GetServerInformation">
      <arg type="s" direction="out"/><arg type="s" direction="out"/>
      <arg type="s" direction="out"/><arg type="s" direction="out"/>
    </method>
    <signal name="NotificationClosed"><arg type="u"/><arg type="u"/></signal>
    <signal name="ActionInvoked"><arg type="u"/><arg type="s"/></signal>
  </interface>
</node>"""

log = open(sys.argv[1], "a", encoding="utf-8")
counter = [0]


def call(connection, sender, path, interface, method, parameters, invocation):
    if method == "Notify":
        _, _, _, summary, body, _, hints, _ = parameters.unpack()
        log.write(json.dumps({"summary": summary, "body": body,
                              "hints": {k: str(v) for k, v in hints.items()}},
                             ensure_ascii=False) + "\n")
        log.flush()
        counter[0] += 1
        invocation.return_value(GLib.Variant("(u)", (counter[0],)))
    elif method == "GetCapabilities":
        invocation.return_value(GLib.Variant("(as)", (["body"],)))
    elif method == "GetServerInformation":
        invocation.return_value(GLib.Variant("(ssss)", ("test", "kezdesu", "1", "1.2")))
    else:
        invocation.return_value(None)


def acquired(connection, name):
    connection.register_object("/org/freedesktop/Notifications",
                               Gio.DBusNodeInfo.new_for_xml(INTERFACE).interfaces[0],
                               call, None, None)
    print("ready", flush=True)


Gio.bus_own_name(Gio.BusType.SESSION, "org.freedesktop.Notifications",
                 Gio.BusNameOwnerFlags.NONE, None, acquired, None)
GLib.MainLoop().run()
