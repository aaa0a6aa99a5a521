package com.ledgerport.architecture;

import static com.ledgerport.architecture.HexagonRules.PRODUCTION_ROOT;
import static com.ledgerport.architecture.LedgerportClasses.PRODUCTION;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** STYLE 15: a rule about an empty package passes silently, so every package a rule names must hold a class. */
class NamedPackagesTest {

    @Test
    void every_package_a_rule_names_holds_at_least_one_production_class() {
        assertEquals(List.of(), HexagonRules.emptyPackages(PRODUCTION, PRODUCTION_ROOT),
                "packages named by the architecture rules but holding no production class");
    }
}
