package com.ledgerport.domain.access;

import com.ledgerport.domain.audit.Actor;
import com.ledgerport.domain.audit.ActorKind;
import com.ledgerport.domain.partner.PartnerId;
import com.ledgerport.domain.shared.Require;

/** A caller holding a scoped access token: it may do exactly what the token's current scopes list. */
public record AccessTokenPrincipal(PartnerId partnerId, AccessTokenId tokenId, Mode mode, Scopes scopes)
        implements Principal {

    public AccessTokenPrincipal {
        Require.present(partnerId, "partner id");
        Require.present(tokenId, "token id");
        Require.present(mode, "mode");
        Require.present(scopes, "scopes");
    }

    @Override
    public Actor actor() {
        return new Actor(ActorKind.ACCESS_TOKEN, tokenId.toString());
    }

    @Override
    public boolean allows(Permission permission) {
        return scopes.allows(permission);
    }
}
