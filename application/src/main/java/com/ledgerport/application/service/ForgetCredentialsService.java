package com.ledgerport.application.service;

import com.ledgerport.application.port.in.ForgetCredentialsUseCase;
import com.ledgerport.domain.access.CredentialChange;

public final class ForgetCredentialsService implements ForgetCredentialsUseCase {

    private final CredentialCache cache;

    public ForgetCredentialsService(CredentialCache cache) {
        this.cache = cache;
    }

    @Override
    public void forget(CredentialChange change) {
        cache.forget(change);
    }

    @Override
    public void forgetAll() {
        cache.forgetAll();
    }
}
