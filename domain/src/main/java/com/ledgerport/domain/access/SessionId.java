package com.ledgerport.domain.access;

import com.ledgerport.domain.shared.Require;
import com.ledgerport.domain.shared.UuidV7;
import java.util.UUID;

public record SessionId(UUID value) {

    public SessionId {
        Require.present(value, "session id");
    }

    public static SessionId generate() {
        return new SessionId(UuidV7.next());
    }

    public static SessionId parse(String text) {
        return new SessionId(UuidV7.parse(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
