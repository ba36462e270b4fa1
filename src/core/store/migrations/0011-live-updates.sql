-- SPDX-License-Identifier: GPL-3.0-or-later
-- Version 11: what one planner saves reaches everyone else's window.
--
-- Nothing changes here: a window learns of another process's writes to a database file from
-- the file itself (kez-store-watch.c). On a PostgreSQL server (postgresql/0011) every change
-- of a table the windows show is sent to the listening sessions.
SELECT 1;
