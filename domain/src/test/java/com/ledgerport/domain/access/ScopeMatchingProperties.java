package com.ledgerport.domain.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ledgerport.domain.shared.InvalidValueException;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Scope matching (issue 3 item 11): a grant allows exactly the catalogue permissions it lists — no wildcard,
 * no action implying another, no resource implying another — and one grant covers another exactly when it
 * allows everything the other allows.
 */
class ScopeMatchingProperties {

    private static final List<Permission> CATALOGUE = ScopeCatalogue.all().entrySet().stream()
            .flatMap(entry -> entry.getValue().stream().map(action -> new Permission(entry.getKey(), action)))
            .sorted(java.util.Comparator.comparing(Permission::toString))
            .toList();

    @Provide
    Arbitrary<Set<Permission>> grants() {
        return Arbitraries.subsetOf(CATALOGUE);
    }

    @Provide
    Arbitrary<Permission> permissions() {
        return Arbitraries.of(CATALOGUE);
    }

    @Property
    void a_grant_allows_exactly_the_permissions_it_lists(@ForAll("grants") Set<Permission> granted) {
        Scopes scopes = Scopes.of(granted.toArray(Permission[]::new));
        for (Permission permission : CATALOGUE) {
            assertEquals(granted.contains(permission), scopes.allows(permission), permission.toString());
        }
    }

    @Property
    void covering_is_allowing_everything_the_other_allows(@ForAll("grants") Set<Permission> mine,
            @ForAll("grants") Set<Permission> theirs) {
        Scopes holder = Scopes.of(mine.toArray(Permission[]::new));
        Scopes asked = Scopes.of(theirs.toArray(Permission[]::new));
        boolean allowsAll = CATALOGUE.stream().filter(asked::allows).allMatch(holder::allows);
        assertEquals(allowsAll, holder.covers(asked));
        assertEquals(mine.containsAll(theirs), holder.covers(asked));
    }

    @Property
    void a_grant_covers_itself_and_every_part_of_it_but_nothing_more(@ForAll("grants") Set<Permission> granted,
            @ForAll("permissions") Permission extra) {
        Scopes scopes = Scopes.of(granted.toArray(Permission[]::new));
        assertTrue(scopes.covers(scopes));
        assertTrue(scopes.covers(Scopes.none()));
        for (Permission one : granted) {
            assertTrue(scopes.covers(Scopes.of(one)), one.toString());
        }
        Assume.that(!granted.contains(extra));
        Set<Permission> more = new HashSet<>(granted);
        more.add(extra);
        assertFalse(scopes.covers(Scopes.of(more.toArray(Permission[]::new))), "one more: " + extra);
    }

    @Property
    void the_flat_form_round_trips(@ForAll("grants") Set<Permission> granted) {
        Scopes scopes = Scopes.of(granted.toArray(Permission[]::new));
        assertEquals(scopes, Scopes.fromFlat(scopes.flat()));
        assertEquals(granted.size(), scopes.flat().size());
    }

    @Property
    void an_action_of_one_resource_never_allows_another_resource(@ForAll("permissions") Permission granted,
            @ForAll("permissions") Permission asked) {
        Assume.that(!granted.equals(asked));
        assertFalse(Scopes.of(granted).allows(asked), granted + " must not allow " + asked);
    }

    @Property
    void a_resource_or_action_outside_the_catalogue_is_refused(@ForAll("permissions") Permission known,
            @ForAll("names") String name) {
        Assume.that(!ScopeCatalogue.knowsResource(name));
        assertThrows(InvalidValueException.class, () -> new Scopes(Map.of(name, Set.of(known.action()))));
        Assume.that(!ScopeCatalogue.knows(known.resource(), name));
        Map<String, Set<String>> unknownAction = new TreeMap<>();
        unknownAction.put(known.resource(), new TreeSet<>(Set.of(known.action(), name)));
        assertThrows(InvalidValueException.class, () -> new Scopes(unknownAction));
    }

    @Provide
    Arbitrary<String> names() {
        Arbitrary<String> near = Arbitraries.of(CATALOGUE).map(permission -> switch (permission.hashCode() & 3) {
            case 0 -> permission.action().toUpperCase(java.util.Locale.ROOT);
            case 1 -> permission.action() + " ";
            case 2 -> permission.resource() + "s";
            default -> "*";
        });
        return Arbitraries.oneOf(near, Arbitraries.strings().ofMinLength(1).ofMaxLength(20));
    }
}
