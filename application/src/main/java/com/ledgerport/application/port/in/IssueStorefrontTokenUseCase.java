package com.ledgerport.application.port.in;

import com.ledgerport.domain.access.ApiKeyPrincipal;
import com.ledgerport.domain.audit.CallContext;
import com.ledgerport.domain.customer.Customer;
import java.time.Duration;
import java.time.Instant;

/**
 * Seed 001 Storefront login: the partner's backend, holding an API key, signs one of its customers in and
 * receives a Storefront API token for that customer.
 */
public interface IssueStorefrontTokenUseCase {

    Duration TTL = Duration.ofHours(1);

    StorefrontLogin issue(IssueStorefrontTokenCommand command);

    record IssueStorefrontTokenCommand(ApiKeyPrincipal partner, String userId, CallContext context) {
    }

    sealed interface StorefrontLogin permits Issued, CustomerNotFound {
    }

    record Issued(String jwt, Instant expiresAt, Customer customer) implements StorefrontLogin {
        @Override
        public String toString() {
            return "Issued[****, " + expiresAt + "]";
        }
    }

    /** No customer of this partner has that user_id (or it is no longer active). */
    record CustomerNotFound() implements StorefrontLogin {
    }
}
