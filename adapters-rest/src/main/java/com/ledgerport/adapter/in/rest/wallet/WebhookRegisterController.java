package com.ledgerport.adapter.in.rest.wallet;

import com.ledgerport.adapter.in.rest.common.ApiException;
import com.ledgerport.adapter.in.rest.common.ErrorCode;
import com.ledgerport.adapter.in.rest.common.JsonBody;
import com.ledgerport.adapter.in.rest.common.WalletEcho;
import com.ledgerport.adapter.in.rest.wallet.SignedUuidAuthenticator.SignedRequest;
import com.ledgerport.application.port.in.ManageWebhookEndpointsUseCase;
import com.ledgerport.application.port.in.ManageWebhookEndpointsUseCase.Done;
import com.ledgerport.application.port.in.ManageWebhookEndpointsUseCase.Outcome;
import com.ledgerport.application.port.in.ManageWebhookEndpointsUseCase.RegisterWebhookCommand;
import com.ledgerport.application.port.in.ManageWebhookEndpointsUseCase.Requester;
import com.ledgerport.domain.event.EventType;
import com.ledgerport.domain.event.WebhookContract;
import com.ledgerport.domain.event.WebhookEndpoint;
import com.ledgerport.domain.shared.InvalidValueException;
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
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Seed 003 "Register Web Hook", {@code POST /api/v1/webhooks/register}: {@code endpoint_url} receives
 * {@code event_type} ({@code transaction_completed} or {@code transaction_failed}) with the seed's body
 * {@code {transaction_id, status, message, updated_at, uuid, signed_uuid}}, signed like every delivery.
 */
@Controller("/api/v1/webhooks")
@ExecuteOn(TaskExecutors.BLOCKING)
final class WebhookRegisterController {

    static final String ENDPOINT_URL = "endpoint_url";
    static final String EVENT_TYPE = "event_type";

    private final SignedUuidAuthenticator authenticator;
    private final ManageWebhookEndpointsUseCase manageEndpoints;

    WebhookRegisterController(SignedUuidAuthenticator authenticator, ManageWebhookEndpointsUseCase manageEndpoints) {
        this.authenticator = authenticator;
        this.manageEndpoints = manageEndpoints;
    }

    @Post("/register")
    @Consumes(MediaType.APPLICATION_JSON)
    HttpResponse<Map<String, Object>> register(HttpRequest<?> request, @Nullable @Body byte[] body) {
        JsonBody json = WalletRequests.read(request, body);
        List<String> fields = new ArrayList<>(List.of(ENDPOINT_URL, EVENT_TYPE));
        fields.addAll(SignedUuidAuthenticator.FIELDS);
        WalletRequests.requirePresent(json, fields);
        String url = json.requiredText(ENDPOINT_URL, WebhookEndpoint.URL_LENGTH_MAX);
        EventType type = eventType(json.requiredText(EVENT_TYPE, 64));
        SignedRequest signed = authenticator.authenticate(request, json);
        Outcome<WebhookEndpoint> outcome = manageEndpoints.register(new RegisterWebhookCommand(
                Requester.trusted(signed.context()), signed.partnerId(), WebhookContract.WALLET, url, "",
                Set.of(type)));
        if (!(outcome instanceof Done<WebhookEndpoint> done)) {
            ManageWebhookEndpointsUseCase.Refused<WebhookEndpoint> refused =
                    (ManageWebhookEndpointsUseCase.Refused<WebhookEndpoint>) outcome;
            throw switch (refused.reason()) {
                case URL_REFUSED -> new ApiException(ErrorCode.BAD_REQUEST, Optional.of("bad_request"),
                        "Field 'endpoint_url' is refused: " + refused.message(), Optional.of(ENDPOINT_URL));
                case TOO_MANY -> new ApiException(ErrorCode.CONFLICT, Optional.empty(), refused.message(),
                        Optional.empty());
                default -> new ApiException(ErrorCode.FORBIDDEN, Optional.of("permission_denied"),
                        refused.message(), Optional.empty());
            };
        }
        WalletEcho echo = WalletEcho.of(request);
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("uuid", echo.uuid());
        data.put("signed_uuid", echo.signedUuid());
        data.put("service_provider", signed.partnerId().toString());
        data.put("webhook_id", done.value().id().toString());
        return HttpResponse.ok(WalletResponses.success("webhook_registered", "Web hook registered successfully.",
                data));
    }

    private static EventType eventType(String name) {
        try {
            EventType type = EventType.parse(name);
            if (WebhookContract.WALLET.restrictedTo().contains(type)) {
                return type;
            }
        } catch (InvalidValueException unknown) {
            // answered below
        }
        throw ApiException.badField(EVENT_TYPE, "Field 'event_type' must be transaction_completed or "
                + "transaction_failed");
    }
}
