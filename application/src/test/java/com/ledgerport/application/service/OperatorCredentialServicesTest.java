package com.ledgerport.application.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ledgerport.application.port.in.AuthenticateOperatorUseCase.AuthenticateOperatorCommand;
import com.ledgerport.application.port.in.AuthenticateOperatorUseCase.OperatorAuthentication;
import com.ledgerport.application.port.in.InitialiseOperatorCredentialUseCase.InitialiseOperatorCredentialCommand;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class OperatorCredentialServicesTest {

    private final Fixture fixture = new Fixture();
    private final InitialiseOperatorCredentialService initialise = new InitialiseOperatorCredentialService(
            fixture.operatorCredentials, fixture.unitOfWork, fixture.clock);

    private OperatorAuthentication authenticate(AuthenticateOperatorService service, String token) {
        return service.authenticate(new AuthenticateOperatorCommand(token));
    }

    @Test
    void generates_a_token_once_and_accepts_only_it() {
        Optional<String> generated = initialise.initialise(new InitialiseOperatorCredentialCommand(Optional.empty()));
        assertTrue(generated.isPresent());
        assertTrue(generated.get().startsWith("lp_op_"));
        assertEquals(Optional.empty(), initialise.initialise(new InitialiseOperatorCredentialCommand(Optional.empty())),
                "a later start generates nothing");

        AuthenticateOperatorService service = new AuthenticateOperatorService(Optional.empty(),
                fixture.operatorCredentials, fixture.unitOfWork);
        assertEquals(OperatorAuthentication.AUTHENTICATED, authenticate(service, generated.get()));
        assertEquals(OperatorAuthentication.REJECTED, authenticate(service, generated.get() + "x"));
        assertEquals(OperatorAuthentication.REJECTED, authenticate(service, ""));
        assertEquals(OperatorAuthentication.REJECTED, authenticate(service, null));
        int reads = fixture.operatorCredentials.reads();
        authenticate(service, generated.get());
        assertEquals(reads, fixture.operatorCredentials.reads(), "the stored digest is read once, then kept");
    }

    @Test
    void generates_nothing_when_a_token_is_configured_and_prefers_the_configured_one() {
        assertEquals(Optional.empty(),
                initialise.initialise(new InitialiseOperatorCredentialCommand(Optional.of("configured-token"))));
        AuthenticateOperatorService service = new AuthenticateOperatorService(Optional.of("configured-token"),
                fixture.operatorCredentials, fixture.unitOfWork);
        assertEquals(OperatorAuthentication.AUTHENTICATED, authenticate(service, "configured-token"));
        assertEquals(OperatorAuthentication.REJECTED, authenticate(service, "configured-token "));
    }

    @Test
    void rejects_everything_before_any_token_exists() {
        AuthenticateOperatorService service = new AuthenticateOperatorService(Optional.of("  "),
                fixture.operatorCredentials, fixture.unitOfWork);
        assertEquals(OperatorAuthentication.REJECTED, authenticate(service, "anything"));
        assertEquals(OperatorAuthentication.REJECTED, authenticate(service, "  "));
    }
}
