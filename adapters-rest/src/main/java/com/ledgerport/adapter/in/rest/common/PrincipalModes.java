package com.ledgerport.adapter.in.rest.common;

import com.ledgerport.domain.access.AccessTokenPrincipal;
import com.ledgerport.domain.access.Mode;
import com.ledgerport.domain.access.Principal;
import com.ledgerport.domain.access.ResellerPrincipal;

/** The mode (test or live) a caller acts in: its access token's, or its API key's; live for everyone else. */
public final class PrincipalModes {

    private PrincipalModes() {
    }

    public static Mode of(Principal principal) {
        if (principal instanceof AccessTokenPrincipal token) {
            return token.mode();
        }
        if (principal instanceof ResellerPrincipal reseller) {
            return reseller.mode();
        }
        return Mode.LIVE;
    }
}
