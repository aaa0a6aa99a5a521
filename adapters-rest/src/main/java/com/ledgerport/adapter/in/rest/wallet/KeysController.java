package com.ledgerport.adapter.in.rest.wallet;

import com.ledgerport.adapter.in.rest.common.ApiException;
import com.ledgerport.adapter.in.rest.common.Bearer;
import com.ledgerport.adapter.in.rest.common.ErrorCode;
import com.ledgerport.adapter.in.rest.common.JsonBody;
import com.ledgerport.adapter.in.rest.common.RequestIds;
import com.ledgerport.adapter.in.rest.common.WalletEcho;
import com.ledgerport.application.port.in.AuthenticateOperatorUseCase;
import com.ledgerport.application.port.in.AuthenticateOperatorUseCase.AuthenticateOperatorCommand;
import com.ledgerport.application.port.in.AuthenticateOperatorUseCase.OperatorAuthentication;
import com.ledgerport.application.port.in.GenerateRsaKeysUseCase;
import com.ledgerport.application.port.in.GenerateRsaKeysUseCase.GenerateRsaKeysCommand;
import com.ledgerport.application.port.in.GenerateRsaKeysUseCase.Generated;
import com.ledgerport.application.port.in.GenerateRsaKeysUseCase.RsaKeyGeneration;
import com.ledgerport.application.port.in.RotateRsaKeysUseCase;
import com.ledgerport.application.port.in.RotateRsaKeysUseCase.RotateRsaKeysCommand;
import com.ledgerport.application.port.in.RotateRsaKeysUseCase.Rotated;
import com.ledgerport.application.port.in.RotateRsaKeysUseCase.RsaKeyRotation;
import com.ledgerport.domain.access.RsaKey;
import com.ledgerport.domain.audit.Actor;
import com.ledgerport.domain.audit.CallContext;
import com.ledgerport.domain.partner.PartnerId;
import com.ledgerport.domain.shared.InvalidValueException;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Seed 003 "Keys Management [INTERNAL]": {@code POST /api/v1/keys/generate} and {@code /rotate}, for the
 * operator only ({@code Authorization: Bearer <operator token>}); the body names the partner as
 * {@code service_provider}. The private key is in the answer once and never stored.
 */
@Controller("/api/v1/keys")
@ExecuteOn(TaskExecutors.BLOCKING)
final class KeysController {

    private final AuthenticateOperatorUseCase authenticateOperator;
    private final GenerateRsaKeysUseCase generateRsaKeys;
    private final RotateRsaKeysUseCase rotateRsaKeys;

    KeysController(AuthenticateOperatorUseCase authenticateOperator, GenerateRsaKeysUseCase generateRsaKeys,
            RotateRsaKeysUseCase rotateRsaKeys) {
        this.authenticateOperator = authenticateOperator;
        this.generateRsaKeys = generateRsaKeys;
        this.rotateRsaKeys = rotateRsaKeys;
    }

    @Post("/generate")
    @Consumes(MediaType.APPLICATION_JSON)
    HttpResponse<Map<String, Object>> generate(HttpRequest<?> request, @Nullable @Body byte[] body) {
        PartnerId partnerId = readPartner(request, body);
        RsaKeyGeneration outcome = generateRsaKeys.generate(new GenerateRsaKeysCommand(partnerId, operator(request)));
        if (outcome instanceof Generated generated) {
            Map<String, Object> data = new LinkedHashMap<>();
            data.put("public_key", generated.pair().publicKey().base64Der());
            data.put("private_key", generated.pair().privateKeyBase64());
            return answer(request, "keys_generated", "Keys generated successfully.", data);
        }
        throw switch (((GenerateRsaKeysUseCase.Rejected) outcome).reason()) {
            case PARTNER_NOT_FOUND -> partnerNotFound(partnerId);
            case TOO_MANY_KEYS -> new ApiException(ErrorCode.CONFLICT, Optional.empty(), "The service provider "
                    + "already has " + RsaKey.ACTIVE_COUNT_MAX + " active keys; rotate them instead",
                    Optional.of(WalletRequests.SERVICE_PROVIDER));
            case GENERATION_FAILED -> new ApiException(ErrorCode.INTERNAL, Optional.of("key_generation_failed"),
                    "Unable to generate keys due to server error.", Optional.empty());
        };
    }

    @Post("/rotate")
    @Consumes(MediaType.APPLICATION_JSON)
    HttpResponse<Map<String, Object>> rotate(HttpRequest<?> request, @Nullable @Body byte[] body) {
        PartnerId partnerId = readPartner(request, body);
        RsaKeyRotation outcome = rotateRsaKeys.rotate(new RotateRsaKeysCommand(partnerId, operator(request)));
        if (outcome instanceof Rotated rotated) {
            Map<String, Object> data = new LinkedHashMap<>();
            data.put("new_public_key", rotated.pair().publicKey().base64Der());
            data.put("new_private_key", rotated.pair().privateKeyBase64());
            return answer(request, "keys_rotated", "Keys rotated successfully.", data);
        }
        throw switch (((RotateRsaKeysUseCase.Rejected) outcome).reason()) {
            case PARTNER_NOT_FOUND -> partnerNotFound(partnerId);
            case GENERATION_FAILED -> new ApiException(ErrorCode.INTERNAL, Optional.of("key_rotation_failed"),
                    "Unable to rotate keys due to server error.", Optional.empty());
        };
    }

    /** The operator first (a non-operator learns nothing about partners), then the body. */
    private PartnerId readPartner(HttpRequest<?> request, byte[] body) {
        String token = Bearer.token(request).orElse(null);
        if (token == null || authenticateOperator.authenticate(new AuthenticateOperatorCommand(token))
                != OperatorAuthentication.AUTHENTICATED) {
            throw ApiException.unauthenticated(token == null
                    ? "Key management is for the operator: send Authorization: Bearer <operator token>"
                    : "Invalid operator token");
        }
        JsonBody json = WalletRequests.read(request, body);
        WalletRequests.requirePresent(json, List.of(WalletRequests.SERVICE_PROVIDER));
        String text = json.requiredText(WalletRequests.SERVICE_PROVIDER, WalletRequests.SERVICE_PROVIDER_LENGTH_MAX);
        try {
            return PartnerId.parse(text);
        } catch (InvalidValueException malformed) {
            throw partnerNotFound(text);
        }
    }

    private static CallContext operator(HttpRequest<?> request) {
        return RequestIds.context(request, Actor.operator());
    }

    /** The seed's data also echoes the request's uuid and signed_uuid ("" when it sent none). */
    private static HttpResponse<Map<String, Object>> answer(HttpRequest<?> request, String code, String message,
            Map<String, Object> data) {
        WalletEcho echo = WalletEcho.of(request);
        data.put("uuid", echo.uuid());
        data.put("signed_uuid", echo.signedUuid());
        return HttpResponse.ok(WalletResponses.success(code, message, data))
                .header(HttpHeaders.CACHE_CONTROL, "no-store");
    }

    private static ApiException partnerNotFound(Object id) {
        return new ApiException(ErrorCode.NOT_FOUND, Optional.empty(), "No service provider with id '" + id + "'",
                Optional.of(WalletRequests.SERVICE_PROVIDER));
    }
}
