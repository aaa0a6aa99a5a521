package com.ledgerport.application.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ledgerport.application.port.in.AuthenticateApiKeyUseCase;
import com.ledgerport.application.port.in.AuthenticateApiKeyUseCase.AuthenticateApiKeyCommand;
import com.ledgerport.application.port.in.AuthenticateApiKeyUseCase.PublicKeyAndSecret;
import com.ledgerport.application.port.in.AuthenticateApiKeyUseCase.SingleString;
import com.ledgerport.application.port.in.AuthenticateBearerUseCase;
import com.ledgerport.application.port.in.AuthenticateBearerUseCase.AuthenticateBearerCommand;
import com.ledgerport.application.port.in.ChangePartnerStatusUseCase.ChangePartnerStatusCommand;
import com.ledgerport.application.port.in.CreateApiKeyUseCase;
import com.ledgerport.application.port.in.CreateApiKeyUseCase.CreateApiKeyCommand;
import com.ledgerport.application.port.in.ExpireApiKeyUseCase.ExpireApiKeyCommand;
import com.ledgerport.application.port.in.IssueResellerTokenUseCase.IssueResellerTokenCommand;
import com.ledgerport.application.port.in.SetPartnerSurfacesUseCase.SetPartnerSurfacesCommand;
import com.ledgerport.domain.access.ApiKeyPrincipal;
import com.ledgerport.domain.access.CredentialChange;
import com.ledgerport.domain.access.Mode;
import com.ledgerport.domain.access.PartnerSurface;
import com.ledgerport.domain.access.ResellerPrincipal;
import com.ledgerport.domain.access.TokenKind;
import com.ledgerport.domain.audit.AuditRecord;
import com.ledgerport.domain.partner.Partner;
import com.ledgerport.domain.partner.PartnerStatus;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CredentialServicesTest {

    private final Fixture fixture = new Fixture();
    private final Partner partner = fixture.partner("Acme");
    private final CreateApiKeyService createApiKey = new CreateApiKeyService(fixture.unitOfWork, fixture.partners,
            fixture.apiKeys, fixture.auditLog, fixture.clock, Duration.ofDays(365), 3);
    private final ExpireApiKeyService expireApiKey = new ExpireApiKeyService(fixture.unitOfWork, fixture.apiKeys,
            fixture.auditLog, fixture.directory, fixture.clock);
    private final AuthenticateApiKeyService authenticateApiKey = new AuthenticateApiKeyService(fixture.directory,
            fixture.unitOfWork, fixture.apiKeys, fixture.auditLog, fixture.failureAudits, fixture.clock);
    private final IssueResellerTokenService issueResellerToken = new IssueResellerTokenService(fixture.unitOfWork,
            fixture.apiKeys, fixture.bearerTokens, fixture.auditLog, fixture.clock);
    private final SetPartnerSurfacesService setSurfaces = new SetPartnerSurfacesService(fixture.unitOfWork,
            fixture.partners, fixture.partnerSurfaces, fixture.auditLog, fixture.directory, fixture.clock);

    private CreateApiKeyUseCase.Created key() {
        return assertInstanceOf(CreateApiKeyUseCase.Created.class, createApiKey.create(new CreateApiKeyCommand(
                partner.id(), "primary", Optional.empty(), Optional.empty(), Mode.LIVE, Fixture.OPERATOR)));
    }

    private AuthenticateApiKeyUseCase.KeyAuthentication authenticate(String publicKey, String secret) {
        return authenticateApiKey.authenticate(new AuthenticateApiKeyCommand(new PublicKeyAndSecret(publicKey,
                secret), Optional.empty(), Optional.empty(), "req"));
    }

    private AuthenticateApiKeyUseCase.Reason refusal(AuthenticateApiKeyUseCase.KeyAuthentication outcome) {
        return assertInstanceOf(AuthenticateApiKeyUseCase.Rejected.class, outcome).reason();
    }

    @Test
    void a_new_key_authenticates_in_both_forms_until_it_expires() {
        CreateApiKeyUseCase.Created created = key();
        String publicKey = created.material().publicKey();
        String secret = created.material().secret();
        var principal = assertInstanceOf(AuthenticateApiKeyUseCase.Authenticated.class,
                authenticate(publicKey, secret)).principal();
        assertEquals(new ApiKeyPrincipal(partner.id(), created.key().id(), Mode.LIVE), principal);
        assertInstanceOf(AuthenticateApiKeyUseCase.Authenticated.class, authenticateApiKey.authenticate(
                new AuthenticateApiKeyCommand(new SingleString(created.material().single()), Optional.empty(),
                        Optional.empty(), "req")));
        fixture.clock.advance(Duration.ofHours(24));
        assertEquals(AuthenticateApiKeyUseCase.Reason.EXPIRED, refusal(authenticate(publicKey, secret)));
    }

    @Test
    void refuses_malformed_unknown_and_wrong_secrets_and_audits_only_real_keys() {
        CreateApiKeyUseCase.Created created = key();
        int auditsBefore = fixture.auditLog.all().size();
        assertEquals(AuthenticateApiKeyUseCase.Reason.MALFORMED, refusal(authenticate("nope", "nope")));
        assertEquals(AuthenticateApiKeyUseCase.Reason.UNKNOWN_KEY,
                refusal(authenticate("lpk_000000000000000000000000", created.material().secret())));
        assertEquals(auditsBefore, fixture.auditLog.all().size(), "junk and unknown keys are not audited");
        String otherSecret = com.ledgerport.domain.access.ApiKeyMaterial.generate(Mode.LIVE).secret();
        assertEquals(AuthenticateApiKeyUseCase.Reason.WRONG_SECRET,
                refusal(authenticate(created.material().publicKey(), otherSecret)));
        AuditRecord audit = fixture.auditLog.last();
        assertEquals("api_key.use", audit.action());
        assertEquals("rejected:wrong_secret", audit.outcome());
    }

    @Test
    void expiring_a_cached_key_takes_effect_at_once_and_is_announced_after_commit() {
        CreateApiKeyUseCase.Created created = key();
        String publicKey = created.material().publicKey();
        String secret = created.material().secret();
        assertInstanceOf(AuthenticateApiKeyUseCase.Authenticated.class, authenticate(publicKey, secret));
        expireApiKey.expire(new ExpireApiKeyCommand(partner.id(), created.key().id(), Fixture.OPERATOR));
        assertEquals(AuthenticateApiKeyUseCase.Reason.REVOKED, refusal(authenticate(publicKey, secret)));
        assertEquals(List.of(new CredentialChange.ApiKeyRevoked(created.key().id())),
                fixture.revocations.announced());
    }

    @Test
    void suspension_surfaces_and_tenants_are_checked_on_a_cached_key() {
        CreateApiKeyUseCase.Created created = key();
        PublicKeyAndSecret presented = new PublicKeyAndSecret(created.material().publicKey(),
                created.material().secret());
        assertInstanceOf(AuthenticateApiKeyUseCase.Authenticated.class, authenticate(presented.publicKey(),
                presented.secret()));
        assertEquals(AuthenticateApiKeyUseCase.Reason.OTHER_TENANT, refusal(authenticateApiKey.authenticate(
                new AuthenticateApiKeyCommand(presented, Optional.empty(), Optional.of(fixture.partner("B").id()),
                        "req"))));
        setSurfaces.set(new SetPartnerSurfacesCommand(partner.id(), Set.of(PartnerSurface.RESELLER),
                Fixture.OPERATOR));
        var forbidden = assertInstanceOf(AuthenticateApiKeyUseCase.Rejected.class, authenticateApiKey.authenticate(
                new AuthenticateApiKeyCommand(presented, Optional.of(PartnerSurface.SUPPLIER), Optional.empty(),
                        "req")));
        assertTrue(forbidden.isForbidden());
        fixture.changePartnerStatus.change(new ChangePartnerStatusCommand(partner.id(), PartnerStatus.SUSPENDED,
                Fixture.OPERATOR));
        assertEquals(AuthenticateApiKeyUseCase.Reason.PARTNER_SUSPENDED,
                refusal(authenticate(presented.publicKey(), presented.secret())));
    }

    @Test
    void limits_the_number_of_active_keys() {
        key();
        key();
        key();
        var refused = assertInstanceOf(CreateApiKeyUseCase.Rejected.class, createApiKey.create(
                new CreateApiKeyCommand(partner.id(), "fourth", Optional.empty(), Optional.empty(), Mode.LIVE,
                        Fixture.OPERATOR)));
        assertEquals(CreateApiKeyUseCase.Reason.TOO_MANY_KEYS, refused.reason());
    }

    @Test
    void records_use_at_most_once_a_minute() {
        CreateApiKeyUseCase.Created created = key();
        for (int i = 0; i < 5; i++) {
            authenticate(created.material().publicKey(), created.material().secret());
        }
        assertEquals(1, fixture.apiKeys.touches());
        fixture.clock.advance(Duration.ofSeconds(61));
        fixture.cache.forgetAll();
        authenticate(created.material().publicKey(), created.material().secret());
        assertEquals(2, fixture.apiKeys.touches());
    }

    @Test
    void a_reseller_token_lives_and_dies_with_its_key() {
        CreateApiKeyUseCase.Created created = key();
        ApiKeyPrincipal principal = new ApiKeyPrincipal(partner.id(), created.key().id(), Mode.LIVE);
        String jwt = issueResellerToken.issue(new IssueResellerTokenCommand(principal, Fixture.OPERATOR)).jwt();
        AuthenticateBearerCommand command = new AuthenticateBearerCommand(jwt, Set.of(TokenKind.RESELLER),
                Optional.of(PartnerSurface.RESELLER), "req");
        var reseller = assertInstanceOf(AuthenticateBearerUseCase.Authenticated.class,
                fixture.authenticateBearer.authenticate(command));
        assertEquals(ResellerPrincipal.SCOPES, ((ResellerPrincipal) reseller.principal()).scopes());
        assertEquals(AuthenticateBearerUseCase.Reason.WRONG_KIND, assertInstanceOf(
                AuthenticateBearerUseCase.Rejected.class, fixture.authenticateBearer.authenticate(
                        new AuthenticateBearerCommand(jwt, Set.of(TokenKind.SESSION), Optional.empty(), "req")))
                .reason());
        expireApiKey.expire(new ExpireApiKeyCommand(partner.id(), created.key().id(), Fixture.OPERATOR));
        assertEquals(AuthenticateBearerUseCase.Reason.REVOKED, assertInstanceOf(
                AuthenticateBearerUseCase.Rejected.class, fixture.authenticateBearer.authenticate(command)).reason());
    }

    @Test
    void audits_at_most_ten_failures_a_minute_per_key() {
        CreateApiKeyUseCase.Created created = key();
        String wrong = com.ledgerport.domain.access.ApiKeyMaterial.generate(Mode.LIVE).secret();
        int before = fixture.auditLog.all().size();
        for (int i = 0; i < 25; i++) {
            authenticate(created.material().publicKey(), wrong);
        }
        assertEquals(before + FailureAudits.PER_MINUTE_MAX, fixture.auditLog.all().size());
        fixture.clock.advance(Duration.ofMinutes(1));
        authenticate(created.material().publicKey(), wrong);
        assertEquals(before + FailureAudits.PER_MINUTE_MAX + 1, fixture.auditLog.all().size());
    }
}
