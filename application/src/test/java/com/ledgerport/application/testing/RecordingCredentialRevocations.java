package com.ledgerport.application.testing;

import com.ledgerport.application.port.out.CredentialRevocations;
import com.ledgerport.domain.access.CredentialChange;
import java.util.ArrayList;
import java.util.List;

/** Keeps what was announced, so tests can see that a change reaches the other nodes (after commit only). */
public final class RecordingCredentialRevocations implements CredentialRevocations {

    private final List<CredentialChange> announced = new ArrayList<>();

    @Override
    public synchronized void announce(CredentialChange change) {
        announced.add(change);
    }

    public synchronized List<CredentialChange> announced() {
        return List.copyOf(announced);
    }
}
