package com.ledgerport.application.service;

import com.ledgerport.application.port.out.Outbox;
import com.ledgerport.application.port.out.Outbox.NewEvent;
import com.ledgerport.domain.access.AccessToken;
import com.ledgerport.domain.event.EventPayload;
import com.ledgerport.domain.event.EventType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;

/** Seed 004's {@code access_token} events, appended in the unit of work of the change (never the jwt). */
final class AccessTokenEvents {

    private AccessTokenEvents() {
    }

    static void append(Outbox outbox, EventType type, AccessToken token, Instant now) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("id", token.id().toString());
        data.put("company", token.partnerId().toString());
        data.put("description", token.description());
        data.put("mode", token.mode().wireName());
        data.put("scopes", new ArrayList<Object>(token.scopes().flat()));
        data.put("expiresAt", token.expiresAt().toString());
        data.put("revokedAt", token.revokedAt().map(Instant::toString).orElse(null));
        outbox.append(new NewEvent(token.partnerId(), token.mode(), type, token.id().toString(),
                EventPayload.of(data), now));
    }
}
