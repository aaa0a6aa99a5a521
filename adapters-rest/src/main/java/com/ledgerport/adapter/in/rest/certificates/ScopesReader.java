package com.ledgerport.adapter.in.rest.certificates;

import com.ledgerport.adapter.in.rest.common.ApiException;
import com.ledgerport.adapter.in.rest.common.JsonBody;
import com.ledgerport.domain.access.ScopeCatalogue;
import com.ledgerport.domain.access.Scopes;
import com.ledgerport.domain.shared.InvalidValueException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reads seed 004's {@code {resource: {actions: [...]}}}; anything outside the catalogue is a 400 naming it. */
final class ScopesReader {

    private ScopesReader() {
    }

    static Scopes required(JsonBody json, String field) {
        JsonBody scopes = json.requiredObject(field);
        Map<String, Set<String>> grants = new LinkedHashMap<>();
        for (String resource : scopes.fieldNames()) {
            if (!ScopeCatalogue.knowsResource(resource)) {
                throw ApiException.badField(field + "." + resource, "Unknown scope resource '" + resource + "'");
            }
            JsonBody grant = scopes.requiredObject(resource);
            List<String> actions = grant.optionalTextList("actions", Scopes.ACTIONS_PER_RESOURCE_MAX, 32)
                    .orElseThrow(() -> ApiException.badField(field + "." + resource + ".actions",
                            "Field '" + field + "." + resource + ".actions' is required"));
            for (String action : actions) {
                if (!ScopeCatalogue.knows(resource, action)) {
                    throw ApiException.badField(field + "." + resource + ".actions",
                            "Unknown action '" + action + "' for scope resource '" + resource + "'");
                }
            }
            grants.put(resource, Set.copyOf(actions));
        }
        try {
            return new Scopes(grants);
        } catch (InvalidValueException invalid) {
            throw ApiException.badField(field, invalid.getMessage());
        }
    }
}
