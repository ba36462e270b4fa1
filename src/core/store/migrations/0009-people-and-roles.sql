-- SPDX-License-Identifier: GPL-3.0-or-later
-- Version 9: people and their roles.
--
-- Nothing changes here: whoever holds a database file holds its whole record, and a role
-- would be only a promise the file cannot keep. On a PostgreSQL server (postgresql/0009) the
-- same version names the people who may connect, each with a role and a body, which the
-- server enforces with grants and row-level security.
SELECT 1;
