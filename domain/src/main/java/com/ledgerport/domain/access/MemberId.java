package com.ledgerport.domain.access;

import com.ledgerport.domain.shared.Require;
import com.ledgerport.domain.shared.UuidV7;
import java.util.UUID;

public record MemberId(UUID value) {

    public MemberId {
        Require.present(value, "member id");
    }

    public static MemberId generate() {
        return new MemberId(UuidV7.next());
    }

    public static MemberId parse(String text) {
        return new MemberId(UuidV7.parse(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
