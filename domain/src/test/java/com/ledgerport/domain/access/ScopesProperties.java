package com.ledgerport.domain.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class ScopesProperties {

    private static final List<Permission> CATALOGUE = ScopeCatalogue.all().entrySet().stream()
            .flatMap(entry -> entry.getValue().stream().map(action -> new Permission(entry.getKey(), action)))
            .toList();

    @Provide
    Arbitrary<List<Permission>> grants() {
        return Arbitraries.of(CATALOGUE).list().ofMaxSize(20);
    }

    @Provide
    Arbitrary<Permission> permissions() {
        return Arbitraries.of(CATALOGUE);
    }

    @Property
    void scopes_allow_exactly_the_permissions_they_were_built_from(@ForAll("grants") List<Permission> granted,
            @ForAll("permissions") Permission asked) {
        Scopes scopes = Scopes.of(granted.toArray(Permission[]::new));
        assertEquals(granted.contains(asked), scopes.allows(asked));
    }

    @Property
    void the_flat_form_round_trips(@ForAll("grants") List<Permission> granted) {
        Scopes scopes = Scopes.of(granted.toArray(Permission[]::new));
        assertEquals(scopes, Scopes.fromFlat(scopes.flat()));
        assertEquals(Set.copyOf(granted.stream().map(Permission::toString).toList()), scopes.flat());
    }

    @Property
    void covering_is_inclusion_of_permissions(@ForAll("grants") List<Permission> mine,
            @ForAll("grants") List<Permission> theirs) {
        Scopes held = Scopes.of(mine.toArray(Permission[]::new));
        Scopes asked = Scopes.of(theirs.toArray(Permission[]::new));
        assertEquals(mine.containsAll(theirs), held.covers(asked));
        assertTrue(held.covers(held));
        assertTrue(held.covers(Scopes.none()));
    }

    @Property
    void an_action_of_one_resource_never_allows_another_resource(@ForAll("permissions") Permission granted,
            @ForAll("permissions") Permission asked) {
        Scopes scopes = Scopes.of(granted);
        if (!granted.resource().equals(asked.resource())) {
            assertFalse(scopes.allows(asked));
        }
    }

    @Property
    void union_of_grants_allows_what_either_allows(@ForAll("grants") List<Permission> left,
            @ForAll("grants") List<Permission> right, @ForAll("permissions") Permission asked) {
        List<Permission> both = new ArrayList<>(left);
        both.addAll(right);
        boolean either = Scopes.of(left.toArray(Permission[]::new)).allows(asked)
                || Scopes.of(right.toArray(Permission[]::new)).allows(asked);
        assertEquals(either, Scopes.of(both.toArray(Permission[]::new)).allows(asked));
    }
}
