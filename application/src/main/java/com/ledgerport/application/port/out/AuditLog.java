package com.ledgerport.application.port.out;

import com.ledgerport.domain.audit.AuditRecord;
import com.ledgerport.domain.partner.PartnerId;
import com.ledgerport.domain.shared.Page;
import com.ledgerport.domain.shared.PageRequest;
import java.time.Instant;
import java.util.Optional;

/** The append-only audit log; records are written in the transaction of the change they describe. */
public interface AuditLog {

    void append(AuditRecord record);

    Page<AuditRecord> page(Filter filter, PageRequest request);

    /** All fields optional; {@code from} inclusive, {@code to} exclusive. */
    record Filter(Optional<PartnerId> partnerId, Optional<String> action, Optional<Instant> from,
            Optional<Instant> to) {

        public static Filter none() {
            return new Filter(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
        }
    }
}
