package com.ledgerport.bootstrap;

import com.ledgerport.application.port.in.InitialiseOperatorCredentialUseCase;
import com.ledgerport.application.port.in.InitialiseOperatorCredentialUseCase.InitialiseOperatorCredentialCommand;
import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.context.event.StartupEvent;
import jakarta.inject.Singleton;
import java.io.PrintStream;
import java.util.Optional;

/**
 * On the very first start without {@code LEDGERPORT_ADMIN_TOKEN}, prints the generated operator token once,
 * on standard output and not through the logger, so it never lands in log files that are shipped elsewhere.
 */
@Singleton
final class OperatorTokenAnnouncer implements ApplicationEventListener<StartupEvent> {

    private final InitialiseOperatorCredentialUseCase initialise;
    private final LedgerportSettings settings;

    OperatorTokenAnnouncer(InitialiseOperatorCredentialUseCase initialise, LedgerportSettings settings) {
        this.initialise = initialise;
        this.settings = settings;
    }

    @Override
    public void onApplicationEvent(StartupEvent event) {
        Optional<String> generated = initialise.initialise(
                new InitialiseOperatorCredentialCommand(settings.adminToken()));
        generated.ifPresent(token -> announce(System.out, token));
    }

    static void announce(PrintStream out, String token) {
        out.println();
        out.println("==================================================================================");
        out.println(" Ledgerport generated the operator token. It is shown only this once; store it now:");
        out.println();
        out.println("   " + token);
        out.println();
        out.println(" Use it as: Authorization: Bearer <token> on /admin/v1/...");
        out.println(" Only its SHA-256 digest is stored. To choose your own, set LEDGERPORT_ADMIN_TOKEN.");
        out.println("==================================================================================");
        out.println();
        out.flush();
    }
}
