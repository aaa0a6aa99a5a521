package com.ledgerport.bootstrap;

import com.ledgerport.adapter.out.webhooks.WebhookDispatcher;
import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.context.event.StartupEvent;
import jakarta.inject.Singleton;

/** Starts the node's webhook delivery loop once the context is up (it stops with the context). */
@Singleton
final class WebhookDispatchStarter implements ApplicationEventListener<StartupEvent> {

    private final WebhookDispatcher dispatcher;

    WebhookDispatchStarter(WebhookDispatcher dispatcher) {
        this.dispatcher = dispatcher;
    }

    @Override
    public void onApplicationEvent(StartupEvent event) {
        dispatcher.start();
    }
}
