package com.ledgerport.application.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ledgerport.application.port.in.ForgetExpiredSignaturesUseCase.ForgetExpiredSignaturesCommand;
import com.ledgerport.application.port.in.IssueSigningSecretUseCase.IssueSigningSecretCommand;
import com.ledgerport.application.port.in.IssueSigningSecretUseCase.Issued;
import com.ledgerport.application.port.in.IssueSigningSecretUseCase.PartnerNotFound;
import com.ledgerport.application.port.in.VerifyRequestSignatureUseCase.Reason;
import com.ledgerport.application.port.in.VerifyRequestSignatureUseCase.RequestSignatureCheck;
import com.ledgerport.application.port.in.VerifyRequestSignatureUseCase.Rejected;
import com.ledgerport.application.port.in.VerifyRequestSignatureUseCase.Verified;
import com.ledgerport.application.port.in.VerifyRequestSignatureUseCase.VerifyRequestSignatureCommand;
import com.ledgerport.domain.access.RequestSignature;
import com.ledgerport.domain.access.SignatureReceipt;
import com.ledgerport.domain.access.SigningSecret;
import com.ledgerport.domain.access.TimestampWindow;
import com.ledgerport.domain.audit.AuditRecord;
import com.ledgerport.domain.partner.Partner;
import com.ledgerport.domain.partner.PartnerId;
import com.ledgerport.domain.shared.InvalidValueException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SigningServicesTest {

    private static final byte[] BODY = "{\"external_id\":\"ORD-1\"}".getBytes(StandardCharsets.UTF_8);

    private final SigningFixture fixture = new SigningFixture();
    private final Partner partner = fixture.partner("Acme");

    private Issued issue(Partner target) {
        return assertInstanceOf(Issued.class, fixture.issueSigningSecret.issue(
                new IssueSigningSecretCommand(target.id(), SigningFixture.OPERATOR)));
    }

    private String now() {
        return Long.toString(fixture.clock.instant().getEpochSecond());
    }

    private RequestSignatureCheck verify(Partner target, String timestamp, String signature, byte[] body) {
        return fixture.verifyRequestSignature.verify(new VerifyRequestSignatureCommand(target.id(),
                Optional.ofNullable(timestamp), Optional.ofNullable(signature), body, SigningFixture.ANONYMOUS));
    }

    private static String sign(String secret, String timestamp, byte[] body) {
        return RequestSignature.sign(secret.getBytes(StandardCharsets.UTF_8), timestamp, body);
    }

    private static Reason reason(RequestSignatureCheck check) {
        return assertInstanceOf(Rejected.class, check).reason();
    }

    @Test
    void issues_a_secret_shown_once_and_stored_sealed_and_audits_it() {
        Issued issued = issue(partner);

        assertTrue(issued.secret().startsWith(SigningSecret.PREFIX));
        assertEquals(Optional.empty(), issued.previousRetiresAt());
        SigningSecret stored = fixture.signingSecrets.all().get(0);
        assertFalse(stored.sealedValue().contains(issued.secret()));
        assertEquals("signing_secret.issue", fixture.auditLog.last().action());
        assertEquals(issued.id().toString(), fixture.auditLog.last().target());
        assertFalse(issued.toString().contains(issued.secret()), "toString hides the secret");
    }

    @Test
    void refuses_an_unknown_partner_and_audits_the_refusal() {
        PartnerId ghost = PartnerId.generate();
        assertInstanceOf(PartnerNotFound.class, fixture.issueSigningSecret.issue(
                new IssueSigningSecretCommand(ghost, SigningFixture.OPERATOR)));
        assertEquals("rejected:partner_not_found", fixture.auditLog.last().outcome());
    }

    @Test
    void verifies_a_good_signature_once_and_then_calls_it_a_replay() {
        Issued issued = issue(partner);
        String timestamp = now();
        String signature = sign(issued.secret(), timestamp, BODY);

        assertEquals(new Verified(issued.id()), verify(partner, timestamp, signature, BODY));
        assertEquals(Reason.REPLAYED, reason(verify(partner, timestamp, signature, BODY)));
        assertEquals(Reason.REPLAYED, reason(verify(partner, timestamp, signature.toUpperCase(), BODY)),
                "upper-case hex is the same signature");
        AuditRecord audit = fixture.auditLog.last();
        assertEquals("request_signature.verify", audit.action());
        assertEquals("rejected:replayed", audit.outcome());
        assertEquals(Optional.of(partner.id()), audit.partnerId());
    }

    @Test
    void a_check_verifies_without_remembering_and_its_receipt_is_remembered_once() {
        Issued issued = issue(partner);
        String timestamp = now();
        String signature = sign(issued.secret(), timestamp, BODY).toUpperCase();
        VerifyRequestSignatureCommand command = new VerifyRequestSignatureCommand(partner.id(),
                Optional.of(timestamp), Optional.of(signature), BODY, SigningFixture.ANONYMOUS);

        Verified checked = (Verified) fixture.verifyRequestSignature.check(command);
        assertEquals(issued.id(), checked.secretId());
        SignatureReceipt receipt = checked.receipt().orElseThrow();
        Instant forgetAfter = TimestampWindow.SEEDS.freshUntil(Instant.ofEpochSecond(Long.parseLong(timestamp)))
                .plus(VerifyRequestSignatureService.REPLAY_MEMORY_MARGIN);
        assertEquals(new SignatureReceipt(partner.id(), signature.toLowerCase(), forgetAfter), receipt);
        assertEquals(0, fixture.seenSignatures.size(), "a check remembers nothing");
        assertInstanceOf(Verified.class, fixture.verifyRequestSignature.check(command), "nor refuses a copy");

        assertTrue(fixture.verifyRequestSignature.remember(receipt, SigningFixture.ANONYMOUS));
        assertFalse(fixture.verifyRequestSignature.remember(receipt, SigningFixture.ANONYMOUS));
        assertEquals("rejected:replayed", fixture.auditLog.last().outcome());
        assertEquals(Reason.REPLAYED, reason(verify(partner, timestamp, signature, BODY)));
        assertEquals(Reason.SIGNATURE_MISMATCH, reason(fixture.verifyRequestSignature.check(
                new VerifyRequestSignatureCommand(partner.id(), Optional.of(timestamp), Optional.of("0".repeat(64)),
                        BODY, SigningFixture.ANONYMOUS))));
        assertEquals("rejected:signature_mismatch", fixture.auditLog.last().outcome());
    }

    @Test
    void reports_missing_and_malformed_headers_in_their_order() {
        issue(partner);
        String good = "0".repeat(64);

        assertEquals(Reason.TIMESTAMP_MISSING, reason(verify(partner, null, null, BODY)));
        assertEquals(Reason.SIGNATURE_MISSING, reason(verify(partner, now(), null, BODY)));
        assertEquals(Reason.TIMESTAMP_MALFORMED, reason(verify(partner, "soon", "bad", BODY)));
        assertEquals(Reason.SIGNATURE_MALFORMED, reason(verify(partner, now(), "bad", BODY)));
        assertEquals(Reason.SIGNATURE_MISMATCH, reason(verify(partner, now(), good, BODY)));
        assertEquals(5, fixture.auditLog.all().stream().filter(a -> a.action().equals("request_signature.verify"))
                .count(), "every rejection is audited");
    }

    @Test
    void refuses_timestamps_more_than_300_seconds_away_even_when_signed() {
        Issued issued = issue(partner);
        Instant now = fixture.clock.instant();
        String old = Long.toString(now.getEpochSecond() - 301);
        String future = Long.toString(now.getEpochSecond() + 301);
        String edge = Long.toString(now.getEpochSecond() - 300);

        assertEquals(Reason.TIMESTAMP_EXPIRED, reason(verify(partner, old, sign(issued.secret(), old, BODY), BODY)));
        assertEquals(Reason.TIMESTAMP_IN_FUTURE,
                reason(verify(partner, future, sign(issued.secret(), future, BODY), BODY)));
        assertInstanceOf(Verified.class, verify(partner, edge, sign(issued.secret(), edge, BODY), BODY));
    }

    @Test
    void a_partner_without_a_secret_cannot_verify_anything() {
        assertEquals(Reason.NO_SIGNING_SECRET, reason(verify(partner, now(), "a".repeat(64), BODY)));
    }

    @Test
    void another_partners_secret_does_not_verify() {
        Partner other = fixture.partner("Other");
        issue(partner);
        Issued theirs = issue(other);
        String timestamp = now();

        assertEquals(Reason.SIGNATURE_MISMATCH,
                reason(verify(partner, timestamp, sign(theirs.secret(), timestamp, BODY), BODY)));
    }

    @Test
    void rotation_keeps_the_previous_secret_for_the_overlap_and_no_longer() {
        Issued first = issue(partner);
        Issued second = issue(partner);
        assertEquals(Optional.of(fixture.clock.instant().plus(SigningFixture.OVERLAP)), second.previousRetiresAt());
        assertEquals("signing_secret.rotate", fixture.auditLog.last().action());
        assertNotEquals(first.secret(), second.secret());

        String timestamp = now();
        assertEquals(new Verified(first.id()), verify(partner, timestamp, sign(first.secret(), timestamp, BODY), BODY));
        assertEquals(new Verified(second.id()),
                verify(partner, timestamp, sign(second.secret(), timestamp, new byte[0]), new byte[0]));

        fixture.clock.advance(SigningFixture.OVERLAP);
        String later = now();
        assertEquals(Reason.SIGNATURE_MISMATCH,
                reason(verify(partner, later, sign(first.secret(), later, BODY), BODY)));
        assertInstanceOf(Verified.class, verify(partner, later, sign(second.secret(), later, BODY), BODY));
    }

    @Test
    void a_second_rotation_ends_the_overlap_of_the_first_at_once() {
        Issued first = issue(partner);
        issue(partner);
        Issued third = issue(partner);
        String timestamp = now();

        assertEquals(Reason.SIGNATURE_MISMATCH,
                reason(verify(partner, timestamp, sign(first.secret(), timestamp, BODY), BODY)));
        assertInstanceOf(Verified.class, verify(partner, timestamp, sign(third.secret(), timestamp, BODY), BODY));
        assertEquals(2, fixture.signingSecrets.verifying(partner.id(), fixture.clock.instant()).size());
    }

    @Test
    void a_zero_overlap_retires_the_previous_secret_at_once() {
        IssueSigningSecretService immediate = new IssueSigningSecretService(fixture.unitOfWork, fixture.partnerLocks,
                fixture.signingSecrets, fixture.auditLog, fixture.secretBox, Duration.ZERO, fixture.clock);
        Issued first = issue(partner);
        immediate.issue(new IssueSigningSecretCommand(partner.id(), SigningFixture.OPERATOR));
        String timestamp = now();

        assertEquals(Reason.SIGNATURE_MISMATCH,
                reason(verify(partner, timestamp, sign(first.secret(), timestamp, BODY), BODY)));
    }

    @Test
    void refuses_an_overlap_beyond_its_limit() {
        assertThrows(InvalidValueException.class, () -> new IssueSigningSecretService(fixture.unitOfWork,
                fixture.partnerLocks, fixture.signingSecrets, fixture.auditLog, fixture.secretBox,
                SigningSecret.ROTATION_OVERLAP_MAX.plusSeconds(1), fixture.clock));
        assertThrows(InvalidValueException.class, () -> new IssueSigningSecretService(fixture.unitOfWork,
                fixture.partnerLocks, fixture.signingSecrets, fixture.auditLog, fixture.secretBox,
                Duration.ofSeconds(-1), fixture.clock));
    }

    @Test
    void a_replayed_signature_of_another_partner_is_not_a_replay_for_this_one() {
        Partner other = fixture.partner("Other");
        Issued mine = issue(partner);
        Issued theirs = issue(other);
        // Same bytes everywhere, yet each partner's memory is its own.
        String timestamp = now();
        assertInstanceOf(Verified.class, verify(partner, timestamp, sign(mine.secret(), timestamp, BODY), BODY));
        assertInstanceOf(Verified.class, verify(other, timestamp, sign(theirs.secret(), timestamp, BODY), BODY));
    }

    @Test
    void forgets_signatures_only_after_their_window() {
        Issued issued = issue(partner);
        String timestamp = now();
        assertInstanceOf(Verified.class, verify(partner, timestamp, sign(issued.secret(), timestamp, BODY), BODY));

        fixture.clock.advance(Duration.ofSeconds(300));
        assertEquals(0, fixture.forgetExpiredSignatures.forget(new ForgetExpiredSignaturesCommand(100)).count());
        assertEquals(1, fixture.seenSignatures.size());

        fixture.clock.advance(Duration.ofSeconds(1).plus(VerifyRequestSignatureService.REPLAY_MEMORY_MARGIN));
        assertEquals(1, fixture.forgetExpiredSignatures.forget(new ForgetExpiredSignaturesCommand(100)).count());
        assertEquals(0, fixture.seenSignatures.size());
    }

    @Test
    void forgets_in_batches() {
        Issued issued = issue(partner);
        for (int i = 0; i < 5; i++) {
            byte[] body = ("{\"n\":" + i + "}").getBytes(StandardCharsets.UTF_8);
            String timestamp = now();
            assertInstanceOf(Verified.class, verify(partner, timestamp, sign(issued.secret(), timestamp, body), body));
        }
        fixture.clock.advance(Duration.ofHours(1));
        int writesBefore = fixture.unitOfWork.writes();

        assertEquals(5, fixture.forgetExpiredSignatures.forget(new ForgetExpiredSignaturesCommand(2)).count());
        assertEquals(3, fixture.unitOfWork.writes() - writesBefore, "2 + 2 + 1");
        assertThrows(InvalidValueException.class,
                () -> fixture.forgetExpiredSignatures.forget(new ForgetExpiredSignaturesCommand(0)));
    }
}
