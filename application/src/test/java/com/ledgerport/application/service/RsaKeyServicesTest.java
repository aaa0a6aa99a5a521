package com.ledgerport.application.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ledgerport.application.port.in.GenerateRsaKeysUseCase;
import com.ledgerport.application.port.in.GenerateRsaKeysUseCase.GenerateRsaKeysCommand;
import com.ledgerport.application.port.in.RegisterRsaKeyUseCase;
import com.ledgerport.application.port.in.RegisterRsaKeyUseCase.RegisterRsaKeyCommand;
import com.ledgerport.application.port.in.RotateRsaKeysUseCase;
import com.ledgerport.application.port.in.RotateRsaKeysUseCase.RotateRsaKeysCommand;
import com.ledgerport.application.port.in.VerifySignedUuidUseCase.Reason;
import com.ledgerport.application.port.in.VerifySignedUuidUseCase.Rejected;
import com.ledgerport.application.port.in.VerifySignedUuidUseCase.SignedUuidCheck;
import com.ledgerport.application.port.in.VerifySignedUuidUseCase.Verified;
import com.ledgerport.application.port.in.VerifySignedUuidUseCase.VerifySignedUuidCommand;
import com.ledgerport.application.port.in.ChangePartnerStatusUseCase.ChangePartnerStatusCommand;
import com.ledgerport.domain.access.RsaKey;
import com.ledgerport.domain.access.RsaKeyOrigin;
import com.ledgerport.domain.access.RsaKeyPairs;
import com.ledgerport.domain.access.SignedUuid;
import com.ledgerport.domain.partner.Partner;
import com.ledgerport.domain.partner.PartnerId;
import com.ledgerport.domain.partner.PartnerStatus;
import com.ledgerport.domain.shared.InvalidValueException;
import com.ledgerport.domain.shared.UuidV7;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RsaKeyServicesTest {

    private final SigningFixture fixture = new SigningFixture();
    private final Partner partner = fixture.partner("Acme");

    private GenerateRsaKeysUseCase.Generated generate(Partner target) {
        return assertInstanceOf(GenerateRsaKeysUseCase.Generated.class, fixture.generateRsaKeys.generate(
                new GenerateRsaKeysCommand(target.id(), SigningFixture.OPERATOR)));
    }

    private RotateRsaKeysUseCase.Rotated rotate(Partner target) {
        return assertInstanceOf(RotateRsaKeysUseCase.Rotated.class, fixture.rotateRsaKeys.rotate(
                new RotateRsaKeysCommand(target.id(), SigningFixture.OPERATOR)));
    }

    private SignedUuidCheck verify(Partner target, RsaKeyPairs.Generated pair, String uuid, Instant timestamp) {
        return fixture.verifySignedUuid.verify(new VerifySignedUuidCommand(target.id(), uuid,
                SignedUuid.sign(pair.privateKeyPkcs8(), uuid), timestamp, SigningFixture.ANONYMOUS));
    }

    private SignedUuidCheck verify(Partner target, RsaKeyPairs.Generated pair) {
        return verify(target, pair, UuidV7.next().toString(), fixture.clock.instant());
    }

    private static Reason reason(SignedUuidCheck check) {
        return assertInstanceOf(Rejected.class, check).reason();
    }

    @Test
    void generates_a_pair_keeps_only_the_public_key_and_verifies_with_it() {
        GenerateRsaKeysUseCase.Generated generated = generate(partner);

        assertEquals(RsaKeyOrigin.GENERATED, generated.key().origin());
        assertEquals(generated.pair().publicKey(), fixture.rsaKeys.all().get(0).publicKey());
        Verified verified = assertInstanceOf(Verified.class, verify(partner, generated.pair()));
        assertEquals(generated.key().id(), verified.keyId());
        assertEquals("rsa_key.generate", fixture.auditLog.all().stream()
                .filter(a -> a.action().startsWith("rsa_key")).reduce((a, b) -> b).get().action());
    }

    @Test
    void registers_a_public_key_once_per_partner() {
        RsaKeyPairs.Generated pair = SigningFixture.PAIRS[0];
        assertInstanceOf(RegisterRsaKeyUseCase.Registered.class, fixture.registerRsaKey.register(
                new RegisterRsaKeyCommand(partner.id(), pair.publicKey(), SigningFixture.OPERATOR)));
        RegisterRsaKeyUseCase.Rejected again = assertInstanceOf(RegisterRsaKeyUseCase.Rejected.class,
                fixture.registerRsaKey.register(new RegisterRsaKeyCommand(partner.id(), pair.publicKey(),
                        SigningFixture.OPERATOR)));
        assertEquals(RegisterRsaKeyUseCase.Reason.ALREADY_REGISTERED, again.reason());
        Partner other = fixture.partner("Other");
        assertInstanceOf(RegisterRsaKeyUseCase.Registered.class, fixture.registerRsaKey.register(
                new RegisterRsaKeyCommand(other.id(), pair.publicKey(), SigningFixture.OPERATOR)),
                "another partner may register the same key");
        assertInstanceOf(Verified.class, verify(partner, pair));
    }

    @Test
    void refuses_unknown_partners() {
        Partner ghost = new Partner(PartnerId.generate(), "Ghost", partner.currency(), PartnerStatus.ACTIVE,
                fixture.clock.instant());
        assertEquals(GenerateRsaKeysUseCase.Reason.PARTNER_NOT_FOUND, assertInstanceOf(
                GenerateRsaKeysUseCase.Rejected.class, fixture.generateRsaKeys.generate(
                        new GenerateRsaKeysCommand(ghost.id(), SigningFixture.OPERATOR))).reason());
        assertEquals(RotateRsaKeysUseCase.Reason.PARTNER_NOT_FOUND, assertInstanceOf(
                RotateRsaKeysUseCase.Rejected.class, fixture.rotateRsaKeys.rotate(
                        new RotateRsaKeysCommand(ghost.id(), SigningFixture.OPERATOR))).reason());
        assertEquals(RegisterRsaKeyUseCase.Reason.PARTNER_NOT_FOUND, assertInstanceOf(
                RegisterRsaKeyUseCase.Rejected.class, fixture.registerRsaKey.register(new RegisterRsaKeyCommand(
                        ghost.id(), SigningFixture.PAIRS[0].publicKey(), SigningFixture.OPERATOR))).reason());
        assertEquals(Reason.PARTNER_NOT_FOUND, reason(verify(ghost, SigningFixture.PAIRS[0])));
        assertEquals("rejected:partner_not_found", fixture.auditLog.last().outcome());
    }

    @Test
    void reports_a_failed_generation_as_such() {
        fixture.nextPairs.clear();
        GenerateRsaKeysService failing = new GenerateRsaKeysService(fixture.unitOfWork, fixture.partners,
                fixture.partnerLocks, fixture.rsaKeys, fixture.auditLog, () -> {
                    throw new IllegalStateException("no entropy");
                }, fixture.clock);
        assertEquals(GenerateRsaKeysUseCase.Reason.GENERATION_FAILED, assertInstanceOf(
                GenerateRsaKeysUseCase.Rejected.class, failing.generate(
                        new GenerateRsaKeysCommand(partner.id(), SigningFixture.OPERATOR))).reason());
        assertEquals("rejected:generation_failed", fixture.auditLog.last().outcome());
        assertTrue(fixture.rsaKeys.all().isEmpty());
    }

    @Test
    void limits_the_active_keys_of_a_partner() {
        for (int i = 0; i < RsaKey.ACTIVE_COUNT_MAX; i++) {
            fixture.nextPairs.push(RsaKeyPairs.generate());
            generate(partner);
        }
        assertEquals(GenerateRsaKeysUseCase.Reason.TOO_MANY_KEYS, assertInstanceOf(
                GenerateRsaKeysUseCase.Rejected.class, fixture.generateRsaKeys.generate(
                        new GenerateRsaKeysCommand(partner.id(), SigningFixture.OPERATOR))).reason());
        // A rotation is always possible: it retires what is there.
        rotate(partner);
    }

    @Test
    void rotation_keeps_the_old_keys_for_the_overlap_then_only_the_new_one_verifies() {
        GenerateRsaKeysUseCase.Generated old = generate(partner);
        RotateRsaKeysUseCase.Rotated rotated = rotate(partner);
        assertEquals(1, rotated.retiredCount());
        assertEquals(fixture.clock.instant().plus(SigningFixture.OVERLAP), rotated.previousRetireAt());

        assertInstanceOf(Verified.class, verify(partner, old.pair()));
        assertInstanceOf(Verified.class, verify(partner, rotated.pair()));
        fixture.clock.advance(SigningFixture.OVERLAP);
        assertEquals(Reason.SIGNATURE_MISMATCH, reason(verify(partner, old.pair())));
        assertInstanceOf(Verified.class, verify(partner, rotated.pair()));
    }

    @Test
    void rotating_twice_retires_the_first_keys_at_once() {
        GenerateRsaKeysUseCase.Generated old = generate(partner);
        rotate(partner);
        rotate(partner);

        assertEquals(Reason.SIGNATURE_MISMATCH, reason(verify(partner, old.pair())));
    }

    @Test
    void refuses_an_rsa_overlap_beyond_its_limit() {
        assertThrows(InvalidValueException.class, () -> new RotateRsaKeysService(fixture.unitOfWork,
                fixture.partners, fixture.partnerLocks, fixture.rsaKeys, fixture.auditLog, fixture.keyPairs,
                Duration.ofDays(31), fixture.clock));
    }

    @Test
    void accepts_a_uuid_once_per_partner_and_only_after_everything_else_holds() {
        GenerateRsaKeysUseCase.Generated generated = generate(partner);
        String uuid = UuidV7.next().toString();
        Instant now = fixture.clock.instant();

        assertEquals(Reason.TIMESTAMP_EXPIRED, reason(verify(partner, generated.pair(), uuid, now.minusSeconds(301))));
        assertEquals(Reason.SIGNATURE_MISMATCH, reason(verify(partner, SigningFixture.PAIRS[2], uuid, now)));
        assertInstanceOf(Verified.class, verify(partner, generated.pair(), uuid, now), "rejections spend nothing");
        assertEquals(Reason.UUID_ALREADY_USED, reason(verify(partner, generated.pair(), uuid, now)));
        assertEquals(Reason.UUID_ALREADY_USED, reason(verify(partner, generated.pair(), uuid.toUpperCase(),
                now.plusSeconds(200))), "the same uuid in capitals, signed as sent, is still the same uuid");
    }

    @Test
    void reports_each_rejection_in_its_order() {
        Instant now = fixture.clock.instant();
        RsaKeyPairs.Generated pair = SigningFixture.PAIRS[0];
        assertEquals(Reason.NO_ACTIVE_KEY, reason(verify(partner, pair)));
        fixture.registerRsaKey.register(new RegisterRsaKeyCommand(partner.id(), pair.publicKey(),
                SigningFixture.OPERATOR));
        assertEquals(Reason.TIMESTAMP_IN_FUTURE,
                reason(verify(partner, pair, UuidV7.next().toString(), now.plusSeconds(301))));
        assertEquals(Reason.SIGNATURE_MALFORMED, reason(fixture.verifySignedUuid.verify(new VerifySignedUuidCommand(
                partner.id(), UuidV7.next().toString(), "***", now, SigningFixture.ANONYMOUS))));
        fixture.changePartnerStatus.change(new ChangePartnerStatusCommand(partner.id(), PartnerStatus.SUSPENDED,
                SigningFixture.OPERATOR));
        assertEquals(Reason.PARTNER_SUSPENDED, reason(verify(partner, pair)));
        assertEquals("signed_uuid.verify", fixture.auditLog.last().action());
        assertThrows(InvalidValueException.class, () -> verify(partner, pair, "uuid_001", now));
    }
}
