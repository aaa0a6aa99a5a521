package com.ledgerport.adapter.out.persistence;

import com.ledgerport.application.port.in.ForgetCredentialsUseCase;
import com.ledgerport.domain.access.CredentialChange;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/** Stands in for the application in this module's suites: records what the announcement listener delivers. */
@Singleton
final class RecordingForgetCredentials implements ForgetCredentialsUseCase {

    private final List<CredentialChange> forgotten = new CopyOnWriteArrayList<>();
    private final AtomicInteger forgotAll = new AtomicInteger();

    @Override
    public void forget(CredentialChange change) {
        forgotten.add(change);
    }

    @Override
    public void forgetAll() {
        forgotAll.incrementAndGet();
    }

    List<CredentialChange> forgotten() {
        return List.copyOf(forgotten);
    }

    int forgotAll() {
        return forgotAll.get();
    }
}
