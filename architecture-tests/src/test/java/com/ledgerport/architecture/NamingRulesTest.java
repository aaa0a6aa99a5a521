package com.ledgerport.architecture;

import static com.ledgerport.architecture.HexagonRules.PRODUCTION_ROOT;
import static com.ledgerport.architecture.LedgerportClasses.PRODUCTION;

import org.junit.jupiter.api.Test;

/** STYLE 4: a behaviour is found by its name. */
class NamingRulesTest {

    @Test
    void inbound_ports_are_named_use_case() {
        HexagonRules.inboundPortsAreUseCases(PRODUCTION_ROOT).check(PRODUCTION);
    }

    @Test
    void use_case_implementations_are_named_service() {
        HexagonRules.useCaseImplementationsAreServices(PRODUCTION_ROOT).check(PRODUCTION);
    }

    @Test
    void no_class_is_named_impl() {
        HexagonRules.noClassIsNamedImpl(PRODUCTION_ROOT).check(PRODUCTION);
    }
}
