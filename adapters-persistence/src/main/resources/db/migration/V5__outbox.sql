-- The transactional outbox: one row per committed state change, written in the transaction of the change.
-- (object_type, object_id, sequence) numbers the events of one object from 1 without gaps.

CREATE TABLE outbox_event (
    id           UUID PRIMARY KEY,
    partner_id   UUID NOT NULL REFERENCES partner (id),
    mode         VARCHAR(8) NOT NULL CHECK (mode IN ('TEST', 'LIVE')),
    type         VARCHAR(64) NOT NULL,
    object_type  VARCHAR(32) NOT NULL,
    object_id    VARCHAR(64) NOT NULL,
    sequence     BIGINT NOT NULL CHECK (sequence >= 1),
    payload      TEXT NOT NULL,
    occurred_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT outbox_event_sequence_unique UNIQUE (object_type, object_id, sequence)
);
CREATE INDEX outbox_event_partner_idx ON outbox_event (partner_id, id);
