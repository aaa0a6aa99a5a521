package com.ledgerport.application.port.in;

/** Housekeeping: drops remembered seed 002 signatures whose timestamps can no longer be fresh. */
public interface ForgetExpiredSignaturesUseCase {

    Forgotten forget(ForgetExpiredSignaturesCommand command);

    /** @param batchSize at most this many rows per statement, so one run never holds a long transaction */
    record ForgetExpiredSignaturesCommand(int batchSize) {
    }

    record Forgotten(int count) {
    }
}
