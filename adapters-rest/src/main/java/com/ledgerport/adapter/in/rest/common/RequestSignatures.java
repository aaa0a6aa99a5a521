package com.ledgerport.adapter.in.rest.common;

import com.ledgerport.application.port.in.VerifyRequestSignatureUseCase;
import com.ledgerport.application.port.in.VerifyRequestSignatureUseCase.Rejected;
import com.ledgerport.application.port.in.VerifyRequestSignatureUseCase.RequestSignatureCheck;
import com.ledgerport.application.port.in.VerifyRequestSignatureUseCase.Verified;
import com.ledgerport.application.port.in.VerifyRequestSignatureUseCase.VerifyRequestSignatureCommand;
import com.ledgerport.domain.audit.CallContext;
import com.ledgerport.domain.partner.PartnerId;
import io.micronaut.http.HttpRequest;
import jakarta.inject.Singleton;
import java.util.Optional;

/**
 * The reusable seed 002 signature check: an endpoint that must be signed calls {@link #require} with the
 * partner it has authenticated and the body bytes it received (its {@code @Body byte[]}), before it acts.
 *
 * <p>Why a call and not a filter: the partner whose secret applies is known only once the request's bearer
 * credential has been checked, which the endpoint does; and the endpoint already holds the exact bytes it
 * will parse, so the signature is checked over precisely what is acted upon. Micronaut 4.10 could run a
 * {@code @FilterMatcher} filter with a {@code @Body} copy on annotated routes, but the filter would then need
 * the authenticated partner from an earlier filter — an ordering contract between filters that this avoids.
 *
 * <p>A rejection is a 401 in the request's surface envelope naming the header at fault; the check itself
 * audits it.
 */
@Singleton
public final class RequestSignatures {

    public static final String TIMESTAMP_HEADER = "X-Timestamp";
    public static final String SIGNATURE_HEADER = "X-Signature";

    private final VerifyRequestSignatureUseCase verifyRequestSignature;

    public RequestSignatures(VerifyRequestSignatureUseCase verifyRequestSignature) {
        this.verifyRequestSignature = verifyRequestSignature;
    }

    /** Returns when the request is signed by the partner; throws a 401 {@link ApiException} otherwise. */
    public Verified require(HttpRequest<?> request, byte[] body, PartnerId partnerId, CallContext context) {
        RequestSignatureCheck check = verifyRequestSignature.verify(new VerifyRequestSignatureCommand(partnerId,
                header(request, TIMESTAMP_HEADER), header(request, SIGNATURE_HEADER), body, context));
        if (check instanceof Verified verified) {
            return verified;
        }
        VerifyRequestSignatureUseCase.Reason reason = ((Rejected) check).reason();
        throw switch (reason) {
            case TIMESTAMP_MISSING -> refused(TIMESTAMP_HEADER,
                    "Missing X-Timestamp header: send the Unix time in seconds that was signed");
            case SIGNATURE_MISSING -> refused(SIGNATURE_HEADER, "Missing X-Signature header: send "
                    + "hex(HMAC-SHA256(partner secret, X-Timestamp + \".\" + body))");
            case TIMESTAMP_MALFORMED -> refused(TIMESTAMP_HEADER,
                    "X-Timestamp must be Unix time in seconds (digits only)");
            case SIGNATURE_MALFORMED -> refused(SIGNATURE_HEADER,
                    "X-Signature must be 64 hexadecimal digits (HMAC-SHA256)");
            case TIMESTAMP_EXPIRED -> refused(TIMESTAMP_HEADER,
                    "X-Timestamp is more than 300 seconds in the past: sign the request again with the current "
                            + "time");
            case TIMESTAMP_IN_FUTURE -> refused(TIMESTAMP_HEADER,
                    "X-Timestamp is more than 300 seconds in the future: check the client's clock");
            case NO_SIGNING_SECRET -> refused(SIGNATURE_HEADER,
                    "No signing secret has been issued to this partner; ask the operator for one");
            case SIGNATURE_MISMATCH -> refused(SIGNATURE_HEADER, "Invalid signature: X-Signature does not "
                    + "match X-Timestamp and the body as sent under the partner's signing secret");
            case REPLAYED -> refused(SIGNATURE_HEADER,
                    "Signature already used: a signed request is accepted once; sign each request anew");
        };
    }

    private static Optional<String> header(HttpRequest<?> request, String name) {
        return Optional.ofNullable(request.getHeaders().get(name));
    }

    private static ApiException refused(String header, String message) {
        return new ApiException(ErrorCode.UNAUTHENTICATED, Optional.empty(), message, Optional.of(header));
    }
}
