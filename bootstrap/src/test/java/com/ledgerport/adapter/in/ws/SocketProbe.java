package com.ledgerport.adapter.in.ws;

import io.micronaut.context.ApplicationContext;

/** Lets the /ws suites look at a running server's sockets (the adapter's classes are package-private). */
public final class SocketProbe {

    private SocketProbe() {
    }

    public static int connections(ApplicationContext context) {
        return context.getBean(SocketRegistry.class).size();
    }

    public static long pendingBytesPeak(ApplicationContext context) {
        return context.getBean(SocketRegistry.class).pendingBytesPeak();
    }

    public static long closedWith(ApplicationContext context, int code) {
        return context.getBean(SocketRegistry.class).closedWith(code);
    }
}
