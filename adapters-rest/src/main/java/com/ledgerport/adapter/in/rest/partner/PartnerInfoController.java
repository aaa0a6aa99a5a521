package com.ledgerport.adapter.in.rest.partner;

import com.ledgerport.adapter.in.rest.common.ScopeViews;
import com.ledgerport.adapter.in.rest.common.Times;
import com.ledgerport.application.port.in.GetPartnerProfileUseCase;
import com.ledgerport.application.port.in.GetPartnerProfileUseCase.GetPartnerProfileQuery;
import com.ledgerport.domain.access.AccessTokenPrincipal;
import com.ledgerport.domain.access.Principal;
import com.ledgerport.domain.partner.Partner;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import java.util.LinkedHashMap;
import java.util.Map;

/** Seed 002 "Verify token": who the token belongs to, and what it may do. Needs no particular scope. */
@Controller("/v1/partner/info")
@ExecuteOn(TaskExecutors.BLOCKING)
final class PartnerInfoController {

    private final PartnerAuth auth;
    private final GetPartnerProfileUseCase getPartnerProfile;

    PartnerInfoController(PartnerAuth auth, GetPartnerProfileUseCase getPartnerProfile) {
        this.auth = auth;
        this.getPartnerProfile = getPartnerProfile;
    }

    @Get
    Map<String, Object> info(HttpRequest<?> request) {
        Principal principal = auth.authenticate(request);
        Partner partner = getPartnerProfile.get(new GetPartnerProfileQuery(principal));
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("id", partner.id().toString());
        data.put("name", partner.name());
        data.put("currency", partner.currency().code());
        data.put("status", partner.status().wireName());
        data.put("created_at", Times.iso(partner.createdAt()));
        if (principal instanceof AccessTokenPrincipal token) {
            data.put("token", Map.of("id", token.tokenId().toString(), "mode", token.mode().wireName(),
                    "scopes", ScopeViews.nested(token.scopes())));
        }
        return PartnerViews.ok(data);
    }
}
