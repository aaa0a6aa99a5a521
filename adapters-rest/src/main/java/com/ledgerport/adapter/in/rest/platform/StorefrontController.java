package com.ledgerport.adapter.in.rest.platform;

import com.ledgerport.adapter.in.rest.common.ApiException;
import com.ledgerport.adapter.in.rest.common.JsonBody;
import com.ledgerport.adapter.in.rest.common.RequestIds;
import com.ledgerport.adapter.in.rest.common.Times;
import com.ledgerport.application.port.in.IssueStorefrontTokenUseCase;
import com.ledgerport.application.port.in.IssueStorefrontTokenUseCase.IssueStorefrontTokenCommand;
import com.ledgerport.application.port.in.IssueStorefrontTokenUseCase.Issued;
import com.ledgerport.application.port.in.ListProductsUseCase;
import com.ledgerport.domain.access.ApiKeyPrincipal;
import com.ledgerport.domain.access.PartnerSurface;
import com.ledgerport.domain.access.Permission;
import com.ledgerport.domain.customer.Customer;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Seed 001 Storefront API. Login: the partner's backend signs one of its customers in with its API key
 * ({@code ApiKey} header) and {@code {"user_id": …}}, and receives that customer's token. The product list
 * takes a Storefront (or Reseller) token with {@code products.read_many} and answers the catalog with prices and
 * stock (see {@link PlatformCatalog} for the body).
 */
@Controller("/Storefront")
@ExecuteOn(TaskExecutors.BLOCKING)
final class StorefrontController {

    private final PlatformAuth auth;
    private final IssueStorefrontTokenUseCase issueStorefrontToken;
    private final ListProductsUseCase listProducts;
    private final Clock clock;

    StorefrontController(PlatformAuth auth, IssueStorefrontTokenUseCase issueStorefrontToken,
            ListProductsUseCase listProducts, Clock clock) {
        this.auth = auth;
        this.issueStorefrontToken = issueStorefrontToken;
        this.listProducts = listProducts;
        this.clock = clock;
    }

    @Post("/Login")
    @Consumes(MediaType.APPLICATION_JSON)
    Map<String, Object> login(HttpRequest<?> request, @Nullable @Body byte[] body) {
        ApiKeyPrincipal partner = auth.apiKey(request, PartnerSurface.STOREFRONT);
        String userId = JsonBody.parse(body).requiredText("user_id", Customer.USER_ID_LENGTH_MAX);
        var outcome = issueStorefrontToken.issue(new IssueStorefrontTokenCommand(partner, userId,
                RequestIds.context(request, partner.actor())));
        if (!(outcome instanceof Issued issued)) {
            throw ApiException.notFound("No customer with user_id '" + userId + "'");
        }
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("token", issued.jwt());
        data.put("token_type", "Bearer");
        data.put("expires_in", Math.max(0, Duration.between(clock.instant(), issued.expiresAt()).toSeconds()));
        data.put("expires_at", Times.iso(issued.expiresAt()));
        data.put("customer", Map.of("user_id", issued.customer().userId(), "fullname",
                issued.customer().fullname()));
        return PlatformViews.ok(data);
    }

    @Post("/Products/List")
    @Consumes({MediaType.APPLICATION_JSON, MediaType.ALL})
    Map<String, Object> listProducts(HttpRequest<?> request, @Nullable @Body byte[] body) {
        auth.token(request, PartnerSurface.STOREFRONT, Permission.PRODUCTS_READ_MANY);
        return PlatformViews.ok(PlatformCatalog.items(listProducts.list(PlatformCatalog.query(body))));
    }
}
