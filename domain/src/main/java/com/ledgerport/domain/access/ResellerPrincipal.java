package com.ledgerport.domain.access;

import com.ledgerport.domain.audit.Actor;
import com.ledgerport.domain.audit.ActorKind;
import com.ledgerport.domain.partner.PartnerId;
import com.ledgerport.domain.shared.Require;

/** Seed 001's Reseller API caller: a JWT issued for one of the partner's API keys, with fixed scopes. */
public record ResellerPrincipal(PartnerId partnerId, ApiKeyId keyId, Mode mode, Scopes scopes) implements Principal {

    /** What a Reseller API token may do. */
    public static final Scopes SCOPES = Scopes.of(Permission.ORDERS_CREATE_ONE, Permission.ORDERS_READ_ONE,
            Permission.ORDERS_READ_MANY, Permission.PRODUCTS_READ_ONE, Permission.PRODUCTS_READ_MANY,
            Permission.CATEGORIES_READ_MANY, Permission.PRICELIST_READ_MANY, Permission.BALANCE_READ_ONE);

    public ResellerPrincipal {
        Require.present(partnerId, "partner id");
        Require.present(keyId, "key id");
        Require.present(mode, "mode");
        Require.present(scopes, "scopes");
    }

    @Override
    public Actor actor() {
        return new Actor(ActorKind.API_KEY, keyId.toString());
    }

    @Override
    public boolean allows(Permission permission) {
        return scopes.allows(permission);
    }
}
