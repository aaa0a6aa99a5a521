package com.ledgerport.application.port.in;

import com.ledgerport.domain.access.Principal;
import java.time.Instant;
import java.util.Optional;

/**
 * Tells a long-lived connection when the credential it authenticated with may have changed (revoked, partner
 * suspended, scopes edited) on any node, and checks it again on request.
 */
public interface WatchCredentialUseCase {

    /** {@code mayHaveChanged} runs on whichever thread learnt of the change: it must only schedule work. */
    Watch watch(Principal principal, Runnable mayHaveChanged);

    interface Watch {

        /**
         * The credential as it stands now (an access token's current scopes), or empty when it no longer
         * stands: revoked, expired, deleted, or its partner suspended. Reads storage; call it off event loops.
         */
        Optional<Principal> check();

        /**
         * When the credential runs out by itself (an API key's or access token's expiry), so the connection can
         * check it again then; empty when it does not, or no longer stands.
         */
        Optional<Instant> expiresAt();

        void cancel();
    }
}
