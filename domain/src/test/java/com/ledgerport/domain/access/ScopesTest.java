package com.ledgerport.domain.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ledgerport.domain.shared.InvalidValueException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ScopesTest {

    @Test
    void accepts_the_seed_004_example_scopes() {
        Scopes scopes = new Scopes(Map.of(
                "auth", Set.of("read_one"),
                "certificates", Set.of("read_one", "validate_one", "notarize_one"),
                "hooks", Set.of("create_one", "read_one", "read_many"),
                "wallet", Set.of("read_one")));
        assertTrue(scopes.allows(new Permission("certificates", "notarize_one")));
        assertFalse(scopes.allows(new Permission("certificates", "create_one")));
    }

    @Test
    void accepts_the_platform_resources() {
        Scopes scopes = Scopes.of(Permission.BALANCE_READ_ONE, Permission.ORDERS_CREATE_ONE);
        assertTrue(scopes.allows(Permission.BALANCE_READ_ONE));
        assertFalse(scopes.allows(Permission.BALANCE_READ_MANY));
        assertEquals(Set.of("balance.read_one", "orders.create_one"), scopes.flat());
    }

    @Test
    void refuses_unknown_resources_and_actions_naming_them() {
        InvalidValueException resource = assertThrows(InvalidValueException.class,
                () -> new Scopes(Map.of("spaceships", Set.of("read_one"))));
        assertTrue(resource.getMessage().contains("spaceships"));
        InvalidValueException action = assertThrows(InvalidValueException.class,
                () -> new Scopes(Map.of("balance", Set.of("delete_all"))));
        assertTrue(action.getMessage().contains("delete_all"));
        assertThrows(InvalidValueException.class, () -> new Permission("balance", "write"));
        assertThrows(InvalidValueException.class, () -> Scopes.fromFlat(List.of("balance")));
    }

    @Test
    void drops_resources_with_no_actions() {
        assertTrue(new Scopes(Map.of("balance", Set.of())).isEmpty());
    }

    @Test
    void api_keys_may_do_what_their_partner_may_except_manage_credentials() {
        ApiKeyPrincipal key = new ApiKeyPrincipal(com.ledgerport.domain.partner.PartnerId.generate(),
                new ApiKeyId(1), Mode.LIVE);
        assertTrue(key.allows(Permission.BALANCE_READ_ONE));
        assertFalse(key.allows(Permission.KEYS_CREATE_ONE));
        assertFalse(key.allows(Permission.ACCESSTOKEN_CREATE_ONE));
    }
}
