-- eventwire store, schema 2: the input's own id for each document (a JSON Lines `id`,
-- a feed entry's guid, a WARC-Record-ID), so exported events join back to the user's
-- records. Documents stored under schema 1 have none (NULL).

ALTER TABLE documents ADD COLUMN record_id VARCHAR;
