package com.ledgerport.application.service;

import com.ledgerport.application.port.in.RegisterPartnerUseCase.RegisterPartnerCommand;
import com.ledgerport.application.testing.InMemoryAuditLog;
import com.ledgerport.application.testing.InMemoryCustomers;
import com.ledgerport.application.testing.InMemoryPartnerLocks;
import com.ledgerport.application.testing.InMemoryPartners;
import com.ledgerport.application.testing.InMemoryRsaKeys;
import com.ledgerport.application.testing.InMemorySeenSignatures;
import com.ledgerport.application.testing.InMemorySigningSecrets;
import com.ledgerport.application.testing.InMemoryUnitOfWork;
import com.ledgerport.application.testing.InMemoryUsedUuids;
import com.ledgerport.application.testing.MutableClock;
import com.ledgerport.domain.access.RsaKeyPairs;
import com.ledgerport.domain.audit.Actor;
import com.ledgerport.domain.audit.CallContext;
import com.ledgerport.domain.partner.Partner;
import com.ledgerport.domain.shared.Currency;
import com.ledgerport.domain.shared.SecretBox;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.function.Supplier;

/** The signing, RSA-key and customer services over the in-memory adapters, sharing one clock. */
final class SigningFixture {

    static final CallContext OPERATOR = new CallContext(Actor.operator(), "req-test");
    static final CallContext ANONYMOUS = new CallContext(Actor.anonymous(), "req-anon");
    static final Duration OVERLAP = Duration.ofHours(24);
    /** Making 2048-bit pairs is slow; the tests share a few, handed out in turn. */
    static final RsaKeyPairs.Generated[] PAIRS = {RsaKeyPairs.generate(), RsaKeyPairs.generate(),
        RsaKeyPairs.generate()};

    final MutableClock clock = new MutableClock(Instant.parse("2026-11-25T10:00:00Z"));
    final InMemoryUnitOfWork unitOfWork = new InMemoryUnitOfWork();
    final InMemoryPartners partners = new InMemoryPartners();
    final InMemoryPartnerLocks partnerLocks = new InMemoryPartnerLocks(partners);
    final InMemoryAuditLog auditLog = new InMemoryAuditLog();
    final InMemorySigningSecrets signingSecrets = new InMemorySigningSecrets();
    final InMemorySeenSignatures seenSignatures = new InMemorySeenSignatures();
    final InMemoryRsaKeys rsaKeys = new InMemoryRsaKeys();
    final InMemoryUsedUuids usedUuids = new InMemoryUsedUuids();
    final InMemoryCustomers customers = new InMemoryCustomers();
    final SecretBox secretBox = new SecretBox(SecretBox.generateKey());
    final Deque<RsaKeyPairs.Generated> nextPairs = new ArrayDeque<>();
    private int pairIndex;
    final Supplier<RsaKeyPairs.Generated> keyPairs = () -> {
        if (!nextPairs.isEmpty()) {
            return nextPairs.pop();
        }
        return PAIRS[pairIndex++ % PAIRS.length];
    };

    final RegisterPartnerService registerPartner = new RegisterPartnerService(unitOfWork, partners,
            new com.ledgerport.application.testing.InMemoryLedger(auditLog), auditLog, clock);
    final CredentialDirectory directory = new CredentialDirectory(new CredentialCache(clock, Duration.ZERO),
            new com.ledgerport.application.testing.RecordingCredentialRevocations(), unitOfWork, partners,
            new com.ledgerport.application.testing.InMemoryPartnerSurfaces(),
            new com.ledgerport.application.testing.InMemoryApiKeys(),
            new com.ledgerport.application.testing.InMemoryAccessTokens(),
            new com.ledgerport.application.testing.InMemorySessions());
    final ChangePartnerStatusService changePartnerStatus =
            new ChangePartnerStatusService(unitOfWork, partners, auditLog, directory, clock);
    final IssueSigningSecretService issueSigningSecret = new IssueSigningSecretService(unitOfWork, partnerLocks,
            signingSecrets, auditLog, secretBox, OVERLAP, clock);
    final VerifyRequestSignatureService verifyRequestSignature = new VerifyRequestSignatureService(unitOfWork,
            signingSecrets, seenSignatures, auditLog, secretBox, clock);
    final ForgetExpiredSignaturesService forgetExpiredSignatures =
            new ForgetExpiredSignaturesService(unitOfWork, seenSignatures, clock);
    final RegisterRsaKeyService registerRsaKey =
            new RegisterRsaKeyService(unitOfWork, partnerLocks, rsaKeys, auditLog, clock);
    final GenerateRsaKeysService generateRsaKeys = new GenerateRsaKeysService(unitOfWork, partners, partnerLocks,
            rsaKeys, auditLog, keyPairs, clock);
    final RotateRsaKeysService rotateRsaKeys = new RotateRsaKeysService(unitOfWork, partners, partnerLocks, rsaKeys,
            auditLog, keyPairs, OVERLAP, clock);
    final VerifySignedUuidService verifySignedUuid =
            new VerifySignedUuidService(unitOfWork, partners, rsaKeys, usedUuids, auditLog, clock);
    final AddCustomerService addCustomer = new AddCustomerService(unitOfWork, partners, customers, auditLog, clock);
    final GetCustomerService getCustomer = new GetCustomerService(unitOfWork, customers, auditLog, clock);
    final ListCustomersService listCustomers =
            new ListCustomersService(unitOfWork, partners, customers, auditLog, clock);
    final GetUserInfoService getUserInfo = new GetUserInfoService(unitOfWork, customers, auditLog, clock);

    Partner partner(String name) {
        return registerPartner.register(new RegisterPartnerCommand(name, Currency.of("EUR"), OPERATOR));
    }
}
