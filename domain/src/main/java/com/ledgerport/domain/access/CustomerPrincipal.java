package com.ledgerport.domain.access;

import com.ledgerport.domain.audit.Actor;
import com.ledgerport.domain.audit.ActorKind;
import com.ledgerport.domain.customer.CustomerId;
import com.ledgerport.domain.partner.PartnerId;
import com.ledgerport.domain.shared.Require;

/** Seed 001's Storefront API caller: one customer of a partner, with the storefront's fixed scopes. */
public record CustomerPrincipal(PartnerId partnerId, CustomerId customerId, Scopes scopes) implements Principal {

    /** What a Storefront API token may do: browse the partner's catalog and read its own wallet. */
    public static final Scopes SCOPES = Scopes.of(Permission.PRODUCTS_READ_ONE, Permission.PRODUCTS_READ_MANY,
            Permission.CATEGORIES_READ_MANY, Permission.PRICELIST_READ_MANY, new Permission("wallet", "read_one"));

    public CustomerPrincipal {
        Require.present(partnerId, "partner id");
        Require.present(customerId, "customer id");
        Require.present(scopes, "scopes");
    }

    @Override
    public Actor actor() {
        return new Actor(ActorKind.CUSTOMER, customerId.toString());
    }

    @Override
    public boolean allows(Permission permission) {
        return scopes.allows(permission);
    }
}
