package com.ledgerport.adapter.in.rest.wallet;

import com.ledgerport.adapter.in.rest.common.ApiException;
import com.ledgerport.adapter.in.rest.common.ErrorCode;
import com.ledgerport.adapter.in.rest.common.JsonBody;
import com.ledgerport.adapter.in.rest.common.RateLimiter;
import com.ledgerport.adapter.in.rest.common.RequestIds;
import com.ledgerport.application.port.in.VerifySignedUuidUseCase;
import com.ledgerport.application.port.in.VerifySignedUuidUseCase.Rejected;
import com.ledgerport.application.port.in.VerifySignedUuidUseCase.SignedUuidCheck;
import com.ledgerport.application.port.in.VerifySignedUuidUseCase.Verified;
import com.ledgerport.application.port.in.VerifySignedUuidUseCase.VerifySignedUuidCommand;
import com.ledgerport.domain.access.SignedUuid;
import com.ledgerport.domain.audit.Actor;
import com.ledgerport.domain.audit.ActorKind;
import com.ledgerport.domain.audit.CallContext;
import com.ledgerport.domain.partner.PartnerId;
import com.ledgerport.domain.shared.InvalidValueException;
import io.micronaut.http.HttpRequest;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The reusable seed 003 authentication of a request body: {@code service_provider}, {@code uuid},
 * {@code signed_uuid} and {@code timestamp}. Every 003 endpoint but the operator's key management calls it
 * first; it answers the authenticated partner, or throws the seed's error (400 {@code missing_fields},
 * {@code invalid_uuid} or {@code bad_request}; 401 {@code authentication_error}).
 */
@Singleton
final class SignedUuidAuthenticator {

    static final List<String> FIELDS = List.of(WalletRequests.SERVICE_PROVIDER, WalletRequests.UUID,
            WalletRequests.SIGNED_UUID, WalletRequests.TIMESTAMP);

    private final VerifySignedUuidUseCase verifySignedUuid;
    private final RateLimiter rateLimiter;

    SignedUuidAuthenticator(VerifySignedUuidUseCase verifySignedUuid, RateLimiter rateLimiter) {
        this.verifySignedUuid = verifySignedUuid;
        this.rateLimiter = rateLimiter;
    }

    /** The partner and the call context (actor: the RSA key that verified) of an authentic request. */
    record SignedRequest(PartnerId partnerId, CallContext context) {
    }

    /** Reads and checks the four fields; the caller has already required its own fields to be present. */
    SignedRequest authenticate(HttpRequest<?> request, JsonBody json) {
        WalletRequests.requirePresent(json, FIELDS);
        String uuid = json.requiredText(WalletRequests.UUID, SignedUuid.UUID_TEXT_LENGTH_MAX);
        try {
            SignedUuid.parseUuid(uuid);
        } catch (InvalidValueException malformed) {
            throw WalletRequests.invalidUuid(malformed.getMessage());
        }
        Instant timestamp = timestamp(json.requiredText(WalletRequests.TIMESTAMP, SignedUuid.TIMESTAMP_LENGTH_MAX));
        String signedUuid = json.requiredText(WalletRequests.SIGNED_UUID, SignedUuid.SIGNED_LENGTH_MAX);
        PartnerId partnerId = partner(json.requiredText(WalletRequests.SERVICE_PROVIDER,
                WalletRequests.SERVICE_PROVIDER_LENGTH_MAX));
        SignedUuidCheck check = verifySignedUuid.verify(new VerifySignedUuidCommand(partnerId, uuid, signedUuid,
                timestamp, RequestIds.context(request, Actor.anonymous())));
        if (check instanceof Verified verified) {
            // Counted per partner once authentic: a refused call's uuid is spent, as every uuid is once seen.
            rateLimiter.acquire(request.getPath(), "partner:" + verified.partnerId());
            return new SignedRequest(verified.partnerId(), RequestIds.context(request,
                    new Actor(ActorKind.RSA_KEY, verified.keyId().toString())));
        }
        throw unauthenticated(switch (((Rejected) check).reason()) {
            case PARTNER_NOT_FOUND -> "Unknown service_provider";
            case PARTNER_SUSPENDED -> "The service provider is suspended";
            case TIMESTAMP_EXPIRED -> "timestamp is more than 300 seconds in the past; send the current time";
            case TIMESTAMP_IN_FUTURE -> "timestamp is more than 300 seconds in the future; check the client's clock";
            case NO_ACTIVE_KEY -> "The service provider has no active RSA key; ask the operator to register one";
            case SIGNATURE_MALFORMED -> "signed_uuid is not base64";
            case SIGNATURE_MISMATCH -> "signed_uuid does not verify: sign the uuid text exactly as sent with "
                    + "SHA256withRSA and the service provider's private key";
            case UUID_ALREADY_USED -> "uuid has already been used; every request needs a new uuid";
        });
    }

    private static Instant timestamp(String text) {
        try {
            return SignedUuid.parseTimestamp(text);
        } catch (InvalidValueException malformed) {
            throw ApiException.badField(WalletRequests.TIMESTAMP,
                    "Field 'timestamp' is invalid: " + malformed.getMessage());
        }
    }

    /** A service_provider that is no partner id names no partner: the same 401 as an unknown one. */
    private static PartnerId partner(String text) {
        try {
            return PartnerId.parse(text);
        } catch (InvalidValueException malformed) {
            throw unauthenticated("Unknown service_provider");
        }
    }

    private static ApiException unauthenticated(String message) {
        return new ApiException(ErrorCode.UNAUTHENTICATED, Optional.empty(), message, Optional.empty());
    }
}
