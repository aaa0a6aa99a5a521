package com.ledgerport.application.testing;

import com.ledgerport.application.port.out.AuditLog;
import com.ledgerport.domain.audit.AuditRecord;
import com.ledgerport.domain.shared.Page;
import com.ledgerport.domain.shared.PageRequest;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

public final class InMemoryAuditLog implements AuditLog {

    private final List<AuditRecord> records = new ArrayList<>();

    @Override
    public synchronized void append(AuditRecord record) {
        records.add(record);
    }

    @Override
    public synchronized Page<AuditRecord> page(Filter filter, PageRequest request) {
        List<AuditRecord> rows = records.stream()
                .sorted(Comparator.comparing(record -> record.id().value()))
                .filter(record -> request.after().map(after -> record.id().value().compareTo(after) > 0)
                        .orElse(true))
                .filter(record -> filter.partnerId().map(id -> record.partnerId().equals(java.util.Optional.of(id)))
                        .orElse(true))
                .filter(record -> filter.action().map(record.action()::equals).orElse(true))
                .filter(record -> filter.from().map(from -> !record.at().isBefore(from)).orElse(true))
                .filter(record -> filter.to().map(to -> record.at().isBefore(to)).orElse(true))
                .limit(request.limit() + 1L)
                .toList();
        return Page.fromOverfetch(rows, request.limit(), record -> record.id().value());
    }

    /** Everything appended, oldest first. */
    public synchronized List<AuditRecord> all() {
        return List.copyOf(records);
    }

    public synchronized AuditRecord last() {
        return records.get(records.size() - 1);
    }
}
