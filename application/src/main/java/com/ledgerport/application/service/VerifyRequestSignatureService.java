package com.ledgerport.application.service;

import com.ledgerport.application.port.in.VerifyRequestSignatureUseCase;
import com.ledgerport.application.port.out.AuditLog;
import com.ledgerport.application.port.out.SeenSignatures;
import com.ledgerport.application.port.out.SigningSecrets;
import com.ledgerport.application.port.out.UnitOfWork;
import com.ledgerport.domain.access.RequestSignature;
import com.ledgerport.domain.access.SigningSecret;
import com.ledgerport.domain.access.TimestampWindow;
import com.ledgerport.domain.access.TimestampWindow.Freshness;
import com.ledgerport.domain.audit.AuditRecord;
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
        if (malformed.isPresent()) {
            return unitOfWork.write(() -> reject(command, malformed.get()));
        }
        String timestamp = command.timestamp().get();
        String signature = command.signature().get().toLowerCase(Locale.ROOT);
        Instant stamped = RequestSignature.parseTimestamp(timestamp).get();
        return unitOfWork.write(() -> {
            List<SigningSecret> secrets = signingSecrets.verifying(command.partnerId(), now);
            if (secrets.isEmpty()) {
                return reject(command, Reason.NO_SIGNING_SECRET);
            }
            Optional<SigningSecret> matched = secrets.stream()
                    .filter(secret -> RequestSignature.matches(keys.key(secret), timestamp, command.body(),
                            signature))
                    .findFirst();
            if (matched.isEmpty()) {
                return reject(command, Reason.SIGNATURE_MISMATCH);
            }
            Instant forgetAfter = window.freshUntil(stamped).plus(REPLAY_MEMORY_MARGIN);
            if (!seenSignatures.remember(command.partnerId(), signature, forgetAfter)) {
                return reject(command, Reason.REPLAYED);
            }
            return new Verified(matched.get().id());
        });
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

    private Rejected reject(VerifyRequestSignatureCommand command, Reason reason) {
        auditLog.append(AuditRecord.of(command.context(), clock.instant(), Optional.of(command.partnerId()), ACTION,
                command.partnerId().toString(), AuditRecord.rejected(reason.name().toLowerCase(Locale.ROOT))));
        return new Rejected(reason);
    }
}
