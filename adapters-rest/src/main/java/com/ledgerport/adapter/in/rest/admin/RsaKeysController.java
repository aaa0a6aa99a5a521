package com.ledgerport.adapter.in.rest.admin;

import com.ledgerport.adapter.in.rest.common.ApiException;
import com.ledgerport.adapter.in.rest.common.ErrorCode;
import com.ledgerport.adapter.in.rest.common.JsonBody;
import com.ledgerport.application.port.in.RegisterRsaKeyUseCase;
import com.ledgerport.application.port.in.RegisterRsaKeyUseCase.RegisterRsaKeyCommand;
import com.ledgerport.application.port.in.RegisterRsaKeyUseCase.Registered;
import com.ledgerport.application.port.in.RegisterRsaKeyUseCase.Rejected;
import com.ledgerport.application.port.in.RegisterRsaKeyUseCase.RsaKeyRegistration;
import com.ledgerport.domain.access.RsaKey;
import com.ledgerport.domain.access.RsaPublicKey;
import com.ledgerport.domain.partner.PartnerId;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import java.util.Map;
import java.util.Optional;

/**
 * Operator API: {@code POST /admin/v1/partners/{id}/rsa-keys} registers a public key (PEM, RSA of at least
 * 2048 bits) that verifies the partner's seed 003 {@code signed_uuid}.
 */
@Controller("/admin/v1/partners/{id}/rsa-keys")
@ExecuteOn(TaskExecutors.BLOCKING)
final class RsaKeysController {

    private final RegisterRsaKeyUseCase registerRsaKey;

    RsaKeysController(RegisterRsaKeyUseCase registerRsaKey) {
        this.registerRsaKey = registerRsaKey;
    }

    @Post
    @Consumes(MediaType.APPLICATION_JSON)
    HttpResponse<Map<String, Object>> register(HttpRequest<?> request, String id, @Nullable @Body byte[] body) {
        PartnerId partnerId = AdminRequests.partnerId(id);
        JsonBody json = JsonBody.parse(body);
        String pem = json.requiredMultilineText("public_key", RsaPublicKey.PEM_LENGTH_MAX);
        RsaPublicKey publicKey = PartnersController.field("public_key", pem, RsaPublicKey::parsePem);
        RsaKeyRegistration outcome = registerRsaKey.register(
                new RegisterRsaKeyCommand(partnerId, publicKey, AdminRequests.operator(request)));
        if (outcome instanceof Registered registered) {
            return HttpResponse.created(Map.of("id", registered.key().id().toString()));
        }
        throw switch (((Rejected) outcome).reason()) {
            case PARTNER_NOT_FOUND -> AdminRequests.partnerNotFound(partnerId);
            case TOO_MANY_KEYS -> new ApiException(ErrorCode.CONFLICT, Optional.of("rsa_key_limit_reached"),
                    "The partner already has " + RsaKey.ACTIVE_COUNT_MAX + " active RSA keys; rotate them first",
                    Optional.of("public_key"));
            case ALREADY_REGISTERED -> new ApiException(ErrorCode.CONFLICT, Optional.of("rsa_key_exists"),
                    "This public key is already registered for the partner", Optional.of("public_key"));
        };
    }
}
