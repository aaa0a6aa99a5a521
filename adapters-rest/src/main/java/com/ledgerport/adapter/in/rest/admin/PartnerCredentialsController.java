package com.ledgerport.adapter.in.rest.admin;

import com.ledgerport.adapter.in.rest.account.AccountViews;
import com.ledgerport.adapter.in.rest.common.ApiException;
import com.ledgerport.adapter.in.rest.common.ErrorCode;
import com.ledgerport.adapter.in.rest.common.JsonBody;
import com.ledgerport.application.port.in.CreateApiKeyUseCase;
import com.ledgerport.application.port.in.CreateApiKeyUseCase.ApiKeyCreation;
import com.ledgerport.application.port.in.CreateApiKeyUseCase.CreateApiKeyCommand;
import com.ledgerport.application.port.in.CreateApiKeyUseCase.Created;
import com.ledgerport.application.port.in.ExpireApiKeyUseCase;
import com.ledgerport.application.port.in.ExpireApiKeyUseCase.ExpireApiKeyCommand;
import com.ledgerport.application.port.in.ExpireApiKeyUseCase.Expired;
import com.ledgerport.application.port.in.GetPartnerUseCase;
import com.ledgerport.application.port.in.GetPartnerUseCase.GetPartnerQuery;
import com.ledgerport.application.port.in.ListApiKeysUseCase;
import com.ledgerport.application.port.in.ListApiKeysUseCase.ListApiKeysQuery;
import com.ledgerport.application.port.in.SetPartnerSurfacesUseCase;
import com.ledgerport.application.port.in.SetPartnerSurfacesUseCase.SetPartnerSurfacesCommand;
import com.ledgerport.application.port.in.SetPartnerSurfacesUseCase.SurfacesSet;
import com.ledgerport.domain.access.ApiKey;
import com.ledgerport.domain.access.ApiKeyId;
import com.ledgerport.domain.access.Mode;
import com.ledgerport.domain.access.PartnerSurface;
import com.ledgerport.domain.partner.PartnerId;
import com.ledgerport.domain.shared.InvalidValueException;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Operator API: a partner's API keys (SPEC.md §6) and the seed-001 surfaces it may use. */
@Controller("/admin/v1/partners/{id}")
@ExecuteOn(TaskExecutors.BLOCKING)
final class PartnerCredentialsController {

    private final CreateApiKeyUseCase createApiKey;
    private final ListApiKeysUseCase listApiKeys;
    private final ExpireApiKeyUseCase expireApiKey;
    private final SetPartnerSurfacesUseCase setPartnerSurfaces;
    private final GetPartnerUseCase getPartner;

    PartnerCredentialsController(CreateApiKeyUseCase createApiKey, ListApiKeysUseCase listApiKeys,
            ExpireApiKeyUseCase expireApiKey, SetPartnerSurfacesUseCase setPartnerSurfaces,
            GetPartnerUseCase getPartner) {
        this.createApiKey = createApiKey;
        this.listApiKeys = listApiKeys;
        this.expireApiKey = expireApiKey;
        this.setPartnerSurfaces = setPartnerSurfaces;
        this.getPartner = getPartner;
    }

    @Post("/api-keys")
    @Consumes(MediaType.APPLICATION_JSON)
    HttpResponse<Map<String, Object>> createKey(HttpRequest<?> request, String id, @Nullable @Body byte[] body) {
        PartnerId partnerId = AdminRequests.partnerId(id);
        JsonBody json = JsonBody.parse(body);
        String name = json.requiredText("name", ApiKey.NAME_LENGTH_MAX).strip();
        Mode mode = json.optionalText("mode", 4).map(text -> PartnersController.field("mode", text, Mode::parse))
                .orElse(Mode.LIVE);
        ApiKeyCreation outcome = createApiKey.create(new CreateApiKeyCommand(partnerId, name,
                json.optionalLong("ttl_seconds"), json.optionalLong("expires_at"), mode,
                AdminRequests.operator(request)));
        if (outcome instanceof Created created) {
            Map<String, Object> view = AccountViews.createdKey(created.key(), created.material());
            view.put("api_key", created.material().single());
            view.put("mode", created.key().mode().wireName());
            return HttpResponse.created(view);
        }
        CreateApiKeyUseCase.Rejected rejected = (CreateApiKeyUseCase.Rejected) outcome;
        throw switch (rejected.reason()) {
            case PARTNER_NOT_FOUND -> AdminRequests.partnerNotFound(partnerId);
            case INVALID_LIFETIME -> ApiException.badField(rejected.field().orElse("ttl_seconds"),
                    rejected.message());
            case TOO_MANY_KEYS -> new ApiException(ErrorCode.CONFLICT, Optional.of("too_many_keys"),
                    rejected.message(), Optional.empty());
        };
    }

    @Get("/api-keys")
    Map<String, Object> listKeys(HttpRequest<?> request, String id) {
        PartnerId partnerId = existing(request, id);
        return Map.of("items", listApiKeys.list(new ListApiKeysQuery(partnerId)).stream()
                .map(AccountViews::key).toList());
    }

    @Post("/api-keys/{keyId}/expire")
    Map<String, Object> expireKey(HttpRequest<?> request, String id, String keyId) {
        PartnerId partnerId = AdminRequests.partnerId(id);
        ApiKeyId key;
        try {
            key = ApiKeyId.parse(keyId);
        } catch (InvalidValueException malformed) {
            throw ApiException.notFound("API key '" + keyId + "' not found");
        }
        var outcome = expireApiKey.expire(new ExpireApiKeyCommand(partnerId, key, AdminRequests.operator(request)));
        if (outcome instanceof Expired expired) {
            return AccountViews.key(expired.key());
        }
        throw ApiException.notFound("API key '" + keyId + "' not found");
    }

    @Put("/surfaces")
    @Consumes(MediaType.APPLICATION_JSON)
    Map<String, Object> setSurfaces(HttpRequest<?> request, String id, @Nullable @Body byte[] body) {
        PartnerId partnerId = AdminRequests.partnerId(id);
        List<String> names = JsonBody.parse(body).optionalTextList("surfaces", PartnerSurface.values().length, 16)
                .orElseThrow(() -> ApiException.badField("surfaces", "Field 'surfaces' is required"));
        Set<PartnerSurface> surfaces = EnumSet.noneOf(PartnerSurface.class);
        for (String name : names) {
            surfaces.add(PartnersController.field("surfaces", name, PartnerSurface::parse));
        }
        var outcome = setPartnerSurfaces.set(new SetPartnerSurfacesCommand(partnerId, surfaces,
                AdminRequests.operator(request)));
        if (outcome instanceof SurfacesSet set) {
            return Map.of("surfaces", set.surfaces().stream().map(PartnerSurface::wireName).sorted().toList());
        }
        throw AdminRequests.partnerNotFound(partnerId);
    }

    private PartnerId existing(HttpRequest<?> request, String id) {
        PartnerId partnerId = AdminRequests.partnerId(id);
        getPartner.get(new GetPartnerQuery(partnerId, AdminRequests.operator(request)))
                .orElseThrow(() -> AdminRequests.partnerNotFound(partnerId));
        return partnerId;
    }
}
