package com.ledgerport.adapter.in.rest.common;

import com.ledgerport.domain.access.Scopes;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Scopes in seed 004's shape, {@code {resource: {actions: [...]}}}. */
public final class ScopeViews {

    private ScopeViews() {
    }

    public static Map<String, Object> nested(Scopes scopes) {
        Map<String, Object> view = new LinkedHashMap<>();
        scopes.grants().forEach((resource, actions) ->
                view.put(resource, Map.of("actions", List.copyOf(new java.util.TreeSet<>(actions)))));
        return view;
    }
}
