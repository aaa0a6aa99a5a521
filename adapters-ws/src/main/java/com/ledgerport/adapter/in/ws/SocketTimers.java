package com.ledgerport.adapter.in.ws;

import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/** One shared timer thread for per-socket deadlines, keep-alive sweeps and delayed closes. */
@Singleton
final class SocketTimers {

    private final ScheduledExecutorService timers = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "ledgerport-ws-timers");
        thread.setDaemon(true);
        return thread;
    });

    ScheduledFuture<?> after(Duration delay, Runnable action) {
        return timers.schedule(action, delay.toMillis(), TimeUnit.MILLISECONDS);
    }

    ScheduledFuture<?> every(Duration period, Runnable action) {
        return timers.scheduleWithFixedDelay(action, period.toMillis(), period.toMillis(), TimeUnit.MILLISECONDS);
    }

    @PreDestroy
    void shutdown() {
        timers.shutdownNow();
    }
}
