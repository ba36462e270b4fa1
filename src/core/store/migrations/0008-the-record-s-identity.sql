-- SPDX-License-Identifier: GPL-3.0-or-later
-- Version 8: who and when in the record, on a shared server.
--
-- Nothing changes here: on SQLite kez_now() and kez_actor() are the app's own functions
-- (kez-store-functions.c), and whoever holds the file holds the record. On a PostgreSQL
-- server (postgresql/0008) the same version stops a person who connects from naming someone
-- else, or another time, as the author of what they write.
SELECT 1;
