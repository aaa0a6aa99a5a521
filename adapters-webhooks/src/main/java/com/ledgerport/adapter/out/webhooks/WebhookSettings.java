package com.ledgerport.adapter.out.webhooks;

import io.micronaut.context.annotation.ConfigurationProperties;
import java.time.Duration;

/**
 * {@code ledgerport.webhooks.*}: webhook target policy and the delivery machinery (README.md lists each key and its
 * environment variable). The retry schedule's first delay, {@code ledgerport.webhooks.retry.initial-delay}, is read
 * where the delivery service is wired.
 */
@ConfigurationProperties("ledgerport.webhooks")
public final class WebhookSettings {

    public static final int CONCURRENCY_MAX = 256;

    /** Loopback and private-network targets are refused unless this is true (tests, closed networks). */
    private boolean allowPrivateTargets;
    /** How long a receiver has to answer (seed 002: 2xx within 10 seconds). */
    private Duration timeout = Duration.ofSeconds(10);
    /** How long a claimed delivery stays with its node; longer than the timeout, so that it never runs twice. */
    private Duration lease = Duration.ofSeconds(60);
    /** How often a node looks for due deliveries when nothing woke it (events of other nodes, retries). */
    private Duration pollInterval = Duration.ofSeconds(1);
    /** Deliveries in flight per node, all endpoints together. */
    private int concurrency = 32;
    /** Deliveries in flight per node to one endpoint: a slow endpoint holds at most this many. */
    private int concurrencyPerEndpoint = 4;
    /** Whether this node delivers at all (a node may be kept for the API only). */
    private boolean dispatcherEnabled = true;

    public boolean isAllowPrivateTargets() {
        return allowPrivateTargets;
    }

    public void setAllowPrivateTargets(boolean allowPrivateTargets) {
        this.allowPrivateTargets = allowPrivateTargets;
    }

    public Duration getTimeout() {
        return timeout;
    }

    public void setTimeout(Duration timeout) {
        this.timeout = timeout;
    }

    public Duration getLease() {
        return lease;
    }

    public void setLease(Duration lease) {
        this.lease = lease;
    }

    public Duration getPollInterval() {
        return pollInterval;
    }

    public void setPollInterval(Duration pollInterval) {
        this.pollInterval = pollInterval;
    }

    public int getConcurrency() {
        return concurrency;
    }

    public void setConcurrency(int concurrency) {
        this.concurrency = concurrency;
    }

    public int getConcurrencyPerEndpoint() {
        return concurrencyPerEndpoint;
    }

    public void setConcurrencyPerEndpoint(int concurrencyPerEndpoint) {
        this.concurrencyPerEndpoint = concurrencyPerEndpoint;
    }

    public boolean isDispatcherEnabled() {
        return dispatcherEnabled;
    }

    public void setDispatcherEnabled(boolean dispatcherEnabled) {
        this.dispatcherEnabled = dispatcherEnabled;
    }

    /** Refuses settings that would break delivery, at start rather than at the first event. */
    void check() {
        require(!timeout.isNegative() && !timeout.isZero() && timeout.compareTo(Duration.ofMinutes(1)) <= 0,
                "ledgerport.webhooks.timeout must be between 1 ms and 1 minute");
        require(lease.compareTo(timeout.plusSeconds(1)) >= 0,
                "ledgerport.webhooks.lease must exceed ledgerport.webhooks.timeout by at least a second");
        require(!pollInterval.isNegative() && !pollInterval.isZero(), "ledgerport.webhooks.poll-interval must be > 0");
        require(concurrency >= 1 && concurrency <= CONCURRENCY_MAX,
                "ledgerport.webhooks.concurrency must be 1 to " + CONCURRENCY_MAX);
        require(concurrencyPerEndpoint >= 1 && concurrencyPerEndpoint <= concurrency,
                "ledgerport.webhooks.concurrency-per-endpoint must be 1 to the concurrency");
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalStateException(message);
        }
    }
}
