-- The event stream's order is given after commit (JdbcEventFeed.sequenceCommitted), replacing V9's
-- transaction-id horizon, which let any long transaction on the server hold every node's delivery back.
--
-- A sequencing transaction locks the one event_stream_head row, reads the committed events that have no
-- committed_position yet (in stream_position order: drawn at append, under the object's lock, so each
-- object's events are already in sequence order) and numbers them after last_position. Sequencings run one
-- at a time across nodes, so a reader that sees a position has seen every lower one.
CREATE TABLE event_stream_head (
    id            INT PRIMARY KEY,
    last_position BIGINT NOT NULL,
    CONSTRAINT event_stream_head_one_row CHECK (id = 1)
);
ALTER TABLE outbox_event ADD COLUMN committed_position BIGINT;
-- Every event appended before this migration is committed: it keeps its place.
UPDATE outbox_event SET committed_position = stream_position;
INSERT INTO event_stream_head (id, last_position) SELECT 1, COALESCE(MAX(stream_position), 0) FROM outbox_event;
DROP INDEX outbox_event_stream_idx;
DROP INDEX outbox_event_partner_stream_idx;
ALTER TABLE outbox_event DROP COLUMN stream_tx;
-- Serves the readers (committed_position > ?) and the sequencer (committed_position IS NULL).
CREATE UNIQUE INDEX outbox_event_committed_position_idx ON outbox_event (committed_position);
CREATE INDEX outbox_event_partner_committed_idx ON outbox_event (partner_id, committed_position);
