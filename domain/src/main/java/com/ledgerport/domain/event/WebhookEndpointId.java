package com.ledgerport.domain.event;

import com.ledgerport.domain.shared.Require;
import com.ledgerport.domain.shared.UuidV7;
import java.util.UUID;

public record WebhookEndpointId(UUID value) {

    public WebhookEndpointId {
        Require.present(value, "webhook endpoint id");
    }

    public static WebhookEndpointId generate() {
        return new WebhookEndpointId(UuidV7.next());
    }

    public static WebhookEndpointId parse(String text) {
        return new WebhookEndpointId(UuidV7.parse(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
