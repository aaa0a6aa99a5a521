package com.ledgerport.adapter.in.rest.common;

import java.util.List;

/**
 * The API surfaces served side by side; the request path decides which one answers, and so which error
 * envelope a failure is rendered in. Paths of different surfaces never collide (SPEC.md).
 */
public enum Surface {
    /** Operator API: {@code {"error":{"code","message"}}}. */
    ADMIN(List.of("/admin")),
    /** Seed 000, Account S2S: {@code {"error":{"code","message"}}}. */
    ACCOUNT(List.of("/api/v1/session", "/api/v1/s2s")),
    /** Seed 001, Platform auth: {@code {"code":<negative int>,"message"}}. */
    PLATFORM(List.of("/token", "/storefront", "/orders", "/payment", "/supplier")),
    /** Seed 002, Partner S2S: {@code {"success":false,"message","errors"}}. */
    PARTNER(List.of("/v1/partner")),
    /** Seed 003, Wallet transactions: {@code {"status":"error","code","message","details",…}}. */
    WALLET(List.of("/api/v1/topup", "/api/v1/cashout", "/api/v1/transaction", "/api/v1/user",
            "/api/v1/keys", "/api/v1/webhooks")),
    /** Seed 004, Certificates: {@code {"statusCode","path","timestamp","message"}}. */
    CERTIFICATES(List.of("/api/auth", "/api/accesstoken", "/api/sessions", "/api/users", "/api/companies",
            "/api/certificates", "/api/hooks", "/api/events")),
    /** Anything else (health, unknown paths): the operator envelope. */
    OTHER(List.of());

    /** Whole path segments: {@code /api/v1/user} matches itself and what lies below it, not {@code /api/v1/users}. */
    private final List<String> prefixes;

    Surface(List<String> prefixes) {
        this.prefixes = prefixes;
    }

    public static Surface of(String path) {
        String lower = path == null ? "" : path.toLowerCase(java.util.Locale.ROOT);
        for (Surface surface : values()) {
            for (String prefix : surface.prefixes) {
                if (lower.equals(prefix) || lower.startsWith(prefix + "/")) {
                    return surface;
                }
            }
        }
        return OTHER;
    }
}
