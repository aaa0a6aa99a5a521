package com.ledgerport.domain.access;

import com.ledgerport.domain.shared.InvalidValueException;
import com.ledgerport.domain.shared.Require;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * What a credential may do, in seed 004's shape {@code {resource: {actions: [...]}}}. Only catalogue entries
 * are allowed ({@link ScopeCatalogue}); a grant allows exactly the listed actions — there are no wildcards,
 * and an action on one resource never implies another.
 */
public record Scopes(Map<String, Set<String>> grants) {

    public static final int RESOURCES_MAX = 64;
    public static final int ACTIONS_PER_RESOURCE_MAX = 16;

    public Scopes {
        Require.present(grants, "scopes");
        Require.that(grants.size() <= RESOURCES_MAX, "scopes may name at most " + RESOURCES_MAX + " resources");
        TreeMap<String, Set<String>> copy = new TreeMap<>();
        grants.forEach((resource, actions) -> {
            Require.present(resource, "scope resource");
            Require.present(actions, "actions of " + resource);
            if (!ScopeCatalogue.knowsResource(resource)) {
                throw new InvalidValueException("unknown scope resource '" + resource + "'");
            }
            Require.that(actions.size() <= ACTIONS_PER_RESOURCE_MAX, "too many actions for " + resource);
            for (String action : actions) {
                Require.present(action, "action of " + resource);
                if (!ScopeCatalogue.knows(resource, action)) {
                    throw new InvalidValueException("unknown action '" + action + "' for scope resource '"
                            + resource + "'");
                }
            }
            if (!actions.isEmpty()) {
                copy.put(resource, Set.copyOf(new TreeSet<>(actions)));
            }
        });
        grants = java.util.Collections.unmodifiableMap(copy);
    }

    public static Scopes none() {
        return new Scopes(Map.of());
    }

    public static Scopes of(Permission... permissions) {
        Map<String, Set<String>> grants = new TreeMap<>();
        for (Permission permission : permissions) {
            grants.computeIfAbsent(permission.resource(), resource -> new TreeSet<>()).add(permission.action());
        }
        return new Scopes(grants);
    }

    /** Parses {@code resource.action} strings, the flat form carried in tokens and stored in the database. */
    public static Scopes fromFlat(Collection<String> flat) {
        Map<String, Set<String>> grants = new TreeMap<>();
        for (String entry : flat) {
            int dot = entry.indexOf('.');
            Require.that(dot > 0 && dot < entry.length() - 1, "scope '" + entry + "' is not resource.action");
            grants.computeIfAbsent(entry.substring(0, dot), resource -> new TreeSet<>()).add(entry.substring(dot + 1));
        }
        return new Scopes(grants);
    }

    public boolean allows(Permission permission) {
        Set<String> actions = grants.get(permission.resource());
        return actions != null && actions.contains(permission.action());
    }

    /** Whether every grant of {@code other} is also granted here. */
    public boolean covers(Scopes other) {
        return other.grants.entrySet().stream().allMatch(entry -> grants.containsKey(entry.getKey())
                && grants.get(entry.getKey()).containsAll(entry.getValue()));
    }

    public Set<String> flat() {
        return grants.entrySet().stream()
                .flatMap(entry -> entry.getValue().stream().map(action -> entry.getKey() + "." + action))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    public boolean isEmpty() {
        return grants.isEmpty();
    }
}
