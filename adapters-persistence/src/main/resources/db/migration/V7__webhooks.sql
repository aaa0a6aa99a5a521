-- Webhooks: partners' endpoints, one delivery per (event, endpoint) created in the transaction that appends the
-- event, and every attempt of every delivery (the event log).

CREATE TABLE webhook_endpoint (
    id                 UUID PRIMARY KEY,
    partner_id         UUID NOT NULL REFERENCES partner (id),
    contract           VARCHAR(16) NOT NULL CHECK (contract IN ('PARTNER_S2S', 'WALLET', 'HOOKS')),
    url                VARCHAR(2048) NOT NULL,
    description        VARCHAR(256) NOT NULL,
    -- Comma-separated event type names; empty: every type.
    event_types        VARCHAR(1024) NOT NULL,
    enabled            BOOLEAN NOT NULL,
    disabled_reason    VARCHAR(256),
    -- Deliveries in a row that exhausted their retries (reset by any success).
    failed_deliveries  INTEGER NOT NULL DEFAULT 0,
    created_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    deleted_at         TIMESTAMP WITH TIME ZONE
);
CREATE INDEX webhook_endpoint_partner_idx ON webhook_endpoint (partner_id, id);

-- The event types an endpoint wants, one row each (an endpoint that wants every type has none).
CREATE TABLE webhook_endpoint_event (
    endpoint_id  UUID NOT NULL REFERENCES webhook_endpoint (id),
    event_type   VARCHAR(64) NOT NULL,
    PRIMARY KEY (endpoint_id, event_type)
);

CREATE TABLE webhook_delivery (
    -- Also the idempotency key, the same on every attempt.
    id              UUID PRIMARY KEY,
    endpoint_id     UUID NOT NULL REFERENCES webhook_endpoint (id),
    event_id        UUID NOT NULL REFERENCES outbox_event (id),
    partner_id      UUID NOT NULL REFERENCES partner (id),
    status          VARCHAR(16) NOT NULL CHECK (status IN ('PENDING', 'DELIVERED', 'FAILED')),
    -- All attempts ever, and those of the current round (a manual retry starts a new round).
    attempts        INTEGER NOT NULL DEFAULT 0,
    round_attempts  INTEGER NOT NULL DEFAULT 0,
    next_attempt_at TIMESTAMP WITH TIME ZONE NOT NULL,
    lease_token     UUID,
    lease_until     TIMESTAMP WITH TIME ZONE,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT webhook_delivery_unique UNIQUE (endpoint_id, event_id)
);
CREATE INDEX webhook_delivery_due_idx ON webhook_delivery (status, next_attempt_at);
CREATE INDEX webhook_delivery_event_idx ON webhook_delivery (event_id);
CREATE INDEX webhook_delivery_endpoint_idx ON webhook_delivery (endpoint_id, status, created_at);

CREATE TABLE webhook_attempt (
    delivery_id  UUID NOT NULL REFERENCES webhook_delivery (id),
    attempt      INTEGER NOT NULL CHECK (attempt >= 1),
    started_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    status_code  INTEGER,
    latency_ms   BIGINT NOT NULL,
    error        VARCHAR(512),
    node         VARCHAR(128) NOT NULL,
    PRIMARY KEY (delivery_id, attempt)
);
