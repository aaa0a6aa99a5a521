package com.ledgerport.application.port.out;

import com.ledgerport.domain.event.DeliveryId;
import com.ledgerport.domain.event.Event;
import com.ledgerport.domain.event.WebhookContract;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The wire side of a webhook: the body a contract prescribes, and one POST. */
public interface WebhookTransport {

    /** The JSON body of {@code event} for an endpoint of {@code contract}, with its idempotency key. */
    byte[] body(WebhookContract contract, Event event, DeliveryId idempotencyKey, Instant sentAt);

    /** What came back: a status code, or an error (timeout, refused connection) and no status. */
    record Response(Optional<Integer> statusCode, Duration latency, Optional<String> error) {
    }

    /** POSTs {@code body} with these headers (name, value pairs); never throws for network failures. */
    Response post(String url, List<String[]> headers, byte[] body);
}
