package com.ledgerport.architecture;

import static com.ledgerport.architecture.HexagonRules.PRODUCTION_ROOT;
import static com.ledgerport.architecture.LedgerportClasses.PRODUCTION;

import org.junit.jupiter.api.Test;

/** STYLE 7: the application is framework-free and bootstrap alone wires it. */
class WiringRulesTest {

    @Test
    void only_bootstrap_instantiates_application_services() {
        HexagonRules.onlyBootstrapInstantiatesServices(PRODUCTION_ROOT).check(PRODUCTION);
    }

    @Test
    void micronaut_factories_live_only_in_bootstrap() {
        HexagonRules.factoriesLiveOnlyInBootstrap(PRODUCTION_ROOT).check(PRODUCTION);
    }
}
