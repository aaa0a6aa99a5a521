package com.ledgerport.application.port.out;

import java.time.Instant;
import java.util.Optional;

/** The operator token generated on first start, stored only as its digest (one row for the installation). */
public interface OperatorCredentials {

    /** Stores the digest unless one is already stored; answers whether this call stored it. */
    boolean storeIfAbsent(String tokenDigest, Instant now);

    Optional<String> storedDigest();
}
