-- Claims are read back by id (the primary key), so the claim-token index only cost every
-- status change of an event an extra index update.
ALTER TABLE line_inbound_event DROP INDEX ix_line_inbound_event_claim;
