-- Partners' orders (seed 002 / 001). One row per order; its money is held by a pending ledger transfer whose
-- idempotency key is derived from the order id ('order-hold:<id>'), so no column points at it.
-- sku_id and product_id are not foreign keys: the catalog's tables belong to another migration, and an order
-- keeps what it bought (type, price) even if the catalog changes later.
-- Fulfilment leases: a node claims an order by setting lease_owner and lease_until; any node may take over an
-- order still 'PROCESSING' after lease_until.

CREATE TABLE orders (
    id                  UUID PRIMARY KEY,
    partner_id          UUID NOT NULL REFERENCES partner (id),
    external_id         VARCHAR(128) NOT NULL,
    mode                VARCHAR(8) NOT NULL CHECK (mode IN ('TEST', 'LIVE')),
    sku_id              UUID NOT NULL,
    quantity            INTEGER NOT NULL CHECK (quantity > 0),
    product_id          UUID NOT NULL,
    product_type        VARCHAR(32) NOT NULL,
    unit_price          BIGINT NOT NULL CHECK (unit_price > 0),
    total               BIGINT NOT NULL CHECK (total > 0),
    currency            VARCHAR(3) NOT NULL,
    metadata            TEXT,
    fingerprint         VARCHAR(64) NOT NULL,
    status              VARCHAR(24) NOT NULL CHECK (status IN ('CREATED', 'PROCESSING', 'COMPLETED', 'FAILED',
                                                             'PARTIALLY_COMPLETED', 'CANCELLED')),
    delivered_quantity  INTEGER NOT NULL DEFAULT 0 CHECK (delivered_quantity >= 0),
    lease_owner         VARCHAR(64),
    lease_until         TIMESTAMP WITH TIME ZONE,
    created_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT orders_external_id_unique UNIQUE (partner_id, external_id),
    CONSTRAINT orders_delivered_max CHECK (delivered_quantity <= quantity)
);
-- Listings: a partner's orders newest first, optionally by status.
CREATE INDEX orders_partner_idx ON orders (partner_id, id);
CREATE INDEX orders_partner_status_idx ON orders (partner_id, status, id);
-- Fulfilment claims: open orders oldest first.
CREATE INDEX orders_due_idx ON orders (status, id);
