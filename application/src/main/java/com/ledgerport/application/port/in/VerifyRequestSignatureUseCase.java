package com.ledgerport.application.port.in;

import com.ledgerport.domain.access.SignatureReceipt;
import com.ledgerport.domain.access.SigningSecretId;
import com.ledgerport.domain.audit.CallContext;
import com.ledgerport.domain.partner.PartnerId;
import java.util.Arrays;
import java.util.Optional;

/**
 * Checks a seed 002 request signature for a partner the caller has already authenticated: {@code X-Timestamp}
 * within ±300 s, {@code X-Signature} = hex HMAC-SHA256 of {@code timestamp + "." + body} under one of the
 * partner's verifying secrets, and not seen before within its window (on any node). Every rejection is
 * audited; a verified signature is remembered, so the same request cannot be accepted twice.
 *
 * <p>{@link #check} verifies without remembering: its {@link Verified} carries a {@link SignatureReceipt} that
 * the use case acting on the request records in its own unit of work (one transaction for the signature's single
 * use and the request's effect, e.g. an order); {@link #remember} records it alone, for when that action failed
 * before it could.
 */
public interface VerifyRequestSignatureUseCase {

    /** Verifies and remembers the signature (its own unit of work): {@link Verified} without a receipt. */
    RequestSignatureCheck verify(VerifyRequestSignatureCommand command);

    /**
     * Verifies without remembering (the verifying secrets read in a read-only unit; rejections audited as by
     * {@link #verify}, except {@link Reason#REPLAYED}, which only remembering can tell): {@link Verified} with the
     * receipt to remember.
     */
    RequestSignatureCheck check(VerifyRequestSignatureCommand command);

    /**
     * Remembers a receipt of {@link #check} in a unit of work of its own; false when the signature is remembered
     * already — a replay, audited as {@link Reason#REPLAYED}.
     */
    boolean remember(SignatureReceipt receipt, CallContext context);

    /**
     * @param timestamp the {@code X-Timestamp} header as received, if any
     * @param signature the {@code X-Signature} header as received, if any
     * @param body      the request body bytes exactly as received (empty for none)
     */
    record VerifyRequestSignatureCommand(PartnerId partnerId, Optional<String> timestamp,
            Optional<String> signature, byte[] body, CallContext context) {

        public VerifyRequestSignatureCommand {
            body = body == null ? new byte[0] : body.clone();
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof VerifyRequestSignatureCommand that && partnerId.equals(that.partnerId)
                    && timestamp.equals(that.timestamp) && signature.equals(that.signature)
                    && Arrays.equals(body, that.body) && context.equals(that.context);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(body) * 31 + partnerId.hashCode();
        }

        @Override
        public String toString() {
            return "VerifyRequestSignatureCommand[partner=" + partnerId + ", timestamp=" + timestamp
                    + ", body=" + body.length + " bytes]";
        }
    }

    sealed interface RequestSignatureCheck permits Verified, Rejected {
    }

    /** @param receipt present when the signature is still to be remembered (see {@link #check}) */
    record Verified(SigningSecretId secretId, Optional<SignatureReceipt> receipt) implements RequestSignatureCheck {

        public Verified(SigningSecretId secretId) {
            this(secretId, Optional.empty());
        }
    }

    record Rejected(Reason reason) implements RequestSignatureCheck {
    }

    /** In order of precedence: the first that applies is reported. */
    enum Reason {
        TIMESTAMP_MISSING,
        SIGNATURE_MISSING,
        TIMESTAMP_MALFORMED,
        SIGNATURE_MALFORMED,
        TIMESTAMP_EXPIRED,
        TIMESTAMP_IN_FUTURE,
        NO_SIGNING_SECRET,
        SIGNATURE_MISMATCH,
        REPLAYED
    }
}
