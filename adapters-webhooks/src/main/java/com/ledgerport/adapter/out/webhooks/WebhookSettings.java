package com.ledgerport.adapter.out.webhooks;

import io.micronaut.context.annotation.ConfigurationProperties;

/** {@code ledgerport.webhooks.*}: webhook target policy (README.md lists each key and its environment variable). */
@ConfigurationProperties("ledgerport.webhooks")
public final class WebhookSettings {

    /** Loopback and private-network targets are refused unless this is true (tests, closed networks). */
    private boolean allowPrivateTargets;

    public boolean isAllowPrivateTargets() {
        return allowPrivateTargets;
    }

    public void setAllowPrivateTargets(boolean allowPrivateTargets) {
        this.allowPrivateTargets = allowPrivateTargets;
    }
}
