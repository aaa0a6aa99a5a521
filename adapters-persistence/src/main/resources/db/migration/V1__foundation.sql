-- Foundation: partners, members, sessions, the operator credential and the audit log.
-- Written once for both databases: PostgreSQL, and H2 in its PostgreSQL mode.
-- Times are TIMESTAMP WITH TIME ZONE at microsecond precision; ids are UUIDv7 chosen by the application.

CREATE TABLE partner (
    id          UUID PRIMARY KEY,
    name        VARCHAR(200) NOT NULL,
    currency    CHAR(3) NOT NULL,
    status      VARCHAR(16) NOT NULL CHECK (status IN ('ACTIVE', 'SUSPENDED')),
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE member (
    id             UUID PRIMARY KEY,
    partner_id     UUID NOT NULL REFERENCES partner (id),
    email          VARCHAR(254) NOT NULL,
    password_hash  VARCHAR(512) NOT NULL,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT member_email_unique UNIQUE (email)
);
CREATE INDEX member_partner_idx ON member (partner_id);

CREATE TABLE member_session (
    id              UUID PRIMARY KEY,
    member_id       UUID NOT NULL REFERENCES member (id),
    partner_id      UUID NOT NULL REFERENCES partner (id),
    refresh_digest  CHAR(64) NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    last_used_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    revoked_at      TIMESTAMP WITH TIME ZONE,
    user_agent      VARCHAR(256) NOT NULL,
    CONSTRAINT member_session_refresh_unique UNIQUE (refresh_digest)
);
CREATE INDEX member_session_member_idx ON member_session (member_id, id);

-- Digests of refresh tokens already exchanged: presenting one again is reuse and revokes the session.
CREATE TABLE used_refresh_token (
    digest      CHAR(64) PRIMARY KEY,
    session_id  UUID NOT NULL REFERENCES member_session (id),
    used_at     TIMESTAMP WITH TIME ZONE NOT NULL
);

-- The operator token generated on first start (only when none is configured): one row, digest only.
CREATE TABLE operator_credential (
    singleton     SMALLINT PRIMARY KEY CHECK (singleton = 1),
    token_digest  CHAR(64) NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL
);

-- Append-only: the application has no statement that updates or deletes a row here.
CREATE TABLE audit_record (
    id           UUID PRIMARY KEY,
    occurred_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    actor        VARCHAR(160) NOT NULL,
    partner_id   UUID,
    action       VARCHAR(64) NOT NULL,
    target       VARCHAR(128) NOT NULL,
    outcome      VARCHAR(128) NOT NULL,
    request_id   VARCHAR(128) NOT NULL
);
CREATE INDEX audit_record_partner_idx ON audit_record (partner_id, id);
CREATE INDEX audit_record_action_idx ON audit_record (action, id);
