-- SPDX-License-Identifier: GPL-3.0-or-later
-- Version 14: a person's role taken away.
--
-- Nothing changes here: a database file has no people (version 9). On a PostgreSQL server
-- (postgresql/0014) the same version lets the owner take someone's role in this database
-- away, so that their login reads and writes nothing of it any more.
SELECT 1;
