package com.ledgerport.application.service;

import com.ledgerport.application.port.in.ManageWebhookEndpointsUseCase.Outcome;
import com.ledgerport.application.port.in.ManageWebhookEndpointsUseCase.Reason;
import com.ledgerport.application.port.in.ManageWebhookEndpointsUseCase.Refused;
import com.ledgerport.application.port.in.ManageWebhookEndpointsUseCase.Requester;
import com.ledgerport.domain.access.AccessTokenPrincipal;
import com.ledgerport.domain.access.Mode;
import com.ledgerport.domain.access.Permission;
import com.ledgerport.domain.access.Principal;
import com.ledgerport.domain.partner.PartnerId;
import java.util.Optional;
import java.util.function.Supplier;

/** Who may touch a partner's hooks and events: seed 004 scopes for credentials; trusted requesters pass. */
final class WebhookAccess {

    private WebhookAccess() {
    }

    static <T> Optional<Refused<T>> refusal(Requester requester, PartnerId partnerId, String resource,
            String action) {
        if (requester.principal().isEmpty()) {
            return Optional.empty();
        }
        Principal caller = requester.principal().get();
        if (!caller.partnerId().equals(partnerId)) {
            return Optional.of(new Refused<>(Reason.COMPANY_NOT_ALLOWED, "You may not act for this company"));
        }
        Permission permission = new Permission(resource, action);
        if (!caller.allows(permission)) {
            return Optional.of(new Refused<>(Reason.NOT_ALLOWED, "Missing scope " + permission));
        }
        return Optional.empty();
    }

    /** Runs {@code work} when the requester may do {@code resource.action} for the partner; else the refusal. */
    static <T> Outcome<T> guarded(Requester requester, PartnerId partnerId, String resource, String action,
            Supplier<Outcome<T>> work) {
        Optional<Refused<T>> refused = refusal(requester, partnerId, resource, action);
        return refused.isPresent() ? refused.get() : work.get();
    }

    /** An access token's mode; every other requester acts live. */
    static Mode mode(Requester requester) {
        return requester.principal().filter(AccessTokenPrincipal.class::isInstance)
                .map(principal -> ((AccessTokenPrincipal) principal).mode()).orElse(Mode.LIVE);
    }
}
