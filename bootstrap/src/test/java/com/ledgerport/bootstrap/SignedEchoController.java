package com.ledgerport.bootstrap;

import com.ledgerport.adapter.in.rest.common.ApiException;
import com.ledgerport.adapter.in.rest.common.RequestIds;
import com.ledgerport.adapter.in.rest.common.RequestSignatures;
import com.ledgerport.application.port.in.VerifyRequestSignatureUseCase.Verified;
import com.ledgerport.domain.audit.Actor;
import com.ledgerport.domain.partner.PartnerId;
import com.ledgerport.domain.shared.InvalidValueException;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * TEST ONLY: an endpoint of the 002 surface that requires a seed 002 signature, as order creation will. Real
 * endpoints take the partner from the bearer credential they authenticate; this one takes it from a test
 * header, which no production code may do. It answers the bytes it received, so tests can see that the
 * signature was checked over exactly what the controller got.
 */
@Controller(SignedEchoController.PATH)
@ExecuteOn(TaskExecutors.BLOCKING)
final class SignedEchoController {

    static final String PATH = "/v1/partner/test/signed-echo";
    static final String PARTNER_HEADER = "X-Test-Partner";

    private final RequestSignatures requestSignatures;

    SignedEchoController(RequestSignatures requestSignatures) {
        this.requestSignatures = requestSignatures;
    }

    @Post
    @Consumes({MediaType.APPLICATION_JSON, MediaType.TEXT_PLAIN})
    Map<String, Object> echo(HttpRequest<?> request, @Nullable @Body byte[] body) {
        byte[] received = body == null ? new byte[0] : body;
        Verified verified = requestSignatures.require(request, received, partner(request),
                RequestIds.context(request, Actor.anonymous()));
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("body_base64", Base64.getEncoder().encodeToString(received));
        data.put("body", new String(received, StandardCharsets.UTF_8));
        data.put("secret_id", verified.secretId().toString());
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("success", true);
        answer.put("data", data);
        return answer;
    }

    private static PartnerId partner(HttpRequest<?> request) {
        try {
            return PartnerId.parse(request.getHeaders().get(PARTNER_HEADER));
        } catch (InvalidValueException | NullPointerException missing) {
            throw ApiException.unauthenticated("test endpoint: send " + PARTNER_HEADER);
        }
    }
}
