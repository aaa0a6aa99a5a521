-- The outbox read back as a stream (WebSocket delivery on every node). Written once for both databases.
--
-- stream_tx: on PostgreSQL the id of the transaction that appended the event (pg_current_xact_id()); a
-- reader hands out only events whose transaction is below the oldest one still running
-- (pg_snapshot_xmin), so every event it passes is committed and none can appear behind it later.
-- On H2 (one node) it is 0, and the server keeps the same promise in memory for stream_position.
-- stream_position: drawn from a sequence at append time; orders the events of one transaction.
-- Events appended before this migration keep stream_tx 0: a reader starts after them.
CREATE SEQUENCE outbox_event_stream_seq;
ALTER TABLE outbox_event ADD COLUMN stream_tx BIGINT DEFAULT 0 NOT NULL;
ALTER TABLE outbox_event ADD COLUMN stream_position BIGINT DEFAULT nextval('outbox_event_stream_seq') NOT NULL;
CREATE INDEX outbox_event_stream_idx ON outbox_event (stream_tx, stream_position);
CREATE INDEX outbox_event_partner_stream_idx ON outbox_event (partner_id, stream_tx, stream_position);
