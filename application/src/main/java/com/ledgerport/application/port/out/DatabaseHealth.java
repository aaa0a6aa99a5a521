package com.ledgerport.application.port.out;

import java.time.Duration;

public interface DatabaseHealth {

    /** Answers whether a trivial query succeeds within the timeout; never throws. */
    boolean isReachable(Duration timeout);
}
