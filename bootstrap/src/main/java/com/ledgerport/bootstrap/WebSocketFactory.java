package com.ledgerport.bootstrap;

import com.ledgerport.adapter.in.ws.SocketSettings;
import com.ledgerport.application.port.out.ApiKeys;
import com.ledgerport.application.port.out.EventFeed;
import com.ledgerport.application.port.out.UnitOfWork;
import com.ledgerport.application.service.CredentialCache;
import com.ledgerport.application.service.CredentialDirectory;
import com.ledgerport.application.service.DeliverEventsService;
import com.ledgerport.application.service.DeliverEventsService.EventLimits;
import com.ledgerport.application.service.WatchCredentialService;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;

/** The services behind /ws: live events for subscribers on this node, and credential watches. */
@Factory
final class WebSocketFactory {

    /** How long a replay waits for a subscriber's send buffer to drain before closing it as a slow consumer. */
    static final Duration REPLAY_ROOM_TIMEOUT = Duration.ofSeconds(10);

    @Singleton
    DeliverEventsService deliverEvents(EventFeed feed, UnitOfWork unitOfWork, Clock clock, SocketSettings settings) {
        return new DeliverEventsService(feed, unitOfWork, clock, new EventLimits(settings.getReplayWindow(),
                settings.getTopicsMax(), settings.getSendBufferFrames(), REPLAY_ROOM_TIMEOUT));
    }

    @Singleton
    WatchCredentialService watchCredential(CredentialCache cache, CredentialDirectory directory,
            UnitOfWork unitOfWork, ApiKeys apiKeys, Clock clock) {
        return new WatchCredentialService(cache, directory, unitOfWork, apiKeys, clock);
    }
}
