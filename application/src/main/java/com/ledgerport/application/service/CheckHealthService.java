package com.ledgerport.application.service;

import com.ledgerport.application.port.in.CheckHealthUseCase;
import com.ledgerport.application.port.out.DatabaseHealth;
import java.time.Duration;

public final class CheckHealthService implements CheckHealthUseCase {

    static final Duration DATABASE_TIMEOUT = Duration.ofSeconds(2);

    private final DatabaseHealth databaseHealth;

    public CheckHealthService(DatabaseHealth databaseHealth) {
        this.databaseHealth = databaseHealth;
    }

    @Override
    public Health check() {
        return new Health(databaseHealth.isReachable(DATABASE_TIMEOUT) ? Component.UP : Component.DOWN);
    }
}
