# SPDX-License-Identifier: GPL-3.0-or-later
"""A planner is told of a deadline near by the desktop, without opening the schedule: the app
started on a database with a meeting held ten days ago (its results are due today, point 3.7)
sends a notification of it, saying it is due today, and sends it once."""

import json
import os
import subprocess
import tempfile
import time
import unittest
import warnings

from kezui import App
from test_action_plan import make_database

HERE = os.path.dirname(os.path.abspath(__file__))


class DeadlineNotifications(unittest.TestCase):
    def setUp(self):
        warnings.simplefilter("ignore", DeprecationWarning)

    def test_results_due_today(self):
        with tempfile.TemporaryDirectory() as tmp:
            path = os.path.join(tmp, "kezdesu.db")
            make_database(path)
            with open(path, "rb") as f:
                data = f.read()
            log = os.path.join(tmp, "notifications.jsonl")
            server = subprocess.Popen(["/usr/bin/python3",
                                       os.path.join(HERE, "notification-server.py"), log],
                                      stdout=subprocess.PIPE, text=True)
            try:
                self.assertEqual(server.stdout.readline().strip(), "ready")
                with App("ru", database_bytes=data) as app:
                    app.find("График")
                    deadline = time.monotonic() + 20
                    sent = []
                    while not sent and time.monotonic() < deadline:
                        time.sleep(0.3)
                        if os.path.exists(log):
                            with open(log, encoding="utf-8") as f:
                                sent = [json.loads(line) for line in f]
                    self.assertTrue(sent, "no notification was sent")
                    self.assertIn("Сегодня", sent[0]["body"], sent[0])
                    self.assertTrue(sent[0]["summary"].strip(), sent[0])
                    time.sleep(2)
                    with open(log, encoding="utf-8") as f:
                        self.assertEqual(len(f.readlines()), len(sent), "sent more than once")
            finally:
                server.terminate()
                server.wait()


if __name__ == "__main__":
    unittest.main(verbosity=2)
