package com.ledgerport.adapter.in.rest.partner;

import com.ledgerport.adapter.in.rest.common.ApiException;
import com.ledgerport.adapter.in.rest.common.OrderJson;
import com.ledgerport.adapter.in.rest.common.RequestIds;
import com.ledgerport.application.port.in.GetEsimUseCase;
import com.ledgerport.application.port.in.GetEsimUseCase.GetEsimQuery;
import com.ledgerport.domain.access.Permission;
import com.ledgerport.domain.access.Principal;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import java.util.Map;

/**
 * Seed 002 {@code GET /v1/partner/services/esim/{iccid}} (scope {@code services.read_one}): an eSIM this partner
 * bought; any other ICCID (unknown, unsold, sold to someone else) is 404.
 */
@Controller("/v1/partner/services")
@ExecuteOn(TaskExecutors.BLOCKING)
final class PartnerServicesController {

    private static final int ICCID_LENGTH_MAX = 32;

    private final PartnerAuth auth;
    private final GetEsimUseCase getEsim;

    PartnerServicesController(PartnerAuth auth, GetEsimUseCase getEsim) {
        this.auth = auth;
        this.getEsim = getEsim;
    }

    @Get("/esim/{iccid}")
    Map<String, Object> esim(HttpRequest<?> request, @PathVariable String iccid) {
        Principal principal = auth.authenticate(request, Permission.SERVICES_READ_ONE);
        if (iccid.length() > ICCID_LENGTH_MAX) {
            throw ApiException.notFound("eSIM not found");
        }
        return getEsim.get(new GetEsimQuery(principal.partnerId(), iccid, RequestIds.context(request,
                principal.actor()))).map(OrderJson::esim).map(PartnerViews::ok)
                .orElseThrow(() -> ApiException.notFound("eSIM not found"));
    }
}
