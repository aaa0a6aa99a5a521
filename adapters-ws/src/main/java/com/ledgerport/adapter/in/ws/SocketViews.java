package com.ledgerport.adapter.in.ws;

import com.ledgerport.domain.access.ApiKey;
import com.ledgerport.domain.access.ApiKeyMaterial;
import com.ledgerport.domain.ledger.BalanceTransaction;
import com.ledgerport.domain.ledger.LedgerAccount;
import com.ledgerport.domain.partner.Partner;
import com.ledgerport.domain.shared.Money;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The wire shapes /ws shares with REST (an adapter module cannot use another's classes, so the few shapes
 * are written here again): seed 000's keys and profile (numeric ids, Unix seconds, 0 for "not revoked"),
 * seed 002's balance (decimal strings, ISO 8601 times), and REST's opaque cursors, so a cursor from one
 * surface works on the other.
 */
final class SocketViews {

    private static final String CURSOR_VERSION = "v1:";
    private static final DateTimeFormatter ISO_MILLIS =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSX").withZone(ZoneOffset.UTC);

    private SocketViews() {
    }

    static Map<String, Object> createdKey(ApiKey key, ApiKeyMaterial material) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", key.id().value());
        view.put("name", key.name());
        view.put("username", key.publicKey());
        view.put("secret", material.secret());
        view.put("expires_at", key.expiresAt().getEpochSecond());
        return view;
    }

    static Map<String, Object> key(ApiKey key) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", key.id().value());
        view.put("name", key.name());
        view.put("username", key.publicKey());
        view.put("created_at", key.createdAt().getEpochSecond());
        view.put("expires_at", key.expiresAt().getEpochSecond());
        view.put("revoked_at", key.revokedAt().map(Instant::getEpochSecond).orElse(0L));
        view.put("last_used_at", key.lastUsedAt().map(Instant::getEpochSecond).orElse(0L));
        return view;
    }

    static Map<String, Object> profile(Partner partner) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", partner.id().toString());
        view.put("name", partner.name());
        view.put("currency", partner.currency().code());
        view.put("status", partner.status().wireName());
        view.put("created_at", partner.createdAt().getEpochSecond());
        return view;
    }

    static Map<String, Object> balance(LedgerAccount account) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("balance", account.balance().toDecimalString());
        view.put("overdraft_limit", account.overdraftLimit().map(Money::toDecimalString).orElse(null));
        view.put("available", account.available().toDecimalString());
        view.put("currency", account.currency().code());
        return view;
    }

    static Map<String, Object> balanceTransaction(BalanceTransaction line) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("transfer_id", line.transferId().toString());
        view.put("type", line.type().wireName());
        view.put("amount", line.amount().toDecimalString());
        view.put("balance_after", line.balanceAfter().map(Money::toDecimalString).orElse(null));
        view.put("currency", line.amount().currency().code());
        view.put("reference", line.reference());
        view.put("created_at", iso(line.createdAt()));
        return view;
    }

    static String iso(Instant instant) {
        return ISO_MILLIS.format(instant);
    }

    static String cursor(UUID after) {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((CURSOR_VERSION + after).getBytes(StandardCharsets.US_ASCII));
    }

    static Optional<UUID> cursor(Optional<String> cursor) {
        if (cursor.isEmpty()) {
            return Optional.empty();
        }
        try {
            String text = new String(Base64.getUrlDecoder().decode(cursor.get()), StandardCharsets.US_ASCII);
            if (text.startsWith(CURSOR_VERSION)) {
                UUID id = UUID.fromString(text.substring(CURSOR_VERSION.length()));
                if (id.toString().equals(text.substring(CURSOR_VERSION.length()))) {
                    return Optional.of(id);
                }
            }
        } catch (IllegalArgumentException notOurs) {
            // Falls through to the refusal.
        }
        throw RequestError.invalid("cursor", "is not a cursor this server issued");
    }
}
