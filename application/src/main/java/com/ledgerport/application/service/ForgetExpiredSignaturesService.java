package com.ledgerport.application.service;

import com.ledgerport.application.port.in.ForgetExpiredSignaturesUseCase;
import com.ledgerport.application.port.out.SeenSignatures;
import com.ledgerport.application.port.out.UnitOfWork;
import com.ledgerport.domain.shared.Require;
import java.time.Clock;
import java.time.Instant;

/** Forgets expired seen signatures batch by batch, each batch its own short transaction. */
public final class ForgetExpiredSignaturesService implements ForgetExpiredSignaturesUseCase {

    public static final int BATCH_SIZE_MAX = 10_000;
    /** One run stops after this many batches even if more expired; the next run continues. */
    public static final int BATCH_COUNT_MAX = 100;

    private final UnitOfWork unitOfWork;
    private final SeenSignatures seenSignatures;
    private final Clock clock;

    public ForgetExpiredSignaturesService(UnitOfWork unitOfWork, SeenSignatures seenSignatures, Clock clock) {
        this.unitOfWork = unitOfWork;
        this.seenSignatures = seenSignatures;
        this.clock = clock;
    }

    @Override
    public Forgotten forget(ForgetExpiredSignaturesCommand command) {
        int batchSize = command.batchSize();
        Require.that(batchSize >= 1 && batchSize <= BATCH_SIZE_MAX, "batch size must be 1…" + BATCH_SIZE_MAX);
        Instant now = clock.instant();
        int total = 0;
        for (int batch = 0; batch < BATCH_COUNT_MAX; batch++) {
            int forgotten = unitOfWork.write(() -> seenSignatures.forgetExpired(now, batchSize));
            total += forgotten;
            if (forgotten < batchSize) {
                break;
            }
        }
        return new Forgotten(total);
    }
}
