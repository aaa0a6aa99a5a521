package com.ledgerport.adapter.in.rest.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SurfaceTest {

    @ParameterizedTest
    @CsvSource({
        "/admin/v1/partners, ADMIN",
        "/api/v1/session/keys, ACCOUNT",
        "/api/v1/s2s/accounts/, ACCOUNT",
        "/Token/Generate, PLATFORM",
        "/token/generate, PLATFORM",
        "/Supplier/Products/List, PLATFORM",
        "/v1/partner, PARTNER",
        "/v1/partner/orders, PARTNER",
        "/v1/partners, OTHER",
        "/api/v1/topup/initiate, WALLET",
        "/api/v1/user, WALLET",
        "/api/v1/keys/generate, WALLET",
        "/api/auth/login, CERTIFICATES",
        "/api/sessions, CERTIFICATES",
        "/api/sessions/123, CERTIFICATES",
        "/api/accesstoken, CERTIFICATES",
        "/health, OTHER",
        "/, OTHER"})
    void picks_the_surface_from_the_path(String path, Surface surface) {
        assertEquals(surface, Surface.of(path));
    }
}
