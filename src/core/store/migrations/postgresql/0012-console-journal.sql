-- SPDX-License-Identifier: GPL-3.0-or-later
-- Version 12: what the console records, sent again after the network was away, once.
--
-- On a team server the live console writes its clock's events, the citizens received and the
-- questions from the hall into a journal on its own computer first, and sends them when it
-- can (kez-live-journal.c). Each carries an identity made where it was recorded: a record sent
-- twice (the answer to the first sending lost with the network) is kept once.
ALTER TABLE clock_events ADD COLUMN client_uuid TEXT;
ALTER TABLE receptions ADD COLUMN client_uuid TEXT;
ALTER TABLE questions ADD COLUMN client_uuid TEXT;
CREATE UNIQUE INDEX clock_events_by_client_uuid ON clock_events (client_uuid);
CREATE UNIQUE INDEX receptions_by_client_uuid ON receptions (client_uuid);
CREATE UNIQUE INDEX questions_by_client_uuid ON questions (client_uuid);
