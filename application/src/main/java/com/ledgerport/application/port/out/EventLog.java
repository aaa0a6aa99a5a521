package com.ledgerport.application.port.out;

import com.ledgerport.domain.event.Event;
import com.ledgerport.domain.event.EventId;
import com.ledgerport.domain.partner.PartnerId;
import java.util.List;
import java.util.Optional;

/** Reads the outbox as a partner's event log. */
public interface EventLog {

    Optional<Event> find(PartnerId partnerId, EventId id);

    /** The partner's events in append order after {@code after}, at most {@code limit}. */
    List<Event> list(PartnerId partnerId, Optional<EventId> after, int limit);
}
