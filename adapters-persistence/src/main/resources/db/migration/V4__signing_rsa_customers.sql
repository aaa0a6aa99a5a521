-- Credentials of seeds 002 and 003 (HMAC signing secrets and their replay guard, RSA public keys and spent
-- request uuids) and partners' customers. Written once for both databases (PostgreSQL, H2 in its
-- PostgreSQL mode). Versions 2 and 3 belong to work done in parallel; Flyway applies them in order.

-- A partner's HMAC secrets, sealed with the secrets key (AES-256-GCM, see SecretBox). The current secret has
-- no retires_at; a rotation gives the previous one retires_at = now + overlap.
CREATE TABLE signing_secret (
    id             UUID PRIMARY KEY,
    partner_id     UUID NOT NULL REFERENCES partner (id),
    sealed_secret  VARCHAR(512) NOT NULL,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    retires_at     TIMESTAMP WITH TIME ZONE
);
CREATE INDEX signing_secret_partner_idx ON signing_secret (partner_id, id);

-- Seed 002 signatures already accepted, kept while their timestamp could still be fresh: a second
-- presentation is a replay, on whichever node it arrives. Rows are forgotten after forget_after.
CREATE TABLE seen_request_signature (
    partner_id    UUID NOT NULL REFERENCES partner (id),
    signature     CHAR(64) NOT NULL,
    forget_after  TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (partner_id, signature)
);
CREATE INDEX seen_request_signature_forget_idx ON seen_request_signature (forget_after);

-- Public keys that verify a partner's seed 003 signed_uuid (base64 DER SubjectPublicKeyInfo).
CREATE TABLE rsa_key (
    id           UUID PRIMARY KEY,
    partner_id   UUID NOT NULL REFERENCES partner (id),
    public_key   VARCHAR(2048) NOT NULL,
    fingerprint  CHAR(64) NOT NULL,
    origin       VARCHAR(16) NOT NULL CHECK (origin IN ('REGISTERED', 'GENERATED')),
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    retires_at   TIMESTAMP WITH TIME ZONE,
    CONSTRAINT rsa_key_fingerprint_unique UNIQUE (partner_id, fingerprint)
);
CREATE INDEX rsa_key_partner_idx ON rsa_key (partner_id, id);

-- Seed 003 request uuids a partner has used, for good: the signature covers the uuid only, so a forgotten
-- uuid could be replayed under a fresh timestamp.
CREATE TABLE used_request_uuid (
    partner_id  UUID NOT NULL REFERENCES partner (id),
    uuid        UUID NOT NULL,
    used_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (partner_id, uuid)
);

-- A partner's end users (seed 003 "user"); user_id is the partner's own id for them.
CREATE TABLE customer (
    id          UUID PRIMARY KEY,
    partner_id  UUID NOT NULL REFERENCES partner (id),
    user_id     VARCHAR(128) NOT NULL,
    fullname    VARCHAR(200) NOT NULL,
    status      VARCHAR(16) NOT NULL CHECK (status IN ('ACTIVE')),
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT customer_user_id_unique UNIQUE (partner_id, user_id)
);
CREATE INDEX customer_partner_idx ON customer (partner_id, id);
