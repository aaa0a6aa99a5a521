package com.ledgerport.bootstrap;

import com.ledgerport.adapter.in.ws.SocketSettings;
import com.ledgerport.application.port.in.DeliverEventsUseCase;
import io.micronaut.context.annotation.Context;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The node's one event delivery thread: reads the committed events and hands them to this node's WebSocket
 * subscribers, as soon as a commit is announced (here or by another node) or every
 * {@code ledgerport.ws.event-poll-interval} otherwise. One thread keeps delivery in stream order.
 */
@Context
final class EventDeliveryThread {

    static final Duration FAILURE_PAUSE = Duration.ofSeconds(1);
    private static final Logger LOG = LoggerFactory.getLogger(EventDeliveryThread.class);

    private final DeliverEventsUseCase delivery;
    private final Duration pollInterval;
    private volatile boolean running;
    private Thread thread;

    EventDeliveryThread(DeliverEventsUseCase delivery, SocketSettings settings) {
        this.delivery = delivery;
        this.pollInterval = settings.getEventPollInterval();
    }

    @PostConstruct
    void start() {
        running = true;
        thread = new Thread(this::run, "ledgerport-event-delivery");
        thread.setDaemon(true);
        thread.start();
    }

    private void run() {
        while (running) {
            try {
                // Drain while there is a backlog, then wait for a wake-up or the poll interval.
                if (delivery.deliverCommitted() == 0) {
                    delivery.awaitCommitted(pollInterval);
                }
            } catch (InterruptedException interrupted) {
                return;
            } catch (RuntimeException failed) {
                if (running) {
                    LOG.warn("event delivery failed; trying again", failed);
                    pause();
                }
            }
        }
    }

    private void pause() {
        try {
            Thread.sleep(FAILURE_PAUSE.toMillis());
        } catch (InterruptedException interrupted) {
            running = false;
        }
    }

    @PreDestroy
    void stop() {
        running = false;
        if (thread != null) {
            thread.interrupt();
        }
    }
}
