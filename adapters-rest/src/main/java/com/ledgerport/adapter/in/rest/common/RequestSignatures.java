package com.ledgerport.adapter.in.rest.common;

import com.ledgerport.application.port.in.VerifyRequestSignatureUseCase;
import com.ledgerport.application.port.in.VerifyRequestSignatureUseCase.Rejected;
import com.ledgerport.application.port.in.VerifyRequestSignatureUseCase.RequestSignatureCheck;
import com.ledgerport.application.port.in.VerifyRequestSignatureUseCase.Verified;
import com.ledgerport.application.port.in.VerifyRequestSignatureUseCase.VerifyRequestSignatureCommand;
import com.ledgerport.domain.access.SignatureReceipt;
import com.ledgerport.domain.audit.CallContext;
import com.ledgerport.domain.partner.PartnerId;
import io.micronaut.http.HttpRequest;
import jakarta.inject.Singleton;
import java.util.Optional;
import java.util.function.Function;

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
 *
 * <p>An endpoint whose use case remembers the signature in its own unit of work (the order's: one transaction for
 * both) calls {@link #once} instead: the signature is verified but not yet remembered, the action gets its
 * {@link SignatureReceipt}, and if the action fails before its unit of work committed (a malformed body, an
 * error), the signature is remembered on its own — so a signed request is still accepted once whatever its fate.
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
        return verified(verifyRequestSignature.verify(command(request, body, partnerId, context)));
    }

    /**
     * Verifies the request's signature (a 401 {@link ApiException} if it is not the partner's), then runs
     * {@code action} with the receipt that the action's use case must remember in its unit of work. If the action
     * throws, the signature is remembered on its own before the exception goes on — or the request answers as a
     * replay (401) when it was remembered already.
     */
    public <T> T once(HttpRequest<?> request, byte[] body, PartnerId partnerId, CallContext context,
            Function<SignatureReceipt, T> action) {
        SignatureReceipt receipt = verified(verifyRequestSignature.check(command(request, body, partnerId, context)))
                .receipt().orElseThrow();
        try {
            return action.apply(receipt);
        } catch (RuntimeException failed) {
            boolean remembered;
            try {
                remembered = verifyRequestSignature.remember(receipt, context);
            } catch (RuntimeException alsoFailed) {
                failed.addSuppressed(alsoFailed);
                throw failed;
            }
            throw remembered ? failed : replayed();
        }
    }

    /** The answer to a request whose signature was remembered already. */
    public static ApiException replayed() {
        return refusal(VerifyRequestSignatureUseCase.Reason.REPLAYED);
    }

    private static VerifyRequestSignatureCommand command(HttpRequest<?> request, byte[] body, PartnerId partnerId,
            CallContext context) {
        return new VerifyRequestSignatureCommand(partnerId, header(request, TIMESTAMP_HEADER),
                header(request, SIGNATURE_HEADER), body, context);
    }

    private static Verified verified(RequestSignatureCheck check) {
        if (check instanceof Verified verified) {
            return verified;
        }
        throw refusal(((Rejected) check).reason());
    }

    private static ApiException refusal(VerifyRequestSignatureUseCase.Reason reason) {
        return switch (reason) {
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
