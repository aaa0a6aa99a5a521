package com.ledgerport.application.service;

import com.ledgerport.application.port.in.VerifyRequestSignatureUseCase;
import com.ledgerport.application.port.out.AuditLog;
import com.ledgerport.application.port.out.SeenSignatures;
import com.ledgerport.application.port.out.SigningSecrets;
import com.ledgerport.application.port.out.UnitOfWork;
import com.ledgerport.domain.access.RequestSignature;
import com.ledgerport.domain.access.SignatureReceipt;
import com.ledgerport.domain.access.SigningSecret;
import com.ledgerport.domain.access.TimestampWindow;
import com.ledgerport.domain.access.TimestampWindow.Freshness;
import com.ledgerport.domain.audit.AuditRecord;
import com.ledgerport.domain.audit.CallContext;
import com.ledgerport.domain.partner.PartnerId;
import com.ledgerport.domain.shared.SecretBox;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

public final class VerifyRequestSignatureService implements VerifyRequestSignatureUseCase {

    static final String ACTION = "request_signature.verify";
    /**
     * Nodes' clocks differ a little: a signature is remembered this much longer than its window, so a node whose
     * clock runs behind cannot accept it again after another node forgot it.
     */
    static final Duration REPLAY_MEMORY_MARGIN = Duration.ofMinutes(1);

    private final UnitOfWork unitOfWork;
    private final SigningSecrets signingSecrets;
    private final SeenSignatures seenSignatures;
    private final AuditLog auditLog;
    private final OpenedSigningKeys keys;
    private final TimestampWindow window;
    private final Clock clock;

    public VerifyRequestSignatureService(UnitOfWork unitOfWork, SigningSecrets signingSecrets,
            SeenSignatures seenSignatures, AuditLog auditLog, SecretBox secretBox, Clock clock) {
        this.unitOfWork = unitOfWork;
        this.signingSecrets = signingSecrets;
        this.seenSignatures = seenSignatures;
        this.auditLog = auditLog;
        this.keys = new OpenedSigningKeys(secretBox);
        this.window = TimestampWindow.SEEDS;
        this.clock = clock;
    }

    @Override
    public RequestSignatureCheck verify(VerifyRequestSignatureCommand command) {
        Instant now = clock.instant();
        Optional<Reason> malformed = checkHeaders(command, now);
        return malformed.isPresent() ? rejected(command, malformed.get()) : unitOfWork.write(() -> {
            RequestSignatureCheck check = matchSecret(command, now);
            if (check instanceof Rejected rejected) {
                return reject(command, rejected.reason());
            }
            Verified verified = (Verified) check;
            return remember(seenSignatures, auditLog, clock, verified.receipt().get(), command.context())
                    ? new Verified(verified.secretId()) : new Rejected(Reason.REPLAYED);
        });
    }

    @Override
    public RequestSignatureCheck check(VerifyRequestSignatureCommand command) {
        Instant now = clock.instant();
        Optional<Reason> malformed = checkHeaders(command, now);
        if (malformed.isPresent()) {
            return rejected(command, malformed.get());
        }
        RequestSignatureCheck check = unitOfWork.read(() -> matchSecret(command, now));
        return check instanceof Rejected rejected ? rejected(command, rejected.reason()) : check;
    }

    @Override
    public boolean remember(SignatureReceipt receipt, CallContext context) {
        return unitOfWork.write(() -> remember(seenSignatures, auditLog, clock, receipt, context));
    }

    /**
     * Inside the caller's unit of work: remembers the signature (true), or audits its replay (false). Also how the
     * order use case remembers a receipt in the order's own unit of work.
     */
    static boolean remember(SeenSignatures seenSignatures, AuditLog auditLog, Clock clock, SignatureReceipt receipt,
            CallContext context) {
        if (seenSignatures.remember(receipt.partnerId(), receipt.signature(), receipt.forgetAfter())) {
            return true;
        }
        auditLog.append(rejection(context, clock.instant(), receipt.partnerId(), Reason.REPLAYED));
        return false;
    }

    /** The partner's verifying secrets and the HMAC: rejected (not audited yet) or verified with its receipt. */
    private RequestSignatureCheck matchSecret(VerifyRequestSignatureCommand command, Instant now) {
        String timestamp = command.timestamp().get();
        String signature = command.signature().get().toLowerCase(Locale.ROOT);
        List<SigningSecret> secrets = signingSecrets.verifying(command.partnerId(), now);
        if (secrets.isEmpty()) {
            return new Rejected(Reason.NO_SIGNING_SECRET);
        }
        Optional<SigningSecret> matched = secrets.stream()
                .filter(secret -> RequestSignature.matches(keys.key(secret), timestamp, command.body(), signature))
                .findFirst();
        if (matched.isEmpty()) {
            return new Rejected(Reason.SIGNATURE_MISMATCH);
        }
        Instant stamped = RequestSignature.parseTimestamp(timestamp).get();
        Instant forgetAfter = window.freshUntil(stamped).plus(REPLAY_MEMORY_MARGIN);
        return new Verified(matched.get().id(), Optional.of(new SignatureReceipt(command.partnerId(), signature,
                forgetAfter)));
    }

    /** The checks that need no database, in the precedence of {@link Reason}. */
    private Optional<Reason> checkHeaders(VerifyRequestSignatureCommand command, Instant now) {
        if (command.timestamp().isEmpty()) {
            return Optional.of(Reason.TIMESTAMP_MISSING);
        }
        if (command.signature().isEmpty()) {
            return Optional.of(Reason.SIGNATURE_MISSING);
        }
        Optional<Instant> stamped = RequestSignature.parseTimestamp(command.timestamp().get());
        if (stamped.isEmpty()) {
            return Optional.of(Reason.TIMESTAMP_MALFORMED);
        }
        if (RequestSignature.normaliseSignature(command.signature().get()).isEmpty()) {
            return Optional.of(Reason.SIGNATURE_MALFORMED);
        }
        Freshness freshness = window.check(stamped.get(), now);
        if (freshness == Freshness.EXPIRED) {
            return Optional.of(Reason.TIMESTAMP_EXPIRED);
        }
        if (freshness == Freshness.FUTURE) {
            return Optional.of(Reason.TIMESTAMP_IN_FUTURE);
        }
        return Optional.empty();
    }

    /** The rejection, audited in a unit of work of its own. */
    private Rejected rejected(VerifyRequestSignatureCommand command, Reason reason) {
        return unitOfWork.write(() -> reject(command, reason));
    }

    private Rejected reject(VerifyRequestSignatureCommand command, Reason reason) {
        auditLog.append(rejection(command.context(), clock.instant(), command.partnerId(), reason));
        return new Rejected(reason);
    }

    private static AuditRecord rejection(CallContext context, Instant now, PartnerId partnerId, Reason reason) {
        return AuditRecord.of(context, now, Optional.of(partnerId), ACTION, partnerId.toString(),
                AuditRecord.rejected(reason.name().toLowerCase(Locale.ROOT)));
    }
}
