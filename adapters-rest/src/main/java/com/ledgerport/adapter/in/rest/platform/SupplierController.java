package com.ledgerport.adapter.in.rest.platform;

import com.ledgerport.domain.access.PartnerSurface;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import java.util.List;
import java.util.Map;

/**
 * Seed 001 Supplier API, on the {@code ApiKey} header. The supplier's products come with the catalog; until a
 * supplier has any, the list is empty.
 */
@Controller("/Supplier")
@ExecuteOn(TaskExecutors.BLOCKING)
final class SupplierController {

    private final PlatformAuth auth;

    SupplierController(PlatformAuth auth) {
        this.auth = auth;
    }

    @Post("/Products/List")
    @Consumes({MediaType.APPLICATION_JSON, MediaType.ALL})
    Map<String, Object> listProducts(HttpRequest<?> request) {
        auth.apiKey(request, PartnerSurface.SUPPLIER);
        return PlatformViews.ok(Map.of("items", List.of()));
    }
}
