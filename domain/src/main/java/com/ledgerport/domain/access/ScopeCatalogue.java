package com.ledgerport.domain.access;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every resource and action a credential may be granted (SPEC.md §2.11): seed 004's catalogue, then the
 * platform's own resources. A scope outside it is refused when a token is created.
 */
public final class ScopeCatalogue {

    private static final Map<String, Set<String>> RESOURCES = build();

    private ScopeCatalogue() {
    }

    private static Map<String, Set<String>> build() {
        Map<String, List<String>> all = new LinkedHashMap<>();
        // Seed 004, per service.
        all.put("auth", List.of("read_one", "create_one", "sign_in", "sign_out", "revoke"));
        all.put("sessions", List.of("read_one", "read_many", "delete_one", "delete_all"));
        all.put("accesstoken", List.of("read_one", "read_many", "create_one", "update_one", "delete_one"));
        all.put("users", List.of("read_one", "read_many", "create_one", "update_one", "delete_one", "confirm",
                "reset"));
        all.put("companies", List.of("read_one", "read_many", "validate_one", "create_one", "update_one",
                "delete_one", "confirm"));
        all.put("cointypes", List.of("read_one", "read_many", "create_one", "update_one", "delete_one"));
        all.put("nodes", List.of("read_one", "read_many", "create_one", "update_one", "delete_one"));
        all.put("wallets", List.of("read_one", "create_one", "update_one", "delete_one"));
        all.put("identities", List.of("read_one", "read_many", "create_one"));
        all.put("transactions", List.of("read_one", "read_many", "partial_sign", "sign", "send"));
        all.put("certificates", List.of("read_one", "create_one", "validate_one", "render_one", "notarize_one"));
        all.put("hooks", List.of("read_one", "read_many", "create_one", "update_one", "delete_one"));
        all.put("events", List.of("read_one", "read_many", "update_one", "retry_one"));
        all.put("mailhooks", List.of("read_one", "read_many", "create_one", "update_one", "delete_one"));
        all.put("mails", List.of("read_one", "read_many", "update_one", "retry_one"));
        // The platform's own (SPEC.md §2.11).
        all.put("balance", List.of("read_one", "read_many"));
        all.put("orders", List.of("create_one", "read_one", "read_many", "update_one"));
        all.put("products", List.of("read_one", "read_many"));
        all.put("categories", List.of("read_many"));
        all.put("pricelist", List.of("read_many"));
        all.put("services", List.of("read_one"));
        all.put("keys", List.of("create_one", "read_many", "update_one"));
        all.put("wallet", List.of("create_one", "read_one"));
        all.put("customers", List.of("read_one"));
        Map<String, Set<String>> frozen = new LinkedHashMap<>();
        all.forEach((resource, actions) -> frozen.put(resource, Set.copyOf(actions)));
        return Map.copyOf(frozen);
    }

    public static boolean knows(String resource, String action) {
        Set<String> actions = RESOURCES.get(resource);
        return actions != null && actions.contains(action);
    }

    public static boolean knowsResource(String resource) {
        return RESOURCES.containsKey(resource);
    }

    /** Resources with their actions, for documentation and error messages. */
    public static Map<String, Set<String>> all() {
        return RESOURCES;
    }
}
