package com.ledgerport.adapter.in.rest.account;

import com.ledgerport.adapter.in.rest.common.ApiException;
import com.ledgerport.adapter.in.rest.common.Credentials;
import com.ledgerport.application.port.in.AuthenticateApiKeyUseCase.Presented;
import com.ledgerport.application.port.in.AuthenticateApiKeyUseCase.PublicKeyAndSecret;
import com.ledgerport.application.port.in.GetPartnerProfileUseCase;
import com.ledgerport.application.port.in.GetPartnerProfileUseCase.GetPartnerProfileQuery;
import com.ledgerport.domain.access.ApiKeyPrincipal;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;

/**
 * Seed 000 S2S REST: {@code X-API-Key} + {@code X-API-Secret}, or HTTP Basic with the public key as user name
 * and the secret as password. This issue serves the account profile.
 */
@Controller("/api/v1/s2s/accounts")
@ExecuteOn(TaskExecutors.BLOCKING)
final class S2sAccountController {

    private final Credentials credentials;
    private final GetPartnerProfileUseCase getPartnerProfile;

    S2sAccountController(Credentials credentials, GetPartnerProfileUseCase getPartnerProfile) {
        this.credentials = credentials;
        this.getPartnerProfile = getPartnerProfile;
    }

    @Get
    Map<String, Object> profile(HttpRequest<?> request) {
        ApiKeyPrincipal principal = authenticate(request);
        return AccountViews.profile(getPartnerProfile.get(new GetPartnerProfileQuery(principal)));
    }

    private ApiKeyPrincipal authenticate(HttpRequest<?> request) {
        return credentials.apiKey(request, presented(request), Optional.empty(), Optional.empty(), Optional.empty());
    }

    static Presented presented(HttpRequest<?> request) {
        String key = request.getHeaders().get("X-API-Key");
        String secret = request.getHeaders().get("X-API-Secret");
        if (key != null || secret != null) {
            if (key == null || secret == null) {
                throw ApiException.unauthenticated("Send both X-API-Key and X-API-Secret");
            }
            return new PublicKeyAndSecret(key.strip(), secret.strip());
        }
        String authorization = request.getHeaders().get(HttpHeaders.AUTHORIZATION);
        if (authorization == null || !authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            throw ApiException.unauthenticated(
                    "Missing API key: send X-API-Key and X-API-Secret, or HTTP Basic (public key : secret)");
        }
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(authorization.substring(6).strip()),
                    StandardCharsets.UTF_8);
        } catch (IllegalArgumentException notBase64) {
            throw ApiException.unauthenticated("Malformed HTTP Basic credentials");
        }
        int colon = decoded.indexOf(':');
        if (colon < 0) {
            throw ApiException.unauthenticated("Malformed HTTP Basic credentials");
        }
        return new PublicKeyAndSecret(decoded.substring(0, colon), decoded.substring(colon + 1));
    }
}
