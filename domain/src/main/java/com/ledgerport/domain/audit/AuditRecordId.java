package com.ledgerport.domain.audit;

import com.ledgerport.domain.shared.Require;
import com.ledgerport.domain.shared.UuidV7;
import java.util.UUID;

public record AuditRecordId(UUID value) {

    public AuditRecordId {
        Require.present(value, "audit record id");
    }

    public static AuditRecordId generate() {
        return new AuditRecordId(UuidV7.next());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
