package com.ledgerport.domain.event;

import com.ledgerport.domain.access.AccessTokenPrincipal;
import com.ledgerport.domain.access.ApiKeyPrincipal;
import com.ledgerport.domain.access.Mode;
import com.ledgerport.domain.access.Permission;
import com.ledgerport.domain.access.Principal;
import com.ledgerport.domain.access.ScopeCatalogue;
import java.util.Optional;

/**
 * Who may receive an event: its own partner only, in the credential's mode (API keys and access tokens carry
 * one; a member sees both), and only when the credential's scopes allow the topic's resource and action.
 * Seed 004 spells some event resources with an underscore ({@code access_token}, {@code mail_hooks}) where
 * its scope catalogue does not ({@code accesstoken}, {@code mailhooks}); the scope is the catalogue's
 * spelling. A resource outside the catalogue is for members only.
 */
public final class EventAccess {

    private EventAccess() {
    }

    public static boolean allows(Principal principal, Event event) {
        if (!principal.partnerId().equals(event.partnerId())) {
            return false;
        }
        Optional<Mode> mode = mode(principal);
        if (mode.isPresent() && mode.get() != event.mode()) {
            return false;
        }
        return allowsTopic(principal, event.type().resource(), event.type().action());
    }

    /** Whether a topic's resource and action could ever reach this credential (partner and mode aside). */
    public static boolean allowsTopic(Principal principal, String resource, String action) {
        String scopeResource = resource.replace("_", "");
        if (!ScopeCatalogue.knows(scopeResource, action)) {
            return !(principal instanceof AccessTokenPrincipal) && !(principal instanceof ApiKeyPrincipal);
        }
        return principal.allows(new Permission(scopeResource, action));
    }

    public static Optional<Mode> mode(Principal principal) {
        if (principal instanceof ApiKeyPrincipal key) {
            return Optional.of(key.mode());
        }
        if (principal instanceof AccessTokenPrincipal token) {
            return Optional.of(token.mode());
        }
        return Optional.empty();
    }
}
