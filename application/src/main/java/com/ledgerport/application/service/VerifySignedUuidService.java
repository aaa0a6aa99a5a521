package com.ledgerport.application.service;

import com.ledgerport.application.port.in.VerifySignedUuidUseCase;
import com.ledgerport.application.port.out.AuditLog;
import com.ledgerport.application.port.out.Partners;
import com.ledgerport.application.port.out.RsaKeys;
import com.ledgerport.application.port.out.UnitOfWork;
import com.ledgerport.application.port.out.UsedUuids;
import com.ledgerport.domain.access.RsaKey;
import com.ledgerport.domain.access.SignedUuid;
import com.ledgerport.domain.access.TimestampWindow;
import com.ledgerport.domain.access.TimestampWindow.Freshness;
import com.ledgerport.domain.audit.AuditRecord;
import com.ledgerport.domain.partner.Partner;
import com.ledgerport.domain.partner.PartnerId;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

public final class VerifySignedUuidService implements VerifySignedUuidUseCase {

    static final String ACTION = "signed_uuid.verify";

    private final UnitOfWork unitOfWork;
    private final Partners partners;
    private final RsaKeys rsaKeys;
    private final UsedUuids usedUuids;
    private final AuditLog auditLog;
    private final TimestampWindow window;
    private final Clock clock;

    public VerifySignedUuidService(UnitOfWork unitOfWork, Partners partners, RsaKeys rsaKeys, UsedUuids usedUuids,
            AuditLog auditLog, Clock clock) {
        this.unitOfWork = unitOfWork;
        this.partners = partners;
        this.rsaKeys = rsaKeys;
        this.usedUuids = usedUuids;
        this.auditLog = auditLog;
        this.window = TimestampWindow.SEEDS;
        this.clock = clock;
    }

    @Override
    public SignedUuidCheck verify(VerifySignedUuidCommand command) {
        // A uuid that is no UUID is the caller's 400 (invalid_uuid), checked before anything is looked up.
        UUID uuid = SignedUuid.parseUuid(command.uuid());
        Optional<byte[]> signature = SignedUuid.decodeSignature(command.signedUuid());
        byte[] message = command.uuid().getBytes(StandardCharsets.UTF_8);
        return unitOfWork.write(() -> {
            Instant now = clock.instant();
            Optional<Partner> partner = partners.find(command.partnerId());
            if (partner.isEmpty()) {
                return reject(command, Reason.PARTNER_NOT_FOUND, now);
            }
            if (!partner.get().isActive()) {
                return reject(command, Reason.PARTNER_SUSPENDED, now);
            }
            Freshness freshness = window.check(command.timestamp(), now);
            if (freshness != Freshness.FRESH) {
                return reject(command, freshness == Freshness.EXPIRED ? Reason.TIMESTAMP_EXPIRED
                        : Reason.TIMESTAMP_IN_FUTURE, now);
            }
            List<RsaKey> keys = rsaKeys.verifying(command.partnerId(), now, RsaKey.ACTIVE_COUNT_MAX);
            if (keys.isEmpty()) {
                return reject(command, Reason.NO_ACTIVE_KEY, now);
            }
            if (signature.isEmpty()) {
                return reject(command, Reason.SIGNATURE_MALFORMED, now);
            }
            Optional<RsaKey> verifying = keys.stream()
                    .filter(key -> key.publicKey().verifies(message, signature.get()))
                    .findFirst();
            if (verifying.isEmpty()) {
                return reject(command, Reason.SIGNATURE_MISMATCH, now);
            }
            // Last: a uuid is spent only by a request that is otherwise authentic.
            if (!usedUuids.use(command.partnerId(), uuid, now)) {
                return reject(command, Reason.UUID_ALREADY_USED, now);
            }
            return new Verified(command.partnerId(), verifying.get().id());
        });
    }

    private Rejected reject(VerifySignedUuidCommand command, Reason reason, Instant now) {
        Optional<PartnerId> partner = reason == Reason.PARTNER_NOT_FOUND
                ? Optional.empty() : Optional.of(command.partnerId());
        String target = command.uuid().length() <= AuditRecord.TARGET_LENGTH_MAX ? command.uuid() : "";
        auditLog.append(AuditRecord.of(command.context(), now, partner, ACTION, target,
                AuditRecord.rejected(reason.name().toLowerCase(Locale.ROOT))));
        return new Rejected(reason);
    }
}
