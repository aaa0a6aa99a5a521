package com.ledgerport.application.port.out;

import com.ledgerport.domain.access.BearerClaims;
import java.util.Optional;

/**
 * Signs claims into a compact bearer token and reads them back. {@link #read} checks the signature and shape
 * only; expiry and revocation are the caller's to check against the clock and storage.
 */
public interface BearerTokens {

    int TOKEN_LENGTH_MAX = 4096;

    String mint(BearerClaims claims);

    Optional<BearerClaims> read(String token);
}
