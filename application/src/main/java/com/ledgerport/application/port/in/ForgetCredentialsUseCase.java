package com.ledgerport.application.port.in;

import com.ledgerport.domain.access.CredentialChange;

/** Called by the announcement listener: forget what another node changed, or everything after a gap. */
public interface ForgetCredentialsUseCase {

    void forget(CredentialChange change);

    void forgetAll();
}
