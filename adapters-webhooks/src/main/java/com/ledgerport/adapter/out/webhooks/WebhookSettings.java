package com.ledgerport.adapter.out.webhooks;

import io.micronaut.context.annotation.ConfigurationProperties;
import java.time.Duration;

/** {@code ledgerport.webhooks.*}: delivery policy (README.md lists each key with its environment variable). */
@ConfigurationProperties("ledgerport.webhooks")
public final class WebhookSettings {

    /** Loopback and private-network targets are refused unless this is true (tests, closed networks). */
    private boolean allowPrivateTargets;
    /** Delay before the first retry; later retries back off exponentially with jitter. */
    private Duration retryInitialDelay = Duration.ofSeconds(30);

    public boolean isAllowPrivateTargets() {
        return allowPrivateTargets;
    }

    public void setAllowPrivateTargets(boolean allowPrivateTargets) {
        this.allowPrivateTargets = allowPrivateTargets;
    }

    public Duration getRetryInitialDelay() {
        return retryInitialDelay;
    }

    public void setRetryInitialDelay(Duration retryInitialDelay) {
        this.retryInitialDelay = retryInitialDelay;
    }
}
