package com.ledgerport.domain.access;

import com.ledgerport.domain.partner.PartnerId;
import com.ledgerport.domain.shared.Require;

/** Something that invalidates verified credentials cached anywhere. */
public sealed interface CredentialChange {

    record ApiKeyRevoked(ApiKeyId keyId) implements CredentialChange {
        public ApiKeyRevoked {
            Require.present(keyId, "key id");
        }
    }

    record AccessTokenChanged(AccessTokenId tokenId) implements CredentialChange {
        public AccessTokenChanged {
            Require.present(tokenId, "token id");
        }
    }

    record SessionRevoked(SessionId sessionId) implements CredentialChange {
        public SessionRevoked {
            Require.present(sessionId, "session id");
        }
    }

    /** The partner was suspended or activated, or its surfaces changed: every credential of it is affected. */
    record PartnerChanged(PartnerId partnerId) implements CredentialChange {
        public PartnerChanged {
            Require.present(partnerId, "partner id");
        }
    }

    /** Wire form for cross-node announcements, e.g. {@code api_key:12}. */
    default String encode() {
        if (this instanceof ApiKeyRevoked revoked) {
            return "api_key:" + revoked.keyId();
        }
        if (this instanceof AccessTokenChanged changed) {
            return "access_token:" + changed.tokenId();
        }
        if (this instanceof SessionRevoked revoked) {
            return "session:" + revoked.sessionId();
        }
        return "partner:" + ((PartnerChanged) this).partnerId();
    }

    static CredentialChange decode(String text) {
        Require.present(text, "credential change");
        int colon = text.indexOf(':');
        Require.that(colon > 0, "malformed credential change");
        String id = text.substring(colon + 1);
        return switch (text.substring(0, colon)) {
            case "api_key" -> new ApiKeyRevoked(ApiKeyId.parse(id));
            case "access_token" -> new AccessTokenChanged(AccessTokenId.parse(id));
            case "session" -> new SessionRevoked(SessionId.parse(id));
            case "partner" -> new PartnerChanged(PartnerId.parse(id));
            default -> throw new com.ledgerport.domain.shared.InvalidValueException("unknown credential change");
        };
    }
}
