package com.ledgerport.application.port.out;

import com.ledgerport.domain.access.CredentialChange;

/**
 * Tells every server node that a credential (or a partner's standing) changed, so that nodes caching verified
 * credentials forget them. Called after commit; delivery is best effort and fast (well under a second), and
 * a node that may have missed announcements forgets everything it cached.
 */
public interface CredentialRevocations {

    void announce(CredentialChange change);
}
