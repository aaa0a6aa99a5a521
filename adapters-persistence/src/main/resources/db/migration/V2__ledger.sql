-- Ledger: accounts, transfers, open holds and balance histories (seed 002).
-- Written once for both databases: PostgreSQL, and H2 in its PostgreSQL mode. Amounts are BIGINT minor units.
--
-- Hot-path rules (docs/ledger.md, docs/performance.md):
--  * Only bounded accounts (partners, customers) keep counters in their row; a transfer locks those rows
--    (SELECT ... FOR UPDATE, in id order) and writes them back. Unbounded operator accounts are never locked
--    or updated by a transfer: their counters are summed from balance_transaction and pending_hold on read.
--  * transfer and balance_transaction have no foreign key to ledger_account on purpose: every insert would take
--    a KEY SHARE lock on the referenced row, and the operator's funding or revenue row would again be the one
--    row every transfer queues on. Accounts are never deleted; the application checks they exist (under the
--    same lock) before it writes a transfer.

CREATE TABLE ledger_account (
    id                UUID PRIMARY KEY,
    owner_type        VARCHAR(16) NOT NULL CHECK (owner_type IN ('PARTNER', 'CUSTOMER', 'OPERATOR')),
    -- The partner's or customer's id; the nil UUID for the operator, so that the owner key below is unique.
    owner_id          UUID NOT NULL,
    partner_id        UUID REFERENCES partner (id),
    kind              VARCHAR(32) NOT NULL,
    currency          CHAR(3) NOT NULL,
    -- NULL: unbounded (operator accounts only). Otherwise available may reach -overdraft_limit, never below.
    overdraft_limit   BIGINT CHECK (overdraft_limit >= 0),
    debits_pending    BIGINT NOT NULL DEFAULT 0 CHECK (debits_pending >= 0),
    debits_posted     BIGINT NOT NULL DEFAULT 0 CHECK (debits_posted >= 0),
    credits_pending   BIGINT NOT NULL DEFAULT 0 CHECK (credits_pending >= 0),
    credits_posted    BIGINT NOT NULL DEFAULT 0 CHECK (credits_posted >= 0),
    -- The last transfer applied to this (bounded) account: the next one gets a greater id.
    last_transfer_id  UUID,
    created_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT ledger_account_owner_unique UNIQUE (owner_type, owner_id, kind, currency),
    CONSTRAINT ledger_account_bounded CHECK ((overdraft_limit IS NULL) = (owner_type = 'OPERATOR')),
    CONSTRAINT ledger_account_partner CHECK ((partner_id IS NULL) = (owner_type = 'OPERATOR'))
);
CREATE INDEX ledger_account_partner_idx ON ledger_account (partner_id, id);

-- Append-only. A pending transfer is settled by a later row naming it in pending_id (post, void, expiry), a
-- posted one corrected by a row naming it in reversal_of; the unique constraints let each happen once, even
-- when two transactions race (the loser's INSERT ... ON CONFLICT DO NOTHING inserts nothing).
CREATE TABLE transfer (
    id                 UUID PRIMARY KEY,
    idempotency_key    VARCHAR(200) NOT NULL,
    kind               VARCHAR(16) NOT NULL
        CHECK (kind IN ('SINGLE_PHASE', 'PENDING', 'POST_PENDING', 'VOID_PENDING', 'EXPIRE_PENDING', 'REVERSAL')),
    code               VARCHAR(32) NOT NULL,
    debit_account_id   UUID NOT NULL,
    credit_account_id  UUID NOT NULL,
    amount             BIGINT NOT NULL CHECK (amount > 0),
    currency           CHAR(3) NOT NULL,
    pending_id         UUID REFERENCES transfer (id),
    reversal_of        UUID REFERENCES transfer (id),
    timeout_seconds    BIGINT NOT NULL DEFAULT 0 CHECK (timeout_seconds >= 0),
    reference          VARCHAR(128) NOT NULL,
    created_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT transfer_key_unique UNIQUE (idempotency_key),
    CONSTRAINT transfer_pending_unique UNIQUE (pending_id),
    CONSTRAINT transfer_reversal_unique UNIQUE (reversal_of),
    CONSTRAINT transfer_accounts_differ CHECK (debit_account_id <> credit_account_id)
);

-- The pending transfers not yet posted, voided or expired: the expiry's work queue, and the source of an
-- unbounded account's pending counters. A row is deleted in the transaction that settles its transfer.
CREATE TABLE pending_hold (
    transfer_id        UUID PRIMARY KEY REFERENCES transfer (id),
    debit_account_id   UUID NOT NULL,
    credit_account_id  UUID NOT NULL,
    amount             BIGINT NOT NULL CHECK (amount > 0),
    expires_at         TIMESTAMP WITH TIME ZONE
);
CREATE INDEX pending_hold_expiry_idx ON pending_hold (expires_at);

-- Each posted leg of a transfer, per account (seed 002's balance history). Append-only; in transfer-id order,
-- which for a bounded account is the order its transfers were applied. balance_after is NULL for unbounded
-- accounts, whose running balance is not kept in step with every transfer.
CREATE TABLE balance_transaction (
    account_id     UUID NOT NULL,
    transfer_id    UUID NOT NULL,
    type           VARCHAR(32) NOT NULL,
    amount         BIGINT NOT NULL CHECK (amount <> 0),
    currency       CHAR(3) NOT NULL,
    balance_after  BIGINT,
    reference      VARCHAR(128) NOT NULL,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (account_id, transfer_id)
);

-- Partners registered before the ledger existed get their balance account, with the partner's id as its own
-- (ids are unique UUIDs, and no account has existed before this migration).
INSERT INTO ledger_account (id, owner_type, owner_id, partner_id, kind, currency, overdraft_limit, created_at)
SELECT id, 'PARTNER', id, id, 'PARTNER_BALANCE', currency, 0, created_at FROM partner;
