package com.ledgerport.application.port.in;

public interface CheckHealthUseCase {

    Health check();

    enum Component {
        UP,
        DOWN
    }

    record Health(Component database) {

        public boolean isUp() {
            return database == Component.UP;
        }
    }
}
