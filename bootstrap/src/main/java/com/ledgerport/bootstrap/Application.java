package com.ledgerport.bootstrap;

import io.micronaut.runtime.Micronaut;

/** Starts Ledgerport: the HTTP and WebSocket server over the embedded H2 database unless told otherwise. */
public final class Application {

    private Application() {
    }

    public static void main(String[] args) {
        Micronaut.build(args).mainClass(Application.class).banner(false).start();
    }
}
