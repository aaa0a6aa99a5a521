package com.ledgerport.application.testing;

import com.ledgerport.application.port.out.SeenSignatures;
import com.ledgerport.domain.partner.PartnerId;
import java.time.Instant;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;

public final class InMemorySeenSignatures implements SeenSignatures {

    private record Seen(PartnerId partnerId, String signature) {
    }

    private final Map<Seen, Instant> seen = new HashMap<>();

    @Override
    public synchronized boolean remember(PartnerId partnerId, String signature, Instant forgetAfter) {
        return seen.putIfAbsent(new Seen(partnerId, signature), forgetAfter) == null;
    }

    @Override
    public synchronized int forgetExpired(Instant now, int limit) {
        int forgotten = 0;
        Iterator<Map.Entry<Seen, Instant>> entries = seen.entrySet().iterator();
        while (entries.hasNext() && forgotten < limit) {
            if (!entries.next().getValue().isAfter(now)) {
                entries.remove();
                forgotten++;
            }
        }
        return forgotten;
    }

    public synchronized int size() {
        return seen.size();
    }
}
