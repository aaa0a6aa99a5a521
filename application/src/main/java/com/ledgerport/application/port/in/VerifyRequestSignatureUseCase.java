package com.ledgerport.application.port.in;

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
 */
public interface VerifyRequestSignatureUseCase {

    RequestSignatureCheck verify(VerifyRequestSignatureCommand command);

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

    record Verified(SigningSecretId secretId) implements RequestSignatureCheck {
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
