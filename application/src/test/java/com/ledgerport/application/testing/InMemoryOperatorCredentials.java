package com.ledgerport.application.testing;

import com.ledgerport.application.port.out.OperatorCredentials;
import java.time.Instant;
import java.util.Optional;

public final class InMemoryOperatorCredentials implements OperatorCredentials {

    private String digest;
    private int reads;

    @Override
    public synchronized boolean storeIfAbsent(String tokenDigest, Instant now) {
        if (digest != null) {
            return false;
        }
        digest = tokenDigest;
        return true;
    }

    @Override
    public synchronized Optional<String> storedDigest() {
        reads++;
        return Optional.ofNullable(digest);
    }

    public synchronized int reads() {
        return reads;
    }
}
