package com.ledgerport.domain.access;

import com.ledgerport.domain.audit.Actor;
import com.ledgerport.domain.audit.ActorKind;
import com.ledgerport.domain.partner.PartnerId;
import com.ledgerport.domain.shared.Require;

/**
 * A partner's backend authenticated with an API key. Seed 000's keys are scoped to the whole account, so a
 * key may do what its partner may, except manage keys (that needs a member's session).
 */
public record ApiKeyPrincipal(PartnerId partnerId, ApiKeyId keyId, Mode mode) implements Principal {

    public ApiKeyPrincipal {
        Require.present(partnerId, "partner id");
        Require.present(keyId, "key id");
        Require.present(mode, "mode");
    }

    @Override
    public Actor actor() {
        return new Actor(ActorKind.API_KEY, keyId.toString());
    }

    @Override
    public boolean allows(Permission permission) {
        return !permission.resource().equals("keys") && !permission.resource().equals("accesstoken");
    }
}
