package com.ledgerport.adapter.in.rest.account;

import com.ledgerport.adapter.in.rest.common.Times;
import com.ledgerport.domain.access.ApiKey;
import com.ledgerport.domain.access.ApiKeyMaterial;
import com.ledgerport.domain.partner.Partner;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/** Seed 000's shapes: numeric ids, Unix seconds, 0 for "not revoked". */
public final class AccountViews {

    private AccountViews() {
    }

    /** The answer to creating a key: the only time the secret is shown. */
    public static Map<String, Object> createdKey(ApiKey key, ApiKeyMaterial material) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", key.id().value());
        view.put("name", key.name());
        view.put("username", key.publicKey());
        view.put("secret", material.secret());
        view.put("expires_at", Times.unixSeconds(key.expiresAt()));
        return view;
    }

    /** A key summary, as listed (never the secret). */
    public static Map<String, Object> key(ApiKey key) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", key.id().value());
        view.put("name", key.name());
        view.put("username", key.publicKey());
        view.put("created_at", Times.unixSeconds(key.createdAt()));
        view.put("expires_at", Times.unixSeconds(key.expiresAt()));
        view.put("revoked_at", key.revokedAt().map(Times::unixSeconds).orElse(0L));
        view.put("last_used_at", key.lastUsedAt().map(Times::unixSeconds).orElse(0L));
        return view;
    }

    public static Map<String, Object> profile(Partner partner) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", partner.id().toString());
        view.put("name", partner.name());
        view.put("currency", partner.currency().code());
        view.put("status", partner.status().wireName());
        view.put("created_at", Times.unixSeconds(partner.createdAt()));
        return view;
    }

    static long seconds(Instant instant) {
        return Times.unixSeconds(instant);
    }
}
