package com.ledgerport.adapter.in.ws;

import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/** One shared timer thread for per-socket deadlines, keep-alive sweeps and delayed closes. */
@Singleton
final class SocketTimers {

    static final int CHECK_THREADS = 2;

    private final ScheduledThreadPoolExecutor timers = timerThread();

    /**
     * Credential rechecks (database reads) run here, not on Micronaut's blocking executor: that executor carries
     * the submitting thread's context along, and a recheck is submitted from a transaction's after-commit
     * callback, whose connection is closed by the time the recheck runs.
     */
    private final ExecutorService checks = Executors.newFixedThreadPool(CHECK_THREADS, runnable -> {
        Thread thread = new Thread(runnable, "ledgerport-ws-checks");
        thread.setDaemon(true);
        return thread;
    });

    /** Cancelled deadlines (most of them: every login cancels one) leave the queue at once, not when due. */
    private static ScheduledThreadPoolExecutor timerThread() {
        ScheduledThreadPoolExecutor executor = new ScheduledThreadPoolExecutor(1, runnable -> {
            Thread thread = new Thread(runnable, "ledgerport-ws-timers");
            thread.setDaemon(true);
            return thread;
        });
        executor.setRemoveOnCancelPolicy(true);
        return executor;
    }

    void check(Runnable action) {
        checks.execute(action);
    }

    ScheduledFuture<?> after(Duration delay, Runnable action) {
        return timers.schedule(action, delay.toMillis(), TimeUnit.MILLISECONDS);
    }

    ScheduledFuture<?> every(Duration period, Runnable action) {
        return timers.scheduleWithFixedDelay(action, period.toMillis(), period.toMillis(), TimeUnit.MILLISECONDS);
    }

    @PreDestroy
    void shutdown() {
        timers.shutdownNow();
        checks.shutdownNow();
    }
}
